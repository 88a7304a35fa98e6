import { requireAccount } from '../accounts/account.lookup';
import type { ApiRequest, ApiRoute } from '../http/api-route';
import { inRange, paginate } from '../http/list';
import { listFields, param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Payout } from './payout.model';
import { cancelPayout, createPayout, updatePayout } from './payout.service';
import { PAYOUTS } from './payout.stores';

const payoutCreateFields = {
  amount: required(param.integer()),
  currency: required(param.string()),
  description: param.string({ maxLength: 5000 }),
  destination: param.string(),
  metadata: param.metadata(),
  method: param.enum(['standard', 'instant'] as const),
  source_type: param.enum(['bank_account', 'card', 'fpx'] as const),
  statement_descriptor: param.string({ maxLength: 22 }),
};

const payoutListFields = {
  ...listFields,
  arrival_date: param.range(),
  destination: param.string(),
  status: param.string({ maxLength: 5000 }),
};

function payoutInPath(context: SandboxContext, request: ApiRequest): Payout {
  const payout = context.state.of(PAYOUTS).getOwned(request.accountId, pathParam(request, 'payout'));
  if (!payout) throw noSuchResource('payout', pathParam(request, 'payout'), 'payout');
  return payout;
}

/** The platform's payouts, or a connected account's with `Stripe-Account`. */
export const payoutRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/payouts',
    returns: 'payout',
    handler: (context, request) => {
      const params = parseParams(request.params, payoutCreateFields);
      return createPayout(context, requireAccount(context, request.accountId), params);
    },
  },
  {
    method: 'GET',
    path: '/v1/payouts',
    returns: 'list:payout',
    handler: (context, request) => {
      const params = parseParams(request.params, payoutListFields);
      const payouts = context.state
        .of(PAYOUTS)
        .listOwned(request.accountId)
        .filter((payout) => !params.status || payout.status === params.status)
        .filter((payout) => !params.destination || payout.destination === params.destination)
        .filter((payout) => !params.arrival_date || inRange(payout.arrival_date, params.arrival_date));
      return paginate(payouts, params, '/v1/payouts', 'payout');
    },
  },
  {
    method: 'GET',
    path: '/v1/payouts/{payout}',
    returns: 'payout',
    handler: (context, request) => {
      parseParams(request.params, {});
      return payoutInPath(context, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/payouts/{payout}',
    returns: 'payout',
    handler: (context, request) => {
      const { metadata } = parseParams(request.params, { metadata: param.metadata() });
      return updatePayout(context, payoutInPath(context, request), metadata);
    },
  },
  {
    method: 'POST',
    path: '/v1/payouts/{payout}/cancel',
    returns: 'payout',
    handler: (context, request) => {
      parseParams(request.params, {});
      return cancelPayout(context, payoutInPath(context, request));
    },
  },
];
