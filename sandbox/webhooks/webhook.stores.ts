import { collectionStore, keyedMapStore } from '../kernel/sandbox.state';
import type { WebhookDelivery } from './webhook-delivery.model';
import type { WebhookEndpoint, WebhookEndpointSide } from './webhook-endpoint.model';

export const WEBHOOK_ENDPOINTS = collectionStore<WebhookEndpoint>({
  name: 'webhookEndpoints',
  idPrefix: 'we',
  objectType: 'webhook_endpoint',
  counts: (endpoints) => ({ webhook_endpoints: endpoints.size }),
});

export const WEBHOOK_ENDPOINT_SIDES = keyedMapStore<WebhookEndpointSide>({ name: 'webhookEndpointSides' });

/** Not a Stripe object: what `GET /_sandbox/webhook_deliveries` lists. */
export const WEBHOOK_DELIVERIES = collectionStore<WebhookDelivery>({
  name: 'webhookDeliveries',
  idPrefix: 'whdel',
  counts: (deliveries) => ({ webhook_deliveries_pending: deliveries.values((delivery) => delivery.status === 'pending').length }),
});

export const WEBHOOK_STORES = [WEBHOOK_ENDPOINTS, WEBHOOK_ENDPOINT_SIDES, WEBHOOK_DELIVERIES];
