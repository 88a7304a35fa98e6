import type { PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Payment } from '../payments/payment.entity';
import type { Payout } from '../payouts/payout.entity';
import type { TopUp } from '../topups/top-up.entity';
import type { Transfer } from '../transfers/transfer.entity';
import type { Writer } from '../writers/writer.entity';
import { SubscriptionQueue } from './subscription-queue';

/** A payout run's progress as published (Money is rebuilt by the subscriber). */
export interface PayoutRunProgressEvent {
  runId: string;
  status: string;
  itemsDone: number;
  itemsTotal: number;
  itemsFailed: number;
  amountSentMinor: number;
  currency: string;
}

// Payloads are published only after the transaction that produced them has committed.
export enum Topic {
  OnboardingStatusChanged = 'ONBOARDING_STATUS_CHANGED',
  TopUpUpdated = 'TOP_UP_UPDATED',
  TransferUpdated = 'TRANSFER_UPDATED',
  PaymentUpdated = 'PAYMENT_UPDATED',
  /** An executing payout run moved on (items sent, status). */
  PayoutRunProgress = 'PAYOUT_RUN_PROGRESS',
  PayoutUpdated = 'PAYOUT_UPDATED',
  /** A session was signed out: its WebSocket connections close on every instance. */
  SessionRevoked = 'SESSION_REVOKED',
}

export interface TopicPayloads {
  [Topic.OnboardingStatusChanged]: [writer: Writer];
  [Topic.TopUpUpdated]: [topUp: TopUp];
  [Topic.TransferUpdated]: [transfer: Transfer];
  [Topic.PaymentUpdated]: [payment: Payment];
  [Topic.PayoutUpdated]: [payout: Payout];
  [Topic.SessionRevoked]: [sessionId: string];
  [Topic.PayoutRunProgress]: [progress: PayoutRunProgressEvent];
  [topic: string]: [unknown] | [string, unknown];
}

// As Repeater allows, a subscriber may fall this many events behind before it is ended.
const MAX_WAITING_EVENTS = 1024;

type Listener = (payload: unknown) => void;
type PayloadOf<TTopic extends Topic> = TopicPayloads[TTopic][0];

/**
 * One typed pub/sub for every subscription: in-process by default; with Redis's event target
 * (REDIS_URL) every publish goes through Redis to reach the subscribers of every instance. Each
 * instance listens to a topic once and hands each published payload, the same object, to every
 * local subscriber whose filter takes it, at once.
 */
export class GatewayPubSub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly relays = new Map<string, (event: CustomEvent) => void>();

  constructor(private readonly eventTarget?: PubSubEventTarget<TopicPayloads>) {}

  /** `(topic, payload)`, or `(topic, id, payload)` for the topic `topic:id`, as graphql-yoga's. */
  publish(routingKey: string, ...args: unknown[]): void {
    const payload = args[1] ?? args[0] ?? null;
    const topic = args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`;
    if (this.eventTarget) this.eventTarget.dispatchEvent(new CustomEvent(topic, { detail: payload }) as Parameters<PubSubEventTarget<TopicPayloads>['dispatchEvent']>[0]);
    else this.deliver(topic, payload);
  }

  /** The payloads published to `topic` from now on that `filter` takes, until the subscriber stops reading. */
  subscribe<TTopic extends Topic>(topic: TTopic, filter?: (payload: PayloadOf<TTopic>) => boolean): SubscriptionQueue<PayloadOf<TTopic>> {
    const queue = new SubscriptionQueue<PayloadOf<TTopic>>(() => this.stopListening(topic, listener), MAX_WAITING_EVENTS);
    const listener: Listener = (payload) => {
      if (!filter || filter(payload as PayloadOf<TTopic>)) queue.push(payload as PayloadOf<TTopic>);
    };
    this.listen(topic, listener);
    return queue;
  }

  private deliver(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  private listen(topic: string, listener: Listener): void {
    const listeners = this.listeners.get(topic) ?? new Set<Listener>();
    this.listeners.set(topic, listeners.add(listener));
    if (!this.eventTarget || this.relays.has(topic)) return;
    const relay = (event: CustomEvent) => this.deliver(topic, event.detail);
    this.relays.set(topic, relay);
    this.eventTarget.addEventListener(topic, relay as never);
  }

  private stopListening(topic: string, listener: Listener): void {
    const listeners = this.listeners.get(topic);
    listeners?.delete(listener);
    if (listeners?.size !== 0) return;
    this.listeners.delete(topic);
    const relay = this.relays.get(topic);
    this.relays.delete(topic);
    if (relay) this.eventTarget?.removeEventListener(topic, relay as never);
  }
}

/** In-process by default; pass Redis's event target (REDIS_URL) to reach every instance. */
export function createGatewayPubSub(eventTarget?: PubSubEventTarget<TopicPayloads>): GatewayPubSub {
  return new GatewayPubSub(eventTarget);
}
