import type { Viewer } from '../auth/viewer';
import type { GatewayPubSub } from '../pubsub/pubsub';

export interface GatewayContext {
  viewer: Viewer | null;
  /** Address of the client, for throttling. */
  clientAddress: string;
  /** For subscriptions, whose `subscribe` functions check access before listening. */
  pubSub: GatewayPubSub;
}
