import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { ApplyQueue, type QueuedEvent, objectKeyOf } from './apply-queue';
import { WebhookEvent } from './webhook-event.entity';
import { WebhookEventStore } from './webhook-event.store';
import type { WebhookHandlers } from './webhook-handler';
import { asStripeEvent } from './stripe-event-shape';
import { verifiedPayload } from './webhook-signature';

// Stripe signs with a timestamp; deliveries dated further from now are refused as replays.
const SIGNATURE_TOLERANCE_SECONDS = 300;
const PENDING_SWEEP_INTERVAL_MS = 30_000;

export interface WebhookIntakeLimits {
  /** Objects whose events are applied side by side (each object's events one after another). */
  applyConcurrency: number;
  /** Stored events not applied yet above which deliveries are answered 503 until it drains. */
  maxQueueDepth: number;
  /** What the 503 tells Stripe to wait. */
  retryAfterSeconds: number;
}

export const DEFAULT_INTAKE_LIMITS: WebhookIntakeLimits = { applyConcurrency: 4, maxQueueDepth: 5000, retryAfterSeconds: 30 };

/**
 * Stores each event once (unique on Stripe's id, in group commits), acknowledges it once its
 * transaction committed, then applies it in the background: in order per object, several objects
 * at a time. Events a crash left unapplied are swept up periodically.
 */
export class WebhookService {
  private readonly store: WebhookEventStore;
  private readonly queue: ApplyQueue;
  private sweepTimer: NodeJS.Timeout | undefined;
  /** Events applied whose outcome is not committed yet: not swept up again meanwhile. */
  private readonly recording = new Set<string>();

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly signingSecrets: () => string[],
    private readonly handlers: WebhookHandlers,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    readonly limits: WebhookIntakeLimits = DEFAULT_INTAKE_LIMITS,
  ) {
    this.store = new WebhookEventStore(database);
    this.queue = new ApplyQueue(
      (queued) => this.apply(queued),
      limits.applyConcurrency,
      (depth) => metrics.webhookApplyQueueDepth.set(depth),
    );
  }

  /**
   * The event in a delivery signed with the platform or Connect endpoint secret; throws a
   * WebhookRefusal for a bad or stale signature and for a body that is not an event.
   */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const check = { stripe: this.stripe, secrets: this.signingSecrets(), toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS };
    return asStripeEvent(verifiedPayload(rawBody, signature, check));
  }

  /** Too many events wait to be applied: deliveries are better retried by Stripe later than stored now. */
  get isBackedUp(): boolean {
    return this.queue.depth >= this.limits.maxQueueDepth;
  }

  deferred(): void {
    this.metrics.webhookDeferred.inc();
  }

  /** Returns false for an event already received (a redelivery); resolves once it is committed. */
  async record(event: Stripe.Event, rawBody?: Buffer): Promise<boolean> {
    const isNew = await this.store.insert({ event, rawBody });
    this.metrics.webhookEvents.inc({ type: event.type, duplicate: String(!isNew) });
    return isNew;
  }

  enqueue(event: Stripe.Event): void {
    this.queue.add({ id: event.id, objectKey: objectKeyOf(event), event });
  }

  start(): void {
    void this.enqueuePending();
    this.sweepTimer = setInterval(() => void this.enqueuePending(), PENDING_SWEEP_INTERVAL_MS);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.store.settled();
    await this.queue.idle();
    await this.store.settled();
  }

  private async enqueuePending(): Promise<void> {
    try {
      const pending = await this.database.manager.find(WebhookEvent, {
        where: { processedAt: IsNull() },
        select: { id: true, type: true, account: true, payload: true },
        order: { stripeCreated: 'ASC' },
      });
      for (const stored of pending) {
        if (this.recording.has(stored.id)) continue;
        const event = JSON.parse(stored.payload) as Stripe.Event;
        this.queue.add({ id: stored.id, objectKey: objectKeyOf(event) });
      }
    } catch (error) {
      this.logger.error({ err: error }, 'webhook sweep failed; will retry');
    }
  }

  private async apply(queued: QueuedEvent): Promise<void> {
    const event = queued.event ?? (await this.unapplied(queued.id));
    if (!event) return;
    const handler = this.handlers[event.type];
    let outcome: string;
    try {
      outcome = handler ? await handler(event) : 'ignored: no handler for this type';
    } catch (error) {
      this.logger.error({ err: error, eventId: event.id, type: event.type }, 'webhook not applied; will retry');
      return;
    }
    // Recorded in the next group commit: the object's next event need not wait for it, since a
    // crash before it commits only has the event applied again (handlers let newer state win).
    this.recording.add(event.id);
    void this.store.markApplied({ id: event.id, outcome }).then(
      () => {
        this.recording.delete(event.id);
        this.logger.info({ eventId: event.id, type: event.type, outcome }, 'webhook applied');
      },
      (error: unknown) => {
        this.recording.delete(event.id);
        this.logger.error({ err: error, eventId: event.id, type: event.type }, 'webhook applied but not marked so; will apply again');
      },
    );
  }

  /** A swept-up event as stored, unless it was applied meanwhile. */
  private async unapplied(eventId: string): Promise<Stripe.Event | undefined> {
    const stored = await this.store.read(this.database.manager, eventId);
    return stored && !stored.processedAt ? (JSON.parse(stored.payload) as Stripe.Event) : undefined;
  }
}
