import { updateFields } from '../events/object-update';
import type { ApiRoute } from '../http/api-route';
import { param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { PAYMENT_METHOD_TYPES } from './payment-method.model';
import { createPaymentMethod } from './payment-method.service';
import { PAYMENT_METHODS } from './payment.stores';

const billingDetailsFields = param.object({
  address: param.object({
    city: param.string(),
    country: param.string(),
    line1: param.string(),
    line2: param.string(),
    postal_code: param.string(),
    state: param.string(),
  }),
  email: param.string(),
  name: param.string(),
  phone: param.string(),
});

const paymentMethodCreateFields = {
  type: required(param.enum(PAYMENT_METHOD_TYPES)),
  card: param.object({ token: param.string(), number: param.string(), exp_month: param.integer(), exp_year: param.integer(), cvc: param.string() }),
  sepa_debit: param.object({ iban: required(param.string()) }),
  billing_details: billingDetailsFields,
  metadata: param.metadata(),
};

function requirePaymentMethod(context: SandboxContext, ownerId: string, id: string) {
  const paymentMethod = context.state.of(PAYMENT_METHODS).getOwned(ownerId, id);
  if (!paymentMethod) throw noSuchResource('PaymentMethod', id, 'payment_method');
  return paymentMethod;
}

export const paymentMethodRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/payment_methods',
    returns: 'payment_method',
    handler: (context, request) => createPaymentMethod(context, request.accountId, parseParams(request.params, paymentMethodCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/payment_methods/{payment_method}',
    returns: 'payment_method',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requirePaymentMethod(context, request.accountId, pathParam(request, 'payment_method'));
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/{payment_method}',
    returns: 'payment_method',
    handler: (context, request) => {
      const paymentMethod = requirePaymentMethod(context, request.accountId, pathParam(request, 'payment_method'));
      return updateFields(context, request.accountId, paymentMethod, parseParams(request.params, { metadata: param.metadata() }));
    },
  },
];
