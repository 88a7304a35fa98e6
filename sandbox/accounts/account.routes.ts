import { invalidRequest, noSuchResource } from '../errors';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, parseParams } from '../http/params';
import { randomBase62 } from '../ids';
import type { DeletedAccount } from './account.model';
import { accountCreateFields, accountUpdateFields } from './account.params';
import { requireAccount, requireConnectedAccount, sideOf } from './account.lookup';
import { createAccount, updateAccount } from './account.service';
import { capabilityOf } from './capability.model';

export const accountRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts',
    returns: 'account',
    handler: (context, request) => createAccount(context, parseParams(request.params, accountCreateFields)),
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
      return requireAccount(context, request.pathParams.account);
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}',
    returns: 'account',
    handler: (context, request) => {
      const account = requireAccount(context, request.pathParams.account);
      return updateAccount(context, account, parseParams(request.params, accountUpdateFields));
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/{account}',
    handler: (context, request): DeletedAccount => {
      parseParams(request.params, {});
      const account = requireConnectedAccount(context, request.pathParams.account);
      context.state.accounts.delete(account.id);
      context.state.accountSides.delete(account.id);
      return { id: account.id, object: 'account', deleted: true };
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/capabilities',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = requireConnectedAccount(context, request.pathParams.account);
      const side = sideOf(context, account.id);
      const data = Object.keys(account.capabilities).map((name) => capabilityOf(account, side, name));
      return { object: 'list', url: `/v1/accounts/${account.id}/capabilities`, has_more: false, data };
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/capabilities/{capability}',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = requireConnectedAccount(context, request.pathParams.account);
      const name = request.pathParams.capability;
      if (!account.capabilities[name]) throw noSuchResource('capability', name, 'capability');
      return capabilityOf(account, sideOf(context, account.id), name);
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}/login_links',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = requireConnectedAccount(context, request.pathParams.account);
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
