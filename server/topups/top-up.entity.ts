import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, DateColumn, EnumColumn, IdColumn, NoteColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureCodeColumn, FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { TOP_UP_LIFECYCLE, TopUpStatus } from './top-up-status';

@ObjectType({ description: 'Funds added to the platform balance from its bank account (a Stripe top-up).' })
@Entity('top_ups')
@Index(['createdAt', 'id'])
export class TopUp {
  @IdColumn()
  id: string;

  @StripeIdColumn("Stripe's tu_… id; null until Stripe has confirmed the request.")
  stripeTopUpId: string | null;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @EnumColumn(TopUpStatus, 16, { index: true })
  status: TopUpStatus;

  @NoteColumn({ description: 'Your note on the top-up, also sent to Stripe.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'What the bank statement shows (up to 15 characters).' })
  @Column({ type: 'varchar', length: 15, nullable: true })
  statementDescriptor: string | null;

  /** The bank source or test token debited; null for the account's default bank account. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  source: string | null;

  @DateColumn({ nullable: true, description: 'When Stripe expects the funds to become available.' })
  expectedAvailabilityDate: Date | null;

  @FailureCodeColumn("Stripe's failure_code, e.g. insufficient_funds.")
  failureCode: string | null;

  @FailureMessageColumn("Why it failed, in Stripe's words (or the gateway's, when Stripe refused it outright).")
  failureMessage: string | null;

  @Field({ description: 'The key the client sent; a replay with it returns this top-up.' })
  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  @ActorIdColumn() createdByUserId: string;

  @CreatedAt() createdAt: Date;

  @UpdatedAt({ description: 'When this record last changed (a status, a reversal, a failure).' })
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
