import type Stripe from 'stripe';
import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
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
export function transferAction(
  database: Database,
  stripe: Stripe,
  outcomes: TransferOutcomes,
  crash: CrashHook,
  logger: Logger,
): MoneyAction<Transfer, Stripe.Transfer> {
  return {
    name: 'transfer',
    logKey: 'transferId',
    entity: Transfer,
    outcomes,
    isPending: (transfer) => transfer.status === TransferStatus.PENDING,
    // A payout run's transfers are sent again by the run's executor, within its Stripe request budget.
    recoverable: { status: TransferStatus.PENDING, payoutRunId: IsNull() },
    stripeKeyOf: (transfer) => transferStripeKeyOf(transfer.id),
    send: async (transfer, idempotencyKey) => {
      const writer = await database.manager.findOneByOrFail(Writer, { id: transfer.writerId });
      const created = await stripe.transfers.create(transferParams(transfer, writer.stripeAccountId!), { idempotencyKey });
      crash('stripe-answered');
      return created;
    },
    refusal: transferRefusal,
    applyAnswer: (stripeTransfer) => outcomes.applyStripeTransfer(stripeTransfer),
    // Adopted by transfer_group (and our metadata); a payout run's, inside the key's window, by Stripe's replay of the key.
    findOnStripe: async (transfer) => {
      if (transfer.payoutRunId && isWithinKeyWindow(transfer.createdAt)) return undefined;
      const onStripe = await ownTransfersOnStripe(stripe, transfer);
      if (onStripe.length > 1)
        logger.error({ transferId: transfer.id, stripeTransferIds: onStripe.map((found) => found.id) }, 'more than one Stripe transfer for one row');
      return onStripe.at(-1);
    },
    neverReceived: 'Stripe never received this transfer within a day; nothing was paid.',
  };
}

async function ownTransfersOnStripe(stripe: Stripe, transfer: Transfer): Promise<Stripe.Transfer[]> {
  if (!transfer.payoutRunId) return (await stripe.transfers.list(transfersInGroup(transfer, 10))).data;
  const found: Stripe.Transfer[] = [];
  for await (const onStripe of stripe.transfers.list(transfersInGroup(transfer, 100))) {
    if (transferFacts(onStripe).transferId === transfer.id) found.push(onStripe);
  }
  return found;
}
