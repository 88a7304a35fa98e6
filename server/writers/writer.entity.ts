import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAt, EnumColumn, IdColumn, UpdatedAt } from '../db/entity-columns';
import { StripeIdColumn } from '../db/stripe-columns';
import { OnboardingStatus } from './onboarding-status';
import { PayoutSchedule } from '../money/payout-schedule.type';
import { AccountConnection } from './account-connection';

@ObjectType({ description: 'A writer paid through their Stripe connected account.' })
@Entity('writers')
@Index(['createdAt', 'id'])
export class Writer {
  @IdColumn()
  id: string;

  /** The writer's own sign-in, when they have one (admins can add writers who have not signed up). */
  @Column({ type: 'varchar', length: 36, nullable: true, unique: true })
  userId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @StripeIdColumn('The Stripe connected account (acct_…), once created.')
  stripeAccountId: string | null;

  @EnumColumn(AccountConnection, 16, {
    default: AccountConnection.CREATED,
    description: 'Whether the platform created the account or the writer connected it through Stripe OAuth.',
  })
  accountConnection: AccountConnection;

  @EnumColumn(OnboardingStatus, 32, { default: OnboardingStatus.NOT_STARTED, index: true })
  onboardingStatus: OnboardingStatus;

  @Field(() => [String], { description: "What Stripe still needs from the writer (past due first in Stripe's terms), e.g. individual.id_number." })
  @Column({ type: 'simple-json' })
  requirementsDue: string[];

  @Field(() => String, { nullable: true, description: "Stripe's requirements.disabled_reason, when the account is disabled." })
  @Column({ type: 'varchar', length: 120, nullable: true })
  disabledReason: string | null;

  @Field({ description: "The writer has submitted their details in Stripe onboarding (Stripe's details_submitted); Stripe may still be verifying them." })
  @Column({ type: 'boolean', default: false })
  detailsSubmitted: boolean;

  @Field({ description: "Stripe's charges_enabled. Writers only receive transfers, so this stays false for most of them and says nothing about being paid." })
  @Column({ type: 'boolean', default: false })
  chargesEnabled: boolean;

  /** The account's `settings.payouts.schedule`, as last read from Stripe (null before the account exists). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  payoutInterval: string | null;

  @Column({ type: 'integer', nullable: true })
  payoutDelayDays: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  payoutWeeklyAnchor: string | null;

  @Column({ type: 'integer', nullable: true })
  payoutMonthlyAnchor: number | null;

  @Field({ description: "Stripe can pay out the writer's balance to their bank account." })
  @Column({ type: 'boolean', default: false })
  payoutsEnabled: boolean;

  /** Stripe's `capabilities.transfers`: active, inactive, pending or unrequested. */
  @Field({ description: "Stripe's transfers capability: active, inactive, pending or unrequested." })
  @Column({ type: 'varchar', length: 16, default: 'inactive' })
  transfersCapability: string;

  /**
   * When the account state we hold was read from Stripe (unix seconds of the event or fetch).
   * An event older than this never overwrites it.
   */
  @Column({ type: 'integer', default: 0 })
  accountSyncedAt: number;

  @Field({ description: 'The writer disconnected their Stripe account from the platform.' })
  @Column({ type: 'boolean', default: false })
  deauthorized: boolean;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;

  @Field({ description: 'The writer has their own sign-in: they signed up, or took an invitation from inviteWriter.' })
  get signedUp(): boolean {
    return this.userId !== null;
  }

  @Field(() => PayoutSchedule, {
    nullable: true,
    description: "How Stripe pays the writer's balance out to their bank (updatePayoutSchedule changes it); null until their account exists.",
  })
  get payoutSchedule(): PayoutSchedule | null {
    if (!this.payoutInterval) return null;
    return { interval: this.payoutInterval, delayDays: this.payoutDelayDays, weeklyAnchor: this.payoutWeeklyAnchor, monthlyAnchor: this.payoutMonthlyAnchor };
  }

  @Field({ description: 'Transfers can be sent to this writer now.' })
  get canReceiveTransfers(): boolean {
    return this.transfersCapability === 'active' && !this.deauthorized && this.onboardingStatus === OnboardingStatus.ACTIVE;
  }
}
