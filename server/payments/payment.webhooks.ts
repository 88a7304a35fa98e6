import type Stripe from 'stripe';
import type { WebhookHandler, WebhookHandlers } from '../webhooks/webhook-handler';
import { applicationFeeFacts, chargeFacts, chargeReference } from './charge.stripe';
import { checkoutSessionFacts, checkoutSessionStatus } from './checkout-session.stripe';
import type { DisputeOutcomes } from './dispute-outcomes';
import { declineMessageOf, latestChargeIdOf, paymentIntentReference } from './payment-intent.stripe';
import type { PaymentOutcomes } from './payment-outcomes';
import { PaymentStatus } from './payment-status';
import type { Payment } from './payment.entity';
import type { RefundOutcomes } from './refund-outcomes';

const SESSION_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
] as const;
const CHARGE_EVENTS = ['charge.succeeded', 'charge.updated', 'charge.captured', 'charge.refunded'] as const;
const REFUND_EVENTS = ['refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated'] as const;
const DISPUTE_EVENTS = [
  'charge.dispute.created',
  'charge.dispute.updated',
  'charge.dispute.closed',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.funds_reinstated',
] as const;

const outcomeOf = (payment: Payment | null, objectId: string) =>
  payment ? `payment ${payment.id} is ${payment.status}` : `ignored: ${objectId} is not a payment made through the gateway`;

/**
 * Payments are fulfilled from these events only, never from the reader's browser coming back:
 * checkout.session.* move the status, charge.* fill in the charge, transfer, fee and refunded
 * amount, refund.* and charge.dispute.* record refunds and disputes. Each is safe to apply twice
 * and in any order (see PaymentOutcomes).
 */
export function paymentWebhookHandlers(stripe: Stripe, payments: PaymentOutcomes, refunds: RefundOutcomes, disputes: DisputeOutcomes): WebhookHandlers {
  const session: WebhookHandler = async (event) => {
    const stripeSession = event.data.object as Stripe.Checkout.Session;
    const status = checkoutSessionStatus(stripeSession, event.type === 'checkout.session.async_payment_failed');
    const { reference, paymentIntentId } = checkoutSessionFacts(stripeSession);
    // The charge behind a paid session: its transfer and fee belong on the payment's timeline.
    const charge = status === PaymentStatus.SUCCEEDED && paymentIntentId ? await latestCharge(stripe, paymentIntentId) : null;
    const failureMessage =
      status === PaymentStatus.FAILED
        ? 'The payment method failed after the reader submitted the page.'
        : status === PaymentStatus.EXPIRED
          ? 'The reader did not pay before the page expired.'
          : undefined;
    const payment = await payments.apply(reference, { ...(charge ? chargeFacts(charge) : {}), status, stripePaymentIntentId: paymentIntentId, failureMessage });
    return outcomeOf(payment, stripeSession.id);
  };
  const charge: WebhookHandler = async (event) => {
    const stripeCharge = event.data.object as Stripe.Charge;
    return outcomeOf(await payments.apply(chargeReference(stripeCharge), chargeFacts(stripeCharge)), stripeCharge.id);
  };
  const declined: WebhookHandler = async (event) => {
    const intent = event.data.object as Stripe.PaymentIntent;
    // The session stays open: the reader may try another card. Only the last decline is kept.
    return outcomeOf(await payments.apply(paymentIntentReference(intent), { failureMessage: declineMessageOf(intent) }), intent.id);
  };
  const refund: WebhookHandler = async (event) => {
    const stripeRefund = event.data.object as Stripe.Refund;
    return outcomeOf(await refunds.applyStripeRefund(stripeRefund), stripeRefund.id);
  };
  const dispute: WebhookHandler = async (event) => {
    const stripeDispute = event.data.object as Stripe.Dispute;
    return outcomeOf(await disputes.applyStripeDispute(stripeDispute), stripeDispute.id);
  };
  const fee: WebhookHandler = async (event) => {
    const applicationFee = event.data.object as Stripe.ApplicationFee;
    const { reference, facts } = applicationFeeFacts(applicationFee);
    return outcomeOf(await payments.apply(reference, facts), applicationFee.id);
  };
  return {
    ...Object.fromEntries(SESSION_EVENTS.map((type) => [type, session])),
    ...Object.fromEntries(CHARGE_EVENTS.map((type) => [type, charge])),
    ...Object.fromEntries(REFUND_EVENTS.map((type) => [type, refund])),
    ...Object.fromEntries(DISPUTE_EVENTS.map((type) => [type, dispute])),
    'payment_intent.payment_failed': declined,
    'application_fee.created': fee,
  };
}

async function latestCharge(stripe: Stripe, paymentIntentId: string): Promise<Stripe.Charge | null> {
  const chargeId = latestChargeIdOf(await stripe.paymentIntents.retrieve(paymentIntentId));
  return chargeId ? stripe.charges.retrieve(chargeId) : null;
}
