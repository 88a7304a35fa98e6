import type { Metadata, StripeList } from '../kernel/stripe-object.types';

export interface TransferReversal {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  balance_transaction: string;
  created: number;
  currency: string;
  destination_payment_refund: string;
  metadata: Metadata;
  source_refund: string | null;
  transfer: string;
}

export interface Transfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Metadata;
  reversals: StripeList<TransferReversal>;
  reversed: boolean;
  /** The charge whose funds a destination charge's transfer moved (null for a plain transfer). */
  source_transaction: string | null;
  source_type: 'bank_account' | 'card' | 'fpx';
  transfer_group: string | null;
}

/** How many reversals a transfer embeds (its `reversals` list); the rest are paged. */
export const EMBEDDED_REVERSALS_LIMIT = 10;
