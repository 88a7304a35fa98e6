import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { Database, Transaction } from '../db/database';
import { insertRow } from '../db/insert-row';
import { lockedRow } from '../db/row-lock';
import type { AppError } from '../errors/errors';
import type { IdempotencyService } from '../money-intents/idempotency.service';
import type { StatusMoves } from '../money-intents/move-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { TransferUpdated } from './transfer.topics';
import type { TransferListeners } from './transfer-listener';
import { TransferReversal } from './transfer-reversal.entity';
import type { ReversalFacts } from './transfer-reversal.stripe';
import { REVERSAL_LIFECYCLE, ReversalStatus } from './transfer-status';
import { Transfer } from './transfer.entity';

/**
 * A transfer's reversals as Stripe reports them, matched on Stripe's id or our metadata; one
 * made in the Stripe Dashboard gets a row of its own. Each runs under the transfer's row lock.
 */
export class ReversalOutcomes {
  constructor(
    private readonly database: Database,
    private readonly statuses: StatusMoves<AuditInput>,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly listeners: TransferListeners,
  ) {}

  /** Marks our pending reversals confirmed and adds any made outside the gateway; returns all rows. */
  async record(transaction: Transaction, transfer: Transfer, reversals: ReversalFacts[]): Promise<{ rows: TransferReversal[]; changed: boolean }> {
    if (reversals.length === 0) return { rows: [], changed: false };
    const { manager } = transaction;
    const rows = await manager.findBy(TransferReversal, { transferId: transfer.id });
    let changed = false;
    for (const facts of reversals) {
      const known = rows.find((row) => row.stripeReversalId === facts.stripeReversalId) ?? rows.find((row) => row.id === facts.reversalId);
      if (known?.status === ReversalStatus.SUCCEEDED && known.stripeReversalId) continue;
      const reversal = known ?? (await this.recordExternal(manager, transfer, facts));
      if (known) {
        const set = { stripeReversalId: facts.stripeReversalId, failureMessage: null };
        await this.statuses.moveStatus(transaction, {
          lifecycle: REVERSAL_LIFECYCLE,
          entity: TransferReversal,
          row: known,
          to: ReversalStatus.SUCCEEDED,
          set,
          audit: succeeded(known, facts.stripeReversalId),
        });
      } else {
        rows.push(reversal);
        await this.audit.record(manager, succeeded(reversal, facts.stripeReversalId));
      }
      changed = true;
      await this.listeners.reversed(transaction, transfer, reversal);
    }
    return { rows, changed };
  }

  /** Stripe refused: nothing was reversed. For the client's own request, replays refuse the same way. */
  async refused(reversalId: string, failure: AppError, recordKey?: string): Promise<void> {
    await this.database.transaction(async (transaction) => {
      const { manager } = transaction;
      const { transferId } = await manager.findOneByOrFail(TransferReversal, { id: reversalId });
      // The transfer's lock covers its reversals: applying Stripe's facts changes them under it too.
      const transfer = (await lockedRow(manager, Transfer, { id: transferId }))!;
      const reversal = await manager.findOneByOrFail(TransferReversal, { id: reversalId });
      if (reversal.status !== ReversalStatus.PENDING) {
        if (recordKey && reversal.status === ReversalStatus.FAILED) await this.idempotency.storeError(manager, recordKey, failure);
        return;
      }
      await this.statuses.fail(transaction, [REVERSAL_LIFECYCLE, TransferReversal, reversal], ReversalStatus.FAILED, failure, {
        audit: {
          actorUserId: null,
          action: AuditAction.TRANSFER_REVERSAL_FAILED,
          subjectType: 'TransferReversal',
          subjectId: reversal.id,
          amountMinor: reversal.amountMinor,
          currency: reversal.currency,
          details: {
            transferId: reversal.transferId,
            reason: failure.message,
            stripeCode: (failure.extensions.stripeCode as string | null | undefined) ?? null,
          },
        },
        publish: () => this.pubSub.publish(TransferUpdated, transfer),
      });
      if (recordKey) await this.idempotency.storeError(manager, recordKey, failure);
    });
  }

  /** Stripe's answer never came: the reversal stays pending and says so. */
  async unanswered(reversalId: string, reason: string): Promise<void> {
    await this.database.transaction(async ({ manager }) => {
      const message = `Stripe did not confirm the reversal (${reason}); the gateway retries with the same idempotency key.`;
      await manager.update(TransferReversal, { id: reversalId, status: ReversalStatus.PENDING }, { failureMessage: message.slice(0, 500) });
    });
  }

  /** A reversal made outside the gateway (the Stripe Dashboard): recorded as Stripe made it. */
  private async recordExternal(manager: EntityManager, transfer: Transfer, facts: ReversalFacts): Promise<TransferReversal> {
    const reversal = manager.create(TransferReversal, {
      id: randomUUID(),
      transferId: transfer.id,
      stripeReversalId: facts.stripeReversalId,
      amountMinor: facts.amountMinor,
      currency: facts.currency,
      status: ReversalStatus.SUCCEEDED,
      reason: facts.reason ?? 'Reversed outside the gateway',
      failureMessage: null,
      createdByUserId: null,
      createdAt: facts.createdAt,
    });
    await insertRow(manager, TransferReversal, reversal);
    return reversal;
  }
}

function succeeded(reversal: TransferReversal, stripeReversalId: string): AuditInput {
  return {
    actorUserId: null,
    action: AuditAction.TRANSFER_REVERSAL_SUCCEEDED,
    subjectType: 'TransferReversal',
    subjectId: reversal.id,
    amountMinor: reversal.amountMinor,
    currency: reversal.currency,
    details: { transferId: reversal.transferId, stripeReversalId },
  };
}
