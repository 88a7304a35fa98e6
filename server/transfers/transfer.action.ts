import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import type { AppError } from '../errors/errors';
import type { Logger } from '../logging/logger';
import { transferStripeKeyOf } from '../money-intents/idempotency-keys';
import type { MoneyAction } from '../money-intents/money-action';
import { isWithinKeyWindow } from '../money-intents/stripe-idempotency-window';
import { Writer } from '../writers/writer.entity';
import type { CrashHook } from './crash-point';
import type { TransferOutcomes } from './transfer-outcomes';
import { TransferStatus } from './transfer-status';
import { Transfer } from './transfer.entity';
import { transferFacts, transferParams, transferRefusal, transfersInGroup } from './transfer.stripe';

/** Paying a writer, as the money engine sends, finds and recovers it. */
export class TransferAction implements MoneyAction<Transfer, Stripe.Transfer> {
  readonly name = 'transfer';
  readonly logKey = 'transferId';
  readonly entity = Transfer;
  readonly neverReceived = 'Stripe never received this transfer within a day; nothing was paid.';

  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly outcomes: TransferOutcomes,
    private readonly crash: CrashHook,
    private readonly logger: Logger,
  ) {}

  isPending(transfer: Transfer): boolean {
    return transfer.status === TransferStatus.PENDING;
  }

  lockKeyOf(transfer: Transfer): string {
    return transfer.id;
  }

  stripeKeyOf(transfer: Transfer): string {
    return transferStripeKeyOf(transfer.id);
  }

  async send(transfer: Transfer, idempotencyKey: string): Promise<Stripe.Transfer> {
    const writer = await this.database.manager.findOneByOrFail(Writer, { id: transfer.writerId });
    const created = await this.stripe.transfers.create(transferParams(transfer, writer.stripeAccountId!), { idempotencyKey });
    this.crash('stripe-answered');
    return created;
  }

  /** Adopted by transfer_group (and our metadata); a payout run's, inside the key's window, by Stripe's replay of the key. */
  async findOnStripe(transfer: Transfer): Promise<Stripe.Transfer | undefined> {
    if (transfer.payoutRunId && isWithinKeyWindow(transfer.createdAt)) return undefined;
    const onStripe = await this.ownTransfersOnStripe(transfer);
    if (onStripe.length > 1)
      this.logger.error({ transferId: transfer.id, stripeTransferIds: onStripe.map((found) => found.id) }, 'more than one Stripe transfer for one row');
    return onStripe.at(-1);
  }

  applyAnswer(stripeTransfer: Stripe.Transfer): Promise<unknown> {
    return this.outcomes.applyStripeTransfer(stripeTransfer);
  }

  refusalOf(error: unknown): AppError {
    return transferRefusal(error);
  }

  applyRefusal(transfer: Transfer, refusal: AppError, recordKey?: string): Promise<void> {
    return this.outcomes.transferRefused(transfer.id, refusal, recordKey);
  }

  applyUnanswered(transfer: Transfer, reason: string): Promise<void> {
    return this.outcomes.transferUnanswered(transfer.id, reason);
  }

  /** A payout run's transfers are sent again by the run's executor, within its Stripe request budget. */
  pending(limit: number): Promise<Transfer[]> {
    return this.database.manager.find(Transfer, { where: { status: TransferStatus.PENDING, payoutRunId: IsNull() }, order: { createdAt: 'ASC' }, take: limit });
  }

  private async ownTransfersOnStripe(transfer: Transfer): Promise<Stripe.Transfer[]> {
    if (!transfer.payoutRunId) return (await this.stripe.transfers.list(transfersInGroup(transfer, 10))).data;
    const found: Stripe.Transfer[] = [];
    for await (const onStripe of this.stripe.transfers.list(transfersInGroup(transfer, 100))) {
      if (transferFacts(onStripe).transferId === transfer.id) found.push(onStripe);
    }
    return found;
  }
}
