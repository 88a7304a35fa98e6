import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { Transfer } from './transfer.model';
import { createTransfer, updateTransfer } from './transfer.service';
import { TRANSFERS } from './transfer.stores';

const transferCreateFields = {
  amount: required(param.integer()),
  currency: required(param.string()),
  destination: required(param.string()),
  description: param.string({ maxLength: 5000 }),
  metadata: param.metadata(),
  source_transaction: param.string(),
  source_type: param.enum(['bank_account', 'card', 'fpx'] as const),
  transfer_group: param.string(),
};

const transferListFields = { ...listFields, destination: param.string(), transfer_group: param.string() };
const transferUpdateFields = { description: param.string({ maxLength: 5000 }), metadata: param.metadata() };

export function requireTransfer(context: SandboxContext, accountId: string, id: string, param = 'transfer'): Transfer {
  const transfer = context.state.of(TRANSFERS).getOwned(accountId, id);
  if (!transfer) throw noSuchResource('transfer', id, param);
  return transfer;
}

export const transferRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/transfers',
    returns: 'transfer',
    handler: (context, request) => createTransfer(context, request.accountId, parseParams(request.params, transferCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/transfers',
    returns: 'list:transfer',
    handler: (context, request) => {
      const params = parseParams(request.params, transferListFields);
      const transfers = context.state
        .of(TRANSFERS)
        .listOwned(request.accountId)
        .filter(
          (transfer) =>
            (!params.destination || transfer.destination === params.destination) &&
            (!params.transfer_group || transfer.transfer_group === params.transfer_group),
        );
      return paginate(transfers, params, '/v1/transfers', 'transfer');
    },
  },
  {
    method: 'GET',
    path: '/v1/transfers/{transfer}',
    returns: 'transfer',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireTransfer(context, request.accountId, pathParam(request, 'transfer'));
    },
  },
  {
    method: 'POST',
    path: '/v1/transfers/{transfer}',
    returns: 'transfer',
    handler: (context, request) => {
      const transfer = requireTransfer(context, request.accountId, pathParam(request, 'transfer'));
      return updateTransfer(context, transfer, parseParams(request.params, transferUpdateFields));
    },
  },
];
