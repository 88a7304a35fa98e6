import type Stripe from 'stripe';
import { fundPlatform, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/**
 * Accounts given Stripe's documented Connect test data (docs.stripe.com/connect/testing) verify
 * or fail as on Stripe: 1901-01-01 verifies within seconds, 1902-01-01 and 222222222 at once,
 * 1900-01-01 is an OFAC review, other dates, 111111111 and the no-match addresses fail.
 */
let kit: TestSandbox;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  kit = await startTestSandbox();
  await kit.stripe.webhookEndpoints.create({ url: await receiver.start(), enabled_events: ['account.updated'], connect: true });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

interface Identity {
  dob?: { day: number; month: number; year: number };
  line1?: string;
  idNumber?: string;
  country?: string;
}

const DOB_VERIFIES = { day: 1, month: 1, year: 1901 };
const DOB_VERIFIES_NOW = { day: 1, month: 1, year: 1902 };

/** A Custom individual account given everything Stripe asks for, with these test values. */
function accountWith(identity: Identity): Promise<Stripe.Account> {
  const country = identity.country ?? 'US';
  const us = country === 'US';
  return kit.stripe.accounts.create({
    type: 'custom',
    country,
    email: 'ada@example.com',
    business_type: 'individual',
    business_profile: { mcc: '5734', url: 'https://answers.example/ada' },
    capabilities: { transfers: { requested: true } },
    tos_acceptance: { date: Math.floor(Date.now() / 1000), ip: '127.0.0.1', service_agreement: 'recipient' },
    external_account: us
      ? 'btok_us_verified'
      : { object: 'bank_account', country: 'GB', currency: 'gbp', routing_number: '108800', account_number: '00012345' },
    individual: {
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      phone: '0000000000',
      dob: identity.dob ?? DOB_VERIFIES,
      address: us
        ? { line1: identity.line1 ?? 'address_full_match', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' }
        : { line1: identity.line1 ?? 'address_full_match', city: 'London', postal_code: 'WC2N 5DU', country },
      ...(us ? { id_number: identity.idNumber ?? '000000000' } : {}),
    },
  });
}

async function advance(seconds: number): Promise<void> {
  await kit.control('POST', '/_sandbox/clock/advance', { seconds });
}

test('1901-01-01 with the test SSN and address verifies a few seconds later, announced by account.updated', async () => {
  const account = await accountWith({});
  expect(account).toMatchObject({
    details_submitted: true,
    payouts_enabled: false,
    requirements: { currently_due: [], disabled_reason: 'requirements.pending_verification' },
  });
  expect(account.individual?.verification?.status).toBe('pending');
  await advance(5);
  const verified = await kit.stripe.accounts.retrieve(account.id);
  expect(verified).toMatchObject({
    charges_enabled: true,
    payouts_enabled: true,
    capabilities: { transfers: 'active' },
    requirements: { disabled_reason: null },
  });
  expect(verified.individual?.verification?.status).toBe('verified');
  const event = await receiver.waitForEvent('account.updated', account.id);
  expect(event.data.previous_attributes).toMatchObject({ payouts_enabled: false });
  await fundPlatform(kit, 2000);
  expect(await kit.stripe.transfers.create({ amount: 1000, currency: 'usd', destination: account.id })).toMatchObject({ destination: account.id });
});

test.each([
  ['1902-01-01', { dob: DOB_VERIFIES_NOW }],
  ['ID number 222222222', { idNumber: '222222222' }],
])('%s verifies at once, in the response', async (_name, identity) => {
  const account = await accountWith(identity);
  expect(account).toMatchObject({ payouts_enabled: true, charges_enabled: true, capabilities: { transfers: 'active' } });
  expect(account.individual?.verification?.status).toBe('verified');
});

test.each([
  ['any other date of birth', { dob: { day: 10, month: 12, year: 1980 } }, 'verification_failed_keyed_identity', 'requirements.past_due'],
  ['ID number 111111111 (identity mismatch)', { idNumber: '111111111' }, 'verification_failed_keyed_identity', 'requirements.past_due'],
  ['address_no_match', { line1: 'address_no_match' }, 'verification_failed_address_match', 'requirements.past_due'],
  ['address_line1_no_match', { line1: 'address_line1_no_match' }, 'verification_failed_address_match', 'requirements.past_due'],
  ['1900-01-01 (an OFAC alert)', { dob: { day: 1, month: 1, year: 1900 } }, 'verification_failed_other', 'under_review'],
])('%s fails verification', async (_name, identity, code, disabledReason) => {
  const account = await accountWith(identity);
  expect(account).toMatchObject({ payouts_enabled: false, charges_enabled: false, capabilities: { transfers: 'inactive' } });
  expect(account.requirements).toMatchObject({ disabled_reason: disabledReason, errors: [expect.objectContaining({ code })] });
  expect(account.requirements?.currently_due).toEqual([account.requirements?.errors?.[0]?.requirement]);
  expect(account.individual?.verification?.status).toBe('unverified');
  await advance(5);
  expect((await kit.stripe.accounts.retrieve(account.id)).payouts_enabled).toBe(false);
});

test('correcting a failed date of birth to a test value verifies the account', async () => {
  const account = await accountWith({ dob: { day: 10, month: 12, year: 1980 } });
  const corrected = await kit.stripe.accounts.update(account.id, { individual: { dob: DOB_VERIFIES_NOW } });
  expect(corrected).toMatchObject({ payouts_enabled: true, requirements: { errors: [], disabled_reason: null } });
});

test('a GB individual owes no state or SSN, and verifies with the test date of birth', async () => {
  const account = await accountWith({ country: 'GB', dob: DOB_VERIFIES_NOW });
  expect(account).toMatchObject({ country: 'GB', default_currency: 'gbp', payouts_enabled: true, requirements: { currently_due: [] } });
});

test('an account missing details is not verified however good its test values', async () => {
  const account = await kit.stripe.accounts.create({
    type: 'custom',
    country: 'US',
    business_type: 'individual',
    individual: { dob: DOB_VERIFIES_NOW, id_number: '222222222' },
  });
  expect(account.payouts_enabled).toBe(false);
  expect(account.requirements?.currently_due).toEqual(expect.arrayContaining(['external_account', 'individual.first_name']));
});
