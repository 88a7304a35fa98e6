import 'reflect-metadata';
import { join } from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { entities } from '../../server/app/entities';
import { type CheckpointPolicy, SqliteCheckpoints } from '../../server/db/checkpoints';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { WriteClock } from '../../server/db/write-clock';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import { newDataDirectory } from '../kit/gateway-process';
import { waitFor } from '../kit/wait';

// The thread's script as the gateway runs it: compiled into dist/ by the tests' global set-up.
const THREAD_FILE = join(__dirname, '..', '..', 'dist', 'server', 'db', 'checkpoint.thread.js');
const POLICY: CheckpointPolicy = { threadFile: THREAD_FILE, intervalMs: 10, restartAtPages: 64 };
const silent = createLogger({ logLevel: 'silent' });

describe('SQLite checkpoints on a thread of their own', () => {
  let dataDirectory: string;
  let dataSource: DataSource;
  let database: Database;

  beforeEach(async () => {
    dataDirectory = newDataDirectory();
    const writeClock = new WriteClock();
    dataSource = await openDatabase({ dataDirectory, databaseUrl: undefined }, entities, silent, createMetrics(), writeClock);
    database = new Database(dataSource, writeClock);
  });
  afterEach(() => dataSource.destroy());

  const autocheckpoint = () => database.sqlite!.pragma('wal_autocheckpoint', { simple: true });
  const writeEvents = (count: number, tag: string) =>
    database.sqliteTransaction((sqlite) => {
      const insert = sqlite.prepare('INSERT INTO webhook_events (id, type, stripeCreated, payload) VALUES (?, ?, ?, ?)');
      for (let index = 0; index < count; index += 1) insert.run(`evt_${tag}_${index}`, 'transfer.created', 1, 'x'.repeat(2000));
    });
  it('takes checkpoints off the connection while its thread runs, and gives them back when stopped', async () => {
    expect(autocheckpoint()).toBe(1000);
    const checkpoints = new SqliteCheckpoints(database, silent, POLICY);
    checkpoints.start();
    await waitFor(() => autocheckpoint() === 0, { what: 'the connection to stop checkpointing on its own' });
    await checkpoints.stop();
    expect(autocheckpoint()).toBe(1000);
  });

  it('copies the WAL back beside the writes and starts it over once it is large, losing nothing', async () => {
    const checkpoints = new SqliteCheckpoints(database, silent, POLICY);
    checkpoints.start();
    await waitFor(() => autocheckpoint() === 0, { what: 'the checkpoint thread to be running' });
    for (let batch = 0; batch < 40; batch += 1) {
      await writeEvents(10, `b${batch}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // 400 rows of 2 KB are about 200 pages: the WAL is started over at 64.
    await waitFor(() => checkpoints.made.restarts, { what: 'a restart of the WAL', until: (restarts) => restarts > 0 });
    expect(checkpoints.made.passes).toBeGreaterThan(0);
    await checkpoints.stop();
    const [{ count }] = (await dataSource.query('SELECT COUNT(*) AS count FROM webhook_events')) as [{ count: number }];
    expect(count).toBe(400);
  });

  it('keeps checkpoints on the connection when stopped before its thread came up', async () => {
    const checkpoints = new SqliteCheckpoints(database, silent, POLICY);
    checkpoints.start();
    await checkpoints.stop();
    expect(autocheckpoint()).toBe(1000);
    expect(checkpoints.made.passes).toBe(0);
  });

  it('leaves checkpoints to the connection when its thread cannot start', async () => {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const checkpoints = new SqliteCheckpoints(database, logger, { ...POLICY, threadFile: join(dataDirectory, 'missing.js') });
    checkpoints.start();
    await waitFor(() => warnings.find((line) => line.includes('checkpoints are back on the gateway thread')), { what: 'the fallback warning' });
    expect(autocheckpoint()).toBe(1000);
    await checkpoints.stop();
  });
});
