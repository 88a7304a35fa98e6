import type { EntityManager } from 'typeorm';
import type { Database, Transaction } from '../db/database';
import { GroupCommit } from '../db/group-commit';
import { insertNewRows } from '../db/insert-new-rows';
import { powerOfTwoChunks } from '../db/sized-chunks';
import { isUniqueViolation } from '../db/unique-violation';
import { WebhookEvent } from './webhook-event.entity';
import { SqliteEventWrites } from './webhook-event.sqlite';
import { type Outcome, type Received, type StoreWrite, firstOfEachId, isNewIn, outcomeText, payloadOf, resultsInOrder, split } from './webhook-event.write';

// Writes per transaction: a burst of deliveries shares one commit, sent in chunks of 128 and less.
const MAX_EVENTS_PER_COMMIT = 128;

const rowOf = (received: Received) => ({
  id: received.event.id,
  type: received.event.type,
  account: received.event.account ?? null,
  stripeCreated: received.event.created,
  payload: payloadOf(received),
  receivedAt: new Date(),
  processedAt: null,
});

/** Inserts the events not held yet; true for each that is new (the first of its id in the batch). */
async function insertNew({ manager }: Transaction, received: Received[]): Promise<boolean[]> {
  const inserted = await insertNewRows(manager, WebhookEvent, firstOfEachId(received).map(rowOf), 'id');
  return isNewIn(received, inserted);
}

/** One UPDATE per chunk of the batch: each event's own outcome, picked by a CASE on its id. */
async function markApplied({ manager }: Transaction, outcomes: Outcome[]): Promise<void> {
  const processedAt = manager.connection.driver.preparePersistentValue(
    new Date(),
    manager.connection.getMetadata(WebhookEvent).findColumnWithPropertyName('processedAt')!,
  );
  for (const chunk of powerOfTwoChunks(outcomes, MAX_EVENTS_PER_COMMIT)) {
    const values = [processedAt, ...chunk.flatMap((outcome) => [outcome.id, outcomeText(outcome)]), ...chunk.map(({ id }) => id)];
    await manager.query(markStatement(manager, chunk.length), values);
  }
}

const markStatements = new Map<number, string>();

function markStatement(manager: EntityManager, rowCount: number): string {
  const known = markStatements.get(rowCount);
  if (known) return known;
  const { driver } = manager.connection;
  const [table, id, outcome, processedAt] = ['webhook_events', 'id', 'outcome', 'processedAt'].map((name) => driver.escape(name));
  let index = 0;
  const parameter = () => driver.createParameter('value', index++);
  const assignedAt = parameter();
  const cases = Array.from({ length: rowCount }, () => `WHEN ${parameter()} THEN ${parameter()}`).join(' ');
  const ids = Array.from({ length: rowCount }, parameter).join(', ');
  const sql = `UPDATE ${table} SET ${processedAt} = ${assignedAt}, ${outcome} = CASE ${id} ${cases} END WHERE ${id} IN (${ids})`;
  markStatements.set(rowCount, sql);
  return sql;
}

/** The events received and the outcomes of a batch, in one transaction; true/false for each event, whether it is new. */
async function writeBatch(transaction: Transaction, writes: StoreWrite[]): Promise<Array<boolean | undefined>> {
  const { received, outcomes } = split(writes);
  const isNew = received.length > 0 ? await insertNew(transaction, received) : [];
  if (outcomes.length > 0) await markApplied(transaction, outcomes);
  return resultsInOrder(writes, isNew);
}

/**
 * webhook_events, written in group commits: a delivery is answered once the transaction holding
 * its event has committed, and a burst of deliveries (with the outcomes of the events applied
 * meanwhile) shares a few transactions. Stored once, unique on Stripe's id: a redelivery is told
 * apart and not stored again.
 */
export class WebhookEventStore {
  private readonly writes: GroupCommit<StoreWrite, boolean | undefined>;

  constructor(private readonly database: Database) {
    // On SQLite, raw statements on the connection; elsewhere (PostgreSQL) through TypeORM.
    const sqliteWrites = database.sqlite ? new SqliteEventWrites(database, MAX_EVENTS_PER_COMMIT) : undefined;
    this.writes = new GroupCommit({
      writeBatch: sqliteWrites ? (writes) => sqliteWrites.write(writes) : (writes) => database.transaction((transaction) => writeBatch(transaction, writes)),
      writeOne: (write) => this.writeOne(write),
      maxBatch: MAX_EVENTS_PER_COMMIT,
    });
  }

  /** False for an event already held (a redelivery); resolves once the event is committed. */
  async insert(received: Received): Promise<boolean> {
    return (await this.writes.write({ received })) === true;
  }

  /** Records what applying an event did; resolves once committed. */
  async markApplied(outcome: Outcome): Promise<void> {
    await this.writes.write({ outcome });
  }

  read(manager: EntityManager, id: string): Promise<WebhookEvent | null> {
    return manager.findOneBy(WebhookEvent, { id });
  }

  settled(): Promise<void> {
    return this.writes.settled();
  }

  private async writeOne({ received, outcome }: StoreWrite): Promise<boolean | undefined> {
    if (received) return this.insertOne(received);
    await this.database.transaction((transaction) => markApplied(transaction, [outcome!]));
    return undefined;
  }

  private async insertOne(received: Received): Promise<boolean> {
    try {
      await this.database.transaction(({ manager }) => manager.insert(WebhookEvent, rowOf(received)));
      return true;
    } catch (error) {
      // Only the event id's key makes a redelivery; any other failure is an error, not a duplicate.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
