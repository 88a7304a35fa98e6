import type { Address, Metadata } from '../kernel/stripe-object.types';

export interface BillingDetails {
  address: Address | null;
  email: string | null;
  name: string | null;
  phone: string | null;
}

export interface CardDetails {
  brand: string;
  checks: { address_line1_check: null; address_postal_code_check: null; cvc_check: 'pass' | null };
  country: string;
  exp_month: number;
  exp_year: number;
  fingerprint: string;
  funding: string;
  generated_from: null;
  last4: string;
  networks: { available: string[]; preferred: null };
  three_d_secure_usage: { supported: true };
  wallet: null;
}

export interface SepaDebitDetails {
  bank_code: string;
  branch_code: string;
  country: string;
  fingerprint: string;
  generated_from: null;
  last4: string;
}

export interface PaymentMethod {
  id: string;
  object: 'payment_method';
  billing_details: BillingDetails;
  card?: CardDetails;
  created: number;
  customer: string | null;
  livemode: false;
  metadata: Metadata;
  sepa_debit?: SepaDebitDetails;
  type: 'card' | 'sepa_debit';
}

/** Payment method types a Checkout Session or PaymentIntent may offer in the sandbox. */
export const PAYMENT_METHOD_TYPES = ['card', 'sepa_debit'] as const;
