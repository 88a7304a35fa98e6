import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * Connecting an existing Stripe account through OAuth: how each writer's account came to the
 * platform, and the OAuth states handed out, stored hashed, each bound to a writer and the
 * session that asked for it, used once.
 */
export class OAuth1795300000007 implements MigrationInterface {
  name = 'OAuth1795300000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.addColumn('writers', new TableColumn({ name: 'accountConnection', type: 'varchar', length: '16', default: "'CREATED'" }));
    await queryRunner.createTable(
      new Table({
        name: 'oauth_states',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'writerId', type: 'varchar', length: '36' },
          // No foreign key: a user's expired sessions are deleted at their next sign-in.
          { name: 'sessionId', type: 'varchar', length: '36' },
          { name: 'stateHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'expiresAt', type: types.timestamp },
          { name: 'usedAt', type: types.timestamp, isNullable: true },
          { name: 'createdAt', type: types.timestamp, default: types.now },
        ],
        foreignKeys: [{ columnNames: ['writerId'], referencedTableName: 'writers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['writerId', 'expiresAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('oauth_states');
    await queryRunner.dropColumn('writers', 'accountConnection');
  }
}
