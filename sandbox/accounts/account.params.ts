import { param, type Fields } from '../http/params';
import { CAPABILITY_NAMES } from './capability.catalog';

const address = param.object({
  city: param.string({ maxLength: 100 }),
  country: param.string({ maxLength: 2 }),
  line1: param.string({ maxLength: 200 }),
  line2: param.string({ maxLength: 200 }),
  postal_code: param.string({ maxLength: 20 }),
  state: param.string({ maxLength: 100 }),
});

const dob = param.object({
  day: param.integer({ min: 1, max: 31 }),
  month: param.integer({ min: 1, max: 12 }),
  year: param.integer({ min: 1900 }),
});

/** What can be said about a person, as `individual` on an account or a Person object. */
export const personFields = {
  address,
  dob,
  email: param.email({ maxLength: 800 }),
  first_name: param.string({ maxLength: 100 }),
  last_name: param.string({ maxLength: 100 }),
  phone: param.string({ maxLength: 40 }),
  id_number: param.string({ maxLength: 40 }),
  ssn_last_4: param.string({ maxLength: 4 }),
  metadata: param.metadata(),
};

const businessProfile = param.object({
  mcc: param.string({ maxLength: 4 }),
  name: param.string({ maxLength: 200 }),
  product_description: param.string({ maxLength: 40000 }),
  support_address: address,
  support_email: param.email({ maxLength: 800 }),
  support_phone: param.string({ maxLength: 40 }),
  support_url: param.string({ maxLength: 5000 }),
  url: param.string({ maxLength: 5000 }),
});

const requestedCapability = param.object({ requested: param.boolean() });
const capabilities = param.object(
  Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, requestedCapability])) as Record<string, typeof requestedCapability>,
);

const PAYOUT_INTERVALS = ['manual', 'daily', 'weekly', 'monthly'] as const;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const settings = param.object({
  payouts: param.object({
    debit_negative_balances: param.boolean(),
    statement_descriptor: param.string({ maxLength: 22 }),
    schedule: param.object({
      interval: param.enum(PAYOUT_INTERVALS),
      /** An integer number of days or `minimum`. */
      delay_days: param.string(),
      weekly_anchor: param.enum(WEEKDAYS),
      monthly_anchor: param.integer({ min: 1, max: 31 }),
    }),
  }),
});

const updatableFields = {
  business_profile: businessProfile,
  business_type: param.enum(['individual', 'company', 'non_profit', 'government_entity'] as const),
  capabilities,
  default_currency: param.string({ maxLength: 3 }),
  email: param.email({ maxLength: 800 }),
  individual: param.object(personFields),
  metadata: param.metadata(),
  settings,
  tos_acceptance: param.object({
    date: param.integer(),
    ip: param.string(),
    user_agent: param.string({ maxLength: 5000 }),
    service_agreement: param.enum(['full', 'recipient'] as const),
  }),
} satisfies Fields;

export const accountUpdateFields = updatableFields;

export const accountCreateFields = {
  ...updatableFields,
  type: param.enum(['custom', 'express', 'standard'] as const),
  country: param.string({ maxLength: 2 }),
  /** Connected-account properties, newer than the 2023 spec (SDK types are the reference). */
  controller: param.object({
    fees: param.object({ payer: param.enum(['account', 'application'] as const) }),
    losses: param.object({ payments: param.enum(['application', 'stripe'] as const) }),
    requirement_collection: param.enum(['application', 'stripe'] as const),
    stripe_dashboard: param.object({ type: param.enum(['express', 'full', 'none'] as const) }),
  }),
} satisfies Fields;
