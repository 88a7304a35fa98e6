import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import type { AppError } from '../errors/errors';
import { refundStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import { stripeFailure } from '../stripe/stripe-errors';
import { PaymentRefund } from './payment-refund.entity';
import { Payment } from './payment.entity';
import type { RefundOutcomes } from './refund-outcomes';
import { RefundStatus } from './refund-status';
import { refundFacts, refundParams, refundsOf } from './refund.stripe';

/** Returning a reader's money, as the money engine sends, finds and recovers it. */
export class RefundAction implements MoneyAction<PaymentRefund, Stripe.Refund> {
  readonly name = 'refund';
  readonly logKey = 'refundId';
  readonly entity = PaymentRefund;
  readonly neverReceived = 'Stripe never received this refund within a day; nothing was refunded.';

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly outcomes: RefundOutcomes,
  ) {}

  /** Once Stripe has it, a refund's own events finish it (Stripe may hold it pending a while). */
  isPending(refund: PaymentRefund): boolean {
    return refund.status === RefundStatus.PENDING && !refund.stripeRefundId;
  }

  /** A payment's refunds share its lock: two refunds never overdraw it. */
  lockKeyOf(refund: PaymentRefund): string {
    return refund.paymentId;
  }

  stripeKeyOf(refund: PaymentRefund): string {
    return refundStripeKeyOf(refund.id);
  }

  async send(refund: PaymentRefund, idempotencyKey: string): Promise<Stripe.Refund> {
    return this.stripe.refunds.create(refundParams(await this.paymentOf(refund), refund), { idempotencyKey });
  }

  async findOnStripe(refund: PaymentRefund): Promise<Stripe.Refund | undefined> {
    for await (const onStripe of this.stripe.refunds.list(refundsOf(await this.paymentOf(refund)))) {
      if (refundFacts(onStripe).refundId === refund.id) return onStripe;
    }
    return undefined;
  }

  applyAnswer(stripeRefund: Stripe.Refund): Promise<unknown> {
    return this.outcomes.applyStripeRefund(stripeRefund);
  }

  refusalOf(error: unknown): AppError {
    return stripeFailure(error, 'refund the payment');
  }

  applyRefusal(refund: PaymentRefund, refusal: AppError, recordKey?: string): Promise<void> {
    return this.outcomes.refundRefused(refund.id, refusal, recordKey);
  }

  applyUnanswered(refund: PaymentRefund, reason: string): Promise<void> {
    return this.outcomes.refundUnanswered(refund.id, reason);
  }

  pending(limit: number): Promise<PaymentRefund[]> {
    return this.database.manager.find(PaymentRefund, {
      where: { status: RefundStatus.PENDING, stripeRefundId: IsNull() },
      order: { createdAt: 'ASC' },
      take: limit,
    });
  }

  private paymentOf(refund: PaymentRefund): Promise<Payment> {
    return this.database.manager.findOneByOrFail(Payment, { id: refund.paymentId });
  }
}
