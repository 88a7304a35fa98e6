/** Stored objects keep the account they belong to, so a `Stripe-Account` caller sees only its own. */
export interface StoredEntry<T> {
  owner: string;
  object: T;
}

/** One kind of Stripe object, in creation order (lists read it backwards: newest first). */
export class Collection<T extends { id: string }> {
  private readonly entries = new Map<string, StoredEntry<T>>();

  constructor(entries: StoredEntry<T>[] = []) {
    for (const entry of entries) this.entries.set(entry.object.id, entry);
  }

  insert(owner: string, object: T): T {
    this.entries.set(object.id, { owner, object });
    return object;
  }

  get(id: string): T | undefined {
    return this.entries.get(id)?.object;
  }

  getOwned(owner: string, id: string): T | undefined {
    const entry = this.entries.get(id);
    return entry?.owner === owner ? entry.object : undefined;
  }

  ownerOf(id: string): string | undefined {
    return this.entries.get(id)?.owner;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** The owner's objects, newest first. */
  listOwned(owner: string): T[] {
    const owned: T[] = [];
    for (const entry of this.entries.values()) if (entry.owner === owner) owned.push(entry.object);
    return owned.reverse();
  }

  values(): T[] {
    return [...this.entries.values()].map((entry) => entry.object);
  }

  get size(): number {
    return this.entries.size;
  }

  toJSON(): StoredEntry<T>[] {
    return [...this.entries.values()];
  }
}
