import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import { money } from '../money/money.type';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { badUserInput } from '../errors/errors';
import { byIdOrNotFound } from '../graphql/reads';
import { requestHashOf } from '../money-intents/idempotency.service';
import { reversalRecordKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyIntents, RequestClaim } from '../money-intents/money-intents';
import { TransferReversal } from './transfer-reversal.entity';
import { REVERSIBLE_STATUSES, ReversalStatus } from './transfer-status';
import { Transfer } from './transfer.entity';
import type { ReverseTransferInput } from './transfer.types';

interface ReversalRequest {
  transferId: string;
  amountMinor: number | null;
  reason: string | null;
}

/**
 * Taking money back from a writer: the PENDING reversal row commits (checked again under the
 * transfer's row lock, so two reversals never take back more than was paid) before Stripe is
 * called with a key derived from the row. An idempotency key is optional here.
 */
export class TransferReversals {
  constructor(
    private readonly database: Database,
    private readonly intents: MoneyIntents<TransferReversal, Stripe.TransferReversal, AuditInput>,
  ) {}

  async reverse(input: ReverseTransferInput, actor: Viewer): Promise<Transfer> {
    const request: ReversalRequest = { transferId: input.transferId, amountMinor: input.amount ?? null, reason: input.reason?.trim() || null };
    if (!input.idempotencyKey) return (await this.reverseOnce(request, actor))!;
    const claim = { recordKey: reversalRecordKeyOf(input.idempotencyKey), requestHash: requestHashOf({ ...request }) };
    return this.intents.answerOnce(
      claim,
      (reversal) => this.byId(reversal.transferId),
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

  private byId(id: string): Promise<Transfer> {
    return byIdOrNotFound(this.database.manager, Transfer, 'Transfer', id);
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
