import type Stripe from 'stripe';
import { waitFor } from '../kit/wait';
import { startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
let receiver: WebhookReceiver;

beforeAll(async () => {
  kit = await startTestSandbox({ settleDelaySeconds: 3600 });
  receiver = new WebhookReceiver();
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({
    url,
    enabled_events: ['topup.created', 'topup.succeeded', 'topup.failed', 'topup.canceled', 'topup.reversed', 'balance.available'],
  });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

async function usdBalance(stripe = kit.stripe) {
  const balance = await stripe.balance.retrieve();
  const find = (amounts: Stripe.Balance.Available[]) => amounts.find((amount) => amount.currency === 'usd')?.amount ?? 0;
  return { available: find(balance.available), pending: find(balance.pending) };
}

const settle = (topup: Stripe.Topup) => kit.control<Stripe.Topup>('POST', `/_sandbox/topups/${topup.id}/settle`);

test('a top-up is pending until settled, then its amount becomes available', async () => {
  const before = await usdBalance();
  const topup = await kit.stripe.topups.create({
    amount: 2000,
    currency: 'usd',
    description: 'Top-up for week of May 31',
    statement_descriptor: 'Weekly top-up',
    source: 'btok_us_verified',
  });
  expect(topup).toMatchObject({ object: 'topup', status: 'pending', amount: 2000, statement_descriptor: 'Weekly top-up', failure_code: null });
  expect(topup.expected_availability_date).toBe(topup.created + 3600);
  expect(topup.source).toMatchObject({ object: 'source', type: 'ach_debit', ach_debit: { last4: '6789', routing_number: '110000000' } });
  expect(await usdBalance()).toEqual({ available: before.available, pending: before.pending + 2000 });

  const succeeded = await settle(topup);
  expect(succeeded.status).toBe('succeeded');
  expect(await usdBalance()).toEqual({ available: before.available + 2000, pending: before.pending });
  const transaction = await kit.stripe.balanceTransactions.retrieve(succeeded.balance_transaction as string);
  expect(transaction).toMatchObject({ type: 'topup', status: 'available', amount: 2000, net: 2000, source: topup.id, reporting_category: 'topup' });
  await receiver.waitForEvent('topup.succeeded', topup.id);
  expect((await receiver.waitForEvent('topup.created', topup.id)).data.object).toMatchObject({ status: 'pending' });
  const balanceEvent = await receiver.waitForEvent('balance.available');
  expect(balanceEvent.account).toBeUndefined();
  expect(balanceEvent.data.object).toMatchObject({ object: 'balance', available: [{ currency: 'usd', amount: before.available + 2000 }] });
});

test('advancing the clock settles due top-ups', async () => {
  const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
  const advanced = await kit.control<{ settled_topups: string[] }>('POST', '/_sandbox/clock/advance', { seconds: 3600 });
  expect(advanced.settled_topups).toContain(topup.id);
  expect((await kit.stripe.topups.retrieve(topup.id)).status).toBe('succeeded');
});

test.each([
  ['btok_us_verified_noAccount', 'no_account'],
  ['btok_us_verified_accountClosed', 'account_closed'],
  ['btok_us_verified_insufficientFunds', 'insufficient_funds'],
  ['btok_us_verified_debitNotAuthorized', 'debit_not_authorized'],
  ['btok_us_verified_invalidCurrency', 'invalid_currency'],
])('%s fails with %s when it settles, leaving the balance as it was', async (source, failureCode) => {
  const before = await usdBalance();
  const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd', source });
  expect(topup.status).toBe('pending');
  const failed = await settle(topup);
  expect(failed).toMatchObject({ status: 'failed', failure_code: failureCode, failure_message: expect.any(String) });
  expect(await usdBalance()).toEqual(before);
  await receiver.waitForEvent('topup.failed', topup.id);
});

test('a pending top-up can be canceled; anything else cannot', async () => {
  const before = await usdBalance();
  const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
  const canceled = await kit.stripe.topups.cancel(topup.id);
  expect(canceled.status).toBe('canceled');
  expect(await usdBalance()).toEqual(before);
  await expect(kit.stripe.topups.cancel(topup.id)).rejects.toMatchObject({
    statusCode: 400,
    message: expect.stringContaining("status is 'canceled'"),
  });
  await receiver.waitForEvent('topup.canceled', topup.id);
});

test('the control API fails a top-up with a chosen code, or reverses a succeeded one', async () => {
  const failing = await kit.stripe.topups.create({ amount: 1000, currency: 'usd' });
  const failed = await kit.control<Stripe.Topup>('POST', `/_sandbox/topups/${failing.id}/fail`, { failure_code: 'account_closed' });
  expect(failed).toMatchObject({ status: 'failed', failure_code: 'account_closed' });

  const topup = await settle(await kit.stripe.topups.create({ amount: 1000, currency: 'usd' }));
  const before = await usdBalance();
  const reversed = await kit.control<Stripe.Topup>('POST', `/_sandbox/topups/${topup.id}/reverse`);
  expect(reversed.status).toBe('reversed');
  expect(await usdBalance()).toEqual({ available: before.available - 1000, pending: before.pending });
  await receiver.waitForEvent('topup.reversed', topup.id);
  const reversals = await kit.stripe.balanceTransactions.list({ type: 'topup_reversal', source: topup.id });
  expect(reversals.data).toEqual([expect.objectContaining({ amount: -1000, type: 'topup_reversal' })]);
});

test('list filters by status; description and metadata can be updated', async () => {
  const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd', metadata: { week: '1' } });
  const pending = await kit.stripe.topups.list({ status: 'pending', limit: 100 });
  expect(pending.data.every((item) => item.status === 'pending')).toBe(true);
  expect(pending.data.map((item) => item.id)).toContain(topup.id);
  expect((await kit.stripe.topups.list({ status: 'succeeded', limit: 100 })).data.map((item) => item.id)).not.toContain(topup.id);
  const updated = await kit.stripe.topups.update(topup.id, { description: 'renamed', metadata: { week: '2', extra: 'yes' } });
  expect(updated).toMatchObject({ description: 'renamed', metadata: { week: '2', extra: 'yes' } });
});

test('refusals: too small, unknown source, long statement descriptor, unsupported currency', async () => {
  await expect(kit.stripe.topups.create({ amount: 99, currency: 'usd' })).rejects.toMatchObject({ code: 'amount_too_small', param: 'amount' });
  await expect(kit.stripe.topups.create({ amount: 1000, currency: 'usd', source: 'btok_nope' })).rejects.toMatchObject({
    code: 'resource_missing',
    param: 'source',
  });
  await expect(kit.stripe.topups.create({ amount: 1000, currency: 'usd', statement_descriptor: 'sixteen chars!!!' })).rejects.toMatchObject({
    param: 'statement_descriptor',
  });
  await expect(kit.stripe.topups.create({ amount: 1000, currency: 'xyz' })).rejects.toMatchObject({ param: 'currency' });
  await expect(kit.control('POST', '/_sandbox/topups/tu_missing/settle')).rejects.toThrow(/404/);
});

test('the settle timer moves due top-ups without any call', async () => {
  const quick = await startTestSandbox({ settleDelaySeconds: 0, settleCheckIntervalMs: 10 });
  try {
    const topup = await quick.stripe.topups.create({ amount: 1000, currency: 'usd' });
    const status = await waitFor(async () => (await quick.stripe.topups.retrieve(topup.id)).status, {
      until: (current) => current !== 'pending',
      intervalMs: 10,
      what: `top-up ${topup.id} settled by the timer`,
    });
    expect(status).toBe('succeeded');
  } finally {
    await quick.close();
  }
});
