import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { type EntityManager, In } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import type { AppError } from '../graphql/errors';
import type { IdempotencyService } from '../idempotency/idempotency.service';
import { lockedRow } from '../db/row-lock';
import { PreparedLookup } from '../db/prepared-lookup';
import type { Logger } from '../logger';
import { type GatewayPubSub, Topic } from '../pubsub/pubsub';
import { TransferReversal } from './transfer-reversal.entity';
import { ReversalStatus, TransferStatus, paidStatusFor } from './transfer-status';
import { Transfer, transferRecordKeyOf } from './transfer.entity';
import type { TransferListeners } from './transfer-listener';

// Every transfer webhook looks its row up by one of these.
const TRANSFER_BY_ID = new PreparedLookup(Transfer, ['id']);
const TRANSFER_BY_STRIPE_ID = new PreparedLookup(Transfer, ['stripeTransferId']);

/** What Stripe says about a transfer: from a create or retrieve answer, a list, or a webhook. */
interface StripeTransferFacts {
  stripeTransferId: string;
  /** Stripe's `amount_reversed`, or 0 when only one reversal is known. */
  amountReversedMinor: number;
  reversals: Stripe.TransferReversal[];
}

/**
 * Writes what Stripe answered into our rows, each in one transaction with its audit entry,
 * publishing once committed. Order-insensitive: the reversed amount only grows and reversals
 * are matched on Stripe's id (or our metadata), so a late or repeated answer changes nothing.
 */
export class TransferOutcomes {
  constructor(
    private readonly database: Database,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
    private readonly listeners: TransferListeners,
  ) {}

  /** A Stripe transfer, matched to its row by id or by our metadata. Null when it is not ours. */
  async applyStripeTransfer(stripeTransfer: Stripe.Transfer): Promise<Transfer | null> {
    const ourId = stripeTransfer.metadata?.transfer_id;
    const held =
      (ourId ? await TRANSFER_BY_ID.findOne(this.database.manager, { id: ourId }) : null) ??
      (await TRANSFER_BY_STRIPE_ID.findOne(this.database.manager, { stripeTransferId: stripeTransfer.id }));
    if (!held) return null;
    const facts = { stripeTransferId: stripeTransfer.id, amountReversedMinor: stripeTransfer.amount_reversed, reversals: stripeTransfer.reversals?.data ?? [] };
    // Most webhooks repeat what the create answer already stored: no write transaction for those.
    if (await this.isAlreadyHeld(held, facts)) return held;
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const transfer = (await lockedRow(manager, Transfer, { id: held.id }))!;
      return this.applyFacts(manager, transfer, facts, afterCommit);
    });
  }

  /** A reversal Stripe confirmed, before (or instead of) the transfer's own update. */
  applyStripeReversal(stripeReversal: Stripe.TransferReversal): Promise<Transfer | null> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const stripeTransferId = typeof stripeReversal.transfer === 'string' ? stripeReversal.transfer : stripeReversal.transfer.id;
      const transfer = await lockedRow(manager, Transfer, { stripeTransferId });
      if (!transfer) return null;
      return this.applyFacts(manager, transfer, { stripeTransferId, amountReversedMinor: 0, reversals: [stripeReversal] }, afterCommit);
    });
  }

  /** Stripe refused: nothing was paid. For the client's own request, replays refuse the same way. */
  async transferRefused(transferId: string, failure: AppError, idempotencyRecordKey?: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      if (transfer.status !== TransferStatus.PENDING) {
        // Failed meanwhile by another path (a replay, the recovery pass): the key still answers with the refusal.
        if (idempotencyRecordKey && transfer.status === TransferStatus.FAILED) await this.idempotency.storeError(manager, idempotencyRecordKey, failure);
        return;
      }
      Object.assign(transfer, { status: TransferStatus.FAILED, failureCode: stripeCodeOf(failure), failureMessage: failure.message.slice(0, 500) });
      await manager.update(Transfer, { id: transfer.id }, { status: transfer.status, failureCode: transfer.failureCode, failureMessage: transfer.failureMessage });
      if (idempotencyRecordKey) await this.idempotency.storeError(manager, idempotencyRecordKey, failure);
      await this.listeners.failed(manager, transfer);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.TRANSFER_FAILED,
        subjectType: 'Transfer',
        subjectId: transfer.id,
        amountMinor: transfer.amountMinor,
        currency: transfer.currency,
        details: { writerId: transfer.writerId, reason: failure.message, stripeCode: stripeCodeOf(failure), stripeRequestId: (failure.extensions.stripeRequestId as string | null | undefined) ?? null },
      });
      afterCommit(() => this.pubSub.publish(Topic.TransferUpdated, transfer));
    });
  }

  /** Stripe's answer never came (timeout, 5xx, 409): the row stays pending and says so. */
  async transferUnanswered(transferId: string, reason: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      if (transfer.status !== TransferStatus.PENDING) return;
      Object.assign(transfer, {
        attemptCount: transfer.attemptCount + 1,
        failureMessage: `Stripe did not confirm the transfer (${reason}); the gateway retries with the same idempotency key.`.slice(0, 500),
      });
      await manager.update(Transfer, { id: transfer.id }, { attemptCount: transfer.attemptCount, failureMessage: transfer.failureMessage });
      afterCommit(() => this.pubSub.publish(Topic.TransferUpdated, transfer));
    });
  }

  async reversalRefused(reversalId: string, failure: AppError, idempotencyRecordKey?: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const { transferId } = await manager.findOneByOrFail(TransferReversal, { id: reversalId });
      // The transfer's lock covers its reversals: applyFacts changes them under it too.
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      const reversal = await manager.findOneByOrFail(TransferReversal, { id: reversalId });
      if (reversal.status !== ReversalStatus.PENDING) {
        if (idempotencyRecordKey && reversal.status === ReversalStatus.FAILED) await this.idempotency.storeError(manager, idempotencyRecordKey, failure);
        return;
      }
      Object.assign(reversal, { status: ReversalStatus.FAILED, failureMessage: failure.message.slice(0, 500) });
      await manager.save(reversal);
      if (idempotencyRecordKey) await this.idempotency.storeError(manager, idempotencyRecordKey, failure);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.TRANSFER_REVERSAL_FAILED,
        subjectType: 'TransferReversal',
        subjectId: reversal.id,
        amountMinor: reversal.amountMinor,
        currency: reversal.currency,
        details: { transferId: reversal.transferId, reason: failure.message, stripeCode: stripeCodeOf(failure) },
      });
      afterCommit(() => this.pubSub.publish(Topic.TransferUpdated, transfer));
    });
  }

  async reversalUnanswered(reversalId: string, reason: string): Promise<void> {
    await this.database.transaction(async ({ manager }) => {
      const message = `Stripe did not confirm the reversal (${reason}); the gateway retries with the same idempotency key.`;
      await manager.update(TransferReversal, { id: reversalId, status: ReversalStatus.PENDING }, { failureMessage: message.slice(0, 500) });
    });
  }

  private async applyFacts(manager: EntityManager, transfer: Transfer, facts: StripeTransferFacts, afterCommit: (task: () => unknown) => void): Promise<Transfer> {
    const previous = { status: transfer.status, amountReversedMinor: transfer.amountReversedMinor, stripeTransferId: transfer.stripeTransferId };
    const { rows: reversals, changed: reversalsChanged } = await this.recordReversals(manager, transfer, facts.reversals);
    const reversedByRowsMinor = reversals.filter((reversal) => reversal.status === ReversalStatus.SUCCEEDED).reduce((sum, reversal) => sum + reversal.amountMinor, 0);
    const amountReversedMinor = Math.max(transfer.amountReversedMinor, facts.amountReversedMinor, reversedByRowsMinor);
    Object.assign(transfer, { stripeTransferId: facts.stripeTransferId, amountReversedMinor, status: paidStatusFor(transfer.amountMinor, amountReversedMinor) });
    const changed =
      reversalsChanged ||
      previous.status !== transfer.status ||
      previous.amountReversedMinor !== amountReversedMinor ||
      previous.stripeTransferId !== facts.stripeTransferId;
    if (!changed) return transfer;
    if (previous.status === TransferStatus.FAILED) {
      this.logger.error({ transferId: transfer.id, stripeTransferId: facts.stripeTransferId }, 'a transfer marked failed exists on Stripe; recording it as paid');
      // Replays of the request answer with the paid transfer, not the refusal stored for it.
      await this.idempotency.restoreSubject(manager, transferRecordKeyOf(transfer.idempotencyKey), transfer.id);
    }
    if (previous.status === TransferStatus.PENDING || previous.status === TransferStatus.FAILED) {
      Object.assign(transfer, { failureCode: null, failureMessage: null });
      await this.listeners.paid(manager, transfer, previous.status === TransferStatus.FAILED);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.TRANSFER_PAID,
        subjectType: 'Transfer',
        subjectId: transfer.id,
        amountMinor: transfer.amountMinor,
        currency: transfer.currency,
        details: { writerId: transfer.writerId, stripeTransferId: facts.stripeTransferId },
      });
    }
    const { stripeTransferId, status, failureCode, failureMessage } = transfer;
    await manager.update(Transfer, { id: transfer.id }, { stripeTransferId, amountReversedMinor, status, failureCode, failureMessage });
    afterCommit(() => this.pubSub.publish(Topic.TransferUpdated, transfer));
    return transfer;
  }

  private async isAlreadyHeld(transfer: Transfer, facts: StripeTransferFacts): Promise<boolean> {
    if (transfer.stripeTransferId !== facts.stripeTransferId || transfer.amountReversedMinor < facts.amountReversedMinor) return false;
    if (facts.reversals.length === 0) return true;
    const confirmed = await this.database.manager.countBy(TransferReversal, {
      transferId: transfer.id,
      status: ReversalStatus.SUCCEEDED,
      stripeReversalId: In(facts.reversals.map((reversal) => reversal.id)),
    });
    return confirmed === facts.reversals.length;
  }

  /** Marks our pending reversals confirmed and adds any made outside the gateway; returns all rows. */
  private async recordReversals(
    manager: EntityManager,
    transfer: Transfer,
    stripeReversals: Stripe.TransferReversal[],
  ): Promise<{ rows: TransferReversal[]; changed: boolean }> {
    if (stripeReversals.length === 0) return { rows: [], changed: false };
    const rows = await manager.findBy(TransferReversal, { transferId: transfer.id });
    let changed = false;
    for (const stripeReversal of stripeReversals) {
      const known = rows.find((row) => row.stripeReversalId === stripeReversal.id) ?? rows.find((row) => row.id === stripeReversal.metadata?.reversal_id);
      if (known?.status === ReversalStatus.SUCCEEDED && known.stripeReversalId) continue;
      const reversal = known ?? manager.create(TransferReversal, {
        id: randomUUID(),
        transferId: transfer.id,
        amountMinor: stripeReversal.amount,
        currency: stripeReversal.currency,
        reason: stripeReversal.metadata?.reason ?? 'Reversed outside the gateway',
        createdByUserId: null,
        createdAt: new Date(stripeReversal.created * 1000),
      });
      Object.assign(reversal, { stripeReversalId: stripeReversal.id, status: ReversalStatus.SUCCEEDED, failureMessage: null });
      await manager.save(reversal);
      if (!known) rows.push(reversal);
      changed = true;
      await this.listeners.reversed(manager, transfer, reversal);
      await this.audit.record(manager, {
        actorUserId: null,
        action: AuditAction.TRANSFER_REVERSAL_SUCCEEDED,
        subjectType: 'TransferReversal',
        subjectId: reversal.id,
        amountMinor: reversal.amountMinor,
        currency: reversal.currency,
        details: { transferId: transfer.id, stripeReversalId: stripeReversal.id },
      });
    }
    return { rows, changed };
  }
}

function stripeCodeOf(failure: AppError): string | null {
  return (failure.extensions.stripeCode as string | null | undefined) ?? null;
}
