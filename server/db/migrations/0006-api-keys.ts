import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

export class ApiKeys1795300000006 implements MigrationInterface {
  name = 'ApiKeys1795300000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'secretHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'scopes', type: 'text' },
          { name: 'createdByUserId', type: 'varchar', length: '36' },
          { name: 'lastUsedAt', type: types.timestamp, isNullable: true },
          { name: 'revokedAt', type: types.timestamp, isNullable: true },
          { name: 'createdAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [{ columnNames: ['createdByUserId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['createdAt', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
