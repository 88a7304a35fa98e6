import { Mutex } from 'async-mutex';
import type { Database as SqliteConnection } from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import type { WriteClock } from './write-clock';

export interface Transaction {
  manager: EntityManager;
  /** Runs after the transaction commits (never after a rollback): publishing, follow-up work. */
  afterCommit(task: () => unknown): void;
}

/** better-sqlite3's connection under TypeORM's driver, for statements too hot for the query runner. */
export function sqliteConnectionOf(dataSource: DataSource): SqliteConnection | undefined {
  return dataSource.driver instanceof BetterSqlite3Driver ? (dataSource.driver.databaseConnection as SqliteConnection) : undefined;
}

/**
 * Write transactions. TypeORM's better-sqlite3 driver shares one connection, so two
 * concurrent transactions would silently nest and one's rollback could undo the other's
 * writes: on SQLite they run one at a time, process-wide. PostgreSQL gives each its own
 * connection and needs no lock.
 */
export class Database {
  private readonly writeLock: Mutex | undefined;
  /** On SQLite, where it sees every change: reads may be kept until it moves (ClockedMemo). */
  readonly writeClock: WriteClock | undefined;
  /** The SQLite connection itself (undefined on PostgreSQL): see sqliteTransaction. */
  readonly sqlite: SqliteConnection | undefined;
  /** `work()` between BEGIN IMMEDIATE and COMMIT (ROLLBACK if it throws), made once. */
  private readonly inSqliteTransaction: ((work: () => unknown) => unknown) | undefined;

  constructor(
    readonly dataSource: DataSource,
    writeClock?: WriteClock,
  ) {
    const isSqlite = dataSource.options.type === 'better-sqlite3';
    this.writeLock = isSqlite ? new Mutex() : undefined;
    this.writeClock = isSqlite ? writeClock : undefined;
    this.sqlite = sqliteConnectionOf(dataSource);
    this.inSqliteTransaction = this.sqlite?.transaction((work: () => unknown) => work()).immediate;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    const afterCommitTasks: Array<() => unknown> = [];
    const run = () => this.dataSource.transaction((manager) => work({ manager, afterCommit: (task) => afterCommitTasks.push(task) }));
    const result = this.writeLock ? await this.writeLock.runExclusive(run) : await run();
    for (const task of afterCommitTasks) await task();
    return result;
  }

  /**
   * On SQLite only: `work` runs synchronously on the raw connection in a transaction of its own,
   * under the same lock as `transaction` (rolled back if it throws). It names each statement it
   * runs to `count`, which tells the query log (metrics, the write clock) as TypeORM would.
   */
  sqliteTransaction<T>(work: (sqlite: SqliteConnection, count: (statement: string) => void) => T): Promise<T> {
    const sqlite = this.sqlite!;
    return this.underSqliteWriteLock((count) => {
      count('BEGIN');
      try {
        const result = this.inSqliteTransaction!(() => work(sqlite, count)) as T;
        count('COMMIT');
        return result;
      } catch (error) {
        count('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * On SQLite only: `work` runs under the same lock as `transaction`, once no transaction is open
   * on the connection: a raw transaction (above), or what another connection of this process must
   * do while this one writes nothing (a RESTART checkpoint, see checkpoints.ts).
   */
  underSqliteWriteLock<T>(work: (count: (statement: string) => void) => T | Promise<T>): Promise<T> {
    const sqlite = this.sqlite!;
    const count = (statement: string) => this.dataSource.logger.logQuery(statement);
    return this.writeLock!.runExclusive(async () => {
      // A transaction TypeORM opened on its own (a save outside `transaction`) is let finish first.
      while (sqlite.inTransaction) await new Promise((resolve) => setImmediate(resolve));
      return work(count);
    });
  }
}
