import { invalidRequest } from '../kernel/errors';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, parseParams } from '../http/params';
import { randomBase62 } from '../kernel/ids';
import { accountCreateFields, accountUpdateFields } from './account.params';
import { accountInPath, connectedAccountInPath, requireAccount, sideOf } from './account.lookup';
import { deleteAccount } from './account-removal.service';
import { createAccount, updateAccount } from './account.service';
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
      const connected = context.state.accounts
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
  {
    method: 'POST',
    path: '/v1/accounts/{account}/login_links',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      if (account.controller.stripe_dashboard?.type !== 'express') {
        throw invalidRequest('Login links can only be created for accounts that use the Express Dashboard.', { param: 'account' });
      }
      if (!account.details_submitted) {
        throw invalidRequest('Cannot create a login link for an account that has not completed onboarding.', { param: 'account' });
      }
      const token = randomBase62(24);
      context.state.loginLinks.set(token, { token, accountId: account.id });
      return { object: 'login_link', created: context.clock.nowSeconds(), url: `${context.settings.publicUrl}/express/${token}` };
    },
  },
];
