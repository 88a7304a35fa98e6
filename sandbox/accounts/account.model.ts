import type { IdNumberKind, VerificationFailure } from './test-identity';
import type { Address, Metadata, StripeList } from '../kernel/stripe-object.types';
import type { Person } from './person.model';
import type { BankAccount } from './bank-account.model';

export type CapabilityStatus = 'active' | 'inactive' | 'pending';
export type AccountType = 'express' | 'custom' | 'standard';
export type PayoutInterval = 'manual' | 'daily' | 'weekly' | 'monthly';

export interface Requirements {
  alternatives: { alternative_fields_due: string[]; original_fields_due: string[] }[];
  current_deadline: number | null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: { code: string; reason: string; requirement: string }[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
}

/** Connected-account properties (API 2024+; see spec-extensions.ts). */
export interface AccountController {
  type: 'application' | 'account';
  is_controller?: boolean;
  fees?: { payer: string };
  losses?: { payments: string };
  requirement_collection?: 'stripe' | 'application';
  stripe_dashboard?: { type: 'express' | 'full' | 'none' };
}

export interface BusinessProfile {
  mcc: string | null;
  name: string | null;
  product_description: string | null;
  support_address: Address | null;
  support_email: string | null;
  support_phone: string | null;
  support_url: string | null;
  url: string | null;
}

export interface PayoutSchedule {
  delay_days: number;
  interval: PayoutInterval;
  weekly_anchor?: string;
  monthly_anchor?: number;
}

export interface AccountSettings {
  branding: { icon: string | null; logo: string | null; primary_color: string | null; secondary_color: string | null };
  card_payments: {
    decline_on: { avs_failure: boolean; cvc_failure: boolean };
    statement_descriptor_prefix: string | null;
    statement_descriptor_prefix_kana: string | null;
    statement_descriptor_prefix_kanji: string | null;
  };
  dashboard: { display_name: string | null; timezone: string };
  payments: {
    statement_descriptor: string | null;
    statement_descriptor_kana: string | null;
    statement_descriptor_kanji: string | null;
    statement_descriptor_prefix_kana: string | null;
    statement_descriptor_prefix_kanji: string | null;
  };
  payouts: { debit_negative_balances: boolean; schedule: PayoutSchedule; statement_descriptor: string | null };
}

export interface TosAcceptance {
  date: number | null;
  ip: string | null;
  user_agent: string | null;
  service_agreement?: 'full' | 'recipient';
}

export interface Account {
  id: string;
  object: 'account';
  business_profile: BusinessProfile;
  business_type: string | null;
  capabilities: Record<string, CapabilityStatus>;
  charges_enabled: boolean;
  controller: AccountController;
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  external_accounts: StripeList<BankAccount>;
  future_requirements: Requirements;
  individual?: Person;
  metadata: Metadata;
  payouts_enabled: boolean;
  requirements: Requirements;
  settings: AccountSettings;
  tos_acceptance: TosAcceptance;
  type: AccountType;
}

export interface DeletedAccount {
  id: string;
  object: 'account';
  deleted: true;
}

/** What the sandbox keeps about an account beyond Stripe's object. */
export interface AccountSide {
  onboardingState: OnboardingState;
  /** Unix seconds at which each capability was requested, for Capability objects. */
  capabilityRequestedAt: Record<string, number>;
  deauthorized: boolean;
  /** Connect test data given so far and where verification stands (see test-identity.ts). */
  verification?: AccountVerification;
}

export interface AccountVerification {
  /** What the last `id_number` given stands for among Stripe's test values (the number is never kept). */
  idNumber?: IdNumberKind;
  /** Set while a verification that will succeed is pending: when it completes (sandbox seconds). */
  dueAt?: number;
  /** Why the last verification failed. */
  failure?: VerificationFailure;
}

/** The onboarding situations `/_sandbox/accounts/{id}/set_state` can put an account in. */
export const ONBOARDING_STATES = ['new', 'in_progress', 'pending_verification', 'restricted', 'rejected', 'active'] as const;
export type OnboardingState = (typeof ONBOARDING_STATES)[number];

export function emptyRequirements(): Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
}
