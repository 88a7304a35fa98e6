import type Stripe from 'stripe';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';

/**
 * What every domain acting on Stripe is built with: the store, the Stripe client, the
 * subscriptions it publishes to and the log. A domain's own dependencies extend it.
 */
export interface StripeDomainDependencies {
  database: Database;
  stripe: Stripe;
  pubSub: GatewayPubSub;
  logger: Logger;
}
