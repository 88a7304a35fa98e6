/**
 * What one subscriber has been sent and not yet read, read with `for await`: a plain queue
 * instead of a chain of repeaters per subscriber, so a change published to a thousand
 * subscriptions is a thousand array pushes.
 */
export class SubscriptionQueue<TValue> implements AsyncIterableIterator<TValue> {
  private readonly waiting: TValue[] = [];
  private reader: ((result: IteratorResult<TValue>) => void) | undefined;
  private ended = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly maxWaiting: number,
  ) {}

  push(value: TValue): void {
    if (this.ended) return;
    const reader = this.reader;
    if (reader) {
      this.reader = undefined;
      reader({ value, done: false });
      return;
    }
    // A subscriber this far behind is not reading: it is ended rather than left to grow.
    if (this.waiting.length >= this.maxWaiting) void this.return();
    else this.waiting.push(value);
  }

  next(): Promise<IteratorResult<TValue>> {
    if (this.waiting.length > 0) return Promise.resolve({ value: this.waiting.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.reader = resolve));
  }

  return(): Promise<IteratorResult<TValue>> {
    if (!this.ended) {
      this.ended = true;
      this.waiting.length = 0;
      this.onEnd();
      this.reader?.({ value: undefined, done: true });
      this.reader = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<TValue>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
