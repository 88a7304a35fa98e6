export interface StripeEvent {
  id: string;
  object: 'event';
  /** Set when the event happened on a connected account. */
  account?: string;
  api_version: string;
  created: number;
  data: { object: { id?: string; object: string }; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}
