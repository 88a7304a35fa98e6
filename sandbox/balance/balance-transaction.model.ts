export type BalanceTransactionType =
  | 'topup'
  | 'topup_reversal'
  | 'transfer'
  | 'transfer_refund'
  | 'payment'
  | 'payment_refund'
  | 'payout'
  | 'payout_cancel'
  | 'payout_failure';

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
  fee_details: never[];
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
};
