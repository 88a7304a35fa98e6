import type Stripe from 'stripe';
import type { PaymentRefund } from './payment-refund.entity';
import type { Payment } from './payment.entity';
import { RefundReason, RefundStatus } from './refund-status';
import { stripeIdOf } from '../stripe/stripe-ids';
import { statusFromStripe } from '../stripe/stripe-statuses';

/** What a Stripe refund says, in our terms: the one place a Stripe Refund becomes ours. */
export interface RefundFacts {
  stripeRefundId: string;
  /** Our rows' ids, from the metadata we sent (absent for a refund made in the Stripe Dashboard). */
  refundId: string | null;
  paymentId: string | null;
  paymentIntentId: string | null;
  chargeId: string | null;
  status: RefundStatus;
  amountMinor: number;
  currency: string;
  /** Stripe's reason, when it is one we know. */
  reason: RefundReason | null;
  failureReason: string | null;
  createdAt: Date;
}

export function refundFacts(refund: Stripe.Refund): RefundFacts {
  return {
    stripeRefundId: refund.id,
    refundId: refund.metadata?.refund_id ?? null,
    paymentId: refund.metadata?.payment_id ?? null,
    paymentIntentId: stripeIdOf(refund.payment_intent),
    chargeId: stripeIdOf(refund.charge),
    // Stripe holds a refund awaiting the customer's action as requires_action; for us it is still PENDING.
    status: statusFromStripe(RefundStatus, refund.status, RefundStatus.PENDING, { requires_action: RefundStatus.PENDING }),
    amountMinor: refund.amount,
    currency: refund.currency,
    reason: (Object.values(RefundReason) as string[]).includes(refund.reason ?? '') ? (refund.reason as RefundReason) : null,
    failureReason: refund.failure_reason ?? null,
    createdAt: new Date(refund.created * 1000),
  };
}

/** Stripe's request for the row; the metadata lets a lost answer be found again. */
export function refundParams(payment: Payment, refund: PaymentRefund): Stripe.RefundCreateParams {
  return {
    payment_intent: payment.stripePaymentIntentId!,
    amount: refund.amountMinor,
    ...(refund.reason ? { reason: refund.reason } : {}),
    reverse_transfer: refund.reverseTransfer,
    refund_application_fee: refund.refundApplicationFee,
    metadata: { refund_id: refund.id, payment_id: payment.id },
  };
}

/** Stripe's refunds of the payment, to find one whose creation answer was lost. */
export function refundsOf(payment: Payment): Stripe.RefundListParams {
  return { payment_intent: payment.stripePaymentIntentId!, limit: 100 };
}
