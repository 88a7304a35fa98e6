import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../server/audit/audit-action';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { entities } from '../../server/app/entities';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import { newDataDirectory } from '../kit/gateway-process';

const insertEntry = (manager: EntityManager, subjectId: string) =>
  manager.insert(AuditEntry, {
    id: randomUUID(),
    actorUserId: null,
    action: AuditAction.TRANSFER_REQUESTED,
    subjectType: 'Transfer',
    subjectId,
    details: {},
    createdAt: new Date(),
  });

/** Lets every other transaction waiting to run take its turn. */
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/** A promise and the function that resolves it, to order two transactions exactly. */
function signal(): { fired: Promise<void>; fire: () => void } {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/**
 * TypeORM's better-sqlite3 driver shares one connection, so concurrent transactions nest and a
 * rollback of one undoes the other. `Database.transaction` serialises them process-wide.
 */
describe('write transactions on SQLite', () => {
  let dataSource: DataSource;
  let database: Database;

  beforeAll(async () => {
    dataSource = await openDatabase(
      { dataDirectory: newDataDirectory(), databaseUrl: undefined },
      entities,
      createLogger({ logLevel: 'silent' }),
      createMetrics(),
    );
    database = new Database(dataSource);
  });
  afterAll(() => dataSource.destroy());

  const countOf = (subjectId: string) => dataSource.manager.countBy(AuditEntry, { subjectId });

  it('without the lock, one transaction rolling back loses another one that had committed (the hazard)', async () => {
    const [doomed, committed] = [randomUUID(), randomUUID()];
    const doomedOpen = signal();
    const otherDone = signal();
    const failing = dataSource
      .transaction(async (manager) => {
        await insertEntry(manager, doomed);
        doomedOpen.fire();
        await otherDone.fired;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    await doomedOpen.fired;
    await dataSource.transaction((manager) => insertEntry(manager, committed)).catch(() => undefined);
    otherDone.fire();
    expect(await failing).toBe('rolled back');
    expect(await countOf(committed)).toBe(0);
  });

  it('with Database.transaction, 40 concurrent transactions keep exactly the writes of those that committed', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const subjectId = randomUUID();
        const committed = await database
          .transaction(async ({ manager }) => {
            await insertEntry(manager, subjectId);
            await yieldToOthers();
            if (index % 3 === 0) throw new Error('roll back');
          })
          .then(
            () => true,
            () => false,
          );
        return { subjectId, committed };
      }),
    );
    for (const { subjectId, committed } of outcomes) expect(await countOf(subjectId)).toBe(committed ? 1 : 0);
    expect(outcomes.filter((outcome) => outcome.committed)).toHaveLength(26);
  });

  it('runs afterCommit tasks only for transactions that committed', async () => {
    const published: string[] = [];
    await database.transaction(async ({ afterCommit }) => afterCommit(() => published.push('kept')));
    await database
      .transaction(async ({ afterCommit }) => {
        afterCommit(() => published.push('dropped'));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(published).toEqual(['kept']);
  });
});
