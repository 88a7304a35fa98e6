import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActorIdColumn, CreatedAt, DateColumn, EnumColumn, ForeignIdColumn, IdColumn, NoteColumn, UpdatedAt } from '../db/entity-columns';
import { CurrencyColumn, MinorUnitsColumn } from '../db/money-columns';
import { FailureMessageColumn, StripeIdColumn } from '../db/stripe-columns';
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
  @IdColumn()
  id: string;

  @ForeignIdColumn({ description: 'The writer paid for their answer.' })
  writerId: string;

  /** The writer's Stripe account at the time: the charge's transfer destination. */
  @Column({ type: 'varchar', length: 64 })
  destinationAccountId: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @MinorUnitsColumn()
  applicationFeeMinor: number;

  @MinorUnitsColumn({ default: 0 })
  amountRefundedMinor: number;

  @Field({ description: 'Lowercase ISO 4217 code.' })
  @CurrencyColumn()
  currency: string;

  @EnumColumn(PaymentStatus, 24, { index: true })
  status: PaymentStatus;

  @NoteColumn({ description: 'What the reader pays for, shown on the Checkout page.' })
  description: string | null;

  @StripeIdColumn("Stripe's cs_… id; null while Stripe has not answered.", { length: 255 })
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

  @StripeIdColumn("Stripe's pi_… id, once the reader submitted the page.")
  stripePaymentIntentId: string | null;

  @StripeIdColumn("Stripe's ch_… id of the charge.", { unique: false })
  stripeChargeId: string | null;

  @StripeIdColumn("Stripe's tr_… id of the automatic transfer to the writer.", { unique: false })
  stripeTransferId: string | null;

  @StripeIdColumn("Stripe's fee_… id of the platform's application fee.", { unique: false })
  stripeApplicationFeeId: string | null;

  @FailureMessageColumn('Why it failed (a decline, an expired session, a refusal from Stripe).')
  failureMessage: string | null;

  @Field({ description: 'The key the caller sent; a replay with it returns this payment.' })
  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** Who started it: a signed-in user or an API key; null for an anonymous reader. */
  @ActorIdColumn({ nullable: true }) createdByUserId: string | null;

  @DateColumn({ nullable: true, description: 'When Stripe reported the payment succeeded.' })
  paidAt: Date | null;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;

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
