import type { QueryRunner } from 'typeorm';

/** Column types that differ between SQLite and PostgreSQL, so one migration serves both. */
export function columnTypes(queryRunner: QueryRunner) {
  const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
  return {
    timestamp: sqlite ? 'datetime' : 'timestamp',
    now: sqlite ? "(datetime('now'))" : 'now()',
    bigint: sqlite ? 'integer' : 'bigint',
  };
}
