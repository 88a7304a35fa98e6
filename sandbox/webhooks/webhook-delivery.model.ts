export interface DeliveryAttempt {
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** One event on its way to one endpoint, as `GET /_sandbox/webhook_deliveries` lists it. */
export interface WebhookDelivery {
  id: string;
  event_id: string;
  event_type: string;
  endpoint_id: string;
  url: string;
  account: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: DeliveryAttempt[];
  next_attempt_at: string | null;
  /** A copy sent on purpose by the `duplicate` chaos switch. */
  duplicate: boolean;
}

export interface DeliverySettings {
  /** First retry after this long, doubling each time. */
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

/** Switches for the gateway's chaos tests: Stripe promises neither uniqueness nor order. */
export interface WebhookChaos {
  duplicate: boolean;
  delayMs: number;
  reorder: boolean;
}

export const CALM: WebhookChaos = { duplicate: false, delayMs: 0, reorder: false };

/** The switches as the control API reads and writes them. */
export function describeChaos(chaos: WebhookChaos) {
  return { duplicate: chaos.duplicate ? 1 : 0, delay_ms: chaos.delayMs, reorder: chaos.reorder ? 1 : 0 };
}
