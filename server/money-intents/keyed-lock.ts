/**
 * In-process mutual exclusion per key (a transfer id): a live request, a client's replay and
 * the recovery pass never talk to Stripe about the same row at the same time. Across
 * processes, Stripe's idempotency key is what keeps them from paying twice.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` once every earlier holder of `key` has finished. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  isHeld(key: string): boolean {
    return this.tails.has(key);
  }
}
