import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam } from '../kernel/errors';
import { connectedAccountInPath } from './account.lookup';
import { requireExternalAccount } from './external-account.attach';
import { readExternalAccount, splitExternalAccount } from './external-account.params';
import { createExternalAccount, deleteExternalAccount, updateExternalAccount } from './external-account.service';

const externalAccountCreateFields = { default_for_currency: param.boolean(), metadata: param.metadata() };

const externalAccountUpdateFields = {
  account_holder_name: param.string({ maxLength: 5000 }),
  account_holder_type: param.enum(['individual', 'company'] as const),
  default_for_currency: param.boolean(),
  metadata: param.metadata(),
};

const externalAccountListFields = {
  limit: listFields.limit,
  starting_after: listFields.starting_after,
  ending_before: listFields.ending_before,
  object: param.enum(['bank_account', 'card'] as const),
};

/** The bank details come as `external_account` or, in older integrations, `bank_account`. */
function readCreateBody(raw: Record<string, unknown>) {
  const external = splitExternalAccount(raw);
  const legacy = splitExternalAccount(external.rest, 'bank_account');
  if (external.value !== undefined && legacy.value !== undefined) {
    throw invalidParam('You may only specify one of these parameters: bank_account, external_account.', 'bank_account', 'parameters_exclusive');
  }
  const input = legacy.value === undefined ? readExternalAccount(external.value) : readExternalAccount(legacy.value, 'bank_account');
  return { input, params: parseParams(legacy.rest, externalAccountCreateFields) };
}

export const externalAccountRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts/{account}/external_accounts',
    returns: 'bank_account',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      const { input, params } = readCreateBody(request.params);
      return createExternalAccount(context, account, input, { makeDefault: params.default_for_currency === true, metadata: params.metadata });
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/external_accounts',
    returns: 'list:bank_account',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      const params = parseParams(request.params, externalAccountListFields);
      // The sandbox holds bank accounts only: asking for cards lists none.
      const banks = params.object === 'card' ? [] : [...account.external_accounts.data].reverse();
      return paginate(banks, params, `/v1/accounts/${account.id}/external_accounts`, 'external account');
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/external_accounts/{id}',
    returns: 'bank_account',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireExternalAccount(connectedAccountInPath(context, request), pathParam(request, 'id'));
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}/external_accounts/{id}',
    returns: 'bank_account',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      const bank = requireExternalAccount(account, pathParam(request, 'id'));
      return updateExternalAccount(context, account, bank, parseParams(request.params, externalAccountUpdateFields));
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/{account}/external_accounts/{id}',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      return deleteExternalAccount(context, account, requireExternalAccount(account, pathParam(request, 'id')));
    },
  },
];
