import type { Metadata } from '../kernel/stripe-object.types';
import type { BankTokenOutcome } from './bank-token.catalog';

export type TopupStatus = 'canceled' | 'failed' | 'pending' | 'reversed' | 'succeeded';

/** The bank-debit source a top-up pulls from (Stripe's `source` object, ACH debit). */
export interface TopupSource {
  id: string;
  object: 'source';
  ach_debit: {
    bank_name: string;
    country: string;
    fingerprint: string;
    last4: string;
    routing_number: string;
    type: 'individual';
  };
  amount: null;
  client_secret: string;
  created: number;
  currency: string;
  flow: 'none';
  livemode: false;
  metadata: Metadata;
  owner: null;
  statement_descriptor: null;
  status: 'chargeable';
  type: 'ach_debit';
  usage: 'reusable';
}

export interface Topup {
  id: string;
  object: 'topup';
  amount: number;
  balance_transaction: string | null;
  created: number;
  currency: string;
  description: string | null;
  expected_availability_date: number;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Metadata;
  source: TopupSource;
  statement_descriptor: string | null;
  status: TopupStatus;
  transfer_group: string | null;
}

/** What the sandbox keeps about a top-up beyond Stripe's object. */
export interface TopupSide {
  outcome: BankTokenOutcome;
}
