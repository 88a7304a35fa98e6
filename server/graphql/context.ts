import type { Viewer } from '../identity/viewer';
import type { GatewayPubSub } from '../pubsub/pubsub';

export interface GatewayContext {
  viewer: Viewer | null;
  /** Address of the client, for throttling. */
  clientAddress: string;
  /** For subscriptions, whose `subscribe` functions check access before listening. */
  pubSub: GatewayPubSub;
  /**
   * Over HTTP, with the response cache on: set when this request's answer may be served again.
   * An object, because Apollo hands resolvers a shallow copy of the context.
   */
  cacheTicket?: { cacheable: boolean; readsStripe?: boolean };
}
