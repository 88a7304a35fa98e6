import { QueryFailedError } from 'typeorm';

// The drivers' codes for a unique or primary-key refusal, and nothing broader: a NOT NULL,
// CHECK or foreign-key failure (SQLITE_CONSTRAINT_NOTNULL, PostgreSQL 23502/23503) is a bug or
// bad input, never "this row already exists".
const UNIQUE_VIOLATION_CODES = new Set([
  'SQLITE_CONSTRAINT_UNIQUE', // better-sqlite3
  'SQLITE_CONSTRAINT_PRIMARYKEY', // better-sqlite3
  '23505', // PostgreSQL unique_violation, primary keys included
]);

/** A unique or primary-key constraint refused an insert (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}
