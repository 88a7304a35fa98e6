import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class Money1795300000002 implements MigrationInterface {
  name = 'Money1795300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const createdAt = { name: 'createdAt', type: types.timestamp, default: types.now };
    const updatedAt = { name: 'updatedAt', type: types.timestamp, default: types.now };
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    await queryRunner.createTable(
      new Table({
        name: 'top_ups',
        columns: [
          id,
          { name: 'stripeTopUpId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'statementDescriptor', type: 'varchar', length: '15', isNullable: true },
          { name: 'source', type: 'varchar', length: '64', isNullable: true },
          { name: 'expectedAvailabilityDate', type: types.timestamp, isNullable: true },
          { name: 'failureCode', type: 'varchar', length: '64', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'idempotencyKey', type: 'varchar', length: '255' },
          { name: 'createdByUserId', type: 'varchar', length: '36' },
          createdAt,
          updatedAt,
        ],
        foreignKeys: [{ columnNames: ['createdByUserId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'transfers',
        columns: [
          id,
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'stripeTransferId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'amountMinor', type: 'integer' },
          { name: 'amountReversedMinor', type: 'integer', default: 0 },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'idempotencyKey', type: 'varchar', length: '255' },
          { name: 'failureCode', type: 'varchar', length: '64', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'attemptCount', type: 'integer', default: 0 },
          { name: 'createdByUserId', type: 'varchar', length: '36' },
          createdAt,
          updatedAt,
        ],
        foreignKeys: [
          { columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] },
          { columnNames: ['createdByUserId'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['createdAt', 'id'] }, { columnNames: ['writerId', 'createdAt'] }, { columnNames: ['status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'transfer_reversals',
        columns: [
          id,
          { name: 'transferId', type: 'varchar', length: '36' },
          { name: 'stripeReversalId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'amountMinor', type: 'integer' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'reason', type: 'varchar', length: '200', isNullable: true },
          { name: 'failureMessage', type: 'varchar', length: '500', isNullable: true },
          { name: 'createdByUserId', type: 'varchar', length: '36', isNullable: true },
          createdAt,
        ],
        foreignKeys: [{ columnNames: ['transferId'], referencedTableName: 'transfers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['transferId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_records',
        columns: [
          { name: 'key', type: 'varchar', length: '300', isPrimary: true },
          { name: 'requestHash', type: 'varchar', length: '64' },
          { name: 'subjectId', type: 'varchar', length: '36' },
          { name: 'response', type: 'text' },
          { name: 'actorUserId', type: 'varchar', length: '36' },
          createdAt,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          id,
          { name: 'actorUserId', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '48' },
          { name: 'subjectType', type: 'varchar', length: '32' },
          { name: 'subjectId', type: 'varchar', length: '36' },
          { name: 'amountMinor', type: 'integer', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3', isNullable: true },
          { name: 'details', type: 'text' },
          createdAt,
        ],
      }),
    );
    await queryRunner.createIndex('audit_entries', new TableIndex({ columnNames: ['createdAt', 'id'] }));
    await queryRunner.createIndex('audit_entries', new TableIndex({ columnNames: ['subjectId'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'idempotency_records', 'transfer_reversals', 'transfers', 'top_ups']) await queryRunner.dropTable(table);
  }
}
