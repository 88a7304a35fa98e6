import type { ApiRoute } from '../http/api-route';
import { param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam } from '../kernel/errors';
import { PaymentDeclinedError } from '../payments/payment-errors';
import { resolvePaymentMethod } from '../payments/payment-method.service';
import { payCheckoutSession } from './checkout-payment.service';
import { requireSession } from './checkout-session.service';

/**
 * What Stripe's own Checkout page calls, and Stripe's CLI with it (its `checkout.session.*`
 * triggers load the page, then confirm it with a payment method). Stripe does not publish
 * these endpoints; the sandbox answers them with the session.
 */
export const paymentPageRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/payment_pages/{session}',
    returns: 'checkout.session',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireSession(context, request.accountId, pathParam(request, 'session'));
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_pages/{session}/confirm',
    returns: 'checkout.session',
    handler: (context, request) => {
      const params = parseParams(request.params, { payment_method: required(param.string()), expected_amount: param.integer(), email: param.string() });
      const session = requireSession(context, request.accountId, pathParam(request, 'session'));
      if (params.expected_amount != null && params.expected_amount !== session.amount_total) {
        throw invalidParam(`The expected amount (${params.expected_amount}) does not match the session's total (${session.amount_total}).`, 'expected_amount');
      }
      const paymentMethod = resolvePaymentMethod(context, request.accountId, params.payment_method);
      const { attempt } = payCheckoutSession(context, session, paymentMethod, { email: params.email ?? paymentMethod.billing_details.email });
      if (attempt.failure) throw new PaymentDeclinedError(attempt.failure, attempt.intent);
      return session;
    },
  },
];
