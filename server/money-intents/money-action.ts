import type { EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { AppError } from '../errors/errors';

/** A row the gateway commits before asking Stripe to move money. */
export interface IntentRow extends ObjectLiteral {
  id: string;
  createdAt: Date;
}

/** Where an action writes what Stripe did not do: its outcomes, by the row's id. */
export interface RowOutcomes {
  /** Fails the row; with `recordKey` (the client's own request) replays refuse the same way. */
  refused(rowId: string, refusal: AppError, recordKey?: string): Promise<void>;
  /** Notes on the row that Stripe's answer never came (the row stays pending). */
  unanswered?(rowId: string, reason: string): Promise<void>;
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
  readonly outcomes: RowOutcomes;

  /** Still waiting for Stripe's answer. */
  isPending(row: Row): boolean;
  /**
   * Which pending rows the recovery pass finishes, oldest first. Absent for an action that moves
   * no money until someone acts on Stripe's answer (a Checkout Session): only its client's retry
   * finishes it.
   */
  readonly recoverable?: FindOptionsWhere<Row>;
  /** What the in-process lock is taken on, when not the row itself: the row whose money it moves. */
  lockKeyOf?(row: Row): string;

  /** Stripe's Idempotency-Key: derived from the row, the same on every attempt. */
  stripeKeyOf(row: Row): string;
  /** Builds Stripe's request from the row and sends it with `idempotencyKey`. */
  send(row: Row, idempotencyKey: string): Promise<Answer>;
  /**
   * Stripe's refusal in our terms: what was asked of Stripe (`add funds`, read as "Stripe refused
   * to add funds: …"), or a function for an action whose refusals differ by Stripe's code.
   */
  readonly refusal: string | ((error: unknown) => AppError);
  /** Writes what Stripe answered into our rows. */
  applyAnswer(answer: Answer): Promise<unknown>;

  /**
   * The object an earlier attempt made on Stripe, when one did. Without it, only a retry with the
   * row's key (inside Stripe's window) finds what an earlier attempt made.
   */
  findOnStripe?(row: Row): Promise<Answer | undefined>;
  /** Refusal text once Stripe's idempotency window has passed with no trace of the row on Stripe. */
  readonly neverReceived: string;
}

/** The first of Stripe's objects (a list, paged through) that is the row's: what an earlier attempt made. */
export async function firstOnStripe<Answer>(list: AsyncIterable<Answer>, isTheRows: (onStripe: Answer) => boolean): Promise<Answer | undefined> {
  for await (const onStripe of list) if (isTheRows(onStripe)) return onStripe;
  return undefined;
}
