import { createPubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { Payment } from '../payments/payment.entity';
import type { Payout } from '../payouts/payout.entity';
import type { TopUp } from '../topups/top-up.entity';
import type { Transfer } from '../transfers/transfer.entity';
import type { Writer } from '../writers/writer.entity';

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

// One typed PubSub for every subscription; payloads are published only after the
// transaction that produced them has committed.
export enum Topic {
  OnboardingStatusChanged = 'ONBOARDING_STATUS_CHANGED',
  TopUpUpdated = 'TOP_UP_UPDATED',
  TransferUpdated = 'TRANSFER_UPDATED',
  PaymentUpdated = 'PAYMENT_UPDATED',
  /** A payout run was drafted, approved, canceled, or moved on while executing (items sent, status). */
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

export type GatewayPubSub = ReturnType<typeof createGatewayPubSub>;

/** In-process by default; pass Redis's event target (REDIS_URL) to reach every instance. */
export function createGatewayPubSub(eventTarget?: PubSubEventTarget<TopicPayloads>) {
  return createPubSub<TopicPayloads>(eventTarget ? { eventTarget } : undefined);
}
