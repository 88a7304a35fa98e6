import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Logger } from '../logging/logger';
import { Payment } from '../payments/payment.entity';
import { Payout } from '../payouts/payout.entity';
import { TopUp } from '../topups/top-up.entity';
import { Transfer } from '../transfers/transfer.entity';
import { Writer } from '../writers/writer.entity';
import type { TopicPayloads } from './pubsub';

// With REDIS_URL, every publish goes through Redis so that a change made on one instance (a
// webhook, a mutation, the recovery worker) reaches the subscribers of every instance.

/** The classes published as payloads: they arrive as JSON and are rebuilt with their prototype. */
const PAYLOAD_CLASSES = { Writer, TopUp, Transfer, Payment, Payout } as const;
type PayloadClass = keyof typeof PAYLOAD_CLASSES;

interface Envelope {
  type: PayloadClass | null;
  value: unknown;
}

function classOf(payload: unknown): PayloadClass | null {
  for (const [name, payloadClass] of Object.entries(PAYLOAD_CLASSES)) {
    if (payload instanceof payloadClass) return name as PayloadClass;
  }
  return null;
}

/** JSON with Dates kept as Dates and entities kept as entities (getters and field resolvers need the prototype). */
export const payloadSerializer = {
  stringify(payload: unknown): string {
    const envelope: Envelope = { type: classOf(payload), value: payload };
    return JSON.stringify(envelope, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    });
  },
  parse(message: string): unknown {
    const envelope = JSON.parse(message, (_key, value: unknown) => {
      const date = (value as { $date?: unknown } | null)?.$date;
      return typeof date === 'string' && Object.keys(value as object).length === 1 ? new Date(date) : value;
    }) as Envelope;
    if (!envelope.type) return envelope.value;
    return Object.assign(new PAYLOAD_CLASSES[envelope.type](), envelope.value);
  },
};

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
export async function connectRedisEvents(url: string, channelPrefix: string, logger: Logger): Promise<RedisEvents> {
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
