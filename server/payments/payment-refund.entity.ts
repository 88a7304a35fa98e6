import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { RefundReason, RefundStatus } from './refund-status';

/** Money returned to a reader: a new entry beside the payment, never an edit of it. */
@ObjectType('Refund', { description: 'Part or all of a payment returned to the reader.' })
@Entity('payment_refunds')
export class PaymentRefund {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  paymentId: string;

  @Field(() => String, { nullable: true, description: "Stripe's re_… id; null until Stripe has confirmed it." })
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  stripeRefundId: string | null;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => RefundStatus)
  @Column({ type: 'varchar', length: 16 })
  status: RefundStatus;

  @Field(() => RefundReason, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: RefundReason | null;

  @Field({ description: "The writer's share was taken back from their account (transfer reversal)." })
  @Column({ type: 'boolean' })
  reverseTransfer: boolean;

  @Field({ description: "The platform's application fee was given back in proportion." })
  @Column({ type: 'boolean' })
  refundApplicationFee: boolean;

  @Field(() => String, { nullable: true, description: 'Why Stripe refused it, or why it is still pending.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  /** The client's key, when the refund came through refundPayment. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;

  /** Null when the refund was made outside the gateway (the Stripe Dashboard). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByUserId: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => Money)
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }
}
