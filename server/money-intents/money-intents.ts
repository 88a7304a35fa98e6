import type { FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Database, Transaction } from '../db/database';
import { insertRow } from '../db/insert-row';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError, ErrorCode } from '../errors/errors';
import type { Logger } from '../logging/logger';
import { isUnknownOutcome, stripeFailure } from '../stripe/stripe-errors';
import type { IdempotencyService } from './idempotency.service';
import type { KeyedLock } from './keyed-lock';
import type { IntentRow, MoneyAction } from './money-action';
import type { AuditTrail } from './move-status';
import { isWithinKeyWindow } from './stripe-idempotency-window';

const RECOVERY_BATCH_SIZE = 50;

export interface EngineDependencies<Entry> {
  database: Database;
  idempotency: IdempotencyService;
  trail: AuditTrail<Entry>;
  /** Shared by actions whose rows lock on the same key (a transfer and its reversals). */
  locks: KeyedLock;
  logger: Logger;
}

/** A client's request: its record key (`<operation>:<client key>`) and the hash of its input. */
export interface RequestClaim {
  recordKey: string;
  requestHash: string;
}

/** A money intent about to be committed, before Stripe hears of it. */
export interface Intent<Row, Entry> {
  row: Row;
  /** The client's request the row answers: claimed in the same transaction. */
  claim?: RequestClaim & { actorUserId: string };
  /** Checks under the transaction before anything is written (a limit read under a lock). */
  before?: (transaction: Transaction) => Promise<void>;
  /** Work that commits with the row (the ledger, a payout item's link). */
  after?: (transaction: Transaction) => Promise<void>;
  /** The audit entry, made once `before` has run (it may settle the amount). */
  audit?: (row: Row) => Entry;
  publish?: (row: Row) => unknown;
}

/** How one call to Stripe ended; `unanswered` holds the error when its outcome is unknown. */
export interface Attempt {
  unanswered?: unknown;
}

/**
 * The exactly-once protocol for one money action: the intent (row, request claim, audit entry)
 * commits before Stripe is called; the call carries the key derived from the row; Stripe's
 * answer is applied, or the row stays pending when the outcome is unknown; pending rows are
 * found on Stripe, retried inside Stripe's idempotency window, or else refused.
 */
export class MoneyIntents<Row extends IntentRow, Answer, Entry> {
  readonly locks: KeyedLock;

  constructor(
    private readonly dependencies: EngineDependencies<Entry>,
    private readonly action: MoneyAction<Row, Answer>,
  ) {
    this.locks = dependencies.locks;
  }

  load(id: string): Promise<Row> {
    return this.dependencies.database.manager.findOneByOrFail(this.action.entity, { id } as FindOptionsWhere<Row>);
  }

  /** Commits the intent in a transaction of its own. False when another request claimed the key first. */
  async persist(intent: Intent<Row, Entry>): Promise<boolean> {
    try {
      await this.dependencies.database.transaction(async (transaction) => {
        await intent.before?.(transaction);
        if (intent.claim) {
          const { recordKey, requestHash, actorUserId } = intent.claim;
          await this.dependencies.idempotency.claim(transaction.manager, { key: recordKey, requestHash, subjectId: intent.row.id, actorUserId });
        }
        await this.record(transaction, { ...intent, before: undefined });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Writes the intent inside the caller's transaction (a payout item's transfer, with the item). */
  async record(transaction: Transaction, intent: Intent<Row, Entry>): Promise<void> {
    await intent.before?.(transaction);
    await insertRow(transaction.manager, this.action.entity, intent.row as QueryDeepPartialEntity<Row>);
    await intent.after?.(transaction);
    if (intent.audit) await this.dependencies.trail.record(transaction.manager, intent.audit(intent.row));
    if (intent.publish) transaction.afterCommit(() => intent.publish!(intent.row));
  }

  /**
   * One call to Stripe with the row's key. Unknown outcome: the row stays pending. Refusal: the
   * row fails and, for the client's own request (`recordKey`), replays refuse the same way.
   */
  async submit(row: Row, recordKey?: string): Promise<Attempt> {
    const { action } = this;
    let answer: Answer;
    try {
      answer = await action.send(row, action.stripeKeyOf(row));
    } catch (error) {
      if (isUnknownOutcome(error)) {
        this.dependencies.logger.warn({ err: error, [action.logKey]: row.id }, `${action.name} outcome unknown; finished later with the same key`);
        await action.outcomes.unanswered?.(row.id, error instanceof Error ? error.message : String(error));
        return { unanswered: error };
      }
      const refusal = typeof action.refusal === 'string' ? stripeFailure(error, action.refusal) : action.refusal(error);
      await action.outcomes.refused(row.id, refusal, recordKey);
      if (recordKey) throw refusal;
      return {};
    }
    await action.applyAnswer(answer);
    return {};
  }

  /** Finishes a pending row: adopt what Stripe has, else retry inside the key's window, else refuse. */
  async finish(id: string, recordKey?: string): Promise<void> {
    const row = await this.load(id);
    if (!this.action.isPending(row)) return;
    const found = await this.action.findOnStripe?.(row);
    if (found) {
      await this.action.applyAnswer(found);
      return;
    }
    if (isWithinKeyWindow(row.createdAt)) {
      await this.submit(row, recordKey);
      return;
    }
    await this.action.outcomes.refused(row.id, new AppError(ErrorCode.StripeError, this.action.neverReceived), recordKey);
  }

  /**
   * Answers a client's request once per key (IdempotencyService.answerOnce): the first runs
   * `once`; a replay answers with `answer` of the row the first made, once a row still pending
   * is driven on with its Stripe key (a refusal recorded meanwhile is every replay's answer).
   */
  answerOnce<T>(claim: RequestClaim, answer: (row: Row) => Promise<T>, once: () => Promise<T | undefined>): Promise<T> {
    const replay = async (rowId: string) => answer(await this.replayed(rowId, claim));
    return this.dependencies.idempotency.answerOnce(claim.recordKey, claim.requestHash, replay, once);
  }

  /** `finish` under the row's lock, for a client replaying a request whose row is still pending. */
  async finishLocked(row: Row, recordKey?: string): Promise<void> {
    await this.locks.run(this.lockKeyOf(row), () => this.finish(row.id, recordKey));
  }

  /** As finishLocked, but a failure to finish only leaves the row pending (the replay still answers). */
  async tryFinish(row: Row, recordKey: string): Promise<void> {
    await this.finishLocked(row, recordKey).catch((error: unknown) => {
      this.dependencies.logger.warn({ err: error, [this.action.logKey]: row.id }, `replayed ${this.action.name} not finished`);
    });
  }

  /** The recovery pass: rows a crash, a timeout or a 5xx left pending. A row in use here is skipped. */
  async recoverPending(): Promise<void> {
    for (const row of await this.pending()) {
      const lockKey = this.lockKeyOf(row);
      if (this.locks.isHeld(lockKey)) continue;
      await this.locks
        .run(lockKey, () => this.finish(row.id))
        .catch((error: unknown) => {
          this.dependencies.logger.warn({ err: error, [this.action.logKey]: row.id }, `${this.action.name} not recovered yet; will retry`);
        });
    }
  }

  private async replayed(rowId: string, claim: RequestClaim): Promise<Row> {
    const row = await this.load(rowId);
    if (this.action.isPending(row)) {
      await this.tryFinish(row, claim.recordKey);
      await this.dependencies.idempotency.replay(claim.recordKey, claim.requestHash);
    }
    return row;
  }

  private lockKeyOf(row: Row): string {
    return this.action.lockKeyOf?.(row) ?? row.id;
  }

  private async pending(): Promise<Row[]> {
    const { entity, recoverable } = this.action;
    if (!recoverable) return [];
    const order = { createdAt: 'ASC' } as FindOptionsOrder<Row>;
    return this.dependencies.database.manager.find(entity, { where: recoverable, order, take: RECOVERY_BATCH_SIZE });
  }
}
