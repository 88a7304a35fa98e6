import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import { refundStripeKeyOf } from '../money-intents/idempotency-keys';
import { firstOnStripe, type MoneyAction } from '../money-intents/money-action';
import { PaymentRefund } from './payment-refund.entity';
import { Payment } from './payment.entity';
import type { RefundOutcomes } from './refund-outcomes';
import { RefundStatus } from './refund-status';
import { refundFacts, refundParams, refundsOf } from './refund.stripe';

/** Returning a reader's money, as the money engine sends, finds and recovers it. */
export function refundAction(database: Database, stripe: Stripe, outcomes: RefundOutcomes): MoneyAction<PaymentRefund, Stripe.Refund> {
  const paymentOf = (refund: PaymentRefund) => database.manager.findOneByOrFail(Payment, { id: refund.paymentId });
  return {
    name: 'refund',
    logKey: 'refundId',
    entity: PaymentRefund,
    outcomes,
    // Once Stripe has it, a refund's own events finish it (Stripe may hold it pending a while).
    isPending: (refund) => refund.status === RefundStatus.PENDING && !refund.stripeRefundId,
    recoverable: { status: RefundStatus.PENDING, stripeRefundId: IsNull() },
    // A payment's refunds share its lock: two refunds never overdraw it.
    lockKeyOf: (refund) => refund.paymentId,
    stripeKeyOf: (refund) => refundStripeKeyOf(refund.id),
    send: async (refund, idempotencyKey) => stripe.refunds.create(refundParams(await paymentOf(refund), refund), { idempotencyKey }),
    refusal: 'refund the payment',
    applyAnswer: (stripeRefund) => outcomes.applyStripeRefund(stripeRefund),
    findOnStripe: async (refund) => {
      const refunds = stripe.refunds.list(refundsOf(await paymentOf(refund)));
      return firstOnStripe(refunds, (onStripe) => refundFacts(onStripe).refundId === refund.id);
    },
    neverReceived: 'Stripe never received this refund within a day; nothing was refunded.',
  };
}
