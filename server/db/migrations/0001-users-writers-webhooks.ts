import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { type ColumnShapes, columnShapes, references } from './column-shapes';

const users = (column: ColumnShapes) =>
  new Table({
    name: 'users',
    columns: [
      column.id,
      column.email(true),
      column.text('passwordHash', 200),
      column.text('role', 16),
      column.displayName,
      column.text('twoFactorSecret', 64, true),
      { name: 'twoFactorEnabled', type: 'boolean', default: false },
      { name: 'lastTotpTimeStep', type: 'integer', isNullable: true },
      column.createdAt,
    ],
  });

const writers = (column: ColumnShapes) =>
  new Table({
    name: 'writers',
    columns: [
      column.id,
      { ...column.rowId('userId', true), isUnique: true },
      column.email(true),
      column.displayName,
      column.text('country', 2),
      column.stripeId('stripeAccountId'),
      { name: 'onboardingStatus', type: 'varchar', length: '32', default: "'NOT_STARTED'" },
      { name: 'requirementsDue', type: 'text' },
      column.text('disabledReason', 120, true),
      { name: 'payoutsEnabled', type: 'boolean', default: false },
      { name: 'transfersCapability', type: 'varchar', length: '16', default: "'inactive'" },
      { name: 'accountSyncedAt', type: 'integer', default: 0 },
      { name: 'deauthorized', type: 'boolean', default: false },
      column.createdAt,
      column.updatedAt,
    ],
    foreignKeys: [references('userId', 'users')],
  });

const onboardingLinks = (column: ColumnShapes) =>
  new Table({
    name: 'onboarding_links',
    columns: [column.id, column.rowId('writerId'), column.text('type', 32), { name: 'expiresAt', type: column.types.timestamp }, column.createdAt],
    foreignKeys: [references('writerId', 'writers')],
    indices: [{ columnNames: ['writerId'] }],
  });

const webhookEvents = (column: ColumnShapes) =>
  new Table({
    name: 'webhook_events',
    columns: [
      { name: 'id', type: 'varchar', length: '64', isPrimary: true },
      column.text('type', 64),
      column.text('account', 64, true),
      column.integer('stripeCreated'),
      { name: 'payload', type: 'text' },
      column.text('outcome', 200, true),
      { name: 'receivedAt', type: column.types.timestamp, default: column.types.now },
      column.momentOrNull('processedAt'),
    ],
  });

export class UsersWritersWebhooks1795300000001 implements MigrationInterface {
  name = 'UsersWritersWebhooks1795300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.createTable(users(column));
    await queryRunner.createTable(writers(column));
    await queryRunner.createIndex('writers', new TableIndex({ columnNames: ['createdAt', 'id'] }));
    await queryRunner.createIndex('writers', new TableIndex({ columnNames: ['onboardingStatus'] }));
    await queryRunner.createTable(onboardingLinks(column));
    await queryRunner.createTable(webhookEvents(column));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['webhook_events', 'onboarding_links', 'writers', 'users']) await queryRunner.dropTable(table);
  }
}
