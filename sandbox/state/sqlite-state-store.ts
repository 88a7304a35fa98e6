import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CommitBatch, RowChange } from './state-journal';
import { rowsOfSavedState, savedStateOfRows, type SerializedState, type StateMeta, type StoredKind } from './state-rows';

// One row per object (the JSON of a collection entry or map value). Rowids grow with each new
// row and an upsert keeps its row's, so reading by rowid gives back every collection's order.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sandbox_objects (kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (kind, id));
  CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

interface PendingWrite {
  key: string;
  kind: string;
  id: string;
  /** Undefined: the row goes. */
  json: string | undefined;
}

/**
 * The sandbox's state in SQLite, written one transaction per unit of work. It remembers the JSON
 * it last stored for each row, so a commit writes only the objects that really changed.
 */
export class SqliteStateStore {
  private readonly storedJson = new Map<string, string>();
  private readonly storedMeta = new Map<string, string>();
  private readonly upsertRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly upsertMeta: Database.Statement;
  private readonly writeTransaction: (cleared: boolean, writes: PendingWrite[], meta: [string, string][]) => void;

  private constructor(
    private readonly database: Database.Database,
    private readonly kinds: readonly StoredKind[],
  ) {
    this.upsertRow = database.prepare(
      'INSERT INTO sandbox_objects (kind, id, body) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body',
    );
    this.deleteRow = database.prepare('DELETE FROM sandbox_objects WHERE kind = ? AND id = ?');
    this.upsertMeta = database.prepare('INSERT INTO sandbox_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value');
    this.writeTransaction = database.transaction((cleared: boolean, writes: PendingWrite[], meta: [string, string][]) => {
      if (cleared) database.exec('DELETE FROM sandbox_objects');
      for (const write of writes) {
        if (write.json === undefined) this.deleteRow.run(write.kind, write.id);
        else this.upsertRow.run(write.kind, write.id, write.json);
      }
      for (const [name, value] of meta) this.upsertMeta.run(name, value);
    });
  }

  /** `kinds`: the stores whose rows it reads back (every store of the registry). */
  static open(path: string, kinds: readonly StoredKind[]): SqliteStateStore {
    mkdirSync(dirname(path), { recursive: true });
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    // NORMAL: under WAL a committed transaction is in the operating system's hands before the
    // answer goes out, so it survives the process being killed, which is the promise (the same
    // one the gateway's own database makes). FULL would add an fsync per request to survive a
    // power cut too, which the gateway's database beside it would not survive anyway.
    database.pragma('synchronous = NORMAL');
    database.exec(SCHEMA);
    return new SqliteStateStore(database, kinds);
  }

  /** The stored state; undefined for a database nothing was ever committed to. */
  load(): SerializedState | undefined {
    const metaRows = this.database.prepare('SELECT name, value FROM sandbox_meta').all() as { name: string; value: string }[];
    for (const { name, value } of metaRows) this.storedMeta.set(name, value);
    if (!this.storedMeta.has('platform_account_id')) return undefined;
    const rows = this.database.prepare('SELECT kind, id, body FROM sandbox_objects ORDER BY rowid').all() as { kind: string; id: string; body: string }[];
    for (const row of rows) this.storedJson.set(rowKey(row.kind, row.id), row.body);
    const objects = rows.map((row) => ({ kind: row.kind, id: row.id, body: JSON.parse(row.body) as unknown }));
    return savedStateOfRows(objects, Object.fromEntries(this.storedMeta) as unknown as StateMeta, this.kinds);
  }

  /** Stores a whole state in one transaction, replacing anything stored before. */
  replaceAll(saved: SerializedState, meta: StateMeta): void {
    this.commit({ cleared: true, rows: rowsOfSavedState(saved, this.kinds) }, meta);
  }

  /**
   * Writes what differs from what is stored, in one transaction (none if nothing differs);
   * returns how many object rows it wrote or deleted.
   */
  commit(batch: CommitBatch, meta: StateMeta): number {
    const stored = batch.cleared ? new Map<string, string>() : this.storedJson;
    const writes = batch.rows.map(pendingWrite).filter((write) => write.json !== stored.get(write.key));
    const metaWrites = Object.entries(meta).filter(([name, value]) => this.storedMeta.get(name) !== value);
    if (!batch.cleared && writes.length === 0 && metaWrites.length === 0) return 0;
    this.writeTransaction(batch.cleared, writes, metaWrites);
    if (batch.cleared) this.storedJson.clear();
    for (const write of writes) {
      if (write.json === undefined) this.storedJson.delete(write.key);
      else this.storedJson.set(write.key, write.json);
    }
    for (const [name, value] of metaWrites) this.storedMeta.set(name, value);
    return writes.length;
  }

  close(): void {
    this.database.close();
  }
}

function rowKey(kind: string, id: string): string {
  return `${kind} ${id}`;
}

function pendingWrite(row: RowChange): PendingWrite {
  return { key: rowKey(row.kind, row.id), kind: row.kind, id: row.id, json: row.body === undefined ? undefined : JSON.stringify(row.body) };
}
