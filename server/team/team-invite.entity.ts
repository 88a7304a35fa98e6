import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '../identity/viewer';
import { ActorIdColumn } from '../db/entity-columns';

/**
 * An invitation for a person to join the team with a role. Only a hash of its token is kept,
 * so the database never holds a usable invitation; it is used once, expires, and can be revoked.
 */
@Entity('team_invites')
@Index(['createdAt', 'id'])
export class TeamInviteRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** SHA-256 of the token, hex. */
  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @ActorIdColumn() invitedByUserId: string;

  @Column({ type: Date })
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  acceptedAt: Date | null;

  @ActorIdColumn({ nullable: true }) acceptedByUserId: string | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
