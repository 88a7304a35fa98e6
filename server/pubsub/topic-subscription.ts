/** Changes a subscription may hold before its consumer takes them; past that it is ended. */
export const MAX_PENDING_CHANGES = 10_000;

/** A subscription ended because its consumer stopped taking changes: the ones it missed are not replayed. */
export class SubscriberTooSlowError extends Error {
  constructor(maxPending: number) {
    super(`This subscription fell ${maxPending} changes behind and was ended; subscribe again and read the current state.`);
    this.name = 'SubscriberTooSlowError';
  }
}

interface Waiter<Payload> {
  resolve: (step: IteratorResult<Payload>) => void;
  reject: (error: unknown) => void;
}

const DONE: IteratorResult<never> = { value: undefined, done: true };

/**
 * One subscriber's changes of one topic, in the order they were published. Publishing pushes a
 * change into every subscriber's own queue synchronously, so a subscriber that is slow to take
 * its changes delays nobody else; one that falls `maxPending` behind is ended with
 * SubscriberTooSlowError once it has taken what it holds, so that it never grows without bound.
 * Ending it (`return`, as graphql-ws does when the client stops or the socket closes) leaves the
 * topic at once, without waiting for another change.
 */
export class TopicSubscription<Payload> implements AsyncIterableIterator<Payload> {
  private pending: Payload[] = [];
  private head = 0;
  private waiters: Array<Waiter<Payload>> = [];
  private ended = false;
  private failure: unknown = undefined;
  private accepts: ((payload: Payload) => boolean) | undefined;
  private onQueued: (() => void) | undefined;

  constructor(
    private readonly leave: () => void,
    private readonly maxPending = MAX_PENDING_CHANGES,
  ) {}

  /** Changes held and not yet taken. */
  get size(): number {
    return this.pending.length - this.head;
  }

  /**
   * Keeps only the changes `predicate` accepts, checked as each is published: a change for
   * someone else never enters the queue. Several predicates must all accept.
   */
  where(predicate: (payload: Payload) => boolean): this {
    const before = this.accepts;
    this.accepts = before ? (payload) => before(payload) && predicate(payload) : predicate;
    return this;
  }

  /** Called by the pub/sub, synchronously, for every change published on the topic. */
  deliver(payload: Payload): void {
    if (this.ended) return;
    try {
      if (this.accepts && !this.accepts(payload)) return;
    } catch (error) {
      this.fail(error);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ value: payload, done: false });
      return;
    }
    if (this.size >= this.maxPending) {
      this.fail(new SubscriberTooSlowError(this.maxPending));
      return;
    }
    this.pending.push(payload);
    this.onQueued?.();
  }

  /**
   * For a consumer that takes changes with `poll` rather than waiting in `next`: `onQueued` is
   * called, synchronously, each time a change is queued or the subscription fails.
   */
  listen(onQueued: () => void): void {
    this.onQueued = onQueued;
  }

  /** The next change without waiting: undefined while there is none, done once ended; throws what ended it. */
  poll(): IteratorResult<Payload> | undefined {
    if (this.head < this.pending.length) return { value: this.take(), done: false };
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure instanceof Error ? failure : new Error(String(failure));
    }
    return this.ended ? DONE : undefined;
  }

  next(): Promise<IteratorResult<Payload>> {
    try {
      const step = this.poll();
      if (step) return Promise.resolve(step);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<Payload>> {
    this.end();
    this.pending = [];
    this.head = 0;
    this.failure = undefined;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(DONE);
    return Promise.resolve(DONE);
  }

  throw(error: unknown): Promise<IteratorResult<Payload>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private take(): Payload {
    const value = this.pending[this.head]!;
    this.head += 1;
    if (this.head === this.pending.length) {
      this.pending = [];
      this.head = 0;
    } else if (this.head >= 1024) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return value;
  }

  /** Stops taking changes; what is held is still handed out, then the error. */
  private fail(error: unknown): void {
    this.end();
    const waiters = this.waiters.splice(0);
    for (const waiter of waiters) waiter.reject(error);
    if (waiters.length > 0) return;
    this.failure = error;
    this.onQueued?.();
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.leave();
  }
}
