/** How long a connection waits for another's write lock before SQLite answers SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** SQLite's own: a commit that takes the WAL past this many pages checkpoints it, on its thread. */
export const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * The settings every connection to the gateway's SQLite file runs with (those SQLite keeps per
 * connection, and WAL, which the file keeps once set). Light on purpose: the checkpoint thread
 * opens its connection with it and nothing else of the database layer.
 */
export function prepareSqliteConnection(database: { pragma(statement: string): unknown }): void {
  database.pragma('journal_mode = WAL');
  // Durable across crashes of the process under WAL; only an OS crash could lose the last commit.
  database.pragma('synchronous = NORMAL');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('foreign_keys = ON');
  // A transaction's statement journals (and any temporary table) in memory: a statement writing
  // many rows otherwise spills its journal to a temporary file it creates and deletes each time.
  database.pragma('temp_store = MEMORY');
}
