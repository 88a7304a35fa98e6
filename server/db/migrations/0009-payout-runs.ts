import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const payoutRuns = (column: ColumnShapes) =>
  new Table({
    name: 'payout_runs',
    columns: [
      column.id,
      column.text('status', 32),
      column.currency,
      // Set while the run is open (draft to executing): one open run per currency.
      { name: 'openCurrency', type: 'varchar', length: '3', isNullable: true, isUnique: true },
      column.integer('minimumAmountMinor'),
      column.text('description', 200, true),
      { name: 'totalAmountMinor', type: column.types.bigint },
      { name: 'heldAmountMinor', type: column.types.bigint },
      column.integer('itemCount'),
      column.integer('heldCount'),
      { name: 'shortfallMinor', type: column.types.bigint },
      column.rowId('createdByUserId'),
      column.rowId('approvedByUserId', true),
      column.rowId('executedByUserId', true),
      column.momentOrNull('approvedAt'),
      column.momentOrNull('startedAt'),
      column.momentOrNull('completedAt'),
      column.createdAt,
      column.updatedAt,
    ],
    indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
  });

const payoutItems = (column: ColumnShapes) =>
  new Table({
    name: 'payout_items',
    columns: [
      column.id,
      column.rowId('runId'),
      column.rowId('writerId'),
      column.integer('amountMinor'),
      column.currency,
      column.text('status', 16),
      column.text('heldReason', 300, true),
      column.failureMessage,
      { name: 'attempt', type: 'integer', default: 0 },
      { ...column.rowId('transferId', true), isUnique: true },
      // Who is sending it and until when (epoch milliseconds): other instances skip it meanwhile.
      column.rowId('claimedBy', true),
      { name: 'leaseExpiresAtMs', type: column.types.bigint, default: 0 },
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('runId', 'payout_runs'), references('writerId', 'writers')],
    uniques: [{ columnNames: ['runId', 'writerId'] }],
    indices: [
      { columnNames: ['runId', 'status', 'leaseExpiresAtMs'] },
      { columnNames: ['runId', 'createdAt', 'id'] },
      { columnNames: ['writerId', 'createdAt'] },
    ],
  });

export class PayoutRuns1795300000009 implements MigrationInterface {
  name = 'PayoutRuns1795300000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.createTable(payoutRuns(column));
    await queryRunner.createTable(payoutItems(column));
    await queryRunner.addColumn('transfers', new TableColumn(column.rowId('payoutRunId', true)));
    await queryRunner.createIndex('transfers', new TableIndex({ columnNames: ['payoutRunId'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('transfers', 'payoutRunId');
    await queryRunner.dropTable('payout_items');
    await queryRunner.dropTable('payout_runs');
  }
}
