import type Stripe from 'stripe';

/** An event to apply: its id, and the event itself when it was just received (else read again). */
export interface QueuedEvent {
  id: string;
  objectKey: string;
  event?: Stripe.Event;
}

/**
 * The object an event is about: events of one object are applied one after another, in the
 * order received, while different objects are applied side by side. A connected account's events
 * (account.updated, capability.updated, its payouts) share the account's key.
 */
export function objectKeyOf(event: Pick<Stripe.Event, 'id' | 'account' | 'data'>): string {
  const object = event.data.object as { id?: unknown };
  return event.account ?? (typeof object.id === 'string' ? object.id : event.id);
}

/**
 * Stored events waiting to be applied, in order per object and `concurrency` objects at a time.
 * An event already waiting or being applied is not queued twice.
 */
export class ApplyQueue {
  private readonly byObject = new Map<string, QueuedEvent[]>();
  private readonly queued = new Set<string>();
  private readonly readyObjects: string[] = [];
  private readonly activeObjects = new Set<string>();
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly apply: (queued: QueuedEvent) => Promise<void>,
    private readonly concurrency: number,
    private readonly onDepthChange: (depth: number) => void,
  ) {}

  /** Events waiting or being applied. */
  get depth(): number {
    return this.queued.size;
  }

  add(queued: QueuedEvent): void {
    if (this.queued.has(queued.id)) return;
    this.queued.add(queued.id);
    this.onDepthChange(this.queued.size);
    const waiting = this.byObject.get(queued.objectKey);
    if (waiting) {
      waiting.push(queued);
    } else {
      this.byObject.set(queued.objectKey, [queued]);
      if (!this.activeObjects.has(queued.objectKey)) this.readyObjects.push(queued.objectKey);
    }
    this.pump();
  }

  /** Resolves once nothing is waiting or being applied. */
  idle(): Promise<void> {
    if (this.queued.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.activeObjects.size < this.concurrency && this.readyObjects.length > 0) void this.drain(this.readyObjects.shift()!);
  }

  private async drain(objectKey: string): Promise<void> {
    this.activeObjects.add(objectKey);
    for (let next = this.byObject.get(objectKey)?.shift(); next; next = this.byObject.get(objectKey)?.shift()) {
      // apply() reports its own failures; a failed event is swept up again later.
      await this.apply(next).catch(() => undefined);
      this.queued.delete(next.id);
      this.onDepthChange(this.queued.size);
    }
    this.byObject.delete(objectKey);
    this.activeObjects.delete(objectKey);
    if (this.queued.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    this.pump();
  }
}
