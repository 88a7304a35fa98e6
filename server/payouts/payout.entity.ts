import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { PayoutStatus } from './payout-status';
import { payoutFailureAdvice } from './payout-failure-advice';

@ObjectType({ description: "A payout Stripe made from a writer's Stripe balance to their bank account." })
@Entity('payouts')
@Index(['createdAt', 'id'])
@Index(['writerId', 'createdAt'])
export class Payout {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  writerId: string;

  @Field({ description: "Stripe's po_… id, on the writer's connected account." })
  @Column({ type: 'varchar', length: 64, unique: true })
  stripePayoutId: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => PayoutStatus)
  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: PayoutStatus;

  @Field({ description: 'When Stripe expects the funds in the bank account.' })
  @Column({ type: Date })
  arrivalDate: Date;

  @Field({ description: "Made by the writer's payout schedule (rather than on request)." })
  @Column({ type: 'boolean', default: true })
  automatic: boolean;

  @Field(() => String, { nullable: true, description: "Stripe's failure_code, e.g. account_closed or no_account." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  failureCode: string | null;

  @Field(() => String, { nullable: true, description: "Why the bank refused it, in Stripe's words." })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  @Field(() => String, { nullable: true, description: 'The last four digits of the bank account it went to.' })
  @Column({ type: 'varchar', length: 4, nullable: true })
  bankLast4: string | null;

  /** The bank account (ba_…) it went to. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  destination: string | null;

  /** Unix seconds of the newest event applied: an older event never overwrites what it said. */
  @Column({ type: 'integer', default: 0 })
  stripeEventCreated: number;

  @Field({ description: 'When Stripe made the payout.' })
  @Column({ type: Date })
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => String, { nullable: true, description: 'For a failed payout: what the writer does next, in words a person reads.' })
  get whatToDo(): string | null {
    return this.status === PayoutStatus.FAILED ? payoutFailureAdvice(this.failureCode) : null;
  }
}
