import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { TOP_UP_LIFECYCLE, TopUpStatus } from './top-up-status';

@ObjectType({ description: 'Funds added to the platform balance from its bank account (a Stripe top-up).' })
@Entity('top_ups')
@Index(['createdAt', 'id'])
export class TopUp {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String, { nullable: true, description: "Stripe's tu_… id; null until Stripe has confirmed the request." })
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  stripeTopUpId: string | null;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => TopUpStatus)
  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: TopUpStatus;

  @Field(() => String, { nullable: true, description: 'Your note on the top-up, also sent to Stripe.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'What the bank statement shows (up to 15 characters).' })
  @Column({ type: 'varchar', length: 15, nullable: true })
  statementDescriptor: string | null;

  /** The bank source or test token debited; null for the account's default bank account. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  source: string | null;

  @Field(() => Date, { nullable: true, description: 'When Stripe expects the funds to become available.' })
  @Column({ type: Date, nullable: true })
  expectedAvailabilityDate: Date | null;

  @Field(() => String, { nullable: true, description: "Stripe's failure_code, e.g. insufficient_funds." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  failureCode: string | null;

  @Field(() => String, { nullable: true, description: "Why it failed, in Stripe's words (or the gateway's, when Stripe refused it outright)." })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  @Field({ description: 'The key the client sent; a replay with it returns this top-up.' })
  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 36 })
  createdByUserId: string;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field({ description: 'When this record last changed (a status, a reversal, a failure).' })
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Money, { description: 'What is debited from the platform’s bank account.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => [TopUpStatus], {
    description:
      'The statuses this top-up can still move to in its ordinary course (what a console offers). A late answer from Stripe may still move it elsewhere, e.g. a top-up the gateway failed, which Stripe turns out to have made.',
  })
  get nextStates(): TopUpStatus[] {
    return TOP_UP_LIFECYCLE.nextStates(this.status);
  }

  @Field({ description: 'cancelTopUp is allowed now: pending and known to Stripe.' })
  get cancelable(): boolean {
    return this.status === TopUpStatus.PENDING && this.stripeTopUpId !== null;
  }
}
