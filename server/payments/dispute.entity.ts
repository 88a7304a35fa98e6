import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { CreatedAt, DateColumn, EnumColumn, ForeignIdColumn, IdColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { DisputeStatus, NEEDS_RESPONSE_STATUSES } from './dispute-status';

/** A reader's bank disputing a charge: recorded from Stripe's charge.dispute.* events. */
@ObjectType({ description: "A reader's bank disputing a payment. The platform answers it, and its balance carries the amount until it is won." })
@Entity('payment_disputes')
export class Dispute {
  @IdColumn()
  id: string;

  @ForeignIdColumn({ index: true })
  paymentId: string;

  @StripeIdColumn("Stripe's dp_… id.", { nullable: false })
  stripeDisputeId: string;

  @EnumColumn(DisputeStatus, 32, { index: true })
  status: DisputeStatus;

  @Field({ description: "The bank's reason, in Stripe's words (fraudulent, product_not_received, …)." })
  @Column({ type: 'varchar', length: 64 })
  reason: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @DateColumn({ nullable: true, description: 'The last moment to submit evidence to Stripe.' })
  evidenceDueBy: Date | null;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;

  @Field(() => Money, { description: 'The disputed amount, taken from the platform balance while it is open.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field({ description: 'Evidence is due and has not been submitted.' })
  get needsResponse(): boolean {
    return NEEDS_RESPONSE_STATUSES.includes(this.status);
  }
}
