import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/unique-violation';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics/metrics';
import { WebhookEvent } from './webhook-event.entity';
import type { WebhookHandlers } from './webhook-handler';
import { asStripeEvent } from './stripe-event-shape';
import { verifiedPayload } from './webhook-signature';

// Stripe signs with a timestamp; deliveries dated further from now are refused as replays.
const SIGNATURE_TOLERANCE_SECONDS = 300;
const PENDING_SWEEP_INTERVAL_MS = 30_000;

/**
 * Stores each event once (unique on Stripe's id), acknowledges it, then applies it in the
 * background, one at a time. Events a crash left unapplied are swept up periodically.
 */
export class WebhookService {
  private queue: Promise<unknown> = Promise.resolve();
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly signingSecrets: () => string[],
    private readonly handlers: WebhookHandlers,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  /**
   * The event in a delivery signed with the platform or Connect endpoint secret; throws a
   * WebhookRefusal for a bad or stale signature and for a body that is not an event.
   */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const check = { stripe: this.stripe, secrets: this.signingSecrets(), toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS };
    return asStripeEvent(verifiedPayload(rawBody, signature, check));
  }

  /** Returns false for an event already received (a redelivery). */
  async record(event: Stripe.Event): Promise<boolean> {
    const isNew = await this.insert(event);
    this.metrics.webhookEvents.inc({ type: event.type, duplicate: String(!isNew) });
    return isNew;
  }

  private async insert(event: Stripe.Event): Promise<boolean> {
    try {
      await this.database.transaction(({ manager }) =>
        manager.insert(WebhookEvent, {
          id: event.id,
          type: event.type,
          account: event.account ?? null,
          stripeCreated: event.created,
          payload: JSON.stringify(event),
          receivedAt: new Date(),
          processedAt: null,
        }),
      );
      return true;
    } catch (error) {
      // Only the event id's key makes a redelivery; any other failure is an error, not a duplicate.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  enqueue(eventId: string): void {
    this.schedule(() => this.apply(eventId));
  }

  start(): void {
    this.enqueuePending();
    this.sweepTimer = setInterval(() => this.enqueuePending(), PENDING_SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.queue;
  }

  private enqueuePending(): void {
    this.schedule(async () => {
      const pending = await this.database.manager.find(WebhookEvent, { where: { processedAt: IsNull() }, select: { id: true }, order: { stripeCreated: 'ASC' } });
      for (const { id } of pending) await this.apply(id);
    });
  }

  private schedule(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => this.logger.error({ err: error }, 'webhook processing failed'));
  }

  private async apply(eventId: string): Promise<void> {
    const stored = await this.database.manager.findOneBy(WebhookEvent, { id: eventId });
    if (!stored || stored.processedAt) return;
    const event = JSON.parse(stored.payload) as Stripe.Event;
    const handler = this.handlers[event.type];
    try {
      const outcome = handler ? await handler(event) : 'ignored: no handler for this type';
      await this.database.transaction(({ manager }) => manager.update(WebhookEvent, { id: eventId }, { processedAt: new Date(), outcome: outcome.slice(0, 200) }));
      this.logger.info({ eventId, type: event.type, outcome }, 'webhook applied');
    } catch (error) {
      this.logger.error({ err: error, eventId, type: event.type }, 'webhook not applied; will retry');
    }
  }
}
