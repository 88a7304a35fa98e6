import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columnShapes, references } from './column-shapes';

/**
 * Connecting an existing Stripe account through OAuth: how each writer's account came to the
 * platform, and the OAuth states handed out, stored hashed, each bound to a writer and the
 * session that asked for it, used once.
 */
export class OAuth1795300000007 implements MigrationInterface {
  name = 'OAuth1795300000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    const column = columnShapes(queryRunner);
    await queryRunner.addColumn('writers', new TableColumn({ name: 'accountConnection', type: 'varchar', length: '16', default: "'CREATED'" }));
    await queryRunner.createTable(
      new Table({
        name: 'oauth_states',
        columns: [
          column.id,
          column.rowId('writerId'),
          // No foreign key: a user's expired sessions are deleted at their next sign-in.
          column.rowId('sessionId'),
          column.secretHash('stateHash'),
          { name: 'expiresAt', type: column.types.timestamp },
          column.momentOrNull('usedAt'),
          column.createdAt,
        ],
        foreignKeys: [references('writerId', 'writers')],
        indices: [{ columnNames: ['writerId', 'expiresAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('oauth_states');
    await queryRunner.dropColumn('writers', 'accountConnection');
  }
}
