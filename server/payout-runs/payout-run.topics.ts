import { defineTopic } from '../pubsub/pubsub';

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

/** An executing payout run moved on (items sent, status). */
export const PayoutRunProgressed = defineTopic<PayoutRunProgressEvent>('PAYOUT_RUN_PROGRESS');
