import { createCustomer } from '../customers/customer.routes';
import { invalidRequest } from '../kernel/errors';
import { emitEvent, eventAccountOf } from '../kernel/event.service';
import type { SandboxContext } from '../kernel/sandbox.context';
import { cancelPaymentIntent, settleProcessingPayments } from '../payments/payment-intent.outcomes';
import { confirmPaymentIntent, createPaymentIntent, type Attempt } from '../payments/payment-intent.service';
import type { PaymentMethod } from '../payments/payment-method.model';
import { PAYMENT_INTENTS } from '../payments/payment.stores';
import type { CheckoutSession } from './checkout-session.model';
import { expireSession, sideOfSession } from './checkout-session.service';
import { CHECKOUT_SESSIONS } from './checkout.stores';

export interface CheckoutPayment {
  session: CheckoutSession;
  attempt: Attempt;
}

/**
 * The customer pays on the Checkout page (or Stripe's CLI through `payment_pages`): the
 * session's PaymentIntent is made on the first attempt (API 2022-08-01 and later), with the
 * session's `payment_intent_data`, and confirmed with the payment method. A card payment
 * that succeeds completes the session as `paid`; a SEPA debit completes it `unpaid` until the
 * debit settles; a decline or a 3D Secure challenge leaves it open.
 */
export function payCheckoutSession(
  context: SandboxContext,
  session: CheckoutSession,
  paymentMethod: PaymentMethod,
  options: { authenticated?: boolean; email?: string | null } = {},
): CheckoutPayment {
  requireOpen(context, session);
  const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
  const intent = session.payment_intent ? context.state.of(PAYMENT_INTENTS).get(session.payment_intent)! : newSessionIntent(context, ownerId, session);
  session.payment_intent = intent.id;
  if (options.email) paymentMethod.billing_details.email = options.email;
  const attempt = confirmPaymentIntent(context, intent, paymentMethod, { authenticated: options.authenticated, returnUrl: session.url });
  if (attempt.intent.status === 'succeeded' || attempt.intent.status === 'processing')
    completeSession(context, session, paymentMethod, attempt.intent.status === 'succeeded');
  return { session, attempt };
}

export function requireOpen(context: SandboxContext, session: CheckoutSession): void {
  if (session.status === 'open' && session.expires_at <= context.clock.nowSeconds()) expireCheckoutSession(context, session);
  if (session.status !== 'open') {
    throw invalidRequest(`This Checkout Session is no longer active (its status is ${session.status}).`, { code: 'checkout_session_unexpected_state' });
  }
}

function newSessionIntent(context: SandboxContext, ownerId: string, session: CheckoutSession) {
  const data = sideOfSession(context, session.id).paymentIntentData;
  return createPaymentIntent(context, ownerId, {
    ...data,
    amount: session.amount_total,
    currency: session.currency,
    customer: session.customer,
    payment_method_types: session.payment_method_types,
    receipt_email: data.receipt_email ?? session.customer_email,
  });
}

function completeSession(context: SandboxContext, session: CheckoutSession, paymentMethod: PaymentMethod, paid: boolean): void {
  const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
  const email = paymentMethod.billing_details.email ?? session.customer_email;
  if (!session.customer && session.customer_creation === 'always') {
    session.customer = createCustomer(context, ownerId, { email, name: paymentMethod.billing_details.name }).id;
  }
  Object.assign(session, {
    status: 'complete',
    payment_status: paid ? 'paid' : 'unpaid',
    url: null,
    customer_details: { address: null, email, name: paymentMethod.billing_details.name, phone: null, tax_exempt: 'none', tax_ids: [] },
  });
  emitEvent(context, { type: 'checkout.session.completed', object: session, account: eventAccountOf(context, ownerId) });
}

export function expireCheckoutSession(context: SandboxContext, session: CheckoutSession): CheckoutSession {
  return expireSession(context, session, (intentId) => {
    const intent = context.state.of(PAYMENT_INTENTS).get(intentId);
    if (intent && intent.status !== 'succeeded' && intent.status !== 'processing' && intent.status !== 'canceled')
      cancelPaymentIntent(context, intent, 'abandoned');
  });
}

/** Timer work: sessions past `expires_at` expire; SEPA debits that settle tell their sessions. */
export function runCheckoutTimers(context: SandboxContext): { expiredSessions: string[]; settledPayments: string[] } {
  const now = context.clock.nowSeconds();
  const due = context.state.of(CHECKOUT_SESSIONS).values((session) => session.status === 'open' && session.expires_at <= now);
  for (const session of due) expireCheckoutSession(context, session);
  const attempts = settleProcessingPayments(context);
  for (const { intent } of attempts) {
    const [session] = context.state.of(CHECKOUT_SESSIONS).values((candidate) => candidate.payment_intent === intent.id);
    if (!session) continue;
    const succeeded = intent.status === 'succeeded';
    if (succeeded) session.payment_status = 'paid';
    const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
    emitEvent(context, {
      type: succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed',
      object: session,
      account: eventAccountOf(context, ownerId),
    });
  }
  return { expiredSessions: due.map((session) => session.id), settledPayments: attempts.map(({ intent }) => intent.id) };
}
