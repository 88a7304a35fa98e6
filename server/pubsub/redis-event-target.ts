import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Logger } from '../logging/logger';
import type { Topic, TopicPayloads } from './pubsub';

// With REDIS_URL, every publish goes through Redis so that a change made on one instance (a
// webhook, a mutation, the recovery worker) reaches the subscribers of every instance.

interface Envelope {
  /** The payload's class, by name, when its topic declares one. */
  type: string | null;
  value: unknown;
}

export interface PayloadSerializer {
  stringify(payload: unknown): string;
  parse(message: string): unknown;
}

/**
 * JSON with Dates kept as Dates and entities kept as entities (getters and field resolvers need
 * the prototype): the classes are the payload classes the topics declare.
 */
export function createPayloadSerializer(topics: ReadonlyArray<Topic<unknown>>): PayloadSerializer {
  const classes = new Map(topics.flatMap(({ payloadClass }) => (payloadClass ? [[payloadClass.name, payloadClass] as const] : [])));
  const classOf = (payload: unknown) => [...classes].find(([, payloadClass]) => payload instanceof payloadClass)?.[0] ?? null;
  return {
    stringify(payload) {
      const envelope: Envelope = { type: classOf(payload), value: payload };
      return JSON.stringify(envelope, function (this: Record<string, unknown>, key, value: unknown) {
        const raw = this[key];
        return raw instanceof Date ? { $date: raw.toISOString() } : value;
      });
    },
    parse(message) {
      const envelope = JSON.parse(message, (_key, value: unknown) => {
        const date = (value as { $date?: unknown } | null)?.$date;
        return typeof date === 'string' && Object.keys(value as object).length === 1 ? new Date(date) : value;
      }) as Envelope;
      const payloadClass = envelope.type ? classes.get(envelope.type) : undefined;
      return payloadClass ? Object.assign(new payloadClass() as object, envelope.value) : envelope.value;
    },
  };
}

export interface RedisEvents {
  eventTarget: PubSubEventTarget<TopicPayloads>;
  /** The connection that publishes, for ordinary commands too (shared rate-limit budgets). */
  commands: Redis;
  /** Resolves when Redis answers a PING (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Two connections (a subscribed connection cannot publish), both up before the gateway serves.
 * Channels are `<prefix><topic>`, so several platforms (staging, production) can share a Redis.
 * A publish that fails is logged, never thrown: the change is committed and only its live
 * notification is lost. The subscribing connection waits out an outage and resubscribes.
 */
export async function connectRedisEvents(url: string, channelPrefix: string, topics: ReadonlyArray<Topic<unknown>>, logger: Logger): Promise<RedisEvents> {
  const payloadSerializer = createPayloadSerializer(topics);
  const publishClient = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectionName: 'payouts-gateway-publish' });
  const subscribeClient = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectionName: 'payouts-gateway-subscribe' });
  let lastError: Error | undefined;
  const remember = (error: Error) => void (lastError = error);
  for (const client of [publishClient, subscribeClient]) client.on('error', remember);
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    const reason = (lastError ?? (error instanceof Error ? error : new Error(String(error)))).message;
    throw new Error(`could not connect to Redis at ${redactedUrl(url)} (REDIS_URL): ${reason}`, { cause: error });
  }
  for (const client of [publishClient, subscribeClient]) {
    client.off('error', remember);
    client.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis connection error'));
  }
  const channels = createRedisEventTarget({ publishClient, subscribeClient, serializer: payloadSerializer });
  const eventTarget: PubSubEventTarget<TopicPayloads> = {
    addEventListener: (topic, listener, options) => channels.addEventListener(channelPrefix + topic, listener, options),
    removeEventListener: (topic, listener, options) => channels.removeEventListener(channelPrefix + topic, listener, options),
    dispatchEvent(event) {
      publishClient.publish(channelPrefix + event.type, payloadSerializer.stringify(event.detail)).catch((error: unknown) => {
        logger.error({ err: error instanceof Error ? error.message : String(error), topic: event.type }, 'could not publish a subscription event to Redis');
      });
      return true;
    },
  };
  return {
    eventTarget,
    commands: publishClient,
    async ping() {
      await publishClient.ping();
    },
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
