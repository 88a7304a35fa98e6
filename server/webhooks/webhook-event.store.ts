import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import type { Database, Transaction } from '../db/database';
import { GroupCommit } from '../db/group-commit';
import { insertNewRows } from '../db/insert-new-rows';
import { powerOfTwoChunks } from '../db/sized-chunks';
import { isUniqueViolation } from '../db/unique-violation';
import { WebhookEvent } from './webhook-event.entity';

// Rows per transaction: a burst of deliveries shares one commit, sent in chunks of 128 and less.
const MAX_EVENTS_PER_COMMIT = 128;

export interface Outcome {
  id: string;
  outcome: string;
}

/** An event to store, with the body Stripe signed when there is one (kept as sent, not serialized again). */
export interface Received {
  event: Stripe.Event;
  rawBody?: Buffer;
}

const rowOf = ({ event, rawBody }: Received) => ({
  id: event.id,
  type: event.type,
  account: event.account ?? null,
  stripeCreated: event.created,
  payload: rawBody ? rawBody.toString('utf8') : JSON.stringify(event),
  receivedAt: new Date(),
  processedAt: null,
});

/** Inserts the events not held yet; true for each that is new (the first of its id in the batch). */
async function insertNew({ manager }: Transaction, received: Received[]): Promise<boolean[]> {
  const rows = new Map<string, ReturnType<typeof rowOf>>();
  for (const item of received) if (!rows.has(item.event.id)) rows.set(item.event.id, rowOf(item));
  const inserted = await insertNewRows(manager, WebhookEvent, [...rows.values()], 'id');
  // The first of an id that was inserted is new; one held before, or its repeat in the batch, is not.
  return received.map(({ event }) => inserted.delete(event.id));
}

/** One UPDATE per chunk of the batch: each event's own outcome, picked by a CASE on its id. */
async function markApplied({ manager }: Transaction, outcomes: Outcome[]): Promise<void[]> {
  const processedAt = manager.connection.driver.preparePersistentValue(new Date(), manager.connection.getMetadata(WebhookEvent).findColumnWithPropertyName('processedAt')!);
  for (const chunk of powerOfTwoChunks(outcomes, MAX_EVENTS_PER_COMMIT)) {
    const values = [processedAt, ...chunk.flatMap(({ id, outcome }) => [id, outcome.slice(0, 200)]), ...chunk.map(({ id }) => id)];
    await manager.query(markStatement(manager, chunk.length), values);
  }
  return outcomes.map(() => undefined);
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

/**
 * webhook_events, written in group commits: a delivery is answered once the transaction holding
 * its event has committed, and a burst of deliveries shares a few transactions. Stored once,
 * unique on Stripe's id: a redelivery is told apart and not stored again.
 */
export class WebhookEventStore {
  private readonly inserts: GroupCommit<Received, boolean>;
  private readonly marks: GroupCommit<Outcome, void>;

  constructor(private readonly database: Database) {
    this.inserts = new GroupCommit(database, { writeBatch: insertNew, writeOne: (received) => this.insertOne(received), maxBatch: MAX_EVENTS_PER_COMMIT });
    this.marks = new GroupCommit(database, {
      writeBatch: markApplied,
      writeOne: async (outcome) => void (await database.transaction((transaction) => markApplied(transaction, [outcome]))),
      maxBatch: MAX_EVENTS_PER_COMMIT,
    });
  }

  /** False for an event already held (a redelivery); resolves once the event is committed. */
  insert(received: Received): Promise<boolean> {
    return this.inserts.write(received);
  }

  /** Records what applying an event did; resolves once committed. */
  markApplied(outcome: Outcome): Promise<void> {
    return this.marks.write(outcome);
  }

  read(manager: EntityManager, id: string): Promise<WebhookEvent | null> {
    return manager.findOneBy(WebhookEvent, { id });
  }

  async settled(): Promise<void> {
    await this.inserts.settled();
    await this.marks.settled();
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
