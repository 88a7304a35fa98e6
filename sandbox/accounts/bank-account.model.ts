import { createHash } from 'node:crypto';
import { newId } from '../kernel/ids';
import type { Metadata } from '../kernel/stripe-object.types';

/** A payout bank account of a connected account (its `external_accounts`). */
export interface BankAccount {
  id: string;
  object: 'bank_account';
  account: string;
  account_holder_name: string | null;
  account_holder_type: 'individual' | 'company' | null;
  account_type: string | null;
  bank_name: string;
  country: string;
  currency: string;
  default_for_currency: boolean;
  fingerprint: string;
  last4: string;
  metadata: Metadata;
  /** Null for IBAN countries, where the IBAN carries the bank. */
  routing_number: string | null;
  status: 'new' | 'validated' | 'verified' | 'verification_failed' | 'errored';
}

export interface DeletedBankAccount {
  id: string;
  object: 'bank_account';
  currency: string;
  deleted: true;
}

export function newBankAccount(input: {
  accountId: string;
  holderName: string | null;
  holderType?: 'individual' | 'company' | null;
  routingNumber: string | null;
  accountNumber: string;
  currency: string;
  country?: string;
  metadata?: Metadata;
}): BankAccount {
  return {
    id: newId('ba'),
    object: 'bank_account',
    account: input.accountId,
    account_holder_name: input.holderName,
    account_holder_type: input.holderType === undefined ? 'individual' : input.holderType,
    account_type: null,
    bank_name: 'STRIPE TEST BANK',
    country: input.country ?? 'US',
    currency: input.currency,
    default_for_currency: true,
    // The same number gives the same fingerprint, as on Stripe.
    fingerprint: fingerprintOf(input.routingNumber, input.accountNumber),
    last4: input.accountNumber.slice(-4),
    metadata: input.metadata ?? {},
    routing_number: input.routingNumber,
    status: 'new',
  };
}

function fingerprintOf(routingNumber: string | null, accountNumber: string): string {
  return createHash('sha256')
    .update(`${routingNumber ?? ''}:${accountNumber}`)
    .digest('base64url')
    .replace(/[-_]/g, '')
    .slice(0, 16);
}
