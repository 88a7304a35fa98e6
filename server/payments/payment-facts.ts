import type { PaymentStatus } from './payment-status';

/** How a Stripe object names the payment it belongs to (any of these may be unknown). */
export interface PaymentReference {
  paymentId?: string | null;
  sessionId?: string | null;
  paymentIntentId?: string | null;
  chargeId?: string | null;
}

/** What one Stripe object says about a payment; absent facts change nothing. */
export interface PaymentFacts {
  status?: PaymentStatus;
  stripePaymentIntentId?: string | null;
  stripeChargeId?: string | null;
  stripeTransferId?: string | null;
  stripeApplicationFeeId?: string | null;
  amountRefundedMinor?: number;
  failureMessage?: string | null;
}
