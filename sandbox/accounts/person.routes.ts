import { noSuchResource } from '../errors';
import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { personFields } from './account.params';
import { requireConnectedAccount } from './account.lookup';
import { applyPersonParams } from './person.apply';
import { newPerson } from './person.model';

const relationship = param.object({
  director: param.boolean(),
  executive: param.boolean(),
  owner: param.boolean(),
  /** A decimal such as `25.5`. */
  percent_ownership: param.string(),
  representative: param.boolean(),
  title: param.string({ maxLength: 5000 }),
});

const personCreateFields = { ...personFields, relationship };

const personListFields = {
  ...listFields,
  relationship: param.object({
    director: param.boolean(),
    executive: param.boolean(),
    owner: param.boolean(),
    representative: param.boolean(),
  }),
};

export const personRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts/{account}/persons',
    returns: 'person',
    handler: (context, request) => {
      const account = requireConnectedAccount(context, request.pathParams.account);
      const params = parseParams(request.params, personCreateFields);
      const person = newPerson(account.id, context.clock.nowSeconds());
      applyPersonParams(person, params);
      for (const [key, value] of Object.entries(params.relationship ?? {})) {
        if (value === undefined) continue;
        (person.relationship as unknown as Record<string, unknown>)[key] =
          key === 'percent_ownership' && value !== null ? Number(value) : value;
      }
      context.state.persons.insert(account.id, person);
      return person;
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts/{account}/persons',
    returns: 'list:person',
    handler: (context, request) => {
      const account = requireConnectedAccount(context, request.pathParams.account);
      const params = parseParams(request.params, personListFields);
      const wanted = Object.entries(params.relationship ?? {}).filter(([, value]) => value !== undefined && value !== null);
      const persons = context.state.persons
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
      const account = requireConnectedAccount(context, request.pathParams.account);
      const person = context.state.persons.getOwned(account.id, request.pathParams.person);
      if (!person) throw noSuchResource('person', request.pathParams.person, 'person');
      return person;
    },
  },
];
