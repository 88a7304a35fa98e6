import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, parseParams } from '../http/params';
import { deleteAccount } from './account-removal.service';
import { accountInPath, connectedAccountInPath, requireAccount, sideOf } from './account.lookup';
import { accountCreateFields, accountUpdateFields } from './account.params';
import { createAccount, updateAccount } from './account.service';
import { ACCOUNTS } from './account.stores';
import { readExternalAccount, splitExternalAccount } from './external-account.params';

/** The body's fields, with `external_account` (a token or a hash) read on its own. */
function accountParams<F extends typeof accountCreateFields | typeof accountUpdateFields>(raw: Record<string, unknown>, fields: F) {
  const { rest, value } = splitExternalAccount(raw);
  return { ...parseParams(rest, fields), ...(value === undefined ? {} : { external_account: readExternalAccount(value) }) };
}

export const accountRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts',
    returns: 'account',
    handler: (context, request) => createAccount(context, accountParams(request.params, accountCreateFields)),
  },
  {
    method: 'GET',
    path: '/v1/accounts',
    returns: 'list:account',
    handler: (context, request) => {
      const options = parseParams(request.params, listFields);
      const connected = context.state
        .of(ACCOUNTS)
        .listOwned(context.state.platformAccountId)
        .filter((account) => account.id !== context.state.platformAccountId && !sideOf(context, account.id).deauthorized);
      return paginate(connected, options, '/v1/accounts', 'account');
    },
  },
  {
    method: 'GET',
    path: '/v1/account',
    returns: 'account',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireAccount(context, request.accountId);
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}',
    returns: 'account',
    handler: (context, request) => {
      parseParams(request.params, {});
      return accountInPath(context, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}',
    returns: 'account',
    handler: (context, request) => {
      const account = accountInPath(context, request);
      return updateAccount(context, account, accountParams(request.params, accountUpdateFields));
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/{account}',
    handler: (context, request) => {
      parseParams(request.params, {});
      return deleteAccount(context, connectedAccountInPath(context, request));
    },
  },
];
