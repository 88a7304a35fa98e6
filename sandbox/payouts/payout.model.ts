import type { Metadata } from '../kernel/stripe-object.types';

export type PayoutStatus = 'pending' | 'in_transit' | 'paid' | 'failed' | 'canceled';

/** A payout of an account's available balance to one of its bank accounts (API 2023-08-16). */
export interface Payout {
  id: string;
  object: 'payout';
  amount: number;
  arrival_date: number;
  /** Made by the account's payout schedule rather than through the API. */
  automatic: boolean;
  balance_transaction: string;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  failure_balance_transaction: string | null;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Metadata;
  method: 'standard' | 'instant';
  original_payout: null;
  reconciliation_status: 'completed' | 'in_progress' | 'not_applicable';
  reversed_by: null;
  source_type: 'bank_account' | 'card' | 'fpx';
  statement_descriptor: string | null;
  status: PayoutStatus;
  type: 'bank_account' | 'card';
}
