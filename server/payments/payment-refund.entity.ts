import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ActorIdColumn, CreatedAt, EnumColumn, ForeignIdColumn, IdColumn } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
import { Money, money } from '../money/money.type';
import { RefundReason, RefundStatus } from './refund-status';

/** Money returned to a reader: a new entry beside the payment, never an edit of it. */
@ObjectType('Refund', { description: 'Part or all of a payment returned to the reader.' })
@Entity('payment_refunds')
export class PaymentRefund {
  @IdColumn()
  id: string;

  @ForeignIdColumn({ index: true })
  paymentId: string;

  @StripeIdColumn("Stripe's re_… id; null until Stripe has confirmed it.")
  stripeRefundId: string | null;

  @MinorUnitsColumn()
  amountMinor: number;

  @CurrencyColumn()
  currency: string;

  @EnumColumn(RefundStatus, 16)
  status: RefundStatus;

  @EnumColumn(RefundReason, 32, { nullable: true })
  reason: RefundReason | null;

  @Field({ description: "The writer's share was taken back from their account (transfer reversal)." })
  @Column({ type: 'boolean' })
  reverseTransfer: boolean;

  @Field({ description: "The platform's application fee was given back in proportion." })
  @Column({ type: 'boolean' })
  refundApplicationFee: boolean;

  @FailureMessageColumn('Why Stripe refused it, or why it is still pending.')
  failureMessage: string | null;

  /** The client's key, when the refund came through refundPayment. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;

  /** Null when the refund was made outside the gateway (the Stripe Dashboard). */
  @ActorIdColumn({ nullable: true }) createdByUserId: string | null;

  @CreatedAt() createdAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
