import type { Metadata } from '../kernel/stripe-object.types';

export interface WebhookEndpoint {
  id: string;
  object: 'webhook_endpoint';
  api_version: string | null;
  application: null;
  created: number;
  description: string | null;
  enabled_events: string[];
  livemode: false;
  metadata: Metadata;
  status: 'enabled' | 'disabled';
  url: string;
}

/** What Stripe never shows again after creation, and how the endpoint was registered. */
export interface WebhookEndpointSide {
  secret: string;
  /** `connect: true` endpoints receive connected accounts' events instead of the platform's. */
  connect: boolean;
}

export interface DeletedWebhookEndpoint {
  id: string;
  object: 'webhook_endpoint';
  deleted: true;
}
