// Subscriptions push whole records; lists keep the newest version of each row and, on their
// first page, show records created since they were fetched.

export interface LiveRecord {
  id: string;
  /** When present on both versions, the later one wins; otherwise the pushed one does. */
  updatedAt?: string;
}

export type Pushed<TRecord> = Record<string, TRecord> | undefined;

// Some changes are stamped to the second (those Stripe's events report), others to the
// millisecond: within one second, the version that arrived last wins.
const secondOf = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const isOlder = (candidate: LiveRecord, than: LiveRecord) =>
  candidate.updatedAt !== undefined && than.updatedAt !== undefined && secondOf(candidate.updatedAt) < secondOf(than.updatedAt);

/** A subscription reducer: the newest version of every record pushed so far. */
export function collectNewest<TRecord extends LiveRecord>(collected: Pushed<TRecord>, record: TRecord): Record<string, TRecord> {
  const known = collected?.[record.id];
  if (collected && known && isOlder(record, known)) return collected;
  return { ...collected, [record.id]: record };
}

/** A queried row, or the newer version of it that a subscription delivered since. */
export function withNewest<TRow extends LiveRecord>(row: TRow, pushed: Pushed<Partial<TRow> & LiveRecord>): TRow {
  const newer = pushed?.[row.id];
  return newer && !isOlder(newer, row) ? { ...row, ...newer } : row;
}

/** Rows with their pushed updates, plus pushed records not in the list that `belongs` accepts, newest first. */
export function liveRows<TRow extends LiveRecord & { createdAt: string }>(rows: TRow[], pushed: Pushed<TRow>, belongs: (row: TRow) => boolean): TRow[] {
  const listed = new Set(rows.map((row) => row.id));
  const added = Object.values(pushed ?? {})
    .filter((row) => !listed.has(row.id) && belongs(row))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return [...added, ...rows.map((row) => withNewest(row, pushed))];
}
