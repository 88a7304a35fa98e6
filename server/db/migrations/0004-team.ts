import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columnShapes, references } from './column-shapes';

/**
 * Rights are read from the rows on every request: a session records whether it was opened
 * with two-factor and why it ended; a removed team member keeps their row (the audit trail
 * names them) with `removedAt` set; team invitations are stored hashed.
 */
export class Team1795300000004 implements MigrationInterface {
  name = 'Team1795300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.addColumns('sessions', [
      new TableColumn({ name: 'twoFactorVerified', type: 'boolean', default: false }),
      new TableColumn(column.text('endedReason', 32, true)),
    ]);
    await queryRunner.addColumn('users', new TableColumn(column.momentOrNull('removedAt')));
    await queryRunner.createTable(
      new Table({
        name: 'team_invites',
        columns: [
          column.id,
          column.email(false),
          column.displayName,
          column.text('role', 16),
          column.secretHash('tokenHash'),
          column.rowId('invitedByUserId'),
          { name: 'expiresAt', type: column.types.timestamp },
          column.momentOrNull('acceptedAt'),
          column.rowId('acceptedByUserId', true),
          column.momentOrNull('revokedAt'),
          column.createdAt,
        ],
        foreignKeys: [references('invitedByUserId', 'users')],
        indices: [{ columnNames: ['email'] }, { columnNames: ['createdAt', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('team_invites');
    await queryRunner.dropColumn('users', 'removedAt');
    await queryRunner.dropColumns('sessions', ['twoFactorVerified', 'endedReason']);
  }
}
