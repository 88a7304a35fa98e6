import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '../identity/viewer';

@Entity('users')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Stored lowercased; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  /** Base32 TOTP secret, set by enrolment; two-factor is on only once confirmed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  twoFactorSecret: string | null;

  @Column({ type: 'boolean', default: false })
  twoFactorEnabled: boolean;

  /** The TOTP time step of the last accepted code, so a code cannot be used twice. */
  @Column({ type: 'integer', nullable: true })
  lastTotpTimeStep: number | null;

  /** A team member removed from the team: they can no longer sign in; the row stays for the audit trail. */
  @Column({ type: Date, nullable: true })
  removedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
