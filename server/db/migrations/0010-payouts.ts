import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const payouts = (column: ColumnShapes) =>
  new Table({
    name: 'payouts',
    columns: [
      column.id,
      column.rowId('writerId'),
      column.stripeId('stripePayoutId', false),
      column.integer('amountMinor'),
      column.currency,
      column.text('status', 16),
      { name: 'arrivalDate', type: column.types.timestamp },
      { name: 'automatic', type: 'boolean', default: true },
      column.failureCode,
      column.failureMessage,
      column.text('bankLast4', 4, true),
      column.text('destination', 64, true),
      // Unix seconds of the newest event applied: an older one never overwrites it.
      { name: 'stripeEventCreated', type: 'integer', default: 0 },
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('writerId', 'writers')],
    indices: [{ columnNames: ['writerId', 'createdAt'] }, { columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
  });

/**
 * After the transfer: the payouts Stripe makes from writers' balances to their banks (kept from
 * `payout.*` events on connected accounts), and what the writer's account says about its payout
 * schedule and its state (details submitted, charges enabled).
 */
export class Payouts1795300000010 implements MigrationInterface {
  name = 'Payouts1795300000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.addColumns('writers', [
      new TableColumn({ name: 'detailsSubmitted', type: 'boolean', default: false }),
      new TableColumn({ name: 'chargesEnabled', type: 'boolean', default: false }),
      new TableColumn(column.text('payoutInterval', 16, true)),
      new TableColumn({ name: 'payoutDelayDays', type: 'integer', isNullable: true }),
      new TableColumn(column.text('payoutWeeklyAnchor', 16, true)),
      new TableColumn({ name: 'payoutMonthlyAnchor', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.createTable(payouts(column));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payouts');
    for (const column of ['payoutMonthlyAnchor', 'payoutWeeklyAnchor', 'payoutDelayDays', 'payoutInterval', 'chargesEnabled', 'detailsSubmitted'])
      await queryRunner.dropColumn('writers', column);
  }
}
