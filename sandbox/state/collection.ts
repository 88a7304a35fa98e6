import type { StateJournal, TrackedRows } from './state-journal';

/** Stored objects keep the account they belong to, so a `Stripe-Account` caller sees only its own. */
export interface StoredEntry<T> {
  owner: string;
  object: T;
}

/**
 * One kind of Stripe object, in creation order (lists read it backwards: newest first). Every
 * object handed out may be edited by its caller, so each is noted in the journal.
 */
export class Collection<T extends { id: string }> implements TrackedRows {
  private readonly entries = new Map<string, StoredEntry<T>>();

  constructor(
    readonly kind: string,
    private readonly journal: StateJournal,
    entries: StoredEntry<T>[] = [],
  ) {
    for (const entry of entries) this.entries.set(entry.object.id, entry);
  }

  insert(owner: string, object: T): T {
    this.journal.requireWriteUnit(this.kind);
    this.entries.set(object.id, { owner, object });
    this.journal.touch(this, object.id);
    return object;
  }

  get(id: string): T | undefined {
    return this.handOut(this.entries.get(id));
  }

  getOwned(owner: string, id: string): T | undefined {
    const entry = this.entries.get(id);
    return entry?.owner === owner ? this.handOut(entry) : undefined;
  }

  ownerOf(id: string): string | undefined {
    return this.entries.get(id)?.owner;
  }

  delete(id: string): void {
    this.journal.requireWriteUnit(this.kind);
    this.entries.delete(id);
    this.journal.touch(this, id);
  }

  /** Deletes, oldest first, up to `limit` objects that `matches` (which must only read them). */
  deleteWhere(matches: (object: T) => boolean, limit = Infinity): void {
    let deleted = 0;
    for (const [id, entry] of this.entries) {
      if (deleted >= limit) return;
      if (!matches(entry.object)) continue;
      this.delete(id);
      deleted += 1;
    }
  }

  /** The owner's objects that `matches` (all by default), newest first. */
  listOwned(owner: string, matches: (object: T) => boolean = () => true): T[] {
    const owned: T[] = [];
    for (const entry of this.entries.values()) if (entry.owner === owner && matches(entry.object)) owned.push(this.handOut(entry)!);
    return owned.reverse();
  }

  /** Every object that `matches` (all by default), oldest first. */
  values(matches: (object: T) => boolean = () => true): T[] {
    const found: T[] = [];
    for (const entry of this.entries.values()) if (matches(entry.object)) found.push(this.handOut(entry)!);
    return found;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every stored entry, oldest first, noting nothing: for what is rebuilt from them (balance totals). */
  storedEntries(): IterableIterator<StoredEntry<T>> {
    return this.entries.values();
  }

  rowOf(id: string): StoredEntry<T> | undefined {
    return this.entries.get(id);
  }

  private handOut(entry: StoredEntry<T> | undefined): T | undefined {
    if (entry) this.journal.touch(this, entry.object.id);
    return entry?.object;
  }
}
