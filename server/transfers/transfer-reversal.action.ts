import type Stripe from 'stripe';
import type { Database } from '../db/database';
import type { AppError } from '../errors/errors';
import { reversalStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import { stripeFailure } from '../stripe/stripe-errors';
import type { ReversalOutcomes } from './reversal-outcomes';
import type { TransferOutcomes } from './transfer-outcomes';
import { TransferReversal } from './transfer-reversal.entity';
import { reversalFacts, reversalParams } from './transfer-reversal.stripe';
import { ReversalStatus } from './transfer-status';
import { Transfer } from './transfer.entity';

/** Taking money back from a writer, as the money engine sends, finds and recovers it. */
export class TransferReversalAction implements MoneyAction<TransferReversal, Stripe.TransferReversal> {
  readonly name = 'reversal';
  readonly logKey = 'reversalId';
  readonly entity = TransferReversal;
  readonly neverReceived = 'Stripe never received this reversal within a day; nothing was reversed.';

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly transfers: TransferOutcomes,
    private readonly outcomes: ReversalOutcomes,
  ) {}

  isPending(reversal: TransferReversal): boolean {
    return reversal.status === ReversalStatus.PENDING;
  }

  /** A transfer and its reversals share one lock: their outcomes are written under the transfer's row. */
  lockKeyOf(reversal: TransferReversal): string {
    return reversal.transferId;
  }

  stripeKeyOf(reversal: TransferReversal): string {
    return reversalStripeKeyOf(reversal.id);
  }

  async send(reversal: TransferReversal, idempotencyKey: string): Promise<Stripe.TransferReversal> {
    const transfer = await this.transferOf(reversal);
    return this.stripe.transfers.createReversal(transfer.stripeTransferId!, reversalParams(transfer, reversal), { idempotencyKey });
  }

  async findOnStripe(reversal: TransferReversal): Promise<Stripe.TransferReversal | undefined> {
    const transfer = await this.transferOf(reversal);
    for await (const onStripe of this.stripe.transfers.listReversals(transfer.stripeTransferId!, { limit: 100 })) {
      if (reversalFacts(onStripe).reversalId === reversal.id) return onStripe;
    }
    return undefined;
  }

  applyAnswer(stripeReversal: Stripe.TransferReversal): Promise<unknown> {
    return this.transfers.applyStripeReversal(stripeReversal);
  }

  refusalOf(error: unknown): AppError {
    return stripeFailure(error, 'reverse the transfer');
  }

  applyRefusal(reversal: TransferReversal, refusal: AppError, recordKey?: string): Promise<void> {
    return this.outcomes.refused(reversal.id, refusal, recordKey);
  }

  applyUnanswered(reversal: TransferReversal, reason: string): Promise<void> {
    return this.outcomes.unanswered(reversal.id, reason);
  }

  pending(limit: number): Promise<TransferReversal[]> {
    return this.database.manager.find(TransferReversal, { where: { status: ReversalStatus.PENDING }, order: { createdAt: 'ASC' }, take: limit });
  }

  private transferOf(reversal: TransferReversal): Promise<Transfer> {
    return this.database.manager.findOneByOrFail(Transfer, { id: reversal.transferId });
  }
}
