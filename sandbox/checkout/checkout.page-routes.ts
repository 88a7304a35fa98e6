import { pathParam } from '../http/router';
import { StripeError } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { redirectTo, type PageResult, type PageRoute } from '../pages/page-route';
import type { PaymentIntent } from '../payments/payment-intent.model';
import { failAuthentication } from '../payments/payment-intent.outcomes';
import { confirmPaymentIntent } from '../payments/payment-intent.service';
import { PAYMENT_INTENTS, PAYMENT_METHODS } from '../payments/payment.stores';
import { payCheckoutSession, requireOpen } from './checkout-payment.service';
import type { CheckoutSession } from './checkout-session.model';
import { sideOfSession } from './checkout-session.service';
import { paymentMethodOfForm, readCheckoutForm } from './checkout.form';
import { challengeDonePage, challengePage, checkoutPage, sessionClosedPage, type CheckoutFormValues } from './checkout.page';
import { CHECKOUT_SESSIONS } from './checkout.stores';

function openSession(context: SandboxContext, id: string): CheckoutSession | PageResult {
  const session = context.state.of(CHECKOUT_SESSIONS).get(id);
  if (!session) return { status: 404, html: sessionClosedPage(undefined) };
  try {
    requireOpen(context, session);
  } catch (error) {
    if (error instanceof StripeError) return { status: 410, html: sessionClosedPage(session) };
    throw error;
  }
  return session;
}

const successUrlOf = (session: CheckoutSession) => session.success_url!.replace('{CHECKOUT_SESSION_ID}', session.id);

function formAgain(context: SandboxContext, session: CheckoutSession, values: CheckoutFormValues, summary: string, status = 402): PageResult {
  const safe = { ...values, card_number: values.card_number, card_cvc: '' };
  return { status, html: checkoutPage(session, sideOfSession(context, session.id).lineItems, safe, { summary }) };
}

/** Where a paid, processing or challenged payment goes next; a decline shows the form again. */
function afterAttempt(context: SandboxContext, session: CheckoutSession, intent: PaymentIntent, values: CheckoutFormValues): PageResult {
  if (session.status === 'complete') return redirectTo(successUrlOf(session));
  if (intent.status === 'requires_action') return redirectTo(`/authenticate/${intent.id}`);
  return formAgain(context, session, values, declineMessage(intent));
}

function declineMessage(intent: PaymentIntent): string {
  const error = intent.last_payment_error;
  if (!error) return 'Your payment could not be completed. Try again.';
  return error.code === 'payment_intent_authentication_failure' ? error.message : `${error.message} Try a different card.`;
}

function challengedIntent(context: SandboxContext, id: string): PaymentIntent | undefined {
  const intent = context.state.of(PAYMENT_INTENTS).get(id);
  return intent?.status === 'requires_action' ? intent : undefined;
}

function answerChallenge(context: SandboxContext, intent: PaymentIntent, passed: boolean): PageResult {
  const [session] = context.state.of(CHECKOUT_SESSIONS).values((candidate) => candidate.payment_intent === intent.id && candidate.status === 'open');
  const paymentMethod = context.state.of(PAYMENT_METHODS).get(intent.payment_method!)!;
  if (session) {
    if (!passed)
      return formAgain(context, session, { email: paymentMethod.billing_details.email ?? '' }, declineMessage(failAuthentication(context, intent).intent));
    const { attempt } = payCheckoutSession(context, session, paymentMethod, { authenticated: true });
    return afterAttempt(context, session, attempt.intent, { email: paymentMethod.billing_details.email ?? '' });
  }
  const attempt = passed ? confirmPaymentIntent(context, intent, paymentMethod, { authenticated: true }) : failAuthentication(context, intent);
  const returnUrl = intent.next_action?.redirect_to_url.return_url ?? null;
  const succeeded = attempt.intent.status === 'succeeded';
  if (!returnUrl) return { status: 200, html: challengeDonePage(succeeded) };
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', intent.id);
  url.searchParams.set('payment_intent_client_secret', intent.client_secret);
  url.searchParams.set('redirect_status', succeeded ? 'succeeded' : 'failed');
  return redirectTo(url.toString());
}

/** The hosted Checkout page at a session's `url`, and the 3D Secure challenge a card may ask for. */
export const checkoutPageRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/c/pay/{session}',
    handler: (context, request) => {
      const session = openSession(context, pathParam(request, 'session'));
      if (!('object' in session)) return session;
      return { status: 200, html: checkoutPage(session, sideOfSession(context, session.id).lineItems, {}) };
    },
  },
  {
    method: 'POST',
    path: '/c/pay/{session}',
    handler: (context, request) => {
      const session = openSession(context, pathParam(request, 'session'));
      if (!('object' in session)) return session;
      const values = readCheckoutForm(request.form);
      const paymentMethod = paymentMethodOfForm(context, session, values);
      if (!('object' in paymentMethod))
        return { status: 400, html: checkoutPage(session, sideOfSession(context, session.id).lineItems, values, paymentMethod) };
      const { attempt } = payCheckoutSession(context, session, paymentMethod, { email: values.email });
      return afterAttempt(context, session, attempt.intent, values);
    },
  },
  {
    method: 'GET',
    path: '/authenticate/{intent}',
    handler: (context, request) => {
      const intent = challengedIntent(context, pathParam(request, 'intent'));
      if (!intent) return { status: 410, html: challengeDonePage(false) };
      return { status: 200, html: challengePage(`/authenticate/${intent.id}`, intent.amount, intent.currency) };
    },
  },
  {
    method: 'POST',
    path: '/authenticate/{intent}',
    handler: (context, request) => {
      const intent = challengedIntent(context, pathParam(request, 'intent'));
      if (!intent) return { status: 410, html: challengeDonePage(false) };
      return answerChallenge(context, intent, request.form.decision === 'complete');
    },
  },
];
