import { COLLECTION_KINDS, KEYED_MAP_KINDS, type SerializedState } from '../kernel/sandbox.state';
import type { RowChange } from './state-journal';

/** What the database keeps beside the objects. */
export interface StateMeta {
  platform_account_id: string;
  clock_offset_seconds: string;
}

export function metaOf(platformAccountId: string, clockOffsetSeconds: number): StateMeta {
  return { platform_account_id: platformAccountId, clock_offset_seconds: String(clockOffsetSeconds) };
}

/** One row per object, each collection in its creation order. */
export function rowsOfSavedState(saved: SerializedState): RowChange[] {
  const rows: RowChange[] = [];
  for (const kind of COLLECTION_KINDS) for (const entry of saved[kind] ?? []) rows.push({ kind, id: entry.object.id, body: entry });
  for (const kind of KEYED_MAP_KINDS) for (const [id, value] of saved[kind] ?? []) rows.push({ kind, id, body: value });
  return rows;
}

/** The state the rows describe; `rows` come in the order they were first stored. */
export function savedStateOfRows(rows: { kind: string; id: string; body: unknown }[], meta: StateMeta): SerializedState {
  const byKind = new Map<string, { id: string; body: unknown }[]>();
  for (const row of rows) {
    const ofKind = byKind.get(row.kind);
    if (ofKind) ofKind.push(row);
    else byKind.set(row.kind, [row]);
  }
  const saved: Record<string, unknown> = {
    version: 1,
    clockOffsetSeconds: Number(meta.clock_offset_seconds),
    platformAccountId: meta.platform_account_id,
  };
  for (const kind of COLLECTION_KINDS) saved[kind] = (byKind.get(kind) ?? []).map((row) => row.body);
  for (const kind of KEYED_MAP_KINDS) saved[kind] = (byKind.get(kind) ?? []).map((row) => [row.id, row.body]);
  // The rows were written from these same shapes by `rowsOfSavedState` and the collections.
  return saved as unknown as SerializedState;
}
