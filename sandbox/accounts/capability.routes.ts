import type { ApiRoute } from '../http/api-route';
import { param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { connectedAccountInPath, sideOf } from './account.lookup';
import type { Account } from './account.model';
import { accountUpdateFields } from './account.params';
import { updateAccount, type AccountUpdateParams } from './account.service';
import { capabilityOf } from './capability.model';

/** The capabilities an account can be given: those its create and update parameters name. */
const KNOWN_CAPABILITIES = Object.keys(accountUpdateFields.capabilities.fields);

function knownCapability(name: string): string {
  if (!KNOWN_CAPABILITIES.includes(name)) throw noSuchResource('capability', name, 'capability');
  return name;
}

function capabilityAnswer(context: SandboxContext, account: Account, name: string) {
  return capabilityOf(account, sideOf(context, account.id), name);
}

export const capabilityRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/accounts/{account}/capabilities',
    returns: 'list:capability',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      const data = Object.keys(account.capabilities).map((name) => capabilityAnswer(context, account, name));
      return { object: 'list', url: `/v1/accounts/${account.id}/capabilities`, has_more: false, data };
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/capabilities/{capability}',
    returns: 'capability',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      return capabilityAnswer(context, account, knownCapability(pathParam(request, 'capability')));
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}/capabilities/{capability}',
    returns: 'capability',
    handler: (context, request) => {
      const { requested } = parseParams(request.params, { requested: param.boolean() });
      const account = connectedAccountInPath(context, request);
      const name = knownCapability(pathParam(request, 'capability'));
      // The same path as `capabilities[name][requested]` on an account update: same rules, same events.
      if (requested != null) updateAccount(context, account, { capabilities: { [name]: { requested } } } as AccountUpdateParams);
      return capabilityAnswer(context, account, name);
    },
  },
];
