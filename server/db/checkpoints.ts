import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger';
import type { CheckpointAnswer, CheckpointRequest } from './checkpoint.thread';
import type { Database } from './database';
import { SQLITE_AUTOCHECKPOINT_PAGES } from './sqlite-pragmas';

export interface CheckpointPolicy {
  /** The thread's compiled script (beside this module in dist/). */
  threadFile: string;
  /** How often, while anything is written, the thread copies the WAL back beside the writes. */
  intervalMs: number;
  /** WAL pages from which it is also started over, under the write lock. */
  restartAtPages: number;
}

// At 10,000 events a second the WAL grows by about 1,000 pages every 100 ms; started over at
// 8,192 pages (32 MiB), what is left to copy under the lock is what came since the last pass.
export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = { threadFile: join(__dirname, 'checkpoint.thread.js'), intervalMs: 100, restartAtPages: 8192 };

type ThreadAnswer = { answer: CheckpointAnswer; error?: undefined } | { error: string; answer?: undefined };

/**
 * SQLite's checkpoints off the gateway's thread. By default the commit that takes the WAL past
 * 1,000 pages copies them into the database and fsyncs it twice, on the event loop: some
 * milliseconds during which nothing is served, which a burst of webhooks meets every few dozen
 * commits. Here a thread of its own (checkpoint.thread.ts) does that work while the gateway
 * goes on, and the gateway's connection no longer checkpoints. If the thread cannot start or
 * fails, the connection checkpoints on its own again, as before.
 */
export class SqliteCheckpoints {
  private worker: Worker | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private clockAtLastPass = -1;
  private answer: ((answer: ThreadAnswer) => void) | undefined;
  /** Checkpoints made on the thread so far: passes beside the writes, and restarts of the WAL. */
  readonly made = { passes: 0, restarts: 0 };

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
    private readonly policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY,
  ) {}

  start(): void {
    const sqlite = this.database.sqlite;
    if (!sqlite || sqlite.memory) return;
    const worker = new Worker(this.policy.threadFile, { workerData: sqlite.name });
    this.worker = worker;
    worker.unref();
    worker.once('online', () => {
      // Stopped (or fallen back) before the thread came up: the connection keeps checkpointing.
      if (this.worker !== worker) return;
      sqlite.pragma('wal_autocheckpoint = 0');
      this.timer = setInterval(() => this.pass(), this.policy.intervalMs);
      this.timer.unref();
    });
    worker.on('message', (answer: ThreadAnswer) => this.answer?.(answer));
    worker.once('error', (error) => this.fallBack(worker, error));
    worker.once('exit', (code) => this.fallBack(worker, new Error(`the checkpoint thread ended (exit code ${code})`)));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    this.database.sqlite?.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    const exited = once(worker, 'exit');
    worker.postMessage('close' satisfies CheckpointRequest);
    await exited;
  }

  private pass(): void {
    const clock = this.database.writeClock?.now ?? 0;
    if (this.running || clock === this.clockAtLastPass) return;
    this.clockAtLastPass = clock;
    this.running = this.checkpoint()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'SQLite checkpoint failed; the next pass tries again'))
      .finally(() => (this.running = undefined));
  }

  private async checkpoint(): Promise<void> {
    const { log } = await this.ask('passive');
    this.made.passes += 1;
    if (log < this.policy.restartAtPages) return;
    await this.database.underSqliteWriteLock(() => this.ask('restart'));
    this.made.restarts += 1;
  }

  private ask(request: CheckpointRequest): Promise<CheckpointAnswer> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('the checkpoint thread is not running'));
    return new Promise((resolve, reject) => {
      this.answer = ({ answer, error }) => (answer ? resolve(answer) : reject(new Error(`SQLite checkpoint: ${error}`)));
      worker.postMessage(request);
    });
  }

  private fallBack(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    clearInterval(this.timer);
    this.answer?.({ error: error.message });
    this.database.sqlite?.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    this.logger.warn({ err: error }, 'SQLite checkpoints are back on the gateway thread');
  }
}
