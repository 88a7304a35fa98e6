import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const topUps = (column: ColumnShapes) =>
  new Table({
    name: 'top_ups',
    columns: [
      column.id,
      column.stripeId('stripeTopUpId'),
      column.integer('amountMinor'),
      column.currency,
      column.text('status', 16),
      column.text('description', 200, true),
      column.text('statementDescriptor', 15, true),
      column.text('source', 64, true),
      column.momentOrNull('expectedAvailabilityDate'),
      column.failureCode,
      column.failureMessage,
      column.text('idempotencyKey', 255),
      column.rowId('createdByUserId'),
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('createdByUserId', 'users')],
    indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
  });

const transfers = (column: ColumnShapes) =>
  new Table({
    name: 'transfers',
    columns: [
      column.id,
      column.rowId('writerId'),
      column.stripeId('stripeTransferId'),
      column.integer('amountMinor'),
      { name: 'amountReversedMinor', type: 'integer', default: 0 },
      column.currency,
      column.text('status', 24),
      column.text('description', 200, true),
      column.text('idempotencyKey', 255),
      column.failureCode,
      column.failureMessage,
      { name: 'attemptCount', type: 'integer', default: 0 },
      column.rowId('createdByUserId'),
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('writerId', 'writers'), references('createdByUserId', 'users')],
    indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }, { columnNames: ['status'] }],
  });

const transferReversals = (column: ColumnShapes) =>
  new Table({
    name: 'transfer_reversals',
    columns: [
      column.id,
      column.rowId('transferId'),
      column.stripeId('stripeReversalId'),
      column.integer('amountMinor'),
      column.currency,
      column.text('status', 16),
      column.text('reason', 200, true),
      column.failureMessage,
      column.rowId('createdByUserId', true),
      column.createdAt,
    ],
    foreignKeys: [references('transferId', 'transfers')],
    indices: [{ columnNames: ['transferId'] }],
  });

const idempotencyRecords = (column: ColumnShapes) =>
  new Table({
    name: 'idempotency_records',
    columns: [
      { name: 'key', type: 'varchar', length: '300', isPrimary: true },
      column.text('requestHash', 64),
      column.rowId('subjectId'),
      { name: 'response', type: 'text' },
      column.rowId('actorUserId'),
      column.createdAt,
    ],
  });

const auditEntries = (column: ColumnShapes) =>
  new Table({
    name: 'audit_entries',
    columns: [
      column.id,
      column.rowId('actorUserId', true),
      column.text('action', 48),
      column.text('subjectType', 32),
      column.rowId('subjectId'),
      { name: 'amountMinor', type: 'integer', isNullable: true },
      column.text('currency', 3, true),
      { name: 'details', type: 'text' },
      column.createdAt,
    ],
  });

export class Money1795300000002 implements MigrationInterface {
  name = 'Money1795300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    for (const table of [topUps(column), transfers(column), transferReversals(column), idempotencyRecords(column), auditEntries(column)])
      await queryRunner.createTable(table);
    await queryRunner.createIndex('audit_entries', new TableIndex({ columnNames: ['createdAt', 'id'] }));
    await queryRunner.createIndex('audit_entries', new TableIndex({ columnNames: ['subjectId'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'idempotency_records', 'transfer_reversals', 'transfers', 'top_ups']) await queryRunner.dropTable(table);
  }
}
