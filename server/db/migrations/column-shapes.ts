import type { QueryRunner, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * Columns many tables repeat, so each table lists only what is its own. A migration's SQL is
 * fixed once it has run somewhere: change a shape here only if every table using it may change,
 * which is never; add a new shape instead.
 */
export function columnShapes(queryRunner: QueryRunner) {
  const types = columnTypes(queryRunner);
  return {
    types,
    id: { name: 'id', type: 'varchar', length: '36', isPrimary: true } satisfies TableColumnOptions,
    createdAt: { name: 'createdAt', type: types.timestamp, default: types.now } satisfies TableColumnOptions,
    updatedAt: { name: 'updatedAt', type: types.timestamp, default: types.now } satisfies TableColumnOptions,
    /** The id of a row of ours (a user, a writer, a run…), a uuid. */
    rowId: (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable }),
    /** The id Stripe gave the object; one row per object, unset until Stripe answered. */
    stripeId: (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'varchar', length: '64', isNullable, isUnique: true }),
    /** The name a person goes by, as the console shows it. */
    displayName: { name: 'displayName', type: 'varchar', length: '120', isNullable: false } satisfies TableColumnOptions,
    /** An email address: up to 254 characters, the longest SMTP carries; unique where it names one account. */
    email: (isUnique: boolean): TableColumnOptions => ({ name: 'email', type: 'varchar', length: '254', isUnique }),
    /** The SHA-256 hex digest of a secret handed out once (an invite token, an API key, an OAuth state); one row per secret. */
    secretHash: (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '64', isUnique: true }),
    /** A moment that may not have come yet. */
    momentOrNull: (name: string): TableColumnOptions => ({ name, type: types.timestamp, isNullable: true }),
    text: (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable }),
    integer: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
    currency: { name: 'currency', type: 'varchar', length: '3' } satisfies TableColumnOptions,
    failureCode: { name: 'failureCode', type: 'varchar', length: '64', isNullable: true } satisfies TableColumnOptions,
    failureMessage: { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true } satisfies TableColumnOptions,
  };
}

export type ColumnShapes = ReturnType<typeof columnShapes>;

/** A foreign key from `column` to the `id` of `table`. */
export const references = (column: string, table: string): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
});
