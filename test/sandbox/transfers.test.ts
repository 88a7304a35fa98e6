import type Stripe from 'stripe';
import { elementAt, first } from '../kit/checks';
import { fundPlatform, onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
let receiver: WebhookReceiver;
let writer: Stripe.Account;

beforeAll(async () => {
  kit = await startTestSandbox();
  receiver = new WebhookReceiver();
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['transfer.created', 'transfer.updated', 'transfer.reversed'] });
  writer = await onboardedAccount(kit);
  await fundPlatform(kit, 100_000);
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

async function available(stripe: Stripe, currency = 'usd') {
  return (await stripe.balance.retrieve()).available.find((amount) => amount.currency === currency)?.amount ?? 0;
}

test('a transfer moves available funds from the platform to the writer', async () => {
  const platformBefore = await available(kit.stripe);
  const writerBefore = await available(kit.stripeFor(writer.id));
  const transfer = await kit.stripe.transfers.create({
    amount: 1000,
    currency: 'usd',
    destination: writer.id,
    description: 'Answers, week 22',
    transfer_group: 'payout-run-22',
    metadata: { run: '22' },
  });
  expect(transfer).toMatchObject({
    object: 'transfer',
    amount: 1000,
    amount_reversed: 0,
    reversed: false,
    destination: writer.id,
    transfer_group: 'payout-run-22',
    metadata: { run: '22' },
    reversals: { object: 'list', data: [], url: `/v1/transfers/${transfer.id}/reversals` },
  });
  expect(transfer.id).toMatch(/^tr_/);
  expect(transfer.destination_payment).toMatch(/^py_/);
  expect(await available(kit.stripe)).toBe(platformBefore - 1000);
  expect(await available(kit.stripeFor(writer.id))).toBe(writerBefore + 1000);
  const [payment] = (await kit.stripeFor(writer.id).balanceTransactions.list({ source: transfer.destination_payment as string })).data;
  expect(payment).toMatchObject({ type: 'payment', amount: 1000, status: 'available' });
  await receiver.waitForEvent('transfer.created', transfer.id);
});

test('expand names the destination account and the balance transaction', async () => {
  const transfer = await kit.stripe.transfers.create({
    amount: 100,
    currency: 'usd',
    destination: writer.id,
    expand: ['destination', 'balance_transaction'],
  });
  expect(transfer.destination).toMatchObject({ object: 'account', id: writer.id });
  expect(transfer.balance_transaction).toMatchObject({ object: 'balance_transaction', type: 'transfer', amount: -100, source: transfer.id });
  const retrieved = await kit.stripe.transfers.retrieve(transfer.id);
  expect(retrieved.destination).toBe(writer.id);
});

test('the destination must exist and have transfers active', async () => {
  await expect(kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: 'acct_missing' })).rejects.toMatchObject({
    statusCode: 400,
    code: 'resource_missing',
    param: 'destination',
  });
  const fresh = await kit.stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
  await expect(kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: fresh.id })).rejects.toMatchObject({
    statusCode: 400,
    code: 'insufficient_capabilities_for_transfer',
    message: expect.stringContaining('needs to have at least one of the following capabilities enabled: transfers'),
  });
});

test('test mode lets a transfer reach a fresh Standard account, as Stripe’s own transfer fixture does', async () => {
  const standard = await kit.stripe.accounts.create({});
  expect(standard).toMatchObject({ type: 'standard', controller: { stripe_dashboard: { type: 'full' } }, capabilities: {} });
  const transfer = await kit.stripe.transfers.create({ amount: 1000, currency: 'usd', destination: standard.id });
  expect(transfer).toMatchObject({ destination: standard.id, amount: 1000 });
  expect(await available(kit.stripeFor(standard.id))).toBe(1000);
});

test('an amount beyond the available balance is balance_insufficient; pending funds do not count', async () => {
  await kit.stripe.topups.create({ amount: 10_000_000, currency: 'usd' });
  const amount = (await available(kit.stripe)) + 1;
  await expect(kit.stripe.transfers.create({ amount, currency: 'usd', destination: writer.id })).rejects.toMatchObject({
    statusCode: 400,
    type: 'StripeInvalidRequestError',
    code: 'balance_insufficient',
  });
  await expect(kit.stripe.transfers.create({ amount: 100, currency: 'eur', destination: writer.id })).rejects.toMatchObject({
    code: 'balance_insufficient',
  });
});

test('list filters by destination and transfer_group; update fires transfer.updated', async () => {
  const other = await onboardedAccount(kit, 'other@example.com');
  const grouped = await kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: other.id, transfer_group: 'group-a' });
  await kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: writer.id, transfer_group: 'group-b' });
  expect((await kit.stripe.transfers.list({ destination: other.id })).data.map((item) => item.id)).toEqual([grouped.id]);
  expect((await kit.stripe.transfers.list({ transfer_group: 'group-a' })).data.map((item) => item.id)).toEqual([grouped.id]);
  const updated = await kit.stripe.transfers.update(grouped.id, { description: 'renamed', metadata: { note: 'x' } });
  expect(updated).toMatchObject({ description: 'renamed', metadata: { note: 'x' } });
  const event = await receiver.waitForEvent('transfer.updated', grouped.id);
  expect(event.data.previous_attributes).toEqual({ description: null, metadata: { note: null } });
});

test('reversals: partial and repeated, up to the amount, money moving back each time', async () => {
  const transfer = await kit.stripe.transfers.create({ amount: 1000, currency: 'usd', destination: writer.id });
  const platformBefore = await available(kit.stripe);
  const writerBefore = await available(kit.stripeFor(writer.id));
  const first = await kit.stripe.transfers.createReversal(transfer.id, { amount: 300, metadata: { reason: 'duplicate' } });
  expect(first).toMatchObject({ object: 'transfer_reversal', amount: 300, transfer: transfer.id, metadata: { reason: 'duplicate' } });
  expect(first.id).toMatch(/^trr_/);
  expect(await kit.stripe.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 300, reversed: false });
  await expect(kit.stripe.transfers.createReversal(transfer.id, { amount: 800 })).rejects.toMatchObject({ statusCode: 400, param: 'amount' });
  const rest = await kit.stripe.transfers.createReversal(transfer.id);
  expect(rest.amount).toBe(700);
  const reversed = await kit.stripe.transfers.retrieve(transfer.id);
  expect(reversed).toMatchObject({ amount_reversed: 1000, reversed: true });
  expect(reversed.reversals.data.map((item) => item.id)).toEqual([rest.id, first.id]);
  await expect(kit.stripe.transfers.createReversal(transfer.id, { amount: 1 })).rejects.toMatchObject({ statusCode: 400 });
  expect(await available(kit.stripe)).toBe(platformBefore + 1000);
  expect(await available(kit.stripeFor(writer.id))).toBe(writerBefore - 1000);

  const listed = await kit.stripe.transfers.listReversals(transfer.id, { limit: 1 });
  expect(listed).toMatchObject({ has_more: true, data: [{ id: rest.id }] });
  expect((await kit.stripe.transfers.retrieveReversal(transfer.id, first.id)).amount).toBe(300);
  const renamed = await kit.stripe.transfers.updateReversal(transfer.id, first.id, { metadata: { reason: 'refund', ticket: '7' } });
  expect(renamed.metadata).toEqual({ reason: 'refund', ticket: '7' });
  const embedded = (await kit.stripe.transfers.retrieve(transfer.id)).reversals.data.find((item) => item.id === first.id);
  expect(embedded?.metadata).toEqual({ reason: 'refund', ticket: '7' });
  const refund = await kit.stripe.balanceTransactions.retrieve(first.balance_transaction as string);
  expect(refund).toMatchObject({ type: 'transfer_refund', amount: 300, source: first.id });
  const reversedEvents = () => receiver.eventsOfType('transfer.reversed').filter((event) => (event.data.object as Stripe.Transfer).id === transfer.id);
  await receiver.waitFor(() => reversedEvents().length === 2);
  const last = elementAt(reversedEvents(), 1, 'a second transfer.reversed event');
  expect(last.data.previous_attributes).toEqual({
    amount_reversed: 300,
    reversed: false,
    reversals: expect.objectContaining({ data: [expect.objectContaining({ id: first.id })] }),
  });
});

test('balance transactions filter by type and source', async () => {
  const transfers = await kit.stripe.balanceTransactions.list({ type: 'transfer', limit: 100 });
  expect(transfers.data.length).toBeGreaterThan(0);
  expect(transfers.data.every((transaction) => transaction.type === 'transfer' && transaction.amount < 0)).toBe(true);
  const one = first(transfers.data, 'a transfer balance transaction');
  expect((await kit.stripe.balanceTransactions.list({ source: one.source as string })).data.map((item) => item.id)).toEqual([one.id]);
  await expect(kit.stripe.balanceTransactions.retrieve('txn_missing')).rejects.toMatchObject({ statusCode: 404 });
  await expect(kit.stripeFor(writer.id).balanceTransactions.retrieve(one.id)).rejects.toMatchObject({ statusCode: 404 });
});
