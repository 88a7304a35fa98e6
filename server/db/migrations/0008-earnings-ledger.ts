import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

export class EarningsLedger1795300000008 implements MigrationInterface {
  name = 'EarningsLedger1795300000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const createdAt = { name: 'createdAt', type: types.timestamp, default: types.now };
    await queryRunner.createTable(
      new Table({
        name: 'earnings_imports',
        columns: [
          id,
          { name: 'rowsTotal', type: 'integer' },
          { name: 'rowsAccepted', type: 'integer' },
          { name: 'rowsAlreadyRecorded', type: 'integer' },
          { name: 'totalAmountMinor', type: types.bigint },
          { name: 'currency', type: 'varchar', length: '3', isNullable: true },
          { name: 'createdByUserId', type: 'varchar', length: '36' },
          createdAt,
        ],
        indices: [{ columnNames: ['createdAt', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'earnings',
        columns: [
          id,
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'amountMinor', type: 'integer' },
          { name: 'revenueMinor', type: 'integer', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'periodStart', type: 'varchar', length: '10' },
          { name: 'periodEnd', type: 'varchar', length: '10' },
          { name: 'reference', type: 'varchar', length: '120', isUnique: true },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'importId', type: 'varchar', length: '36', isNullable: true },
          { name: 'createdByUserId', type: 'varchar', length: '36' },
          createdAt,
        ],
        foreignKeys: [
          { columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] },
          { columnNames: ['importId'], referencedTableName: 'earnings_imports', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ledger_transactions',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'reference', type: 'varchar', length: '160', isUnique: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          createdAt,
        ],
        indices: [{ columnNames: ['createdAt', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ledger_entries',
        columns: [
          id,
          { name: 'transactionId', type: 'varchar', length: '36' },
          { name: 'account', type: 'varchar', length: '32' },
          { name: 'writerId', type: 'varchar', length: '36', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'amountMinor', type: types.bigint },
          createdAt,
        ],
        foreignKeys: [{ columnNames: ['transactionId'], referencedTableName: 'ledger_transactions', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['account', 'currency', 'writerId'] }, { columnNames: ['writerId', 'account'] }, { columnNames: ['transactionId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_entries');
    await queryRunner.dropTable('ledger_transactions');
    await queryRunner.dropTable('earnings');
    await queryRunner.dropTable('earnings_imports');
  }
}
