import type { PubSubEvent, PubSubEventTarget } from '@graphql-yoga/subscription';
import { TopicSubscription } from './topic-subscription';

export { MAX_PENDING_CHANGES, SubscriberTooSlowError, TopicSubscription } from './topic-subscription';

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

/** Publishing and subscribing by channel name (type-graphql's PubSub). */
export interface ChannelPubSub {
  publish(name: string, payload: unknown): void;
  subscribe(name: string): AsyncIterableIterator<unknown>;
}

/** One PubSub for every subscription, typed by the topics the domains declare. */
export interface GatewayPubSub {
  publish<Payload>(topic: Topic<Payload>, payload: NoInfer<Payload>): void;
  /** The subscriber's own queue of the topic's changes, from now on (see TopicSubscription). */
  subscribe<Payload>(topic: Topic<Payload>): TopicSubscription<Payload>;
  /** By channel name, for type-graphql, which asks for one even though every subscription here brings its own `subscribe`. */
  readonly byName: ChannelPubSub;
  /** Subscriptions to the topic open on this instance. */
  subscriberCount(topic: Topic<unknown>): number;
}

/**
 * For `pipe(pubSub.subscribe(topic), filter(…))`: keeps the changes `predicate` accepts, checked
 * as each is published rather than by a second iterator per subscriber.
 */
export function filter<Payload>(predicate: (payload: Payload) => boolean) {
  return (source: TopicSubscription<Payload>): TopicSubscription<Payload> => source.where(predicate);
}

type Listener = (event: PubSubEvent<TopicPayloads, string>) => void;

/**
 * In-process by default; pass Redis's event target (REDIS_URL) to reach every instance. Either
 * way each instance listens once per topic that has subscribers here and hands every change to
 * each of them synchronously, the same payload object to all (shared execution matches on it).
 * With Redis a change reaches this instance's subscribers too only as it comes back from Redis,
 * so that every instance sees the changes of a topic in one order.
 */
export function createGatewayPubSub(eventTarget?: PubSubEventTarget<TopicPayloads>): GatewayPubSub {
  const subscribersOf = new Map<string, Set<TopicSubscription<unknown>>>();
  const listeners = new Map<string, Listener>();
  const deliver = (name: string, payload: unknown) => {
    const subscribers = subscribersOf.get(name);
    if (subscribers) for (const subscriber of subscribers) subscriber.deliver(payload);
  };
  const publishByName = (name: string, payload: unknown) => {
    if (eventTarget) eventTarget.dispatchEvent(new CustomEvent(name, { detail: payload }) as PubSubEvent<TopicPayloads, string>);
    else deliver(name, payload);
  };
  const join = (name: string, subscriber: TopicSubscription<unknown>) => {
    let subscribers = subscribersOf.get(name);
    if (!subscribers) {
      subscribersOf.set(name, (subscribers = new Set()));
      const listener: Listener = (event) => deliver(name, event.detail);
      listeners.set(name, listener);
      eventTarget?.addEventListener(name, listener);
    }
    subscribers.add(subscriber);
  };
  const leave = (name: string, subscriber: TopicSubscription<unknown>) => {
    const subscribers = subscribersOf.get(name);
    if (!subscribers?.delete(subscriber) || subscribers.size > 0) return;
    subscribersOf.delete(name);
    eventTarget?.removeEventListener(name, listeners.get(name) ?? null);
    listeners.delete(name);
  };
  const subscribeByName = (name: string): TopicSubscription<unknown> => {
    const subscriber: TopicSubscription<unknown> = new TopicSubscription(() => leave(name, subscriber));
    join(name, subscriber);
    return subscriber;
  };
  return {
    publish: (topic, payload) => publishByName(topic.name, payload),
    subscribe: <Payload>(topic: Topic<Payload>) => subscribeByName(topic.name) as TopicSubscription<Payload>,
    byName: { publish: (name, payload) => publishByName(name, payload), subscribe: subscribeByName },
    subscriberCount: (topic) => subscribersOf.get(topic.name)?.size ?? 0,
  };
}
