import type Stripe from 'stripe';
import type { Database } from '../db/database';
import { reversalStripeKeyOf } from '../money-intents/idempotency-keys';
import { firstOnStripe, type MoneyAction } from '../money-intents/money-action';
import type { ReversalOutcomes } from './reversal-outcomes';
import type { TransferOutcomes } from './transfer-outcomes';
import { TransferReversal } from './transfer-reversal.entity';
import { reversalFacts, reversalParams } from './transfer-reversal.stripe';
import { ReversalStatus } from './transfer-status';
import { Transfer } from './transfer.entity';

/** Taking money back from a writer, as the money engine sends, finds and recovers it. */
export function transferReversalAction(
  database: Database,
  stripe: Stripe,
  transfers: TransferOutcomes,
  outcomes: ReversalOutcomes,
): MoneyAction<TransferReversal, Stripe.TransferReversal> {
  const transferOf = (reversal: TransferReversal) => database.manager.findOneByOrFail(Transfer, { id: reversal.transferId });
  return {
    name: 'reversal',
    logKey: 'reversalId',
    entity: TransferReversal,
    outcomes,
    isPending: (reversal) => reversal.status === ReversalStatus.PENDING,
    recoverable: { status: ReversalStatus.PENDING },
    // A transfer and its reversals share one lock: their outcomes are written under the transfer's row.
    lockKeyOf: (reversal) => reversal.transferId,
    stripeKeyOf: (reversal) => reversalStripeKeyOf(reversal.id),
    send: async (reversal, idempotencyKey) => {
      const transfer = await transferOf(reversal);
      return stripe.transfers.createReversal(transfer.stripeTransferId!, reversalParams(transfer, reversal), { idempotencyKey });
    },
    refusal: 'reverse the transfer',
    // Stripe's reversal changes the transfer's row too: the transfer's outcomes apply it.
    applyAnswer: (stripeReversal) => transfers.applyStripeReversal(stripeReversal),
    findOnStripe: async (reversal) => {
      const reversals = stripe.transfers.listReversals((await transferOf(reversal)).stripeTransferId!, { limit: 100 });
      return firstOnStripe(reversals, (onStripe) => reversalFacts(onStripe).reversalId === reversal.id);
    },
    neverReceived: 'Stripe never received this reversal within a day; nothing was reversed.',
  };
}
