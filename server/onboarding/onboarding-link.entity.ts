import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** That a link was issued, to whom and until when; the URL itself is never stored. */
@Entity('onboarding_links')
export class OnboardingLinkRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  writerId: string;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column()
  expiresAt: Date;

  @CreateDateColumn()
  createdAt: Date;
}
