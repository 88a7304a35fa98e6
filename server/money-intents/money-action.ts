import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { AppError } from '../errors/errors';

/** A row the gateway commits before asking Stripe to move money. */
export interface IntentRow extends ObjectLiteral {
  id: string;
  createdAt: Date;
}

/**
 * What one money action (a top-up, a transfer, a reversal, a refund) supplies to the engine:
 * only what is its own. The engine owns the protocol around it: the intent committed first,
 * one key per row, unknown outcomes left pending, recovery inside Stripe's idempotency window.
 */
export interface MoneyAction<Row extends IntentRow, Answer> {
  /** For logs and refusals: `top-up`, `transfer`, … */
  readonly name: string;
  /** The log field naming the row: `topUpId`, `transferId`, … */
  readonly logKey: string;
  readonly entity: EntityTarget<Row>;
  /** Refusal text once Stripe's idempotency window has passed with no trace of the row on Stripe. */
  readonly neverReceived: string;

  /** Still waiting for Stripe's answer. */
  isPending(row: Row): boolean;
  /** What the in-process lock is taken on: the row, or the row whose money it moves. */
  lockKeyOf(row: Row): string;
  /** Stripe's Idempotency-Key: derived from the row, the same on every attempt. */
  stripeKeyOf(row: Row): string;
  /** Builds Stripe's request from the row and sends it with `idempotencyKey`. */
  send(row: Row, idempotencyKey: string): Promise<Answer>;
  /**
   * The object an earlier attempt made on Stripe, when one did. Without it, only a retry with the
   * row's key (inside Stripe's window) finds what an earlier attempt made.
   */
  findOnStripe?(row: Row): Promise<Answer | undefined>;
  /** Writes what Stripe answered into our rows. */
  applyAnswer(answer: Answer): Promise<unknown>;
  /** Stripe's refusal in our terms (error code, message). */
  refusalOf(error: unknown): AppError;
  /** Fails the row; with `recordKey` (the client's own request) replays refuse the same way. */
  applyRefusal(row: Row, refusal: AppError, recordKey?: string): Promise<void>;
  /** Notes on the row that Stripe's answer never came (the row stays pending). */
  applyUnanswered?(row: Row, reason: string): Promise<void>;
  /**
   * Pending rows for the recovery pass, oldest first. Absent for an action that moves no money
   * until someone acts on Stripe's answer (a Checkout Session): only its client's retry finishes it.
   */
  pending?(limit: number): Promise<Row[]>;
}
