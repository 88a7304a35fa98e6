/**
 * The escape character of our LIKE patterns. Not a backslash: what a backslash means inside a
 * string literal differs between PostgreSQL settings, while `ESCAPE '!'` reads the same on
 * SQLite and PostgreSQL alike.
 */
export const LIKE_ESCAPE_CLAUSE = "ESCAPE '!'";

/** A LIKE pattern (used with LIKE_ESCAPE_CLAUSE) matching `text` anywhere, taken literally: `%` and `_` are no wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}
