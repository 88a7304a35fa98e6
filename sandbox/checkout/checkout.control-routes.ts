import type { ControlRoute } from '../http/control-route';
import { param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam, noSuchResource } from '../kernel/errors';
import { PaymentDeclinedError } from '../payments/payment-errors';
import { failAuthentication } from '../payments/payment-intent.outcomes';
import { cardPaymentMethod, sepaDebitPaymentMethod } from '../payments/payment-method.service';
import { cardByNumber } from '../payments/test-cards';
import { payCheckoutSession } from './checkout-payment.service';
import { CHECKOUT_SESSIONS } from './checkout.stores';

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
      const session = context.state.of(CHECKOUT_SESSIONS).get(pathParam(request, 'id'));
      if (!session) throw noSuchResource('checkout.session', pathParam(request, 'id'), 'session');
      const ownerId = context.state.of(CHECKOUT_SESSIONS).ownerOf(session.id)!;
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
