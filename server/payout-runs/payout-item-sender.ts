import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { money } from '../money/money.type';
import type { LedgerService } from '../ledger/ledger.service';
import type { Logger } from '../logging/logger';
import type Stripe from 'stripe';
import { type RetryAdvice, type StripeRateBudget, retryAdviceFor } from '../stripe/stripe-rate-budget';
import type { AuditInput } from '../audit/audit.service';
import type { Attempt, MoneyIntents } from '../money-intents/money-intents';
import type { StatusMoves } from '../money-intents/move-status';
import { TransferStatus } from '../transfers/transfer-status';
import { Transfer } from '../transfers/transfer.entity';
import type { TransferService } from '../transfers/transfer.service';
import { Writer } from '../writers/writer.entity';
import { PayoutItem } from './payout-item.entity';
import { holdReasonOf } from './payout-run-drafting';
import { PAYOUT_ITEM_LIFECYCLE, PayoutItemStatus } from './payout-run-status';
import type { PayoutRun } from './payout-run.entity';
import { payoutIdempotencyKeyOf, payoutTransferIdOf } from '../money-intents/idempotency-keys';

/** Unanswered sends of one item before it is left for a later pass (its lease then lapses). */
const MAX_SENDS_PER_CLAIM = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one claimed item through the money engine: the transfer row, its ledger posting and
 * the item's link commit together; then Stripe is called within the shared rate budget, with
 * the key derived from run, writer and attempt, backing off when Stripe asks.
 */
export class PayoutItemSender {
  constructor(
    private readonly database: Database,
    private readonly transfers: TransferService,
    private readonly transferIntents: MoneyIntents<Transfer, Stripe.Transfer, AuditInput>,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly ledger: LedgerService,
    private readonly budget: StripeRateBudget,
    private readonly logger: Logger,
  ) {}

  async send(run: PayoutRun, claimed: PayoutItem, isStopping: () => boolean): Promise<void> {
    const transfer = await this.intentOf(run, claimed);
    if (!transfer) return;
    const transferId = transfer.id;
    for (let send = 0; ; send += 1) {
      await this.budget.take();
      const attempt = await this.transferIntents.locks.run(transferId, async (): Promise<Attempt> => {
        const current = await this.transferIntents.load(transferId);
        return current.status === TransferStatus.PENDING ? this.transferIntents.submit(current) : {};
      });
      if (!attempt.unanswered || (await this.transferIntents.load(transferId)).status !== TransferStatus.PENDING) return;
      const advice = retryAdviceFor(attempt.unanswered, send);
      if (advice.rateLimited) await this.budget.pause(advice.waitMs);
      if (!advice.retry || send + 1 >= MAX_SENDS_PER_CLAIM || isStopping()) return this.leaveForLater(claimed, advice);
      await sleep(advice.waitMs);
    }
  }

  /** The item's transfer, written now if it has none yet; null when the item is not to be sent (it failed or changed meanwhile). */
  private async intentOf(run: PayoutRun, claimed: PayoutItem): Promise<Transfer | null> {
    try {
      return await this.database.transaction(async (transaction) => {
        const { manager } = transaction;
        const item = await lockedRow(manager, PayoutItem, { id: claimed.id });
        if (item?.status !== PayoutItemStatus.PENDING) return null;
        const writer = await manager.findOneBy(Writer, { id: item.writerId });
        if (item.transferId) return manager.findOneByOrFail(Transfer, { id: item.transferId });
        const refusal = holdReasonOf(writer ?? undefined) ?? (await this.payableShortfall(manager, item));
        if (refusal) {
          const set = { failureMessage: refusal.slice(0, 500), claimedBy: null };
          await this.statuses.moveStatus(transaction, { lifecycle: PAYOUT_ITEM_LIFECYCLE, entity: PayoutItem, row: item, to: PayoutItemStatus.FAILED, set });
          return null;
        }
        const transfer = this.transferFor(run, item);
        await this.transfers.recordIntent(transaction, transfer);
        await manager.update(PayoutItem, { id: item.id }, { transferId: transfer.id });
        return transfer;
      });
    } catch (error) {
      // Another instance wrote this item's transfer first: it is sending it.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  private async payableShortfall(manager: Parameters<LedgerService['payableIn']>[0], item: PayoutItem): Promise<string | null> {
    const payableMinor = await this.ledger.payableIn(manager, item.writerId, item.currency);
    if (payableMinor >= item.amountMinor) return null;
    return `The writer's payable balance is ${money(payableMinor, item.currency).formatted}, less than this item: it was paid or reversed meanwhile.`;
  }

  private transferFor(run: PayoutRun, item: PayoutItem): Transfer {
    const now = new Date();
    return this.database.manager.create(Transfer, {
      id: payoutTransferIdOf(run.id, item.writerId, item.attempt),
      writerId: item.writerId,
      stripeTransferId: null,
      amountMinor: item.amountMinor,
      amountReversedMinor: 0,
      currency: item.currency,
      status: TransferStatus.PENDING,
      description: run.description ?? `Payout run ${run.id}`,
      idempotencyKey: payoutIdempotencyKeyOf(run.id, item.writerId, item.attempt),
      failureCode: null,
      failureMessage: null,
      attemptCount: 0,
      createdByUserId: run.executedByUserId ?? run.approvedByUserId ?? run.createdByUserId,
      payoutRunId: run.id,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Stripe has not answered: the item stays PENDING and any instance may take it again once the wait is over. */
  private async leaveForLater(item: PayoutItem, advice: RetryAdvice): Promise<void> {
    this.logger.warn(
      { itemId: item.id, runId: item.runId, rateLimited: advice.rateLimited },
      'payout item not confirmed by Stripe yet; sent again later with the same key',
    );
    await this.database.transaction(({ manager }) =>
      manager.update(PayoutItem, { id: item.id, claimedBy: item.claimedBy }, { claimedBy: null, leaseExpiresAtMs: Date.now() + advice.waitMs }),
    );
  }
}
