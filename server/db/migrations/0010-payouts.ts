import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * After the transfer: the payouts Stripe makes from writers' balances to their banks (kept from
 * `payout.*` events on connected accounts), and what the writer's account says about its payout
 * schedule and its state (details submitted, charges enabled).
 */
export class Payouts1795300000010 implements MigrationInterface {
  name = 'Payouts1795300000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.addColumns('writers', [
      new TableColumn({ name: 'detailsSubmitted', type: 'boolean', default: false }),
      new TableColumn({ name: 'chargesEnabled', type: 'boolean', default: false }),
      new TableColumn({ name: 'payoutInterval', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'payoutDelayDays', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'payoutWeeklyAnchor', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'payoutMonthlyAnchor', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'payouts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'stripePayoutId', type: 'varchar', length: '64', isUnique: true },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'arrivalDate', type: types.timestamp },
          { name: 'automatic', type: 'boolean', default: true },
          { name: 'failureCode', type: 'varchar', length: '64', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'bankLast4', type: 'varchar', length: '4', isNullable: true },
          { name: 'destination', type: 'varchar', length: '64', isNullable: true },
          // Unix seconds of the newest event applied: an older one never overwrites it.
          { name: 'stripeEventCreated', type: 'integer', default: 0 },
          { name: 'createdAt', type: types.timestamp, default: types.now },
          { name: 'updatedAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [{ columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['writerId', 'createdAt'] }, { columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payouts');
    for (const column of ['payoutMonthlyAnchor', 'payoutWeeklyAnchor', 'payoutDelayDays', 'payoutInterval', 'chargesEnabled', 'detailsSubmitted']) await queryRunner.dropColumn('writers', column);
  }
}
