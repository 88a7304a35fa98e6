import type { StripeEvent } from '../kernel/event.model';
import { EVENTS } from '../kernel/event.stores';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { StateJournal } from '../state/state-journal';
import { renderEventForVersion } from '../versions/version-changes';
import { CALM, type DeliverySettings, type WebhookChaos, type WebhookDelivery } from './webhook-delivery.model';
import type { WebhookEndpoint } from './webhook-endpoint.model';
import { postEvent, type SendOutcome } from './webhook.sender';
import { signatureHeader } from './webhook.signature';
import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS, WEBHOOK_ENDPOINT_SIDES } from './webhook.stores';

/** Deliveries kept for inspection; the oldest finished ones are forgotten first. */
const MAX_KEPT_DELIVERIES = 2000;
/** With `reorder`, deliveries gathered in this window are sent newest first. */
const REORDER_WINDOW_MS = 100;
const REORDER_SPACING_MS = 10;

/**
 * Sends every event to each matching endpoint, signed, retrying with exponential backoff.
 * Deliveries are part of the state: each is stored with the event that caused it, every attempt
 * is stored as it ends, and a restarted sandbox carries on with those still pending.
 */
export class WebhookDispatcher {
  chaos: WebhookChaos = { ...CALM };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private reorderBuffer: string[] = [];

  constructor(
    private readonly getContext: () => SandboxContext,
    private readonly journal: StateJournal,
    private readonly settings: DeliverySettings,
  ) {}

  /** Runs inside the unit of work that emitted the event; sending starts once it is committed. */
  dispatch(event: StripeEvent): void {
    const endpoints = this.matchingEndpoints(event);
    event.pending_webhooks = endpoints.length;
    const deliveries = endpoints.flatMap((endpoint) => [
      this.newDelivery(event, endpoint, false),
      ...(this.chaos.duplicate ? [this.newDelivery(event, endpoint, true)] : []),
    ]);
    this.forgetOldDeliveries();
    const delayMs = this.chaos.reorder ? undefined : this.chaos.delayMs;
    for (const delivery of deliveries) if (delayMs !== undefined) delivery.next_attempt_at = inIso(delayMs);
    this.journal.afterCommit(() => deliveries.forEach((delivery) => this.enqueue(delivery.id, delayMs)));
  }

  /** After a restart: every pending delivery is attempted again when it was due. */
  resume(): void {
    for (const delivery of this.getContext()
      .state.of(WEBHOOK_DELIVERIES)
      .values((candidate) => candidate.status === 'pending')) {
      const dueInMs = delivery.next_attempt_at ? Date.parse(delivery.next_attempt_at) - Date.now() : 0;
      this.later(() => void this.attempt(delivery.id), Math.max(0, dueInMs));
    }
  }

  list(filter: { eventId?: string; endpointId?: string } = {}): WebhookDelivery[] {
    return this.getContext()
      .state.of(WEBHOOK_DELIVERIES)
      .values((delivery) => (!filter.eventId || delivery.event_id === filter.eventId) && (!filter.endpointId || delivery.endpoint_id === filter.endpointId));
  }

  /** Cancels every delivery not yet sent or in flight (sandbox reset and shutdown). */
  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
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
    const isConnect = (endpoint: WebhookEndpoint) => state.of(WEBHOOK_ENDPOINT_SIDES).get(endpoint.id)?.connect ?? false;
    const platformEndpoints = state.of(WEBHOOK_ENDPOINTS).listOwned(state.platformAccountId, wants);
    if (!event.account) return platformEndpoints.filter((endpoint) => !isConnect(endpoint));
    const ownEndpoints = state.of(WEBHOOK_ENDPOINTS).listOwned(event.account, wants);
    return [...platformEndpoints.filter(isConnect), ...ownEndpoints];
  }

  private newDelivery(event: StripeEvent, endpoint: WebhookEndpoint, duplicate: boolean): WebhookDelivery {
    const { state } = this.getContext();
    return state.of(WEBHOOK_DELIVERIES).insert(event.account ?? state.platformAccountId, {
      id: newId(WEBHOOK_DELIVERIES.idPrefix),
      event_id: event.id,
      event_type: event.type,
      endpoint_id: endpoint.id,
      url: endpoint.url,
      account: event.account ?? null,
      status: 'pending',
      attempts: [],
      next_attempt_at: null,
      duplicate,
    });
  }

  /** Arms the first attempt; `delayMs` undefined gathers it in the reorder window. */
  private enqueue(deliveryId: string, delayMs: number | undefined): void {
    if (delayMs !== undefined) {
      this.later(() => void this.attempt(deliveryId), delayMs);
      return;
    }
    this.reorderBuffer.push(deliveryId);
    if (this.reorderBuffer.length > 1) return;
    this.later(() => {
      const batch = this.reorderBuffer.reverse();
      this.reorderBuffer = [];
      this.journal.write(() => batch.forEach((id, index) => this.planAttempt(id, index * REORDER_SPACING_MS)));
      batch.forEach((id, index) => this.later(() => void this.attempt(id), index * REORDER_SPACING_MS));
    }, REORDER_WINDOW_MS + this.chaos.delayMs);
  }

  private planAttempt(deliveryId: string, delayMs: number): void {
    const delivery = this.getContext().state.of(WEBHOOK_DELIVERIES).get(deliveryId);
    if (delivery) delivery.next_attempt_at = inIso(delayMs);
  }

  private later(action: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(deliveryId: string): Promise<void> {
    const request = this.journal.write(() => this.prepare(deliveryId));
    if (!request) return;
    const startedMs = Date.now();
    const controller = new AbortController();
    this.inFlight.add(controller);
    const outcome = await postEvent(request.url, request.payload, request.signature, { timeoutMs: this.settings.timeoutMs, signal: controller.signal });
    this.inFlight.delete(controller);
    if (controller.signal.aborted) return;
    const retryInMs = this.journal.write(() => this.recordAttempt(deliveryId, outcome, startedMs));
    if (retryInMs !== undefined) this.later(() => void this.attempt(deliveryId), retryInMs);
  }

  /** The signed request for a pending delivery; a delivery whose event or endpoint is gone fails. */
  private prepare(deliveryId: string): { url: string; payload: string; signature: string } | undefined {
    const { state } = this.getContext();
    const delivery = state.of(WEBHOOK_DELIVERIES).get(deliveryId);
    if (!delivery || delivery.status !== 'pending') return undefined;
    const event = state.of(EVENTS).get(delivery.event_id);
    const secret = state.of(WEBHOOK_ENDPOINT_SIDES).get(delivery.endpoint_id)?.secret;
    if (!event || !secret) {
      delivery.status = 'failed';
      delivery.next_attempt_at = null;
      return undefined;
    }
    // An endpoint pinned to a version gets the event in that version's shape.
    const version = state.of(WEBHOOK_ENDPOINTS).get(delivery.endpoint_id)?.api_version ?? event.api_version;
    const payload = JSON.stringify(renderEventForVersion(event, version), null, 2);
    return { url: delivery.url, payload, signature: signatureHeader(payload, secret) };
  }

  /** Stores the attempt; returns how long until the next one, or undefined when it is over. */
  private recordAttempt(deliveryId: string, outcome: SendOutcome, startedMs: number): number | undefined {
    const delivery = this.getContext().state.of(WEBHOOK_DELIVERIES).get(deliveryId);
    if (!delivery) return undefined;
    delivery.attempts.push({
      at: new Date(startedMs).toISOString(),
      status_code: outcome.statusCode,
      error: outcome.error,
      duration_ms: Date.now() - startedMs,
    });
    const succeeded = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    if (succeeded || delivery.attempts.length >= this.settings.maxAttempts) {
      this.finish(delivery, succeeded ? 'succeeded' : 'failed');
      return undefined;
    }
    const retryInMs = this.settings.retryBaseMs * 2 ** (delivery.attempts.length - 1);
    delivery.next_attempt_at = inIso(retryInMs);
    return retryInMs;
  }

  private finish(delivery: WebhookDelivery, status: 'succeeded' | 'failed'): void {
    delivery.status = status;
    delivery.next_attempt_at = null;
    if (status !== 'succeeded' || delivery.duplicate) return;
    const event = this.getContext().state.of(EVENTS).get(delivery.event_id);
    if (event) event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
  }

  private forgetOldDeliveries(): void {
    const excess = this.getContext().state.of(WEBHOOK_DELIVERIES).size - MAX_KEPT_DELIVERIES;
    if (excess > 0)
      this.getContext()
        .state.of(WEBHOOK_DELIVERIES)
        .deleteWhere((delivery) => delivery.status !== 'pending', excess);
  }
}

function inIso(delayMs: number): string {
  return new Date(Date.now() + delayMs).toISOString();
}
