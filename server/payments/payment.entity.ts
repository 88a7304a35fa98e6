import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Money, money } from '../money/money.type';
import { PAID_STATUSES, PAYMENT_LIFECYCLE, PaymentStatus } from './payment-status';

/**
 * A reader's payment for a writer's answer: a Checkout Session whose charge is a destination
 * charge to the writer, minus the platform's application fee. The row is committed OPEN before
 * Stripe is called (the session's idempotency key derives from its id); only webhooks move it on.
 */
@ObjectType({ description: "A reader's payment for a writer's answer, through Stripe Checkout." })
@Entity('payments')
@Index(['createdAt', 'id'])
@Index(['writerId', 'createdAt'])
export class Payment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'The writer paid for their answer.' })
  @Column({ type: 'varchar', length: 36 })
  writerId: string;

  /** The writer's Stripe account at the time: the charge's transfer destination. */
  @Column({ type: 'varchar', length: 64 })
  destinationAccountId: string;

  @Column({ type: 'integer' })
  amountMinor: number;

  @Column({ type: 'integer' })
  applicationFeeMinor: number;

  @Column({ type: 'integer', default: 0 })
  amountRefundedMinor: number;

  @Field({ description: 'Lowercase ISO 4217 code.' })
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => PaymentStatus)
  @Index()
  @Column({ type: 'varchar', length: 24 })
  status: PaymentStatus;

  @Field(() => String, { nullable: true, description: 'What the reader pays for, shown on the Checkout page.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "Stripe's cs_… id; null while Stripe has not answered." })
  @Column({ type: 'varchar', length: 255, nullable: true, unique: true })
  stripeCheckoutSessionId: string | null;

  /** The hosted Checkout page, until the session ends. */
  @Column({ type: 'text', nullable: true })
  checkoutUrl: string | null;

  @Column({ type: 'integer', nullable: true })
  expiresAtUnix: number | null;

  /** Where Stripe sends the reader; kept so a retry sends Stripe the very same request. */
  @Column({ type: 'text' })
  successUrl: string;

  @Column({ type: 'text' })
  cancelUrl: string;

  @Field(() => String, { nullable: true, description: "Stripe's pi_… id, once the reader submitted the page." })
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  stripePaymentIntentId: string | null;

  @Field(() => String, { nullable: true, description: "Stripe's ch_… id of the charge." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  stripeChargeId: string | null;

  @Field(() => String, { nullable: true, description: "Stripe's tr_… id of the automatic transfer to the writer." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  stripeTransferId: string | null;

  @Field(() => String, { nullable: true, description: "Stripe's fee_… id of the platform's application fee." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  stripeApplicationFeeId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (a decline, an expired session, a refusal from Stripe).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  @Field({ description: 'The key the caller sent; a replay with it returns this payment.' })
  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** Who started it: a signed-in user or an API key; null for an anonymous reader. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByUserId: string | null;

  @Field(() => Date, { nullable: true, description: 'When Stripe reported the payment succeeded.' })
  @Column({ type: Date, nullable: true })
  paidAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;

  @Field(() => Money, { description: 'What the reader pays.' })
  get amount(): Money {
    return money(this.amountMinor, this.currency);
  }

  @Field(() => Money, { description: "The platform's application fee, kept from the amount." })
  get applicationFee(): Money {
    return money(this.applicationFeeMinor, this.currency);
  }

  @Field(() => Money, { description: "The writer's share: amount minus the application fee." })
  get writerShare(): Money {
    return money(this.amountMinor - this.applicationFeeMinor, this.currency);
  }

  @Field(() => Money, { description: 'Refunded to the reader so far.' })
  get amountRefunded(): Money {
    return money(this.amountRefundedMinor, this.currency);
  }

  @Field(() => Money, { description: 'What refundPayment can still return.' })
  get refundableAmount(): Money {
    return money(PAID_STATUSES.includes(this.status) ? this.amountMinor - this.amountRefundedMinor : 0, this.currency);
  }

  @Field(() => [PaymentStatus], {
    description:
      'The statuses this payment can still move to in its ordinary course (what a console offers). A late answer from Stripe may still move it elsewhere, e.g. an expired or failed payment Stripe then reports paid.',
  })
  get nextStates(): PaymentStatus[] {
    return PAYMENT_LIFECYCLE.nextStates(this.status);
  }
}
