import type Stripe from 'stripe';
import { In } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { PreparedLookup } from '../db/prepared-lookup';
import type { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import { transferRecordKeyOf } from '../money-intents/idempotency-keys';
import type { StatusMoves } from '../money-intents/move-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { TransferUpdated } from './transfer.topics';
import type { ReversalOutcomes } from './reversal-outcomes';
import type { TransferListeners } from './transfer-listener';
import { TransferReversal } from './transfer-reversal.entity';
import { ReversalStatus, TRANSFER_LIFECYCLE, TransferStatus, paidStatusFor } from './transfer-status';
import { Transfer } from './transfer.entity';
import { type TransferFacts, reversedTransferFacts, transferFacts } from './transfer.stripe';

// Every transfer webhook looks its row up by one of these.
const TRANSFER_BY_ID = new PreparedLookup(Transfer, ['id']);
const TRANSFER_BY_STRIPE_ID = new PreparedLookup(Transfer, ['stripeTransferId']);

/**
 * Writes what Stripe answered into our rows, each in one transaction with its audit entry,
 * publishing once committed. Order-insensitive: the reversed amount only grows and reversals
 * are matched on Stripe's id (or our metadata), so a late or repeated answer changes nothing.
 */
export class TransferOutcomes {
  constructor(
    private readonly database: Database,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly idempotency: IdempotencyService,
    private readonly reversals: ReversalOutcomes,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
    private readonly listeners: TransferListeners,
  ) {}

  /** A Stripe transfer, matched to its row by id or by our metadata. Null when it is not ours. */
  async applyStripeTransfer(stripeTransfer: Stripe.Transfer): Promise<Transfer | null> {
    const facts = transferFacts(stripeTransfer);
    const held =
      (facts.transferId ? await TRANSFER_BY_ID.findOne(this.database.manager, { id: facts.transferId }) : null) ??
      (await TRANSFER_BY_STRIPE_ID.findOne(this.database.manager, { stripeTransferId: facts.stripeTransferId }));
    if (!held) return null;
    // Most webhooks repeat what the create answer already stored: no write transaction for those.
    if (await this.isAlreadyHeld(held, facts)) return held;
    return this.database.transaction(async (transaction) => {
      const transfer = (await lockedRow(transaction.manager, Transfer, { id: held.id }))!;
      return this.applyFacts(transaction, transfer, facts);
    });
  }

  /** A reversal Stripe confirmed, before (or instead of) the transfer's own update. */
  applyStripeReversal(stripeReversal: Stripe.TransferReversal): Promise<Transfer | null> {
    const facts = reversedTransferFacts(stripeReversal);
    return this.database.transaction(async (transaction) => {
      const transfer = await lockedRow(transaction.manager, Transfer, { stripeTransferId: facts.stripeTransferId });
      return transfer ? this.applyFacts(transaction, transfer, facts) : null;
    });
  }

  /** Stripe refused: nothing was paid. For the client's own request, replays refuse the same way. */
  async refused(transferId: string, failure: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const { manager } = transaction;
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      if (transfer.status !== TransferStatus.PENDING) {
        // Failed meanwhile by another path (a replay, the recovery pass): the key still answers with the refusal.
        if (recordKey && transfer.status === TransferStatus.FAILED) await this.idempotency.storeError(manager, recordKey, failure);
        return;
      }
      const stripeCode = (failure.extensions.stripeCode as string | null | undefined) ?? null;
      await this.statuses.moveStatus(transaction, {
        lifecycle: TRANSFER_LIFECYCLE,
        entity: Transfer,
        row: transfer,
        to: TransferStatus.FAILED,
        set: { failureCode: stripeCode, failureMessage: failure.message.slice(0, 500) },
        audit: this.entry(transfer, AuditAction.TRANSFER_FAILED, {
          writerId: transfer.writerId,
          reason: failure.message,
          stripeCode,
          stripeRequestId: (failure.extensions.stripeRequestId as string | null | undefined) ?? null,
        }),
        publish: (row) => this.pubSub.publish(TransferUpdated, row),
      });
      if (recordKey) await this.idempotency.storeError(manager, recordKey, failure);
      await this.listeners.failed(transaction, transfer);
    });
  }

  /** Stripe's answer never came (timeout, 5xx, 409): the row stays pending and says so. */
  async unanswered(transferId: string, reason: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      if (transfer.status !== TransferStatus.PENDING) return;
      Object.assign(transfer, {
        attemptCount: transfer.attemptCount + 1,
        failureMessage: `Stripe did not confirm the transfer (${reason}); the gateway retries with the same idempotency key.`.slice(0, 500),
      });
      await manager.update(Transfer, { id: transfer.id }, { attemptCount: transfer.attemptCount, failureMessage: transfer.failureMessage });
      afterCommit(() => this.pubSub.publish(TransferUpdated, transfer));
    });
  }

  private async applyFacts(transaction: Transaction, transfer: Transfer, facts: TransferFacts): Promise<Transfer> {
    const previous = { status: transfer.status, amountReversedMinor: transfer.amountReversedMinor, stripeTransferId: transfer.stripeTransferId };
    const { rows: reversals, changed: reversalsChanged } = await this.reversals.record(transaction, transfer, facts.reversals);
    const reversedByRowsMinor = reversals
      .filter((reversal) => reversal.status === ReversalStatus.SUCCEEDED)
      .reduce((sum, reversal) => sum + reversal.amountMinor, 0);
    const amountReversedMinor = Math.max(transfer.amountReversedMinor, facts.amountReversedMinor, reversedByRowsMinor);
    const status = paidStatusFor(transfer.amountMinor, amountReversedMinor);
    const changed =
      reversalsChanged ||
      previous.status !== status ||
      previous.amountReversedMinor !== amountReversedMinor ||
      previous.stripeTransferId !== facts.stripeTransferId;
    if (!changed) return transfer;
    const paidNow = previous.status === TransferStatus.PENDING || previous.status === TransferStatus.FAILED;
    if (previous.status === TransferStatus.FAILED) {
      this.logger.error(
        { transferId: transfer.id, stripeTransferId: facts.stripeTransferId },
        'a transfer marked failed exists on Stripe; recording it as paid',
      );
      // Replays of the request answer with the paid transfer, not the refusal stored for it.
      await this.idempotency.restoreSubject(transaction.manager, transferRecordKeyOf(transfer.idempotencyKey), transfer.id);
    }
    await this.statuses.moveStatus(transaction, {
      lifecycle: TRANSFER_LIFECYCLE,
      entity: Transfer,
      row: transfer,
      to: status,
      set: { stripeTransferId: facts.stripeTransferId, amountReversedMinor, ...(paidNow ? { failureCode: null, failureMessage: null } : {}) },
      audit: paidNow ? this.entry(transfer, AuditAction.TRANSFER_PAID, { writerId: transfer.writerId, stripeTransferId: facts.stripeTransferId }) : undefined,
      publish: (row) => this.pubSub.publish(TransferUpdated, row),
    });
    if (paidNow) await this.listeners.paid(transaction, transfer, previous.status === TransferStatus.FAILED);
    return transfer;
  }

  private async isAlreadyHeld(transfer: Transfer, facts: TransferFacts): Promise<boolean> {
    if (transfer.stripeTransferId !== facts.stripeTransferId || transfer.amountReversedMinor < facts.amountReversedMinor) return false;
    if (facts.reversals.length === 0) return true;
    const confirmed = await this.database.manager.countBy(TransferReversal, {
      transferId: transfer.id,
      status: ReversalStatus.SUCCEEDED,
      stripeReversalId: In(facts.reversals.map((reversal) => reversal.stripeReversalId)),
    });
    return confirmed === facts.reversals.length;
  }

  private entry(transfer: Transfer, action: AuditAction, details: Record<string, string | null>): AuditInput {
    return {
      actorUserId: null,
      action,
      subjectType: 'Transfer',
      subjectId: transfer.id,
      amountMinor: transfer.amountMinor,
      currency: transfer.currency,
      details,
    };
  }
}
