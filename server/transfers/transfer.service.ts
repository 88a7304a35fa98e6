import { seesEveryWriter } from '../auth/access';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import type { BalanceService } from '../balance/balance.service';
import { money } from '../balance/money.type';
import type { Database } from '../db/database';
import { type Connection, paginate } from '../graphql/connection';
import { badUserInput, forbidden, notFound } from '../graphql/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import type { Logger } from '../logger';
import { type GatewayPubSub, Topic } from '../pubsub/pubsub';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import type { CrashHook } from './crash-point';
import { TransferReversal } from './transfer-reversal.entity';
import { REVERSIBLE_STATUSES, ReversalStatus, TransferStatus } from './transfer-status';
import type { TransferSubmission } from './transfer-submission';
import { Transfer, transferRecordKeyOf } from './transfer.entity';
import type { CreateTransferInput, ReverseTransferInput, TransfersFilter } from './transfer.types';
import type { TransferListeners } from './transfer-listener';

/**
 * Paying writers. Refusals (writer not payable, currency not held, balance short) are checked
 * before anything is written; then the idempotency record, the PENDING row and the audit entry
 * commit together, and only then is Stripe called, with a key derived from the row.
 */
export class TransferService {
  constructor(
    private readonly database: Database,
    private readonly writers: WriterService,
    private readonly balance: BalanceService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly submission: TransferSubmission,
    private readonly pubSub: GatewayPubSub,
    private readonly crash: CrashHook,
    private readonly logger: Logger,
    private readonly listeners: TransferListeners,
  ) {}

  /** Admins see all; a writer only their own. */
  list(filter: TransfersFilter, viewer: Viewer): Promise<Connection<Transfer>> {
    const query = this.database.manager.createQueryBuilder(Transfer, 'transfer');
    const writerId = this.visibleWriterId(filter.writerId, viewer);
    if (writerId) query.andWhere('transfer.writerId = :writerId', { writerId });
    if (filter.status) query.andWhere('transfer.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  async readable(id: string, viewer: Viewer): Promise<Transfer> {
    const transfer = await this.database.manager.findOneBy(Transfer, { id });
    if (!transfer) throw notFound('Transfer', id);
    if (!seesEveryWriter(viewer) && transfer.writerId !== viewer.writerId) throw forbidden('Writers can only see their own transfers.');
    return transfer;
  }

  async create(input: CreateTransferInput, actor: Viewer): Promise<Transfer> {
    const request = { writerId: input.writerId, amountMinor: input.amount, currency: input.currency.toLowerCase(), description: input.description?.trim() || null };
    const key = transferRecordKeyOf(input.idempotencyKey);
    const requestHash = requestHashOf(request);
    return this.idempotency.singleFlight(key, requestHash, async () => {
      const replayed = await this.replayTransfer(key, requestHash);
      if (replayed) return replayed;
      let writer: Writer;
      try {
        writer = await this.preflight(request.writerId, request.amountMinor, request.currency);
      } catch (error) {
        // Another instance may have taken this key while we checked: its answer is this request's.
        const replayedNow = await this.replayTransfer(key, requestHash);
        if (replayedNow) return replayedNow;
        throw error;
      }
      const transfer = this.database.manager.create(Transfer, {
        ...request,
        id: randomUUID(),
        stripeTransferId: null,
        amountReversedMinor: 0,
        status: TransferStatus.PENDING,
        idempotencyKey: input.idempotencyKey,
        failureCode: null,
        failureMessage: null,
        attemptCount: 0,
        createdByUserId: actor.userId,
        payoutRunId: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      // Locked before the row exists, so the recovery pass cannot pick it up between commit and call.
      const sent = await this.submission.locks.run(transfer.id, async () => {
        if (!(await this.persistTransferIntent(transfer, key, requestHash))) return false;
        this.crash('transfer-row-committed');
        await this.submission.sendTransfer(transfer, writer.stripeAccountId!, key);
        return true;
      });
      return sent ? this.byId(transfer.id) : (await this.replayTransfer(key, requestHash))!;
    });
  }

  async reverse(input: ReverseTransferInput, actor: Viewer): Promise<Transfer> {
    const request = { transferId: input.transferId, amountMinor: input.amount ?? null, reason: input.reason?.trim() || null };
    if (!input.idempotencyKey) return this.reverseOnce(request, actor);
    const key = `reverseTransfer:${input.idempotencyKey}`;
    const requestHash = requestHashOf(request);
    return this.idempotency.singleFlight(key, requestHash, async () => {
      const replayed = await this.replayReversal(key, requestHash);
      if (replayed) return replayed;
      try {
        return await this.reverseOnce(request, actor, { key, requestHash });
      } catch (error) {
        // Another instance may have taken this key while we checked: its answer is this request's.
        const replayedNow = await this.replayReversal(key, requestHash);
        if (replayedNow) return replayedNow;
        throw error;
      }
    });
  }

  private async reverseOnce(
    request: { transferId: string; amountMinor: number | null; reason: string | null },
    actor: Viewer,
    idempotency?: { key: string; requestHash: string },
  ): Promise<Transfer> {
    const outcome = await this.submission.locks.run(request.transferId, async () => {
      const transfer = await this.byId(request.transferId);
      const amountMinor = await this.reversibleAmount(this.database.manager, transfer, request.amountMinor);
      const reversal = this.database.manager.create(TransferReversal, {
        id: randomUUID(),
        transferId: transfer.id,
        stripeReversalId: null,
        amountMinor,
        currency: transfer.currency,
        status: ReversalStatus.PENDING,
        reason: request.reason,
        failureMessage: null,
        createdByUserId: actor.userId,
        createdAt: new Date(),
      });
      if (!(await this.persistReversalIntent(transfer, reversal, idempotency))) return undefined;
      return this.submission.sendReversal(transfer, reversal, idempotency?.key);
    });
    if (outcome) return this.byId(outcome.id);
    return (await this.replayReversal(idempotency!.key, idempotency!.requestHash))!;
  }

  private async byId(id: string): Promise<Transfer> {
    const transfer = await this.database.manager.findOneBy(Transfer, { id });
    if (!transfer) throw notFound('Transfer', id);
    return transfer;
  }

  private visibleWriterId(requested: string | undefined, viewer: Viewer): string | undefined {
    if (seesEveryWriter(viewer)) return requested;
    if (requested && requested !== viewer.writerId) throw forbidden('Writers can only see their own transfers.');
    return viewer.writerId ?? 'none';
  }

  /** The checks that need Stripe, side by side; the writer's refusal is reported first. */
  private async preflight(writerId: string, amountMinor: number, currency: string): Promise<Writer> {
    const [writer, funds] = await Promise.allSettled([this.writers.assertPayable(writerId), this.balance.assertCovers(amountMinor, currency)]);
    if (writer.status === 'rejected') throw writer.reason;
    if (funds.status === 'rejected') throw funds.reason;
    return writer.value;
  }

  private async reversibleAmount(manager: EntityManager, transfer: Transfer, requestedMinor: number | null): Promise<number> {
    if (!REVERSIBLE_STATUSES.includes(transfer.status) || !transfer.stripeTransferId) {
      throw badUserInput(`Only a paid transfer can be reversed; this one is ${transfer.status}.`, 'transferId');
    }
    const pending = await manager.findBy(TransferReversal, { transferId: transfer.id, status: ReversalStatus.PENDING });
    const reversibleMinor = transfer.amountMinor - transfer.amountReversedMinor - pending.reduce((sum, reversal) => sum + reversal.amountMinor, 0);
    const amountMinor = requestedMinor ?? reversibleMinor;
    if (amountMinor < 1 || amountMinor > reversibleMinor) {
      const reversible = money(Math.max(reversibleMinor, 0), transfer.currency);
      throw badUserInput(`At most ${reversible.formatted} of this transfer can still be reversed.`, 'amount');
    }
    return amountMinor;
  }

  /** A finished request's transfer; a pending one is driven on (same Stripe key) before answering. */
  private async replayTransfer(key: string, requestHash: string): Promise<Transfer | undefined> {
    const transferId = await this.idempotency.replay(key, requestHash);
    if (!transferId) return undefined;
    const transfer = await this.byId(transferId);
    if (transfer.status !== TransferStatus.PENDING) return transfer;
    await this.submission.locks.run(transferId, () => this.submission.finishTransfer(transferId, key)).catch((error: unknown) => {
      this.logger.warn({ err: error, transferId }, 'replayed transfer not finished');
    });
    // A refusal recorded meanwhile is the answer to every request with this key.
    await this.idempotency.replay(key, requestHash);
    return this.byId(transferId);
  }

  private async replayReversal(key: string, requestHash: string): Promise<Transfer | undefined> {
    const reversalId = await this.idempotency.replay(key, requestHash);
    if (!reversalId) return undefined;
    const reversal = await this.database.manager.findOneByOrFail(TransferReversal, { id: reversalId });
    if (reversal.status === ReversalStatus.PENDING) {
      await this.submission.locks.run(reversal.transferId, () => this.submission.finishReversal(reversalId, key)).catch((error: unknown) => {
        this.logger.warn({ err: error, reversalId }, 'replayed reversal not finished');
      });
      await this.idempotency.replay(key, requestHash);
    }
    return this.byId(reversal.transferId);
  }

  /** False when another request claimed the key first. */
  private async persistTransferIntent(transfer: Transfer, key: string, requestHash: string): Promise<boolean> {
    try {
      await this.database.transaction(async ({ manager, afterCommit }) => {
        await this.idempotency.claim(manager, { key, requestHash, subjectId: transfer.id, actorUserId: transfer.createdByUserId });
        await this.recordIntent(manager, transfer, afterCommit);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * Writes a PENDING transfer with its audit entry and listeners' work (the ledger, a payout
   * item) inside the caller's transaction; Stripe is called only once that has committed.
   */
  async recordIntent(manager: EntityManager, transfer: Transfer, afterCommit: (task: () => unknown) => void): Promise<void> {
    await insertRow(manager, Transfer, transfer);
    await this.listeners.requested(manager, transfer);
    await this.audit.record(manager, {
      actorUserId: transfer.createdByUserId,
      action: AuditAction.TRANSFER_REQUESTED,
      subjectType: 'Transfer',
      subjectId: transfer.id,
      amountMinor: transfer.amountMinor,
      currency: transfer.currency,
      details: { writerId: transfer.writerId, idempotencyKey: transfer.idempotencyKey, description: transfer.description, payoutRunId: transfer.payoutRunId },
    });
    afterCommit(() => this.pubSub.publish(Topic.TransferUpdated, transfer));
  }

  private async persistReversalIntent(transfer: Transfer, reversal: TransferReversal, idempotency?: { key: string; requestHash: string }): Promise<boolean> {
    try {
      await this.database.transaction(async ({ manager }) => {
        // Checked again under the transfer's row lock: another instance may have reversed part of it meanwhile.
        await this.reversibleAmount(manager, (await lockedRow(manager, Transfer, { id: transfer.id }))!, reversal.amountMinor);
        if (idempotency) await this.idempotency.claim(manager, { ...idempotency, subjectId: reversal.id, actorUserId: reversal.createdByUserId! });
        await insertRow(manager, TransferReversal, reversal);
        await this.audit.record(manager, {
          actorUserId: reversal.createdByUserId,
          action: AuditAction.TRANSFER_REVERSAL_REQUESTED,
          subjectType: 'TransferReversal',
          subjectId: reversal.id,
          amountMinor: reversal.amountMinor,
          currency: reversal.currency,
          details: { transferId: transfer.id, writerId: transfer.writerId, reason: reversal.reason },
        });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
