import type Stripe from 'stripe';
import { first } from '../kit/checks';
import { loadResponseValidator } from './openapi.validator';
import { fundPlatform, startTestSandbox, TEST_KEY, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/** `Stripe-Version` and an endpoint's `api_version`: checked, and answers shaped for the version asked. */
let kit: TestSandbox;
const SUBSET = '2023-08-16';
const PINNED = '2026-10-28.endive';
// Compiled before the sandbox starts: compiling blocks for seconds, long enough for a kept-alive socket to be closed.
const validator = loadResponseValidator();
for (const [method, template, status] of [
  ['POST', '/v1/topups', 200],
  ['GET', '/v1/balance_transactions', 200],
  ['GET', '/v1/payouts', 200],
  ['GET', '/v1/balance', 400],
] as const) {
  validator.validate(method, template, status, {});
}

beforeAll(async () => {
  kit = await startTestSandbox();
});
afterAll(() => kit.close());

async function api(path: string, version?: string, body?: string) {
  const headers: Record<string, string> = { Authorization: `Bearer ${TEST_KEY}` };
  if (version) headers['Stripe-Version'] = version;
  if (body) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(`${kit.sandbox.url}${path}`, { method: body ? 'POST' : 'GET', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: Record<string, string> } };
}

describe('Stripe-Version is checked', () => {
  test.each(['banana', '2023-08-17', '2024-09-30.basil', '2023-8-16'])('%s is Stripe’s 400', async (version) => {
    const answer = await api('/v1/balance', version);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({
      type: 'invalid_request_error',
      message: `Invalid Stripe API version: ${version}`,
      request_log_url: expect.stringContaining('https://dashboard.stripe.com/test/logs/req_'),
    });
  });

  test.each([SUBSET, '2020-08-27', '2024-09-30.acacia', '2024-09-30', PINNED])('released %s is served', async (version) => {
    expect((await api('/v1/balance', version)).status).toBe(200);
  });

  test('the SDK sends its pinned version, which the sandbox knows', () => {
    expect(kit.stripe.getApiField('version')).toBe(PINNED);
  });
});

describe('answers are shaped for the version asked', () => {
  test('a top-up has initiated_by from 2026-07-29, not in the subset’s 2023-08-16 shape', async () => {
    const old = await api('/v1/topups', SUBSET, 'amount=1000&currency=usd');
    expect(old.body).not.toHaveProperty('initiated_by');
    expect((await api('/v1/topups', undefined, 'amount=1000&currency=usd')).body).not.toHaveProperty('initiated_by');
    expect((await api('/v1/topups', '2026-06-24.dahlia', 'amount=1000&currency=usd')).body).not.toHaveProperty('initiated_by');
    expect((await api(`/v1/topups/${String(old.body.id)}`, PINNED)).body).toMatchObject({ id: old.body.id, initiated_by: 'user' });
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
    expect(topup.initiated_by).toBe('user');
  });

  test('a balance transaction has balance_type from 2025-05-28.basil, in lists and expansions too', async () => {
    await fundPlatform(kit, 5000);
    const before = await api('/v1/balance_transactions?limit=3', '2025-04-30.basil');
    const after = await api('/v1/balance_transactions?limit=3', '2025-05-28.basil');
    const rows = (answer: { body: Record<string, unknown> }) => answer.body.data as Record<string, unknown>[];
    expect(rows(before).length).toBeGreaterThan(0);
    for (const row of rows(before)) expect(row).not.toHaveProperty('balance_type');
    for (const row of rows(after)) expect(row.balance_type).toBe('payments');
    const topups = await kit.stripe.topups.list({ status: 'succeeded', expand: ['data.balance_transaction'] });
    expect((first(topups.data, 'a succeeded top-up').balance_transaction as Stripe.BalanceTransaction).balance_type).toBe('payments');
  });

  test('a payout carries trace_id from 2024-11-20.acacia and payout_method from 2025-08-27.basil', async () => {
    await fundPlatform(kit, 5000);
    const payout = await api('/v1/payouts', '2024-11-20.acacia', 'amount=500&currency=usd');
    expect(payout.body).toMatchObject({ trace_id: { status: 'pending', value: null }, application_fee: null, application_fee_amount: null });
    expect(payout.body).not.toHaveProperty('payout_method');
    expect((await api(`/v1/payouts/${String(payout.body.id)}`, SUBSET)).body).not.toHaveProperty('trace_id');
    const paid = await kit.control<{ id: string }>('POST', `/_sandbox/payouts/${String(payout.body.id)}/settle`);
    expect(await kit.stripe.payouts.retrieve(paid.id)).toMatchObject({ status: 'paid', trace_id: { status: 'unsupported', value: null }, payout_method: null });
  });

  test('every versioned answer validates against the subset with the newer fields spec-extensions.ts lists', async () => {
    // Every request first: validating compiles schemas, which blocks long enough for an idle socket to be closed.
    const topup = await api('/v1/topups', PINNED, 'amount=1000&currency=usd');
    const transactions = await api('/v1/balance_transactions', PINNED);
    const payouts = await api('/v1/payouts', PINNED);
    const refused = await api('/v1/balance', 'banana');
    expect(validator.validate('POST', '/v1/topups', 200, topup.body)).toEqual([]);
    expect(validator.validate('GET', '/v1/balance_transactions', 200, transactions.body)).toEqual([]);
    expect(validator.validate('GET', '/v1/payouts', 200, payouts.body)).toEqual([]);
    expect(validator.validate('GET', '/v1/balance', 400, refused.body)).toEqual([]);
  });
});

describe('events follow the endpoint’s api_version', () => {
  const receiver = new WebhookReceiver();
  let url: string;
  beforeAll(async () => {
    url = await receiver.start();
  });
  afterAll(() => receiver.close());

  test('an unknown api_version on an endpoint is refused, naming the parameter', async () => {
    const refused = await api('/v1/webhook_endpoints', undefined, `url=${encodeURIComponent(url)}&enabled_events[0]=*&api_version=banana`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ type: 'invalid_request_error', param: 'api_version', message: 'Invalid Stripe API version: banana' });
  });

  test('an endpoint pinned to a version gets that shape; one without gets the account default', async () => {
    const pinned = await kit.stripe.webhookEndpoints.create({
      url: `${url}?pinned`,
      enabled_events: ['topup.created'],
      api_version: PINNED as Stripe.WebhookEndpointCreateParams.ApiVersion,
    });
    await kit.stripe.webhookEndpoints.create({ url: `${url}?default`, enabled_events: ['topup.created'] });
    expect(pinned.api_version).toBe(PINNED);
    const topup = await kit.stripe.topups.create({ amount: 1200, currency: 'usd' });
    const received = await receiver.waitFor((items) => items.filter((item) => (item.event.data.object as Stripe.Topup).id === topup.id).length === 2);
    const forTopup = received.filter((item) => (item.event.data.object as Stripe.Topup).id === topup.id);
    const toPinned = forTopup.find((item) => item.event.api_version === PINNED);
    const toDefault = forTopup.find((item) => item.event.api_version === SUBSET);
    expect((toPinned?.event.data.object as Stripe.Topup).initiated_by).toBe('user');
    expect(toDefault?.event.data.object).not.toHaveProperty('initiated_by');
    expect(toPinned?.event.id).toBe(toDefault?.event.id);
  });

  test('GET /v1/events renders an event in the version it was created in, whatever the request asks', async () => {
    const events = await api('/v1/events?type=topup.created&limit=1', PINNED);
    const event = first(events.body.data as Stripe.Event[], 'a topup.created event');
    expect(event.api_version).toBe(SUBSET);
    expect(event.data.object).not.toHaveProperty('initiated_by');
  });
});
