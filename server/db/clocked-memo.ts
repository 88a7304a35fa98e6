import type { WriteClock } from './write-clock';

interface Entry<TValue> {
  value: TValue;
  writeCount: number;
}

/**
 * Values read from the database, each kept while the write clock has not moved since before it
 * was read: what a read would return again, without running it. Any write makes every entry
 * stale at once. Only for a database no one else writes to unseen (SQLite, see WriteClock).
 */
export class ClockedMemo<TKey, TValue> {
  private readonly entries = new Map<TKey, Entry<TValue>>();

  constructor(
    private readonly writeClock: WriteClock,
    private readonly maxEntries: number,
  ) {}

  async read(key: TKey, load: () => Promise<TValue>): Promise<TValue> {
    const writeCount = this.writeClock.now;
    const held = this.entries.get(key);
    if (held?.writeCount === writeCount) return held.value;
    const value = await load();
    if (this.writeClock.now === writeCount) this.keep(key, { value, writeCount });
    return value;
  }

  private keep(key: TKey, entry: Entry<TValue>): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      for (const [heldKey, held] of this.entries) if (held.writeCount !== entry.writeCount) this.entries.delete(heldKey);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as TKey);
    }
    this.entries.set(key, entry);
  }
}
