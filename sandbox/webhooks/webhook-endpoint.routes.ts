import type { ApiRoute } from '../http/api-route';
import { paginate } from '../http/list';
import { listFields, mergeMetadata, param, parseParams, required } from '../http/params';
import { pathParam } from '../http/router';
import { invalidParam, noSuchResource } from '../kernel/errors';
import { newId, randomBase62 } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { checkedEndpointVersion } from '../versions/api-versions';
import { WEBHOOK_EVENT_TYPES } from './event-types';
import type { DeletedWebhookEndpoint, WebhookEndpoint } from './webhook-endpoint.model';
import { WEBHOOK_ENDPOINTS, WEBHOOK_ENDPOINT_SIDES } from './webhook.stores';

const webhookEndpointCreateFields = {
  url: required(param.string({ maxLength: 5000 })),
  enabled_events: required(param.array(param.string())),
  api_version: param.string(),
  connect: param.boolean(),
  description: param.string({ maxLength: 5000 }),
  metadata: param.metadata(),
};

const webhookEndpointUpdateFields = {
  url: param.string({ maxLength: 5000 }),
  enabled_events: param.array(param.string()),
  description: param.string({ maxLength: 5000 }),
  disabled: param.boolean(),
  metadata: param.metadata(),
};

function checkedUrl(value: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw invalidParam('Invalid URL: must be an absolute http(s) URL', 'url', 'url_invalid');
  return value;
}

/** Names are checked against Stripe's catalogue, and refused with its enum message. */
function checkedEvents(types: string[]): string[] {
  types.forEach((type, index) => {
    if (type === '*' || WEBHOOK_EVENT_TYPES.has(type)) return;
    const allowed = ['*', ...WEBHOOK_EVENT_TYPES];
    throw invalidParam(`Invalid enabled_events[${index}]: must be one of ${allowed.slice(0, -1).join(', ')}, or ${allowed.at(-1)}`, `enabled_events[${index}]`);
  });
  if (types.length === 0) throw invalidParam('enabled_events must name at least one event type', 'enabled_events');
  return types;
}

function requireEndpoint(context: SandboxContext, accountId: string, id: string): WebhookEndpoint {
  const endpoint = context.state.of(WEBHOOK_ENDPOINTS).getOwned(accountId, id);
  if (!endpoint) throw noSuchResource('webhook endpoint', id, 'webhook_endpoint');
  return endpoint;
}

export const webhookEndpointRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/webhook_endpoints',
    returns: 'webhook_endpoint',
    handler: (context, request) => {
      const params = parseParams(request.params, webhookEndpointCreateFields);
      const endpoint: WebhookEndpoint = {
        id: newId(WEBHOOK_ENDPOINTS.idPrefix),
        object: 'webhook_endpoint',
        api_version: params.api_version ? checkedEndpointVersion(params.api_version) : null,
        application: null,
        created: context.clock.nowSeconds(),
        description: params.description ?? null,
        enabled_events: checkedEvents(params.enabled_events),
        livemode: false,
        metadata: mergeMetadata({}, params.metadata),
        status: 'enabled',
        url: checkedUrl(params.url),
      };
      const secret = `whsec_${randomBase62(32)}`;
      context.state.of(WEBHOOK_ENDPOINTS).insert(request.accountId, endpoint);
      context.state.of(WEBHOOK_ENDPOINT_SIDES).set(endpoint.id, { secret, connect: params.connect ?? false });
      // The signing secret is shown once, in the creation response only.
      return { ...endpoint, secret };
    },
  },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints',
    returns: 'list:webhook_endpoint',
    handler: (context, request) => {
      const params = parseParams(request.params, listFields);
      return paginate(context.state.of(WEBHOOK_ENDPOINTS).listOwned(request.accountId), params, '/v1/webhook_endpoints', 'webhook_endpoint');
    },
  },
  {
    method: 'GET',
    path: '/v1/webhook_endpoints/{webhook_endpoint}',
    returns: 'webhook_endpoint',
    handler: (context, request) => {
      parseParams(request.params, {});
      return requireEndpoint(context, request.accountId, pathParam(request, 'webhook_endpoint'));
    },
  },
  {
    method: 'POST',
    path: '/v1/webhook_endpoints/{webhook_endpoint}',
    returns: 'webhook_endpoint',
    handler: (context, request) => {
      const endpoint = requireEndpoint(context, request.accountId, pathParam(request, 'webhook_endpoint'));
      const params = parseParams(request.params, webhookEndpointUpdateFields);
      const url = params.url ? checkedUrl(params.url) : endpoint.url;
      const enabledEvents = params.enabled_events ? checkedEvents(params.enabled_events) : endpoint.enabled_events;
      endpoint.url = url;
      endpoint.enabled_events = enabledEvents;
      if (params.description !== undefined) endpoint.description = params.description;
      if (params.disabled != null) endpoint.status = params.disabled ? 'disabled' : 'enabled';
      endpoint.metadata = mergeMetadata(endpoint.metadata, params.metadata);
      return endpoint;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/webhook_endpoints/{webhook_endpoint}',
    handler: (context, request): DeletedWebhookEndpoint => {
      parseParams(request.params, {});
      const endpoint = requireEndpoint(context, request.accountId, pathParam(request, 'webhook_endpoint'));
      context.state.of(WEBHOOK_ENDPOINTS).delete(endpoint.id);
      context.state.of(WEBHOOK_ENDPOINT_SIDES).delete(endpoint.id);
      return { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
    },
  },
];
