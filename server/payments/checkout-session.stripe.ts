import type Stripe from 'stripe';
import { stripeIdOf } from '../stripe/stripe-ids';
import type { PaymentReference } from './payment-facts';
import { PaymentStatus } from './payment-status';
import type { Payment } from './payment.entity';

/** What a Stripe Checkout Session says, in our terms: the one place a session becomes ours. */
export interface CheckoutSessionFacts {
  stripeCheckoutSessionId: string;
  reference: PaymentReference;
  paymentIntentId: string | null;
  url: string | null;
  expiresAtUnix: number;
}

export function checkoutSessionFacts(session: Stripe.Checkout.Session): CheckoutSessionFacts {
  const paymentIntentId = stripeIdOf(session.payment_intent);
  return {
    stripeCheckoutSessionId: session.id,
    reference: { paymentId: session.metadata?.payment_id ?? session.client_reference_id, sessionId: session.id, paymentIntentId },
    paymentIntentId,
    url: session.url,
    expiresAtUnix: session.expires_at,
  };
}

/** The session's payment in our terms; the event type tells a failed async payment from one still processing. */
export function checkoutSessionStatus(session: Stripe.Checkout.Session, asyncPaymentFailed: boolean): PaymentStatus {
  if (asyncPaymentFailed) return PaymentStatus.FAILED;
  if (session.status === 'expired') return PaymentStatus.EXPIRED;
  if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') return PaymentStatus.SUCCEEDED;
  return session.status === 'complete' ? PaymentStatus.PROCESSING : PaymentStatus.OPEN;
}

// Beside cards, methods that confirm later (checkout.session.async_payment_*), where Stripe offers them.
const PAYMENT_METHODS_BY_CURRENCY: Readonly<Record<string, string[]>> = { eur: ['card', 'sepa_debit'] };

/** A destination charge: the whole amount goes to the writer's account, the fee comes back to the platform. */
export function checkoutSessionParams(payment: Payment): Stripe.Checkout.SessionCreateParams {
  const metadata = { payment_id: payment.id, writer_id: payment.writerId };
  return {
    mode: 'payment',
    line_items: [{ quantity: 1, price_data: { currency: payment.currency, unit_amount: payment.amountMinor, product_data: { name: payment.description! } } }],
    success_url: payment.successUrl,
    cancel_url: payment.cancelUrl,
    client_reference_id: payment.id,
    metadata,
    ...(PAYMENT_METHODS_BY_CURRENCY[payment.currency] ? { payment_method_types: PAYMENT_METHODS_BY_CURRENCY[payment.currency] } : {}),
    payment_intent_data: {
      application_fee_amount: payment.applicationFeeMinor,
      transfer_data: { destination: payment.destinationAccountId },
      description: payment.description!,
      metadata,
    },
  };
}
