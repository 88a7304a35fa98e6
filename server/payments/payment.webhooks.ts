import type Stripe from 'stripe';
import type { WebhookHandler, WebhookHandlers } from '../webhooks/webhook-handler';
import type { DisputeOutcomes } from './dispute-outcomes';
import { type PaymentFacts, type PaymentOutcomes, stripeIdOf } from './payment-outcomes';
import { PaymentStatus } from './payment-status';
import type { Payment } from './payment.entity';
import type { RefundOutcomes } from './refund-outcomes';

const SESSION_EVENTS = ['checkout.session.completed', 'checkout.session.async_payment_succeeded', 'checkout.session.async_payment_failed', 'checkout.session.expired'] as const;
const CHARGE_EVENTS = ['charge.succeeded', 'charge.updated', 'charge.captured', 'charge.refunded'] as const;
const REFUND_EVENTS = ['refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated'] as const;
const DISPUTE_EVENTS = ['charge.dispute.created', 'charge.dispute.updated', 'charge.dispute.closed', 'charge.dispute.funds_withdrawn', 'charge.dispute.funds_reinstated'] as const;

const outcomeOf = (payment: Payment | null, objectId: string) => (payment ? `payment ${payment.id} is ${payment.status}` : `ignored: ${objectId} is not a payment made through the gateway`);

/** Stripe's session in our terms. The event type tells a failed async payment from one still processing. */
function sessionStatus(type: string, session: Stripe.Checkout.Session): PaymentStatus {
  if (type === 'checkout.session.async_payment_failed') return PaymentStatus.FAILED;
  if (session.status === 'expired') return PaymentStatus.EXPIRED;
  if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') return PaymentStatus.SUCCEEDED;
  return session.status === 'complete' ? PaymentStatus.PROCESSING : PaymentStatus.OPEN;
}

function chargeFacts(charge: Stripe.Charge): PaymentFacts {
  return {
    ...(charge.paid && charge.status === 'succeeded' && charge.amount_refunded > 0 ? { status: PaymentStatus.SUCCEEDED } : {}),
    stripePaymentIntentId: stripeIdOf(charge.payment_intent),
    stripeChargeId: charge.id,
    stripeTransferId: stripeIdOf(charge.transfer),
    stripeApplicationFeeId: stripeIdOf(charge.application_fee),
    amountRefundedMinor: charge.amount_refunded,
  };
}

/**
 * Payments are fulfilled from these events only, never from the reader's browser coming back:
 * checkout.session.* move the status, charge.* fill in the charge, transfer, fee and refunded
 * amount, refund.* and charge.dispute.* record refunds and disputes. Each is safe to apply twice
 * and in any order (see PaymentOutcomes).
 */
export function paymentWebhookHandlers(stripe: Stripe, payments: PaymentOutcomes, refunds: RefundOutcomes, disputes: DisputeOutcomes): WebhookHandlers {
  const session: WebhookHandler = async (event) => {
    const stripeSession = event.data.object as Stripe.Checkout.Session;
    const status = sessionStatus(event.type, stripeSession);
    const paymentIntentId = stripeIdOf(stripeSession.payment_intent);
    const reference = { paymentId: stripeSession.metadata?.payment_id ?? stripeSession.client_reference_id, sessionId: stripeSession.id, paymentIntentId };
    // The charge behind a paid session: its transfer and fee belong on the payment's timeline.
    const charge = status === PaymentStatus.SUCCEEDED && paymentIntentId ? await latestCharge(stripe, paymentIntentId) : null;
    const failureMessage = status === PaymentStatus.FAILED ? 'The payment method failed after the reader submitted the page.' : status === PaymentStatus.EXPIRED ? 'The reader did not pay before the page expired.' : undefined;
    const payment = await payments.apply(reference, { ...(charge ? chargeFacts(charge) : {}), status, stripePaymentIntentId: paymentIntentId, failureMessage });
    return outcomeOf(payment, stripeSession.id);
  };
  const charge: WebhookHandler = async (event) => {
    const stripeCharge = event.data.object as Stripe.Charge;
    const reference = { paymentId: stripeCharge.metadata?.payment_id, paymentIntentId: stripeIdOf(stripeCharge.payment_intent), chargeId: stripeCharge.id };
    return outcomeOf(await payments.apply(reference, chargeFacts(stripeCharge)), stripeCharge.id);
  };
  const declined: WebhookHandler = async (event) => {
    const intent = event.data.object as Stripe.PaymentIntent;
    const error = intent.last_payment_error;
    const message = error ? `The reader's payment was declined${error.decline_code ? ` (${error.decline_code})` : ''}: ${error.message ?? error.code ?? 'no reason given'}` : 'The reader’s payment was declined.';
    // The session stays open: the reader may try another card. Only the last decline is kept.
    return outcomeOf(await payments.apply({ paymentId: intent.metadata?.payment_id, paymentIntentId: intent.id }, { failureMessage: message }), intent.id);
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
    const reference = { chargeId: stripeIdOf(applicationFee.charge) };
    return outcomeOf(await payments.apply(reference, { stripeApplicationFeeId: applicationFee.id, stripeChargeId: reference.chargeId }), applicationFee.id);
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
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  const chargeId = stripeIdOf(intent.latest_charge);
  return chargeId ? stripe.charges.retrieve(chargeId) : null;
}
