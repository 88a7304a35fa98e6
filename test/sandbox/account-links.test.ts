import type Stripe from 'stripe';
import { startTestSandbox, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;

beforeAll(async () => {
  kit = await startTestSandbox();
});
afterAll(() => kit.close());

const REFRESH_URL = 'http://localhost:4000/connect/onboarding/refresh';
const RETURN_URL = 'http://localhost:4000/connect/onboarding/return';

async function newAccountLink(type: 'account_onboarding' | 'account_update' = 'account_onboarding') {
  const account = await kit.stripe.accounts.create({ type: 'express', email: 'writer@example.com', capabilities: { transfers: { requested: true } } });
  const link = await kit.stripe.accountLinks.create({ account: account.id, type, refresh_url: REFRESH_URL, return_url: RETURN_URL });
  return { account, link };
}

/** The form's fields as a browser would submit them. */
function formFields(html: string): URLSearchParams {
  const fields = new URLSearchParams();
  for (const match of html.matchAll(/<input ([^>]*)>/g)) {
    const [, attributes = ''] = match;
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    const value = /value="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (name) fields.set(name, value.replace(/&amp;/g, '&'));
  }
  return fields;
}

function open(url: string) {
  return fetch(url, { redirect: 'manual' });
}

test('a link points at the hosted page, expires in 300 s and is single use', async () => {
  const { link } = await newAccountLink();
  expect(link).toMatchObject({ object: 'account_link', url: expect.stringMatching(new RegExp(`^${kit.sandbox.url}/connect/onboarding/\\w+$`)) });
  expect(link.expires_at - link.created).toBe(300);
  expect((await open(link.url)).status).toBe(200);
  const second = await open(link.url);
  expect(second.status).toBe(303);
  expect(second.headers.get('location')).toBe(REFRESH_URL);
});

test('the hosted form is prefilled with Stripe test data, labelled, with one Submit button', async () => {
  const { account, link } = await newAccountLink();
  const html = await (await open(link.url)).text();
  const fields = formFields(html);
  expect(Object.fromEntries(fields)).toMatchObject({
    email: 'writer@example.com',
    phone: '0000000000',
    verification_code: '000-000',
    dob: '1901-01-01',
    id_number: '000000000',
    address_line1: 'address_full_match',
    routing_number: '110000000',
    account_number: '000123456789',
  });
  for (const name of fields.keys()) {
    if (name !== 'session') expect(html).toContain(`<label for="${name}">`);
  }
  expect(html.match(/<button[^>]*>Submit<\/button>/g)).toHaveLength(1);
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="http/);
  expect(html).toContain(account.id);
});

test('submitting the form completes onboarding and redirects to return_url', async () => {
  const { account, link } = await newAccountLink();
  const page = await open(link.url);
  const fields = formFields(await page.text());
  fields.set('first_name', 'Ada');
  const submitted = await fetch(link.url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
  });
  expect(submitted.status).toBe(303);
  expect(submitted.headers.get('location')).toBe(RETURN_URL);
  const onboarded: Stripe.Account = await kit.stripe.accounts.retrieve(account.id);
  expect(onboarded).toMatchObject({
    details_submitted: true,
    charges_enabled: true,
    payouts_enabled: true,
    capabilities: { transfers: 'active' },
    individual: { first_name: 'Ada', dob: { day: 1, month: 1, year: 1901 } },
    tos_acceptance: { ip: expect.any(String) },
  });
  expect(onboarded.requirements?.currently_due).toEqual([]);
  expect(onboarded.external_accounts?.data[0]).toMatchObject({ object: 'bank_account', last4: '6789', routing_number: '110000000' });
  const resubmitted = await fetch(link.url, { method: 'POST', redirect: 'manual', body: fields });
  expect(resubmitted.headers.get('location')).toBe(REFRESH_URL);
});

test('an expired link goes to refresh_url', async () => {
  const { link } = await newAccountLink();
  await kit.control('POST', '/_sandbox/clock/advance', { seconds: 301 });
  const response = await open(link.url);
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(REFRESH_URL);
});

test('a form posted without the session the page handed out goes to refresh_url', async () => {
  const { link } = await newAccountLink();
  await open(link.url);
  const forged = await fetch(link.url, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ session: 'guess' }) });
  expect(forged.headers.get('location')).toBe(REFRESH_URL);
});

test('account_update links are refused for accounts with a Stripe-hosted Dashboard and serve the update form otherwise', async () => {
  await expect(newAccountLink('account_update')).rejects.toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'type' });
  const custom = await kit.stripe.accounts.create({
    controller: {
      stripe_dashboard: { type: 'none' },
      requirement_collection: 'application',
      fees: { payer: 'application' },
      losses: { payments: 'application' },
    },
    capabilities: { transfers: { requested: true } },
  });
  const link = await kit.stripe.accountLinks.create({ account: custom.id, type: 'account_update', refresh_url: REFRESH_URL, return_url: RETURN_URL });
  expect(await (await open(link.url)).text()).toContain('Update your payout details');
});

test('an onboarding link for an account that already submitted its details offers to update them', async () => {
  const { account, link } = await newAccountLink();
  await kit.control('POST', `/_sandbox/accounts/${account.id}/set_state`, { state: 'active' });
  expect(await (await open(link.url)).text()).toContain('Update your payout details');
});

test('a rejected account’s link goes to refresh_url', async () => {
  const { account, link } = await newAccountLink();
  await kit.control('POST', `/_sandbox/accounts/${account.id}/set_state`, { state: 'rejected' });
  expect((await open(link.url)).headers.get('location')).toBe(REFRESH_URL);
});

test('refresh_url and return_url must be absolute URLs', async () => {
  const account = await kit.stripe.accounts.create({ type: 'express' });
  await expect(
    kit.stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: '/relative', return_url: RETURN_URL }),
  ).rejects.toMatchObject({ statusCode: 400, code: 'url_invalid', param: 'refresh_url' });
  await expect(
    kit.stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: REFRESH_URL, return_url: 'ftp://files/return' }),
  ).rejects.toMatchObject({ code: 'url_invalid', param: 'return_url' });
  await expect(kit.stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', return_url: RETURN_URL })).rejects.toMatchObject({
    code: 'parameter_missing',
    param: 'refresh_url',
  });
});

test('an unknown link token is a 404 page', async () => {
  expect((await open(`${kit.sandbox.url}/connect/onboarding/nope`)).status).toBe(404);
});
