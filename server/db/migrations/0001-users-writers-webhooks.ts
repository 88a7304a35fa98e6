import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class UsersWritersWebhooks1795300000001 implements MigrationInterface {
  name = 'UsersWritersWebhooks1795300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const createdAt = { name: 'createdAt', type: types.timestamp, default: types.now };
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'passwordHash', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'displayName', type: 'varchar', length: '120' },
          { name: 'twoFactorSecret', type: 'varchar', length: '64', isNullable: true },
          { name: 'twoFactorEnabled', type: 'boolean', default: false },
          { name: 'lastTotpTimeStep', type: 'integer', isNullable: true },
          createdAt,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'writers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36', isNullable: true, isUnique: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'displayName', type: 'varchar', length: '120' },
          { name: 'country', type: 'varchar', length: '2' },
          { name: 'stripeAccountId', type: 'varchar', length: '64', isNullable: true, isUnique: true },
          { name: 'onboardingStatus', type: 'varchar', length: '32', default: "'NOT_STARTED'" },
          { name: 'requirementsDue', type: 'text' },
          { name: 'disabledReason', type: 'varchar', length: '120', isNullable: true },
          { name: 'payoutsEnabled', type: 'boolean', default: false },
          { name: 'transfersCapability', type: 'varchar', length: '16', default: "'inactive'" },
          { name: 'accountSyncedAt', type: 'integer', default: 0 },
          { name: 'deauthorized', type: 'boolean', default: false },
          createdAt,
          { name: 'updatedAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('writers', new TableIndex({ columnNames: ['createdAt', 'id'] }));
    await queryRunner.createIndex('writers', new TableIndex({ columnNames: ['onboardingStatus'] }));
    await queryRunner.createTable(
      new Table({
        name: 'onboarding_links',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'writerId', type: 'varchar', length: '36' },
          { name: 'type', type: 'varchar', length: '32' },
          { name: 'expiresAt', type: types.timestamp },
          createdAt,
        ],
        foreignKeys: [{ columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['writerId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_events',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'type', type: 'varchar', length: '64' },
          { name: 'account', type: 'varchar', length: '64', isNullable: true },
          { name: 'stripeCreated', type: 'integer' },
          { name: 'payload', type: 'text' },
          { name: 'outcome', type: 'varchar', length: '200', isNullable: true },
          { name: 'receivedAt', type: types.timestamp, default: types.now },
          { name: 'processedAt', type: types.timestamp, isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['webhook_events', 'onboarding_links', 'writers', 'users']) await queryRunner.dropTable(table);
  }
}
