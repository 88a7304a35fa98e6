import type { StateJournal, TrackedRows } from './state-journal';

/** A map of plain records kept beside the Stripe objects; like a collection, it notes what it hands out. */
export class KeyedMap<V extends object> implements TrackedRows {
  private readonly entries: Map<string, V>;

  /** `keeps` says which values are worth storing (others live in memory only). */
  constructor(
    readonly kind: string,
    private readonly journal: StateJournal,
    entries: [string, V][] = [],
    private readonly keeps: (value: V) => boolean = () => true,
  ) {
    this.entries = new Map(entries);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value) this.journal.touch(this, key);
    return value;
  }

  set(key: string, value: V): void {
    this.journal.requireWriteUnit(this.kind);
    this.entries.set(key, value);
    this.journal.touch(this, key);
  }

  delete(key: string): void {
    this.journal.requireWriteUnit(this.kind);
    this.entries.delete(key);
    this.journal.touch(this, key);
  }

  /** Deletes every value that `matches` (which must only read it). */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, value] of this.entries) if (matches(value)) this.delete(key);
  }

  rowOf(key: string): V | undefined {
    const value = this.entries.get(key);
    return value && this.keeps(value) ? value : undefined;
  }
}
