import { newId, randomBase62 } from '../ids';

/** The payout bank account that onboarding attaches (Stripe's test routing/account numbers). */
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
  metadata: Record<string, string>;
  routing_number: string;
  status: 'new' | 'validated' | 'verified' | 'verification_failed' | 'errored';
}

export function newBankAccount(input: {
  accountId: string;
  holderName: string | null;
  routingNumber: string;
  accountNumber: string;
  currency: string;
}): BankAccount {
  return {
    id: newId('ba'),
    object: 'bank_account',
    account: input.accountId,
    account_holder_name: input.holderName,
    account_holder_type: 'individual',
    account_type: null,
    bank_name: 'STRIPE TEST BANK',
    country: 'US',
    currency: input.currency,
    default_for_currency: true,
    fingerprint: randomBase62(16),
    last4: input.accountNumber.slice(-4),
    metadata: {},
    routing_number: input.routingNumber,
    status: 'new',
  };
}
