import type Stripe from 'stripe';
import { checkoutSessionStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import { checkoutSessionParams } from './checkout-session.stripe';
import type { PaymentOutcomes } from './payment-outcomes';
import { PaymentStatus } from './payment-status';
import { Payment } from './payment.entity';

/**
 * Opening a reader's Checkout Session, as the money engine sends it. No money moves until the
 * reader pays, so nothing is recovered in the background: a retry of the request with its key
 * asks Stripe again with the row's key, which answers with the same session.
 */
export function checkoutAction(stripe: Stripe, outcomes: PaymentOutcomes): MoneyAction<Payment, Stripe.Checkout.Session> {
  return {
    name: 'checkout session',
    logKey: 'paymentId',
    entity: Payment,
    outcomes,
    isPending: (payment) => !payment.stripeCheckoutSessionId && payment.status === PaymentStatus.OPEN,
    stripeKeyOf: (payment) => checkoutSessionStripeKeyOf(payment.id),
    send: (payment, idempotencyKey) => stripe.checkout.sessions.create(checkoutSessionParams(payment), { idempotencyKey }),
    refusal: 'open the Checkout page',
    applyAnswer: (session) => outcomes.opened(session),
    neverReceived: 'Stripe never confirmed this Checkout Session; start a new one with a new key.',
  };
}
