import type { StoredEntry } from './collection';
import type { RowChange } from './state-journal';

/** How a store keeps its rows: a collection's are `{ owner, object }` entries, a keyed map's are values under their key. */
export interface StoredKind {
  shape: 'collection' | 'keyed-map';
  /** The rows' `kind`, and the store's key in a JSON state file. */
  name: string;
}

/**
 * The state as stored: the JSON file of earlier versions, and what the database's rows rebuild.
 * Each store is under its name (a collection's entries, a keyed map's `[key, value]` pairs); a
 * store a file written before it existed lacks is empty.
 */
export interface SerializedState {
  version: 1;
  clockOffsetSeconds: number;
  platformAccountId: string;
  [store: string]: unknown;
}

/** What the database keeps beside the objects. */
export interface StateMeta {
  platform_account_id: string;
  clock_offset_seconds: string;
}

export function metaOf(platformAccountId: string, clockOffsetSeconds: number): StateMeta {
  return { platform_account_id: platformAccountId, clock_offset_seconds: String(clockOffsetSeconds) };
}

/** A collection's stored entries, oldest first. */
export function entriesOf<T>(saved: SerializedState | undefined, name: string): StoredEntry<T>[] {
  // Written from these same shapes by `rowsOfSavedState` and the collections.
  return (saved?.[name] ?? []) as StoredEntry<T>[];
}

/** A keyed map's stored `[key, value]` pairs. */
export function pairsOf<V>(saved: SerializedState | undefined, name: string): [string, V][] {
  return (saved?.[name] ?? []) as [string, V][];
}

/** One row per object, each store in its creation order. */
export function rowsOfSavedState(saved: SerializedState, kinds: readonly StoredKind[]): RowChange[] {
  const rows: RowChange[] = [];
  for (const { shape, name } of kinds) {
    if (shape === 'collection') for (const entry of entriesOf<{ id: string }>(saved, name)) rows.push({ kind: name, id: entry.object.id, body: entry });
    else for (const [id, value] of pairsOf(saved, name)) rows.push({ kind: name, id, body: value });
  }
  return rows;
}

/** The state the rows describe; `rows` come in the order they were first stored. */
export function savedStateOfRows(rows: { kind: string; id: string; body: unknown }[], meta: StateMeta, kinds: readonly StoredKind[]): SerializedState {
  const byKind = new Map<string, { id: string; body: unknown }[]>();
  for (const row of rows) {
    const ofKind = byKind.get(row.kind);
    if (ofKind) ofKind.push(row);
    else byKind.set(row.kind, [row]);
  }
  const saved: SerializedState = {
    version: 1,
    clockOffsetSeconds: Number(meta.clock_offset_seconds),
    platformAccountId: meta.platform_account_id,
  };
  for (const { shape, name } of kinds) {
    const ofKind = byKind.get(name) ?? [];
    saved[name] = shape === 'collection' ? ofKind.map((row) => row.body) : ofKind.map((row) => [row.id, row.body]);
  }
  return saved;
}
