import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An OAuth `state` handed to a writer, kept only as a hash: the callback is a browser redirect
 * with no session of its own, so this row is what ties it to the writer and the session that
 * asked. Used once, short-lived.
 */
@Entity('oauth_states')
@Index(['writerId', 'expiresAt'])
export class OAuthStateRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  writerId: string;

  @Column({ type: 'varchar', length: 36 })
  sessionId: string;

  /** SHA-256 of the state, hex. */
  @Column({ type: 'varchar', length: 64, unique: true })
  stateHash: string;

  @Column({ type: Date })
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  usedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
