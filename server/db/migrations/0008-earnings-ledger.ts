import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const earningsImports = (column: ColumnShapes) =>
  new Table({
    name: 'earnings_imports',
    columns: [
      column.id,
      column.integer('rowsTotal'),
      column.integer('rowsAccepted'),
      column.integer('rowsAlreadyRecorded'),
      { name: 'totalAmountMinor', type: column.types.bigint },
      column.text('currency', 3, true),
      column.rowId('createdByUserId'),
      column.createdAt,
    ],
    indices: [{ columnNames: ['createdAt', 'id'] }],
  });

const earnings = (column: ColumnShapes) =>
  new Table({
    name: 'earnings',
    columns: [
      column.id,
      column.rowId('writerId'),
      column.integer('amountMinor'),
      { name: 'revenueMinor', type: 'integer', isNullable: true },
      column.currency,
      column.text('periodStart', 10),
      column.text('periodEnd', 10),
      { name: 'reference', type: 'varchar', length: '120', isUnique: true },
      column.text('description', 200, true),
      column.rowId('importId', true),
      column.rowId('createdByUserId'),
      column.createdAt,
    ],
    foreignKeys: [references('writerId', 'writers'), references('importId', 'earnings_imports')],
    indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }],
  });

const ledgerTransactions = (column: ColumnShapes) =>
  new Table({
    name: 'ledger_transactions',
    columns: [
      column.id,
      column.text('kind', 32),
      { name: 'reference', type: 'varchar', length: '160', isUnique: true },
      column.currency,
      column.text('description', 200, true),
      column.createdAt,
    ],
    indices: [{ columnNames: ['createdAt', 'id'] }],
  });

const ledgerEntries = (column: ColumnShapes) =>
  new Table({
    name: 'ledger_entries',
    columns: [
      column.id,
      column.rowId('transactionId'),
      column.text('account', 32),
      column.rowId('writerId', true),
      column.currency,
      { name: 'amountMinor', type: column.types.bigint },
      column.createdAt,
    ],
    foreignKeys: [references('transactionId', 'ledger_transactions')],
    indices: [{ columnNames: ['account', 'currency', 'writerId'] }, { columnNames: ['writerId', 'account'] }, { columnNames: ['transactionId'] }],
  });

export class EarningsLedger1795300000008 implements MigrationInterface {
  name = 'EarningsLedger1795300000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    for (const table of [earningsImports(column), earnings(column), ledgerTransactions(column), ledgerEntries(column)]) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_entries');
    await queryRunner.dropTable('ledger_transactions');
    await queryRunner.dropTable('earnings');
    await queryRunner.dropTable('earnings_imports');
  }
}
