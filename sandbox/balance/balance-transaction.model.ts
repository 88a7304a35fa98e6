export type BalanceTransactionType =
  | 'topup'
  | 'topup_reversal'
  | 'transfer'
  | 'transfer_refund'
  | 'payment'
  | 'payment_refund'
  | 'payout'
  | 'payout_cancel'
  | 'payout_failure'
  | 'charge'
  | 'refund'
  | 'application_fee'
  | 'application_fee_refund'
  | 'adjustment';

/** One part of a transaction's fee: Stripe's processing fee, or the platform's application fee. */
export interface FeeDetail {
  amount: number;
  application: string | null;
  currency: string;
  description: string;
  type: 'stripe_fee' | 'application_fee';
}

export interface BalanceTransaction {
  id: string;
  object: 'balance_transaction';
  amount: number;
  available_on: number;
  created: number;
  currency: string;
  description: string | null;
  exchange_rate: null;
  fee: number;
  fee_details: FeeDetail[];
  net: number;
  reporting_category: string;
  source: string | null;
  status: 'available' | 'pending';
  type: BalanceTransactionType;
}

/** Stripe's reporting category for each transaction type we create. */
export const REPORTING_CATEGORY: Record<BalanceTransactionType, string> = {
  topup: 'topup',
  topup_reversal: 'topup_reversal',
  transfer: 'transfer',
  transfer_refund: 'transfer_reversal',
  payment: 'charge',
  payment_refund: 'refund',
  payout: 'payout',
  payout_cancel: 'payout_reversal',
  payout_failure: 'payout_reversal',
  charge: 'charge',
  refund: 'refund',
  application_fee: 'platform_earning',
  application_fee_refund: 'platform_earning_refund',
  // The sandbox makes adjustments only for disputes (their debit, and the credit of one won).
  adjustment: 'dispute',
};
