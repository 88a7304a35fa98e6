import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class PayoutRuns1795300000009 implements MigrationInterface {
  name = 'PayoutRuns1795300000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const user = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
    const time = (name: string) => ({ name, type: types.timestamp, isNullable: true });
    await queryRunner.createTable(
      new Table({
        name: 'payout_runs',
        columns: [
          id,
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'currency', type: 'varchar', length: '3' },
          // Set while the run is open (draft to executing): one open run per currency.
          { name: 'openCurrency', type: 'varchar', length: '3', isNullable: true, isUnique: true },
          { name: 'minimumAmountMinor', type: 'integer' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'totalAmountMinor', type: types.bigint },
          { name: 'heldAmountMinor', type: types.bigint },
          { name: 'itemCount', type: 'integer' },
          { name: 'heldCount', type: 'integer' },
          { name: 'shortfallMinor', type: types.bigint },
          user('createdByUserId'),
          user('approvedByUserId', true),
          user('executedByUserId', true),
          time('approvedAt'),
          time('startedAt'),
          time('completedAt'),
          { name: 'createdAt', type: types.timestamp, default: types.now },
          { name: 'updatedAt', type: types.timestamp, default: types.now },
        ],
        indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payout_items',
        columns: [
          id,
          { name: 'runId', type: 'varchar', length: '36' },
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'heldReason', type: 'varchar', length: '300', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'attempt', type: 'integer', default: 0 },
          { name: 'transferId', type: 'varchar', length: '36', isNullable: true, isUnique: true },
          // Who is sending it and until when (epoch milliseconds): other instances skip it meanwhile.
          { name: 'claimedBy', type: 'varchar', length: '36', isNullable: true },
          { name: 'leaseExpiresAtMs', type: types.bigint, default: 0 },
          { name: 'createdAt', type: types.timestamp, default: types.now },
          { name: 'updatedAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [
          { columnNames: ['runId'], referencedTableName: 'payout_runs', referencedColumnNames: ['id'] },
          { columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] },
        ],
        uniques: [{ columnNames: ['runId', 'writerId'] }],
        indices: [{ columnNames: ['runId', 'status', 'leaseExpiresAtMs'] }, { columnNames: ['runId', 'createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }],
      }),
    );
    await queryRunner.addColumn('transfers', new TableColumn({ name: 'payoutRunId', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('transfers', new TableIndex({ columnNames: ['payoutRunId'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('transfers', 'payoutRunId');
    await queryRunner.dropTable('payout_items');
    await queryRunner.dropTable('payout_runs');
  }
}
