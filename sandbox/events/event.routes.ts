import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, param, parseParams } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam, noSuchResource } from '../kernel/errors';
import { EVENTS } from '../kernel/event.stores';

const eventListFields = {
  ...listFields,
  type: param.string(),
  types: param.array(param.string()),
  delivery_success: param.boolean(),
};

/** `account.*` style patterns, as Stripe's `type` filter accepts. */
function typeMatcher(pattern: string): (type: string) => boolean {
  if (!pattern.includes('*')) return (type) => type === pattern;
  const expression = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.]/g, '\\.'))
      .join('[^]*')}$`,
  );
  return (type) => expression.test(type);
}

export const eventRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/v1/events',
    returns: 'list:event',
    handler: (context, request) => {
      const params = parseParams(request.params, eventListFields);
      if (params.type && params.types) {
        throw invalidParam('You may only specify one of these parameters: type, types.', 'types', 'parameters_exclusive');
      }
      const patterns = params.types ?? (params.type ? [params.type] : []);
      const matchers = patterns.map(typeMatcher);
      const events = context.state
        .of(EVENTS)
        .listOwned(request.accountId)
        .filter((event) => matchers.length === 0 || matchers.some((matches) => matches(event.type)))
        .filter((event) => params.delivery_success == null || params.delivery_success === (event.pending_webhooks === 0));
      return paginate(events, params, '/v1/events', 'event');
    },
  },
  {
    method: 'GET',
    path: '/v1/events/{id}',
    returns: 'event',
    handler: (context, request) => {
      parseParams(request.params, {});
      const event = context.state.of(EVENTS).getOwned(request.accountId, pathParam(request, 'id'));
      if (!event) throw noSuchResource('event', pathParam(request, 'id'));
      return event;
    },
  },
];
