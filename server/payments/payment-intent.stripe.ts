import type Stripe from 'stripe';
import { stripeIdOf } from '../stripe/stripe-ids';
import type { PaymentReference } from './payment-facts';

/** Our payment's id, from the metadata the Checkout Session passed on to its PaymentIntent. */
export function paymentIdOf(intent: Stripe.PaymentIntent): string | null {
  return intent.metadata?.payment_id ?? null;
}

export function paymentIntentReference(intent: Stripe.PaymentIntent): PaymentReference {
  return { paymentId: paymentIdOf(intent), paymentIntentId: intent.id };
}

export function latestChargeIdOf(intent: Stripe.PaymentIntent): string | null {
  return stripeIdOf(intent.latest_charge);
}

/** The reader's last decline, in words an admin reads. */
export function declineMessageOf(intent: Stripe.PaymentIntent): string {
  const error = intent.last_payment_error;
  if (!error) return 'The reader’s payment was declined.';
  return `The reader's payment was declined${error.decline_code ? ` (${error.decline_code})` : ''}: ${error.message ?? error.code ?? 'no reason given'}`;
}
