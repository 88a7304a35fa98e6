import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import { balanceOf } from './balance.service';
import { BALANCE_TRANSACTIONS } from './balance.stores';

const balanceTransactionListFields = {
  ...listFields,
  type: param.string(),
  source: param.string(),
  currency: param.string(),
  payout: param.string(),
};

export const balanceRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/balance',
    handler: (context, request) => {
      parseParams(request.params, {});
      return balanceOf(context, request.accountId);
    },
  },
  {
    method: 'GET',
    path: '/v1/balance_transactions',
    returns: 'list:balance_transaction',
    handler: (context, request) => {
      const params = parseParams(request.params, balanceTransactionListFields);
      const transactions = context.state
        .of(BALANCE_TRANSACTIONS)
        .listOwned(request.accountId)
        .filter(
          (transaction) =>
            (!params.type || transaction.type === params.type) &&
            (!params.source || transaction.source === params.source) &&
            (!params.currency || transaction.currency === params.currency.toLowerCase()) &&
            // A payout's own transactions: its debit, and the credit that reversed a failed or canceled one.
            (!params.payout || transaction.source === params.payout),
        );
      return paginate(transactions, params, '/v1/balance_transactions', 'balance_transaction');
    },
  },
  {
    method: 'GET',
    path: '/v1/balance_transactions/{id}',
    returns: 'balance_transaction',
    handler: (context, request) => {
      parseParams(request.params, {});
      const transaction = context.state.of(BALANCE_TRANSACTIONS).getOwned(request.accountId, pathParam(request, 'id'));
      if (!transaction) throw noSuchResource('balance transaction', pathParam(request, 'id'));
      return transaction;
    },
  },
];
