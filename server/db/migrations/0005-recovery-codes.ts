import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columnShapes, references } from './column-shapes';

export class RecoveryCodes1795300000005 implements MigrationInterface {
  name = 'RecoveryCodes1795300000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'recovery_codes',
        columns: [column.id, column.rowId('userId'), column.text('codeHash', 64), column.momentOrNull('usedAt'), column.createdAt],
        foreignKeys: [references('userId', 'users')],
        indices: [{ columnNames: ['userId', 'codeHash'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('recovery_codes');
  }
}
