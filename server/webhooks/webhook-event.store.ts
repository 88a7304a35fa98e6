import type Stripe from 'stripe';
import { type EntityManager, In } from 'typeorm';
import type { Database, Transaction } from '../db/database';
import { GroupCommit } from '../db/group-commit';
import { isUniqueViolation } from '../db/unique-violation';
import { WebhookEvent } from './webhook-event.entity';

// Rows per transaction: a burst of deliveries shares one commit. 7 parameters a row stays far
// below SQLite's and PostgreSQL's limits on bound parameters.
const MAX_EVENTS_PER_COMMIT = 200;

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
  const events = received.map((item) => item.event);
  const held = await manager.find(WebhookEvent, { where: { id: In([...new Set(events.map((event) => event.id))]) }, select: { id: true } });
  const seen = new Set(held.map((row) => row.id));
  const isNew: boolean[] = [];
  for (const event of events) {
    isNew.push(!seen.has(event.id));
    seen.add(event.id);
  }
  const fresh = received.filter((_item, index) => isNew[index]);
  if (fresh.length > 0) await manager.insert(WebhookEvent, fresh.map(rowOf));
  return isNew;
}

/** One UPDATE for the whole batch: each event's own outcome, picked by a CASE on its id. */
async function markApplied({ manager }: Transaction, outcomes: Outcome[]): Promise<void[]> {
  const parameters: Record<string, string> = {};
  const cases = outcomes.map(({ id, outcome }, index) => {
    parameters[`id${index}`] = id;
    parameters[`outcome${index}`] = outcome.slice(0, 200);
    return `WHEN :id${index} THEN :outcome${index}`;
  });
  const idColumn = manager.connection.driver.escape('id');
  await manager
    .createQueryBuilder()
    .update(WebhookEvent)
    .set({ processedAt: new Date(), outcome: () => `CASE ${idColumn} ${cases.join(' ')} END` })
    .where(`${idColumn} IN (:...ids)`, { ids: outcomes.map(({ id }) => id) })
    .setParameters(parameters)
    .execute();
  return outcomes.map(() => undefined);
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
