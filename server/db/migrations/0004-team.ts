import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * Rights are read from the rows on every request: a session records whether it was opened
 * with two-factor and why it ended; a removed team member keeps their row (the audit trail
 * names them) with `removedAt` set; team invitations are stored hashed.
 */
export class Team1795300000004 implements MigrationInterface {
  name = 'Team1795300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.addColumns('sessions', [
      new TableColumn({ name: 'twoFactorVerified', type: 'boolean', default: false }),
      new TableColumn({ name: 'endedReason', type: 'varchar', length: '32', isNullable: true }),
    ]);
    await queryRunner.addColumn('users', new TableColumn({ name: 'removedAt', type: types.timestamp, isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'team_invites',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'displayName', type: 'varchar', length: '120' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'tokenHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'invitedByUserId', type: 'varchar', length: '36' },
          { name: 'expiresAt', type: types.timestamp },
          { name: 'acceptedAt', type: types.timestamp, isNullable: true },
          { name: 'acceptedByUserId', type: 'varchar', length: '36', isNullable: true },
          { name: 'revokedAt', type: types.timestamp, isNullable: true },
          { name: 'createdAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [{ columnNames: ['invitedByUserId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
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
