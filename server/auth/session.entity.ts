import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** Why a session stopped being accepted, so the refusal can say so. */
export enum SessionEndedReason {
  SIGNED_OUT = 'SIGNED_OUT',
  /** Confirming two-factor replaces the session that enrolled with a verified one. */
  TWO_FACTOR_CONFIRMED = 'TWO_FACTOR_CONFIRMED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  REMOVED = 'REMOVED',
}

/**
 * One signed-in session: its token names it, and a token is accepted only while its session
 * is neither revoked (signed out) nor expired. What the session may do is read from this row
 * and its user's, never from the token.
 */
@Entity('sessions')
@Index(['userId', 'expiresAt'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: Date })
  expiresAt: Date;

  /** Opened with a valid TOTP code. */
  @Column({ type: 'boolean', default: false })
  twoFactorVerified: boolean;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  endedReason: SessionEndedReason | null;

  @CreateDateColumn()
  createdAt: Date;
}
