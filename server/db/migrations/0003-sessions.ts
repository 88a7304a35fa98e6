import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnShapes, references } from './column-shapes';

export class Sessions1795300000003 implements MigrationInterface {
  name = 'Sessions1795300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [column.id, column.rowId('userId'), { name: 'expiresAt', type: column.types.timestamp }, column.momentOrNull('revokedAt'), column.createdAt],
        foreignKeys: [references('userId', 'users')],
        indices: [{ columnNames: ['userId', 'expiresAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sessions');
  }
}
