import type Stripe from 'stripe';
import type { Database } from '../db/database';
import { AppError, ErrorCode } from '../graphql/errors';
import { KeyedLock } from '../money-intents/keyed-lock';
import { STRIPE_IDEMPOTENCY_WINDOW_MS } from '../money-intents/stripe-idempotency-window';
import type { Logger } from '../logger';
import { isUnknownOutcome, stripeErrorCode, stripeFailure } from '../stripe/stripe-errors';
import { Writer } from '../writers/writer.entity';
import type { CrashHook } from './crash-point';
import type { TransferOutcomes } from './transfer-outcomes';
import { TransferReversal, reversalStripeKeyOf } from './transfer-reversal.entity';
import { ReversalStatus, TransferStatus } from './transfer-status';
import { Transfer, transferGroupOf, transferStripeKeyOf } from './transfer.entity';

// Stripe codes that mean the destination cannot take the money, not that we lack it.
const DESTINATION_REFUSALS = new Set(['insufficient_capabilities_for_transfer', 'account_invalid', 'transfers_not_allowed']);

/**
 * Every call to Stripe about a transfer or reversal, always with the idempotency key derived
 * from our row. Callers hold `locks` for the transfer, so one process never has two calls about
 * the same transfer in flight; other processes are kept honest by Stripe's key.
 */
export class TransferSubmission {
  readonly locks = new KeyedLock();

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly outcomes: TransferOutcomes,
    private readonly crash: CrashHook,
    private readonly logger: Logger,
  ) {}

  /**
   * One attempt. A refusal fails the row; with `idempotencyRecordKey` (the client's own
   * request) it is also stored for replays and thrown. An unknown outcome leaves the row pending.
   */
  async sendTransfer(transfer: Transfer, destination: string, idempotencyRecordKey?: string): Promise<Transfer> {
    return (await this.attemptTransfer(transfer, destination, idempotencyRecordKey)).transfer;
  }

  /** As sendTransfer, also handing back the error when Stripe's answer left the outcome unknown (a 429, a 5xx, a timeout). */
  async attemptTransfer(transfer: Transfer, destination: string, idempotencyRecordKey?: string): Promise<{ transfer: Transfer; unanswered?: unknown }> {
    let created: Stripe.Transfer;
    try {
      created = await this.stripe.transfers.create(
        {
          amount: transfer.amountMinor,
          currency: transfer.currency,
          destination,
          transfer_group: transferGroupOf(transfer),
          ...(transfer.description ? { description: transfer.description } : {}),
          metadata: { transfer_id: transfer.id, writer_id: transfer.writerId },
        },
        { idempotencyKey: transferStripeKeyOf(transfer.id) },
      );
    } catch (error) {
      if (isUnknownOutcome(error)) {
        this.logger.warn({ err: error, transferId: transfer.id }, 'transfer outcome unknown; the recovery pass finishes it');
        await this.outcomes.transferUnanswered(transfer.id, reasonOf(error));
        return { transfer: await this.reload(transfer.id), unanswered: error };
      }
      const refusal = transferRefusal(error);
      await this.outcomes.transferRefused(transfer.id, refusal, idempotencyRecordKey);
      if (idempotencyRecordKey) throw refusal;
      return { transfer: await this.reload(transfer.id) };
    }
    this.crash('stripe-answered');
    return { transfer: (await this.outcomes.applyStripeTransfer(created)) ?? transfer };
  }

  /** Finishes a pending transfer: adopt what Stripe has by transfer_group, else retry inside the key's window. */
  async finishTransfer(transferId: string, idempotencyRecordKey?: string): Promise<Transfer> {
    const transfer = await this.reload(transferId);
    if (transfer.status !== TransferStatus.PENDING) return transfer;
    // A payout run's group holds every item's transfer: inside the key's window, Stripe's replay of the same key finds ours.
    if (transfer.payoutRunId && isWithinKeyWindow(transfer.createdAt)) return this.sendTransfer(transfer, await this.destinationOf(transfer), idempotencyRecordKey);
    const onStripe = await this.ownTransfersOnStripe(transfer);
    if (onStripe.length > 1) this.logger.error({ transferId, stripeTransferIds: onStripe.map((found) => found.id) }, 'more than one Stripe transfer for one row');
    if (onStripe.length > 0) return (await this.outcomes.applyStripeTransfer(onStripe.at(-1)!)) ?? transfer;
    if (isWithinKeyWindow(transfer.createdAt)) return this.sendTransfer(transfer, await this.destinationOf(transfer), idempotencyRecordKey);
    await this.outcomes.transferRefused(transfer.id, new AppError(ErrorCode.StripeError, 'Stripe never received this transfer within a day; nothing was paid.'), idempotencyRecordKey);
    return this.reload(transfer.id);
  }

  async sendReversal(transfer: Transfer, reversal: TransferReversal, idempotencyRecordKey?: string): Promise<Transfer> {
    let created: Stripe.TransferReversal;
    try {
      created = await this.stripe.transfers.createReversal(
        transfer.stripeTransferId!,
        {
          amount: reversal.amountMinor,
          ...(reversal.reason ? { description: reversal.reason } : {}),
          metadata: { reversal_id: reversal.id, transfer_id: transfer.id, ...(reversal.reason ? { reason: reversal.reason } : {}) },
        },
        { idempotencyKey: reversalStripeKeyOf(reversal.id) },
      );
    } catch (error) {
      if (isUnknownOutcome(error)) {
        this.logger.warn({ err: error, reversalId: reversal.id }, 'reversal outcome unknown; the recovery pass finishes it');
        await this.outcomes.reversalUnanswered(reversal.id, reasonOf(error));
        return this.reload(transfer.id);
      }
      const refusal = stripeFailure(error, 'reverse the transfer');
      await this.outcomes.reversalRefused(reversal.id, refusal, idempotencyRecordKey);
      if (idempotencyRecordKey) throw refusal;
      return this.reload(transfer.id);
    }
    return (await this.outcomes.applyStripeReversal(created)) ?? transfer;
  }

  async finishReversal(reversalId: string, idempotencyRecordKey?: string): Promise<Transfer> {
    const reversal = await this.database.manager.findOneByOrFail(TransferReversal, { id: reversalId });
    const transfer = await this.reload(reversal.transferId);
    if (reversal.status !== ReversalStatus.PENDING) return transfer;
    for await (const onStripe of this.stripe.transfers.listReversals(transfer.stripeTransferId!, { limit: 100 })) {
      if (onStripe.metadata?.reversal_id === reversal.id) return (await this.outcomes.applyStripeReversal(onStripe)) ?? transfer;
    }
    if (isWithinKeyWindow(reversal.createdAt)) return this.sendReversal(transfer, reversal, idempotencyRecordKey);
    await this.outcomes.reversalRefused(reversal.id, new AppError(ErrorCode.StripeError, 'Stripe never received this reversal within a day; nothing was reversed.'), idempotencyRecordKey);
    return this.reload(transfer.id);
  }

  private async ownTransfersOnStripe(transfer: Transfer): Promise<Stripe.Transfer[]> {
    if (!transfer.payoutRunId) return (await this.stripe.transfers.list({ transfer_group: transferGroupOf(transfer), limit: 10 })).data;
    const found: Stripe.Transfer[] = [];
    for await (const onStripe of this.stripe.transfers.list({ transfer_group: transferGroupOf(transfer), limit: 100 })) {
      if (onStripe.metadata?.transfer_id === transfer.id) found.push(onStripe);
    }
    return found;
  }

  private reload(transferId: string): Promise<Transfer> {
    return this.database.manager.findOneByOrFail(Transfer, { id: transferId });
  }

  private async destinationOf(transfer: Transfer): Promise<string> {
    const writer = await this.database.manager.findOneByOrFail(Writer, { id: transfer.writerId });
    return writer.stripeAccountId!;
  }
}

function isWithinKeyWindow(createdAt: Date): boolean {
  return Date.now() - createdAt.getTime() < STRIPE_IDEMPOTENCY_WINDOW_MS;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stripe's refusal in our terms: balance_insufficient is INSUFFICIENT_FUNDS, as the contract says. */
function transferRefusal(error: unknown): AppError {
  const failure = stripeFailure(error, 'send the transfer');
  const code = stripeErrorCode(error);
  if (code === 'balance_insufficient') {
    return new AppError(ErrorCode.InsufficientFunds, 'Stripe refused the transfer: the available balance does not cover it.', failure.extensions);
  }
  if (code && DESTINATION_REFUSALS.has(code)) {
    return new AppError(ErrorCode.WriterNotPayable, `Stripe refused the transfer: ${failure.message}`, failure.extensions);
  }
  return failure;
}
