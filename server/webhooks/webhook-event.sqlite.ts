import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import type { Database } from '../db/database';
import { powerOfTwoChunks } from '../db/sized-chunks';
import { type Outcome, type Received, type StoreWrite, firstOfEachId, isNewIn, outcomeText, payloadOf, resultsInOrder, split } from './webhook-event.write';

/** A datetime column's text as TypeORM writes it on SQLite: UTC, `YYYY-MM-DD HH:MM:SS.SSS`. */
export const sqliteDatetime = (date: Date): string => date.toISOString().replace('T', ' ').slice(0, 23);

const insertSql = (rowCount: number) =>
  `INSERT INTO "webhook_events" ("id", "type", "account", "stripeCreated", "payload", "receivedAt") VALUES ${Array.from({ length: rowCount }, () => '(?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT ("id") DO NOTHING RETURNING "id"`;

const markSql = (rowCount: number) =>
  `UPDATE "webhook_events" SET "processedAt" = ?, "outcome" = CASE "id" ${'WHEN ? THEN ? '.repeat(rowCount)}END WHERE "id" IN (${Array.from({ length: rowCount }, () => '?').join(', ')})`;

/**
 * webhook_events' writes on SQLite, as better-sqlite3 statements prepared once per chunk size
 * (no TypeORM query runner, no value conversion per column): the same statements as the
 * TypeORM path, one INSERT … ON CONFLICT DO NOTHING RETURNING per chunk of events and one UPDATE
 * per chunk of outcomes, all in the transaction the batch's callers wait for.
 */
export class SqliteEventWrites {
  private readonly inserts = new Map<number, Statement>();
  private readonly marks = new Map<number, Statement>();

  constructor(
    private readonly database: Database,
    private readonly maxChunk: number,
  ) {}

  write(writes: StoreWrite[]): Promise<Array<boolean | undefined>> {
    const { received, outcomes } = split(writes);
    return this.database.sqliteTransaction((sqlite, count) => {
      const now = sqliteDatetime(new Date());
      const isNew = received.length > 0 ? isNewIn(received, this.insertNew(sqlite, count, firstOfEachId(received), now)) : [];
      if (outcomes.length > 0) this.markApplied(sqlite, count, outcomes, now);
      return resultsInOrder(writes, isNew);
    });
  }

  private insertNew(sqlite: SqliteConnection, count: (statement: string) => void, rows: Received[], now: string): Set<unknown> {
    const inserted = new Set<unknown>();
    for (const chunk of powerOfTwoChunks(rows, this.maxChunk)) {
      const values: unknown[] = [];
      for (const item of chunk) {
        const { event } = item;
        values.push(event.id, event.type, event.account ?? null, event.created, payloadOf(item), now);
      }
      const statement = this.statement(this.inserts, sqlite, chunk.length, insertSql);
      count(statement.source);
      for (const id of statement.all(values) as unknown[]) inserted.add(id);
    }
    return inserted;
  }

  private markApplied(sqlite: SqliteConnection, count: (statement: string) => void, outcomes: Outcome[], now: string): void {
    for (const chunk of powerOfTwoChunks(outcomes, this.maxChunk)) {
      const values: unknown[] = [now];
      for (const outcome of chunk) values.push(outcome.id, outcomeText(outcome));
      for (const { id } of chunk) values.push(id);
      const statement = this.statement(this.marks, sqlite, chunk.length, markSql);
      count(statement.source);
      statement.run(values);
    }
  }

  private statement(cache: Map<number, Statement>, sqlite: SqliteConnection, rowCount: number, sql: (rowCount: number) => string): Statement {
    let statement = cache.get(rowCount);
    if (!statement) {
      statement = sqlite.prepare(sql(rowCount));
      if (statement.reader) statement.pluck();
      cache.set(rowCount, statement);
    }
    return statement;
  }
}
