import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnShapes, references } from './column-shapes';

export class ApiKeys1795300000006 implements MigrationInterface {
  name = 'ApiKeys1795300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          column.id,
          column.text('name', 120),
          column.text('prefix', 16),
          column.secretHash('secretHash'),
          { name: 'scopes', type: 'text' },
          column.rowId('createdByUserId'),
          column.momentOrNull('lastUsedAt'),
          column.momentOrNull('revokedAt'),
          column.createdAt,
        ],
        foreignKeys: [references('createdByUserId', 'users')],
        indices: [{ columnNames: ['createdAt', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
