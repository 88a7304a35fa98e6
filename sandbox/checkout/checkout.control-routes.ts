import { payCheckoutSession } from './checkout-payment.service';
import { invalidParam, noSuchResource } from '../kernel/errors';
import { param, parseParams, required } from '../http/params';
import { resolveDispute } from '../payments/dispute.service';
import { PaymentDeclinedError } from '../payments/payment-errors';
import { failAuthentication } from '../payments/payment-intent.outcomes';
import { cardPaymentMethod, sepaDebitPaymentMethod } from '../payments/payment-method.service';
import { cardByNumber } from '../payments/test-cards';
import type { ControlRoute } from '../http/control-route';

const completeFields = {
  card: param.string(),
  iban: param.string(),
  email: param.string(),
  name: param.string(),
  /** For a card that asks for 3D Secure: `complete` (default) passes the challenge, `fail` fails it. */
  authentication: param.enum(['complete', 'fail'] as const),
};

export const checkoutControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/checkout/sessions/{id}/complete',
    handler: (runtime, request) => {
      const context = runtime.context;
      const params = parseParams(request.params, completeFields);
      const session = context.state.checkoutSessions.get(request.pathParams.id);
      if (!session) throw noSuchResource('checkout.session', request.pathParams.id, 'session');
      const ownerId = context.state.checkoutSessions.ownerOf(session.id)!;
      const billing = { email: params.email, name: params.name };
      let paymentMethod;
      if (params.iban) {
        paymentMethod = sepaDebitPaymentMethod(context, ownerId, params.iban, billing);
      } else {
        const card = cardByNumber(params.card ?? '4242424242424242');
        if (!card) throw invalidParam(`${params.card} is not one of Stripe's test card numbers.`, 'card');
        paymentMethod = cardPaymentMethod(context, ownerId, card, billing);
      }
      let { attempt } = payCheckoutSession(context, session, paymentMethod, { authenticated: params.authentication !== 'fail', email: params.email });
      if (attempt.intent.status === 'requires_action') attempt = failAuthentication(context, attempt.intent);
      if (attempt.failure) throw new PaymentDeclinedError(attempt.failure, attempt.intent);
      return { session, payment_intent: attempt.intent };
    },
  },
];

/** The card network's decision on a dispute, which on Stripe comes weeks later. */
export const disputeControlRoutes: ControlRoute[] = [
  {
    method: 'POST',
    path: '/_sandbox/disputes/{id}/resolve',
    handler: (runtime, request) => {
      const { outcome } = parseParams(request.params, { outcome: required(param.enum(['won', 'lost'] as const)) });
      const dispute = runtime.context.state.disputes.get(request.pathParams.id);
      if (!dispute) throw noSuchResource('dispute', request.pathParams.id);
      return resolveDispute(runtime.context, dispute, outcome);
    },
  },
];
