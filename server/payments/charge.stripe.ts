import type Stripe from 'stripe';
import { stripeIdOf } from '../stripe/stripe-ids';
import type { PaymentFacts, PaymentReference } from './payment-facts';
import { PaymentStatus } from './payment-status';

/** What a Stripe charge says about its payment: the one place a Stripe Charge becomes ours. */
export function chargeFacts(charge: Stripe.Charge): PaymentFacts {
  return {
    // A refunded charge proves the payment succeeded, even if its session's event is still to come.
    ...(charge.paid && charge.status === 'succeeded' && charge.amount_refunded > 0 ? { status: PaymentStatus.SUCCEEDED } : {}),
    stripePaymentIntentId: stripeIdOf(charge.payment_intent),
    stripeChargeId: charge.id,
    stripeTransferId: stripeIdOf(charge.transfer),
    stripeApplicationFeeId: stripeIdOf(charge.application_fee),
    amountRefundedMinor: charge.amount_refunded,
  };
}

export function chargeReference(charge: Stripe.Charge): PaymentReference {
  return { paymentId: charge.metadata?.payment_id, paymentIntentId: stripeIdOf(charge.payment_intent), chargeId: charge.id };
}

export function paymentIntentIdOf(charge: Stripe.Charge): string | null {
  return stripeIdOf(charge.payment_intent);
}

/** An application fee names the charge it was taken from. */
export function applicationFeeFacts(fee: Stripe.ApplicationFee): { reference: PaymentReference; facts: PaymentFacts } {
  const chargeId = stripeIdOf(fee.charge);
  return { reference: { chargeId }, facts: { stripeApplicationFeeId: fee.id, stripeChargeId: chargeId } };
}
