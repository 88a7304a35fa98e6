import type { ApiRequest, ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { noSuchResource } from '../kernel/errors';
import type { SandboxContext } from '../kernel/sandbox.context';
import { connectedAccountInPath } from './account.lookup';
import type { Account } from './account.model';
import { PERSONS } from './account.stores';
import { personListFields, personWriteFields } from './person.params';
import { createPerson, deletePerson, updatePerson } from './person.service';

function personInPath(context: SandboxContext, account: Account, request: ApiRequest) {
  const person = context.state.of(PERSONS).getOwned(account.id, pathParam(request, 'person'));
  if (!person) throw noSuchResource('person', pathParam(request, 'person'), 'person');
  return person;
}

export const personRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts/{account}/persons',
    returns: 'person',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      return createPerson(context, account, parseParams(request.params, personWriteFields));
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/persons',
    returns: 'list:person',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      const params = parseParams(request.params, personListFields);
      const wanted = Object.entries(params.relationship ?? {}).filter(([, value]) => value !== undefined && value !== null);
      const persons = context.state
        .of(PERSONS)
        .listOwned(account.id)
        .filter((person) => wanted.every(([key, value]) => person.relationship[key as 'owner'] === value));
      return paginate(persons, params, `/v1/accounts/${account.id}/persons`, 'person');
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/persons/{person}',
    returns: 'person',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      return personInPath(context, account, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/accounts/{account}/persons/{person}',
    returns: 'person',
    handler: (context, request) => {
      const account = connectedAccountInPath(context, request);
      const person = personInPath(context, account, request);
      return updatePerson(context, account, person, parseParams(request.params, personWriteFields));
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/{account}/persons/{person}',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      return deletePerson(context, account, personInPath(context, account, request));
    },
  },
];
