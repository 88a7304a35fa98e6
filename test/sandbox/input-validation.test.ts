import type Stripe from 'stripe';
import { loadResponseValidator } from './openapi.validator';
import { startTestSandbox, TEST_KEY, type TestSandbox } from './sandbox.kit';

/** Values Stripe refuses, with its `param`, `code` and message, and values it takes that look unusual. */
let kit: TestSandbox;
const validator = loadResponseValidator();
// Schemas compiled before the sandbox starts: compiling blocks for seconds, long enough for a kept-alive socket to be closed.
for (const template of ['/v1/accounts', '/v1/accounts/{account}/persons', '/v1/webhook_endpoints']) validator.validate('POST', template, 400, {});
validator.validateObject({ object: 'account' });

beforeAll(async () => {
  kit = await startTestSandbox();
});
afterAll(() => kit.close());

async function post(path: string, body: string) {
  const response = await fetch(`${kit.sandbox.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  return { status: response.status, body: (await response.json()) as { error?: Record<string, string>; id?: string } };
}

async function refusal(path: string, body: string, template: string) {
  const answer = await post(path, body);
  expect(answer.status).toBe(400);
  expect(validator.validate('POST', template, 400, answer.body)).toEqual([]);
  return answer.body.error!;
}

describe('accounts', () => {
  test.each([
    ['email=not-an-email', 'email', 'email_invalid', 'Invalid email address: not-an-email'],
    ['individual[email]=ada@', 'individual[email]', 'email_invalid', 'Invalid email address: ada@'],
    ['business_profile[support_email]=a b@example.com', 'business_profile[support_email]', 'email_invalid', 'Invalid email address: a b@example.com'],
  ])('%s is refused', async (body, param, code, message) => {
    const error = await refusal('/v1/accounts', `type=express&${body}`, '/v1/accounts');
    expect(error).toMatchObject({ type: 'invalid_request_error', param, code, message });
  });

  test('country=ZZ is Stripe’s country_code_invalid, and nothing is created', async () => {
    const before = (await kit.stripe.accounts.list({ limit: 100 })).data.length;
    const error = await refusal('/v1/accounts', 'type=express&country=ZZ', '/v1/accounts');
    expect(error).toMatchObject({ param: 'country', code: 'country_code_invalid', message: expect.stringContaining("Country 'ZZ' is unknown") });
    expect((await kit.stripe.accounts.list({ limit: 100 })).data.length).toBe(before);
  });

  test('a lower-case country is taken, as Stripe does', async () => {
    expect((await kit.stripe.accounts.create({ type: 'express', country: 'gb' })).country).toBe('GB');
  });

  test('capabilities Stripe lists beyond transfers and card_payments can be requested', async () => {
    const account = await kit.stripe.accounts.create({
      type: 'custom',
      country: 'US',
      capabilities: {
        transfers: { requested: true },
        us_bank_account_ach_payments: { requested: true },
        link_payments: { requested: true },
        crypto_payments: { requested: true },
      },
    });
    expect(Object.keys(account.capabilities ?? {}).sort()).toEqual(['crypto_payments', 'link_payments', 'transfers', 'us_bank_account_ach_payments']);
    const capability = await kit.stripe.accounts.updateCapability(account.id, 'sepa_debit_payments', { requested: true });
    expect(capability).toMatchObject({ id: 'sepa_debit_payments', requested: true });
    expect(validator.validateObject(await kit.stripe.accounts.retrieve(account.id))).toEqual([]);
  });

  test('an unknown capability is still refused, naming it', async () => {
    const error = await refusal('/v1/accounts', 'type=custom&capabilities[teleport_payments][requested]=true', '/v1/accounts');
    expect(error).toMatchObject({ code: 'parameter_unknown', param: 'capabilities[teleport_payments]' });
  });
});

describe('persons', () => {
  let account: Stripe.Account;
  beforeAll(async () => {
    account = await kit.stripe.accounts.create({ type: 'custom', country: 'US', business_type: 'company' });
  });

  test('percent_ownership=abc is an invalid decimal, never stored as null', async () => {
    const error = await refusal(`/v1/accounts/${account.id}/persons`, 'first_name=Jane&relationship[percent_ownership]=abc', '/v1/accounts/{account}/persons');
    expect(error).toMatchObject({ type: 'invalid_request_error', param: 'relationship[percent_ownership]', message: 'Invalid decimal: abc' });
    expect((await kit.stripe.accounts.listPersons(account.id)).data).toHaveLength(0);
  });

  test('percent_ownership above 100 is refused; a decimal is kept as a number', async () => {
    const error = await refusal(`/v1/accounts/${account.id}/persons`, 'relationship[percent_ownership]=101', '/v1/accounts/{account}/persons');
    expect(error).toMatchObject({ param: 'relationship[percent_ownership]', message: 'This value must be less than or equal to 100.' });
    const person = await kit.stripe.accounts.createPerson(account.id, { relationship: { owner: true, percent_ownership: 25.5 } });
    expect(person.relationship?.percent_ownership).toBe(25.5);
  });

  test('a person’s email is checked too', async () => {
    const error = await refusal(`/v1/accounts/${account.id}/persons`, 'email=not-an-email', '/v1/accounts/{account}/persons');
    expect(error).toMatchObject({ param: 'email', code: 'email_invalid' });
  });
});

describe('webhook endpoints', () => {
  test('an event type Stripe does not send is refused with its enum message', async () => {
    const error = await refusal(
      '/v1/webhook_endpoints',
      'url=https://example.com/hooks&enabled_events[0]=transfer.created&enabled_events[1]=transfer.teleported',
      '/v1/webhook_endpoints',
    );
    expect(error).toMatchObject({ type: 'invalid_request_error', param: 'enabled_events[1]' });
    expect(error.message).toMatch(/^Invalid enabled_events\[1\]: must be one of \*, account\.application\.authorized, /);
  });

  test('event types newer than the subset (from the SDK’s list) are taken', async () => {
    const endpoint = await kit.stripe.webhookEndpoints.create({ url: 'https://example.com/hooks', enabled_events: ['refund.failed', 'payout.paid'] });
    expect(endpoint.enabled_events).toEqual(['refund.failed', 'payout.paid']);
  });
});
