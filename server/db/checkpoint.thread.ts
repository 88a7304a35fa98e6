/**
 * The checkpoint thread: its own connection to the gateway's SQLite file, on which it copies the
 * WAL back into the database when asked, so that the copying and its fsyncs happen here instead
 * of inside some commit on the gateway's thread. `passive` copies what it can beside the
 * gateway's writes; `restart` also starts the WAL over, and the gateway asks for it only while it
 * holds its write lock (a RESTART checkpoint keeps writers out until it is done).
 */
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { prepareSqliteConnection } from './sqlite-pragmas';

export type CheckpointRequest = 'passive' | 'restart' | 'close';

/** SQLite's answer: whether it was blocked, the WAL's pages, and how many of them it copied. */
export interface CheckpointAnswer {
  busy: number;
  log: number;
  checkpointed: number;
}

const sqlite = new SqliteDatabase(workerData as string);
prepareSqliteConnection(sqlite);
// Never on its own: only when the gateway asks.
sqlite.pragma('wal_autocheckpoint = 0');
const checkpoints = { passive: sqlite.prepare('PRAGMA wal_checkpoint(PASSIVE)'), restart: sqlite.prepare('PRAGMA wal_checkpoint(RESTART)') };
const port = parentPort!;

port.on('message', (request: CheckpointRequest) => {
  if (request === 'close') {
    sqlite.close();
    port.close();
    return;
  }
  try {
    port.postMessage({ answer: checkpoints[request].get() as CheckpointAnswer });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
