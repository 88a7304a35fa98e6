import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';
import type { WriteClock } from './write-clock';

export interface Transaction {
  manager: EntityManager;
  /** Runs after the transaction commits (never after a rollback): publishing, follow-up work. */
  afterCommit(task: () => unknown): void;
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

  constructor(
    readonly dataSource: DataSource,
    writeClock?: WriteClock,
  ) {
    const isSqlite = dataSource.options.type === 'better-sqlite3';
    this.writeLock = isSqlite ? new Mutex() : undefined;
    this.writeClock = isSqlite ? writeClock : undefined;
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
}
