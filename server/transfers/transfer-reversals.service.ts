import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { badUserInput, notFound } from '../errors/errors';
import { type IdempotencyService, requestHashOf } from '../money-intents/idempotency.service';
import { reversalRecordKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyIntents } from '../money-intents/money-intents';
import { TransferReversal } from './transfer-reversal.entity';
import { REVERSIBLE_STATUSES, ReversalStatus } from './transfer-status';
import { Transfer } from './transfer.entity';
import type { ReverseTransferInput } from './transfer.types';

interface ReversalRequest {
  transferId: string;
  amountMinor: number | null;
  reason: string | null;
}

type RequestClaim = { recordKey: string; requestHash: string };

/**
 * Taking money back from a writer: the PENDING reversal row commits (checked again under the
 * transfer's row lock, so two reversals never take back more than was paid) before Stripe is
 * called with a key derived from the row. An idempotency key is optional here.
 */
export class TransferReversals {
  constructor(
    private readonly database: Database,
    private readonly idempotency: IdempotencyService,
    private readonly intents: MoneyIntents<TransferReversal, Stripe.TransferReversal, AuditInput>,
  ) {}

  async reverse(input: ReverseTransferInput, actor: Viewer): Promise<Transfer> {
    const request: ReversalRequest = { transferId: input.transferId, amountMinor: input.amount ?? null, reason: input.reason?.trim() || null };
    if (!input.idempotencyKey) return (await this.reverseOnce(request, actor))!;
    const claim = { recordKey: reversalRecordKeyOf(input.idempotencyKey), requestHash: requestHashOf({ ...request }) };
    return this.idempotency.answerOnce(
      claim.recordKey,
      claim.requestHash,
      (reversalId) => this.replay(reversalId, claim),
      () => this.reverseOnce(request, actor, claim),
    );
  }

  /** Undefined when another request claimed the key first. */
  private async reverseOnce(request: ReversalRequest, actor: Viewer, claim?: RequestClaim): Promise<Transfer | undefined> {
    const sent = await this.intents.locks.run(request.transferId, async () => {
      const transfer = await this.byId(request.transferId);
      const reversal = this.database.manager.create(TransferReversal, {
        id: randomUUID(),
        transferId: transfer.id,
        stripeReversalId: null,
        amountMinor: await reversibleAmount(this.database.manager, transfer, request.amountMinor),
        currency: transfer.currency,
        status: ReversalStatus.PENDING,
        reason: request.reason,
        failureMessage: null,
        createdByUserId: actor.userId,
        createdAt: new Date(),
      });
      const persisted = await this.intents.persist({
        row: reversal,
        claim: claim && { ...claim, actorUserId: actor.userId },
        // Checked again under the transfer's row lock: another instance may have reversed part of it meanwhile.
        before: async ({ manager }) => void (await reversibleAmount(manager, (await lockedRow(manager, Transfer, { id: transfer.id }))!, reversal.amountMinor)),
        audit: (row) => requested(transfer, row),
      });
      if (!persisted) return false;
      await this.intents.submit(reversal, claim?.recordKey);
      return true;
    });
    return sent ? this.byId(request.transferId) : undefined;
  }

  /** A recorded request's transfer; a reversal still unconfirmed is driven on (same Stripe key) first. */
  private async replay(reversalId: string, claim: RequestClaim): Promise<Transfer> {
    const reversal = await this.database.manager.findOneByOrFail(TransferReversal, { id: reversalId });
    if (reversal.status === ReversalStatus.PENDING) {
      await this.intents.tryFinish(reversal, claim.recordKey);
      await this.idempotency.replay(claim.recordKey, claim.requestHash);
    }
    return this.byId(reversal.transferId);
  }

  private async byId(id: string): Promise<Transfer> {
    const transfer = await this.database.manager.findOneBy(Transfer, { id });
    if (!transfer) throw notFound('Transfer', id);
    return transfer;
  }
}

/** What the request may take back: the paid amount less what is reversed or being reversed. */
async function reversibleAmount(manager: EntityManager, transfer: Transfer, requestedMinor: number | null): Promise<number> {
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

function requested(transfer: Transfer, reversal: TransferReversal): AuditInput {
  return {
    actorUserId: reversal.createdByUserId,
    action: AuditAction.TRANSFER_REVERSAL_REQUESTED,
    subjectType: 'TransferReversal',
    subjectId: reversal.id,
    amountMinor: reversal.amountMinor,
    currency: reversal.currency,
    details: { transferId: transfer.id, writerId: transfer.writerId, reason: reversal.reason },
  };
}
