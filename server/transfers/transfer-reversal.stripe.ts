import type Stripe from 'stripe';
import type { TransferReversal } from './transfer-reversal.entity';
import type { Transfer } from './transfer.entity';

/** What a Stripe transfer reversal says, in our terms: the one place it becomes ours. */
export interface ReversalFacts {
  stripeReversalId: string;
  /** Our row's id, from the metadata we sent (absent for one made in the Stripe Dashboard). */
  reversalId: string | null;
  stripeTransferId: string;
  amountMinor: number;
  currency: string;
  /** The reason we sent, if any. */
  reason: string | null;
  createdAt: Date;
}

export function reversalFacts(reversal: Stripe.TransferReversal): ReversalFacts {
  return {
    stripeReversalId: reversal.id,
    reversalId: reversal.metadata?.reversal_id ?? null,
    stripeTransferId: typeof reversal.transfer === 'string' ? reversal.transfer : reversal.transfer.id,
    amountMinor: reversal.amount,
    currency: reversal.currency,
    reason: reversal.metadata?.reason ?? null,
    createdAt: new Date(reversal.created * 1000),
  };
}

/** Stripe's request for the row; the metadata lets a lost answer be found again. */
export function reversalParams(transfer: Transfer, reversal: TransferReversal): Stripe.TransferCreateReversalParams {
  return {
    amount: reversal.amountMinor,
    ...(reversal.reason ? { description: reversal.reason } : {}),
    metadata: { reversal_id: reversal.id, transfer_id: transfer.id, ...(reversal.reason ? { reason: reversal.reason } : {}) },
  };
}
