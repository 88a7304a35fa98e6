import type { StripeEvent } from '../events/event.model';
import { newId } from '../ids';
import type { SandboxContext } from '../sandbox.context';
import { CALM, type DeliverySettings, type WebhookChaos, type WebhookDelivery } from './webhook-delivery.model';
import type { WebhookEndpoint } from './webhook-endpoint.model';
import { postEvent } from './webhook.sender';
import { signatureHeader } from './webhook.signature';

/** Deliveries kept for inspection; the oldest finished ones are forgotten first. */
const MAX_KEPT_DELIVERIES = 2000;
/** With `reorder`, deliveries gathered in this window are sent newest first. */
const REORDER_WINDOW_MS = 100;
const REORDER_SPACING_MS = 10;

/** Sends every event to each matching endpoint, signed, retrying with exponential backoff. */
export class WebhookDispatcher {
  chaos: WebhookChaos = { ...CALM };
  private deliveries: WebhookDelivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private reorderBuffer: WebhookDelivery[] = [];

  constructor(
    private readonly getContext: () => SandboxContext,
    private readonly settings: DeliverySettings,
  ) {}

  dispatch(event: StripeEvent): void {
    const endpoints = this.matchingEndpoints(event);
    event.pending_webhooks = endpoints.length;
    for (const endpoint of endpoints) {
      this.enqueue(this.newDelivery(event, endpoint, false));
      if (this.chaos.duplicate) this.enqueue(this.newDelivery(event, endpoint, true));
    }
  }

  list(filter: { eventId?: string; endpointId?: string } = {}): WebhookDelivery[] {
    return this.deliveries.filter(
      (delivery) =>
        (!filter.eventId || delivery.event_id === filter.eventId) &&
        (!filter.endpointId || delivery.endpoint_id === filter.endpointId),
    );
  }

  /** Forgets every delivery and cancels those not yet sent (sandbox reset and shutdown). */
  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
    this.deliveries = [];
    this.reorderBuffer = [];
    this.chaos = { ...CALM };
  }

  /**
   * A platform event goes to the platform's plain endpoints; a connected account's event goes
   * to the platform's `connect` endpoints and to that account's own endpoints.
   */
  private matchingEndpoints(event: StripeEvent): WebhookEndpoint[] {
    const { state } = this.getContext();
    const wants = (endpoint: WebhookEndpoint) =>
      endpoint.status === 'enabled' && (endpoint.enabled_events.includes('*') || endpoint.enabled_events.includes(event.type));
    const isConnect = (endpoint: WebhookEndpoint) => state.webhookEndpointSides.get(endpoint.id)?.connect ?? false;
    const platformEndpoints = state.webhookEndpoints.listOwned(state.platformAccountId).filter(wants);
    if (!event.account) return platformEndpoints.filter((endpoint) => !isConnect(endpoint));
    const ownEndpoints = state.webhookEndpoints.listOwned(event.account).filter(wants);
    return [...platformEndpoints.filter(isConnect), ...ownEndpoints];
  }

  private newDelivery(event: StripeEvent, endpoint: WebhookEndpoint, duplicate: boolean): WebhookDelivery {
    const delivery: WebhookDelivery = {
      id: newId('whdel'),
      event_id: event.id,
      event_type: event.type,
      endpoint_id: endpoint.id,
      url: endpoint.url,
      account: event.account ?? null,
      status: 'pending',
      attempts: [],
      next_attempt_at: null,
      duplicate,
    };
    this.deliveries.push(delivery);
    this.forgetOldDeliveries();
    return delivery;
  }

  private enqueue(delivery: WebhookDelivery): void {
    if (!this.chaos.reorder) {
      this.schedule(delivery, this.chaos.delayMs);
      return;
    }
    this.reorderBuffer.push(delivery);
    if (this.reorderBuffer.length > 1) return;
    this.later(() => {
      const batch = this.reorderBuffer.reverse();
      this.reorderBuffer = [];
      batch.forEach((buffered, index) => this.schedule(buffered, index * REORDER_SPACING_MS));
    }, REORDER_WINDOW_MS + this.chaos.delayMs);
  }

  private schedule(delivery: WebhookDelivery, delayMs: number): void {
    delivery.next_attempt_at = new Date(Date.now() + delayMs).toISOString();
    this.later(() => void this.attempt(delivery), delayMs);
  }

  private later(action: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const { state } = this.getContext();
    const event = state.events.get(delivery.event_id);
    const secret = state.webhookEndpointSides.get(delivery.endpoint_id)?.secret;
    if (!event || !secret) {
      delivery.status = 'failed';
      delivery.next_attempt_at = null;
      return;
    }
    const payload = JSON.stringify(event, null, 2);
    const startedMs = Date.now();
    const controller = new AbortController();
    this.inFlight.add(controller);
    const outcome = await postEvent(delivery.url, payload, signatureHeader(payload, secret), {
      timeoutMs: this.settings.timeoutMs,
      signal: controller.signal,
    });
    this.inFlight.delete(controller);
    if (controller.signal.aborted) return;
    delivery.attempts.push({
      at: new Date(startedMs).toISOString(),
      status_code: outcome.statusCode,
      error: outcome.error,
      duration_ms: Date.now() - startedMs,
    });
    const succeeded = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    if (succeeded) return this.finish(delivery, event, 'succeeded');
    if (delivery.attempts.length >= this.settings.maxAttempts) return this.finish(delivery, event, 'failed');
    this.schedule(delivery, this.settings.retryBaseMs * 2 ** (delivery.attempts.length - 1));
  }

  private finish(delivery: WebhookDelivery, event: StripeEvent, status: 'succeeded' | 'failed'): void {
    delivery.status = status;
    delivery.next_attempt_at = null;
    if (status === 'succeeded' && !delivery.duplicate) {
      event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
      this.getContext().markChanged();
    }
  }

  private forgetOldDeliveries(): void {
    if (this.deliveries.length <= MAX_KEPT_DELIVERIES) return;
    const finished = this.deliveries.filter((delivery) => delivery.status !== 'pending');
    const forgotten = new Set(finished.slice(0, this.deliveries.length - MAX_KEPT_DELIVERIES));
    this.deliveries = this.deliveries.filter((delivery) => !forgotten.has(delivery));
  }
}
