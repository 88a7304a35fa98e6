import type { ApiRoute } from '../http/api-route';
import { inRange, paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Topup } from './topup.model';
import { cancelTopup, createTopup } from './topup.service';
import { TOPUPS } from './topup.stores';

const topupCreateFields = {
  amount: required(param.integer()),
  currency: required(param.string()),
  description: param.string({ maxLength: 5000 }),
  metadata: param.metadata(),
  source: param.string({ maxLength: 5000 }),
  statement_descriptor: param.string({ maxLength: 15 }),
  transfer_group: param.string(),
};

const topupListFields = {
  ...listFields,
  amount: param.range(),
  status: param.enum(['canceled', 'failed', 'pending', 'succeeded'] as const),
};

const topupUpdateFields = { description: param.string({ maxLength: 5000 }), metadata: param.metadata() };

function requireTopup(context: SandboxContext, accountId: string, id: string): Topup {
  const topup = context.state.of(TOPUPS).getOwned(accountId, id);
  if (!topup) throw noSuchResource('topup', id, 'topup');
  return topup;
}

export const topupRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/topups',
    returns: 'topup',
    handler: (context, request) => createTopup(context, request.accountId, parseParams(request.params, topupCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/topups',
    returns: 'list:topup',
    handler: (context, request) => {
      const params = parseParams(request.params, topupListFields);
      const topups = context.state
        .of(TOPUPS)
        .listOwned(request.accountId)
        .filter((topup) => !params.status || topup.status === params.status)
        .filter((topup) => !params.amount || inRange(topup.amount, params.amount));
      return paginate(topups, params, '/v1/topups', 'topup');
    },
  },
  {
    method: 'GET',
    path: '/v1/topups/{topup}',
    returns: 'topup',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireTopup(context, request.accountId, pathParam(request, 'topup'));
    },
  },
  {
    method: 'POST',
    path: '/v1/topups/{topup}',
    returns: 'topup',
    handler: (context, request) => {
      const topup = requireTopup(context, request.accountId, pathParam(request, 'topup'));
      const params = parseParams(request.params, topupUpdateFields);
      if (params.description !== undefined) topup.description = params.description;
      topup.metadata = mergeMetadata(topup.metadata, params.metadata);
      return topup;
    },
  },
  {
    method: 'POST',
    path: '/v1/topups/{topup}/cancel',
    returns: 'topup',
    handler: (context, request) => {
      parseParams(request.params, {});
      return cancelTopup(context, requireTopup(context, request.accountId, pathParam(request, 'topup')));
    },
  },
];
