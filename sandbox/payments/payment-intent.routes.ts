import { updateFields } from '../events/object-update';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam, invalidRequest, noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { PaymentDeclinedError } from './payment-errors';
import type { PaymentIntent } from './payment-intent.model';
import { cancelPaymentIntent } from './payment-intent.outcomes';
import { paymentIntentConfirmFields, paymentIntentCreateFields, paymentIntentListFields, paymentIntentUpdateFields } from './payment-intent.params';
import { confirmPaymentIntent, createPaymentIntent, type Attempt } from './payment-intent.service';
import { resolvePaymentMethod } from './payment-method.service';
import { PAYMENT_INTENTS } from './payment.stores';

export function requirePaymentIntent(context: SandboxContext, ownerId: string, id: string): PaymentIntent {
  const intent = context.state.of(PAYMENT_INTENTS).getOwned(ownerId, id);
  if (!intent) throw noSuchResource('payment_intent', id, 'intent');
  return intent;
}

/** A declined confirmation answers 402 with the intent in the error; the intent and its charge are kept. */
function answerOf(attempt: Attempt): PaymentIntent {
  if (attempt.failure) throw new PaymentDeclinedError(attempt.failure, attempt.intent);
  return attempt.intent;
}

function confirm(
  context: SandboxContext,
  ownerId: string,
  intent: PaymentIntent,
  params: { payment_method?: string | null; return_url?: string | null; error_on_requires_action?: boolean | null },
): PaymentIntent {
  const paymentMethodId = params.payment_method ?? intent.payment_method;
  if (!paymentMethodId) {
    throw invalidRequest(
      'You cannot confirm this PaymentIntent because it\u2019s missing a payment method. To confirm the PaymentIntent, either add a `payment_method` or use a Checkout Session.',
      { code: 'payment_intent_unexpected_state' },
    );
  }
  const paymentMethod = resolvePaymentMethod(context, ownerId, paymentMethodId);
  const attempt = confirmPaymentIntent(context, intent, paymentMethod, { returnUrl: params.return_url });
  if (attempt.intent.status === 'requires_action' && params.error_on_requires_action) {
    throw invalidRequest('This payment required an authentication action to complete, but `error_on_requires_action` was set.', {
      code: 'authentication_required',
    });
  }
  return answerOf(attempt);
}

export const paymentIntentRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/payment_intents',
    returns: 'payment_intent',
    handler: (context, request) => {
      const params = parseParams(request.params, paymentIntentCreateFields);
      if (params.payment_method_types && params.automatic_payment_methods?.enabled) {
        throw invalidParam(
          'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
          'automatic_payment_methods',
          'parameters_exclusive',
        );
      }
      const intent = createPaymentIntent(context, request.accountId, {
        ...params,
        payment_method_types: params.payment_method_types ?? params.allowed_payment_method_types,
      });
      if (params.confirm) return confirm(context, request.accountId, intent, params);
      if (params.payment_method) {
        intent.payment_method = resolvePaymentMethod(context, request.accountId, params.payment_method).id;
        intent.status = 'requires_confirmation';
      }
      return intent;
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents',
    returns: 'list:payment_intent',
    handler: (context, request) => {
      const params = parseParams(request.params, paymentIntentListFields);
      const intents = context.state.of(PAYMENT_INTENTS).listOwned(request.accountId, (intent) => !params.customer || intent.customer === params.customer);
      return paginate(intents, params, '/v1/payment_intents', 'payment_intent');
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents/{intent}',
    returns: 'payment_intent',
    handler: (context, request) => {
      parseParams(request.params, { client_secret: param.string() });
      return requirePaymentIntent(context, request.accountId, pathParam(request, 'intent'));
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/{intent}',
    returns: 'payment_intent',
    handler: (context, request) => {
      const intent = requirePaymentIntent(context, request.accountId, pathParam(request, 'intent'));
      return updateFields(context, request.accountId, intent, parseParams(request.params, paymentIntentUpdateFields));
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/{intent}/confirm',
    returns: 'payment_intent',
    handler: (context, request) => {
      const intent = requirePaymentIntent(context, request.accountId, pathParam(request, 'intent'));
      return confirm(context, request.accountId, intent, parseParams(request.params, { ...paymentIntentConfirmFields, client_secret: param.string() }));
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/{intent}/cancel',
    returns: 'payment_intent',
    handler: (context, request) => {
      const { cancellation_reason: reason } = parseParams(request.params, {
        cancellation_reason: param.enum(['abandoned', 'duplicate', 'fraudulent', 'requested_by_customer'] as const),
      });
      return cancelPaymentIntent(context, requirePaymentIntent(context, request.accountId, pathParam(request, 'intent')), reason ?? null);
    },
  },
];
