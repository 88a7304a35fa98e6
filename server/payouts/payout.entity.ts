import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, EnumColumn, ForeignIdColumn, IdColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureCodeColumn, FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { PayoutStatus } from './payout-status';
import { payoutFailureAdvice } from './payout-failure-advice';

@ObjectType({ description: "A payout Stripe made from a writer's Stripe balance to their bank account." })
@Entity('payouts')
@Index(['createdAt', 'id'])
@Index(['writerId', 'createdAt'])
export class Payout {
  @IdColumn()
  id: string;

  @ForeignIdColumn()
  writerId: string;

  @StripeIdColumn("Stripe's po_… id, on the writer's connected account.", { nullable: false })
  stripePayoutId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @EnumColumn(PayoutStatus, 16, { index: true })
  status: PayoutStatus;

  @DateColumn({ description: 'When Stripe expects the funds in the bank account.' })
  arrivalDate: Date;

  @Field({ description: "Made by the writer's payout schedule (rather than on request)." })
  @Column({ type: 'boolean', default: true })
  automatic: boolean;

  @FailureCodeColumn("Stripe's failure_code, e.g. account_closed or no_account.")
  failureCode: string | null;

  @FailureMessageColumn("Why the bank refused it, in Stripe's words.")
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

  @DateColumn({ description: 'When Stripe made the payout.' })
  createdAt: Date;

  @UpdatedAt() updatedAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => String, { nullable: true, description: 'For a failed payout: what the writer does next, in words a person reads.' })
  get whatToDo(): string | null {
    return this.status === PayoutStatus.FAILED ? payoutFailureAdvice(this.failureCode) : null;
  }
}
