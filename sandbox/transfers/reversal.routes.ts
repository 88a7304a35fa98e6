import type { ApiRequest, ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { reversalsOf, reverseTransfer, updateReversal } from './reversal.service';
import type { TransferReversal } from './transfer.model';
import { requireTransfer } from './transfer.routes';
import { REVERSALS } from './transfer.stores';

const reversalCreateFields = {
  amount: param.integer(),
  description: param.string({ maxLength: 5000 }),
  metadata: param.metadata(),
  refund_application_fee: param.boolean(),
};

export const reversalRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/transfers/{id}/reversals',
    returns: 'transfer_reversal',
    handler: (context, request) => {
      const transfer = requireTransfer(context, request.accountId, pathParam(request, 'id'), 'id');
      return reverseTransfer(context, transfer, parseParams(request.params, reversalCreateFields));
    },
  },
  {
    method: 'GET',
    path: '/v1/transfers/{id}/reversals',
    returns: 'list:transfer_reversal',
    handler: (context, request) => {
      const transfer = requireTransfer(context, request.accountId, pathParam(request, 'id'), 'id');
      const params = parseParams(request.params, listFields);
      return paginate(reversalsOf(context, transfer.id), params, `/v1/transfers/${transfer.id}/reversals`, 'transfer_reversal');
    },
  },
  {
    method: 'GET',
    path: '/v1/transfers/{transfer}/reversals/{id}',
    returns: 'transfer_reversal',
    handler: (context, request) => {
      parseParams(request.params, {});
      return reversalInPath(context, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/transfers/{transfer}/reversals/{id}',
    returns: 'transfer_reversal',
    handler: (context, request) => {
      const { metadata } = parseParams(request.params, { metadata: param.metadata() });
      return updateReversal(context, reversalInPath(context, request), metadata);
    },
  },
];

function reversalInPath(context: SandboxContext, request: ApiRequest): TransferReversal {
  const transfer = requireTransfer(context, request.accountId, pathParam(request, 'transfer'));
  const reversal = context.state.of(REVERSALS).get(pathParam(request, 'id'));
  if (!reversal || reversal.transfer !== transfer.id) throw noSuchResource('transfer reversal', pathParam(request, 'id'));
  return reversal;
}
