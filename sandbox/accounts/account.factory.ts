import { newId } from '../kernel/ids';
import { emptyAddress } from '../kernel/stripe-object.types';
import {
  emptyRequirements,
  type Account,
  type AccountController,
  type AccountSettings,
  type AccountType,
  type BusinessProfile,
  type PayoutSchedule,
} from './account.model';
import { ACCOUNTS } from './account.stores';
import { newBankAccount } from './bank-account.model';

/** Euro countries, where bank accounts are IBANs with no separate routing number. */
export const EU_COUNTRIES = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IE', 'IT', 'LU', 'NL', 'PT'];

export function defaultCurrencyFor(country: string): string {
  if (country === 'GB') return 'gbp';
  if (country === 'CA') return 'cad';
  if (country === 'AU') return 'aud';
  if (EU_COUNTRIES.includes(country)) return 'eur';
  return 'usd';
}

function emptyBusinessProfile(): BusinessProfile {
  return {
    mcc: null,
    name: null,
    product_description: null,
    support_address: null,
    support_email: null,
    support_phone: null,
    support_url: null,
    url: null,
  };
}

function defaultSettings(schedule: PayoutSchedule): AccountSettings {
  return {
    branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
    card_payments: {
      decline_on: { avs_failure: false, cvc_failure: false },
      statement_descriptor_prefix: null,
      statement_descriptor_prefix_kana: null,
      statement_descriptor_prefix_kanji: null,
    },
    dashboard: { display_name: null, timezone: 'Etc/UTC' },
    payments: {
      statement_descriptor: null,
      statement_descriptor_kana: null,
      statement_descriptor_kanji: null,
      statement_descriptor_prefix_kana: null,
      statement_descriptor_prefix_kanji: null,
    },
    payouts: { debit_negative_balances: true, schedule, statement_descriptor: null },
  };
}

interface ConnectedAccountInput {
  type: AccountType;
  controller: AccountController;
  country: string;
  email: string | null;
  createdSeconds: number;
}

/** A connected account as Stripe creates it, before prefilled details are applied. */
export function newConnectedAccount(input: ConnectedAccountInput): Account {
  const id = newId(ACCOUNTS.idPrefix, 16);
  return {
    id,
    object: 'account',
    business_profile: emptyBusinessProfile(),
    business_type: null,
    capabilities: {},
    charges_enabled: false,
    controller: input.controller,
    country: input.country,
    created: input.createdSeconds,
    default_currency: defaultCurrencyFor(input.country),
    details_submitted: false,
    email: input.email,
    external_accounts: { object: 'list', url: `/v1/accounts/${id}/external_accounts`, has_more: false, data: [] },
    future_requirements: emptyRequirements(),
    metadata: {},
    payouts_enabled: false,
    requirements: emptyRequirements(),
    settings: defaultSettings({ delay_days: 2, interval: 'daily' }),
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: input.type,
  };
}

/**
 * The platform's own account. It starts on a manual payout schedule, which top-ups need
 * (Stripe: "To use top-ups, your platform must be on a manual payout schedule"), and with a
 * bank account at Stripe's test bank that its payouts go to.
 */
export function newPlatformAccount(id: string, createdSeconds: number): Account {
  const bank = newBankAccount({
    accountId: id,
    holderName: 'Sandbox Platform',
    holderType: 'company',
    routingNumber: '110000000',
    accountNumber: '000123456789',
    currency: 'usd',
  });
  return {
    id,
    object: 'account',
    business_profile: {
      ...emptyBusinessProfile(),
      name: 'Sandbox Platform',
      url: 'https://platform.example',
      support_address: emptyAddress(),
    },
    business_type: 'company',
    capabilities: { card_payments: 'active', transfers: 'active' },
    charges_enabled: true,
    controller: { type: 'account' },
    country: 'US',
    created: createdSeconds,
    default_currency: 'usd',
    details_submitted: true,
    email: 'platform@sandbox.example',
    external_accounts: { object: 'list', url: `/v1/accounts/${id}/external_accounts`, has_more: false, data: [bank] },
    future_requirements: emptyRequirements(),
    metadata: {},
    payouts_enabled: true,
    requirements: emptyRequirements(),
    settings: defaultSettings({ delay_days: 2, interval: 'manual' }),
    tos_acceptance: { date: createdSeconds, ip: '127.0.0.1', user_agent: null },
    type: 'standard',
  };
}

/** Stripe's controller properties for accounts created with a legacy `type`. */
export function controllerForType(type: AccountType): AccountController {
  if (type === 'standard') {
    return {
      type: 'application',
      is_controller: true,
      fees: { payer: 'account' },
      losses: { payments: 'stripe' },
      requirement_collection: 'stripe',
      stripe_dashboard: { type: 'full' },
    };
  }
  return {
    type: 'application',
    is_controller: true,
    fees: { payer: type === 'express' ? 'application_express' : 'application_custom' },
    losses: { payments: 'application' },
    requirement_collection: type === 'express' ? 'stripe' : 'application',
    stripe_dashboard: { type: type === 'express' ? 'express' : 'none' },
  };
}
