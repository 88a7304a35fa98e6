const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Waiting<TItem, TResult> {
  item: TItem;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions<TItem, TResult> {
  /** Writes every item of a batch in one transaction, committed when it resolves; one result per item, in order. */
  writeBatch: (items: TItem[]) => Promise<TResult[]>;
  /** Writes one item on its own: after a batch failed, so that one bad item fails alone. */
  writeOne: (item: TItem) => Promise<TResult>;
  maxBatch: number;
}

/**
 * Group commit: writes that arrive while a transaction is being committed wait for the next one
 * and share it, so a burst costs a few transactions instead of one each, and a lone write waits
 * for nothing. Each caller's promise settles only once the transaction holding its item has
 * committed (or failed).
 */
export class GroupCommit<TItem, TResult> {
  private waiting: Array<Waiting<TItem, TResult>> = [];
  private writing: Promise<void> | undefined;

  constructor(private readonly options: GroupCommitOptions<TItem, TResult>) {}

  write(item: TItem): Promise<TResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      // The next turn of the event loop, so the writes of this one share the first batch.
      this.writing ??= nextTurn().then(() => this.writeAll());
    });
  }

  /** Resolves once everything handed in so far is written. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length > 0) {
      await this.writeBatch(this.waiting.splice(0, this.options.maxBatch));
      // What the callers write on being answered (an event applied, the next delivery) joins the
      // next batch: where a batch commits without any I/O (SQLite), it would otherwise take one
      // transaction for each write that arrives a microtask ahead of the others.
      await nextTurn();
    }
    this.writing = undefined;
  }

  private async writeBatch(batch: Array<Waiting<TItem, TResult>>): Promise<void> {
    let results: TResult[];
    try {
      results = await this.options.writeBatch(batch.map((waiting) => waiting.item));
    } catch {
      for (const waiting of batch) await this.options.writeOne(waiting.item).then(waiting.resolve, waiting.reject);
      return;
    }
    // writeBatch answers each item in order.
    batch.forEach((waiting, index) => waiting.resolve(results[index]!));
  }
}
