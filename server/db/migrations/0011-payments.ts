import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * Readers paying for answers (Checkout destination charges): payments, the refunds made from
 * them and the disputes their readers' banks opened. `createdByUserId` is a user, an API key or
 * nobody (an anonymous reader), so it has no foreign key.
 */
export class Payments1795300000011 implements MigrationInterface {
  name = 'Payments1795300000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const createdAt = { name: 'createdAt', type: types.timestamp, default: types.now };
    const updatedAt = { name: 'updatedAt', type: types.timestamp, default: types.now };
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const paymentKey = { columnNames: ['paymentId'], referencedTableName: 'payments', referencedColumnNames: ['id'] };
    await queryRunner.createTable(
      new Table({
        name: 'payments',
        columns: [
          id,
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'destinationAccountId', type: 'varchar', length: '64' },
          { name: 'amountMinor', type: 'integer' },
          { name: 'applicationFeeMinor', type: 'integer' },
          { name: 'amountRefundedMinor', type: 'integer', default: 0 },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'stripeCheckoutSessionId', type: 'varchar', length: '255', isNullable: true, isUnique: true },
          { name: 'checkoutUrl', type: 'text', isNullable: true },
          { name: 'expiresAtUnix', type: 'integer', isNullable: true },
          { name: 'successUrl', type: 'text' },
          { name: 'cancelUrl', type: 'text' },
          { name: 'stripePaymentIntentId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'stripeChargeId', type: 'varchar', length: '64', isNullable: true },
          { name: 'stripeTransferId', type: 'varchar', length: '64', isNullable: true },
          { name: 'stripeApplicationFeeId', type: 'varchar', length: '64', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'idempotencyKey', type: 'varchar', length: '255' },
          { name: 'createdByUserId', type: 'varchar', length: '36', isNullable: true },
          { name: 'paidAt', type: types.timestamp, isNullable: true },
          createdAt,
          updatedAt,
        ],
        foreignKeys: [{ columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }, { columnNames: ['status'] }, { columnNames: ['stripeChargeId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment_refunds',
        columns: [
          id,
          { name: 'paymentId', type: 'varchar', length: '36' },
          { name: 'stripeRefundId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'reason', type: 'varchar', length: '32', isNullable: true },
          { name: 'reverseTransfer', type: 'boolean' },
          { name: 'refundApplicationFee', type: 'boolean' },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'idempotencyKey', type: 'varchar', length: '255', isNullable: true },
          { name: 'createdByUserId', type: 'varchar', length: '36', isNullable: true },
          createdAt,
        ],
        foreignKeys: [paymentKey],
        indices: [{ columnNames: ['paymentId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'payment_disputes',
        columns: [
          id,
          { name: 'paymentId', type: 'varchar', length: '36' },
          { name: 'stripeDisputeId', type: 'varchar', length: '64', isUnique: true },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'reason', type: 'varchar', length: '64' },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'evidenceDueBy', type: types.timestamp, isNullable: true },
          createdAt,
          updatedAt,
        ],
        foreignKeys: [paymentKey],
        indices: [{ columnNames: ['paymentId'] }, { columnNames: ['status'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payment_disputes');
    await queryRunner.dropTable('payment_refunds');
    await queryRunner.dropTable('payments');
  }
}
