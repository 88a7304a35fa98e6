import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const payments = (column: ColumnShapes) =>
  new Table({
    name: 'payments',
    columns: [
      column.id,
      column.rowId('writerId'),
      column.text('destinationAccountId', 64),
      column.integer('amountMinor'),
      column.integer('applicationFeeMinor'),
      { name: 'amountRefundedMinor', type: 'integer', default: 0 },
      column.currency,
      column.text('status', 24),
      column.text('description', 200, true),
      { name: 'stripeCheckoutSessionId', type: 'varchar', length: '255', isNullable: true, isUnique: true },
      { name: 'checkoutUrl', type: 'text', isNullable: true },
      { name: 'expiresAtUnix', type: 'integer', isNullable: true },
      { name: 'successUrl', type: 'text' },
      { name: 'cancelUrl', type: 'text' },
      column.stripeId('stripePaymentIntentId'),
      column.text('stripeChargeId', 64, true),
      column.text('stripeTransferId', 64, true),
      column.text('stripeApplicationFeeId', 64, true),
      column.failureMessage,
      column.text('idempotencyKey', 255),
      column.rowId('createdByUserId', true),
      column.momentOrNull('paidAt'),
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('writerId', 'writers')],
    indices: [
      { columnNames: ['createdAt', 'id'] },
      { columnNames: ['writerId', 'createdAt'] },
      { columnNames: ['status'] },
      { columnNames: ['stripeChargeId'] },
    ],
  });

const paymentRefunds = (column: ColumnShapes) =>
  new Table({
    name: 'payment_refunds',
    columns: [
      column.id,
      column.rowId('paymentId'),
      column.stripeId('stripeRefundId'),
      column.integer('amountMinor'),
      column.currency,
      column.text('status', 16),
      column.text('reason', 32, true),
      { name: 'reverseTransfer', type: 'boolean' },
      { name: 'refundApplicationFee', type: 'boolean' },
      column.failureMessage,
      column.text('idempotencyKey', 255, true),
      column.rowId('createdByUserId', true),
      column.createdAt,
    ],
    foreignKeys: [references('paymentId', 'payments')],
    indices: [{ columnNames: ['paymentId'] }],
  });

const paymentDisputes = (column: ColumnShapes) =>
  new Table({
    name: 'payment_disputes',
    columns: [
      column.id,
      column.rowId('paymentId'),
      column.stripeId('stripeDisputeId', false),
      column.text('status', 32),
      column.text('reason', 64),
      column.integer('amountMinor'),
      column.currency,
      column.momentOrNull('evidenceDueBy'),
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('paymentId', 'payments')],
    indices: [{ columnNames: ['paymentId'] }, { columnNames: ['status'] }],
  });

/**
 * Readers paying for answers (Checkout destination charges): payments, the refunds made from
 * them and the disputes their readers' banks opened. `createdByUserId` is a user, an API key or
 * nobody (an anonymous reader), so it has no foreign key.
 */
export class Payments1795300000011 implements MigrationInterface {
  name = 'Payments1795300000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    for (const table of [payments(column), paymentRefunds(column), paymentDisputes(column)]) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_disputes');
    await queryRunner.dropTable('payment_refunds');
    await queryRunner.dropTable('payments');
  }
}
