import { createPubSub, type PubSub, type PubSubEventTarget, type Repeater } from '@graphql-yoga/subscription';

/**
 * A subscription topic and what is published on it. Each domain declares its own beside its
 * entities (`transfer.topics.ts`, …); payloads are published only after the transaction that
 * produced them has committed.
 */
export interface Topic<Payload> {
  /** The channel (with REDIS_URL, `<REDIS_CHANNEL_PREFIX><name>`). */
  readonly name: string;
  /** For entity payloads: they come back through Redis with this prototype (getters, field resolvers). */
  readonly payloadClass?: new () => Payload;
}

export function defineTopic<Payload>(name: string, payloadClass?: new () => Payload): Topic<Payload> {
  return { name, payloadClass };
}

/** Every channel carries one payload. */
export type TopicPayloads = Record<string, [payload: unknown]>;

/** One PubSub for every subscription, typed by the topics the domains declare. */
export interface GatewayPubSub {
  publish<Payload>(topic: Topic<Payload>, payload: NoInfer<Payload>): void;
  subscribe<Payload>(topic: Topic<Payload>): Repeater<Payload>;
  /** By channel name, for type-graphql, which asks for one even though every subscription here brings its own `subscribe`. */
  readonly byName: PubSub<TopicPayloads>;
}

/** In-process by default; pass Redis's event target (REDIS_URL) to reach every instance. */
export function createGatewayPubSub(eventTarget?: PubSubEventTarget<TopicPayloads>): GatewayPubSub {
  const byName = createPubSub<TopicPayloads>(eventTarget ? { eventTarget } : undefined);
  return {
    publish: (topic, payload) => byName.publish(topic.name, payload),
    subscribe: <Payload>(topic: Topic<Payload>) => byName.subscribe(topic.name) as Repeater<Payload>,
    byName,
  };
}
