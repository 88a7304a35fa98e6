import type Stripe from 'stripe';
import { first, present } from '../kit/checks';
import { fundPlatform, onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
const receiver = new WebhookReceiver();
const PAYOUT_EVENTS: Stripe.WebhookEndpointCreateParams.EnabledEvent[] = [
  'payout.created',
  'payout.updated',
  'payout.paid',
  'payout.failed',
  'payout.canceled',
];

beforeAll(async () => {
  kit = await startTestSandbox({ settleDelaySeconds: 3600 });
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: PAYOUT_EVENTS });
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: PAYOUT_EVENTS, connect: true });
  await fundPlatform(kit, 100_000);
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

async function available(stripe: Stripe) {
  return (await stripe.balance.retrieve()).available.find((amount) => amount.currency === 'usd')?.amount ?? 0;
}

const settle = (payout: Stripe.Payout) => kit.control<Stripe.Payout>('POST', `/_sandbox/payouts/${payout.id}/settle`);

/** An onboarded writer, holding `amount` of transferred funds, on a manual schedule. */
async function writerWithFunds(amount: number, bank?: Stripe.AccountUpdateParams['external_account']) {
  const writer = await onboardedAccount(kit);
  await kit.stripe.accounts.update(writer.id, { settings: { payouts: { schedule: { interval: 'manual' } } }, ...(bank ? { external_account: bank } : {}) });
  await kit.stripe.transfers.create({ amount, currency: 'usd', destination: writer.id });
  return writer;
}

test('a platform payout leaves the balance at once and is paid when it arrives', async () => {
  const before = await available(kit.stripe);
  const payout = await kit.stripe.payouts.create({ amount: 1100, currency: 'usd', description: 'Weekly sweep', metadata: { week: '22' } });
  expect(payout).toMatchObject({
    object: 'payout',
    amount: 1100,
    currency: 'usd',
    status: 'pending',
    automatic: false,
    method: 'standard',
    type: 'bank_account',
    reconciliation_status: 'not_applicable',
    metadata: { week: '22' },
  });
  expect(payout.id).toMatch(/^po_/);
  expect(payout.arrival_date).toBe(payout.created + 3600);
  expect(await available(kit.stripe)).toBe(before - 1100);
  const debit = await kit.stripe.balanceTransactions.retrieve(payout.balance_transaction as string);
  expect(debit).toMatchObject({ type: 'payout', amount: -1100, source: payout.id, reporting_category: 'payout' });
  await receiver.waitForEvent('payout.created', payout.id);

  const advanced = await kit.control<{ settled_payouts: string[] }>('POST', '/_sandbox/clock/advance', { seconds: 3600 });
  expect(advanced.settled_payouts).toContain(payout.id);
  expect(await kit.stripe.payouts.retrieve(payout.id)).toMatchObject({ status: 'paid', failure_code: null });
  expect((await receiver.waitForEvent('payout.paid', payout.id)).data.object).toMatchObject({ status: 'paid' });
  const updated = receiver.eventsOfType('payout.updated').find((event) => (event.data.object as Stripe.Payout).id === payout.id)!;
  expect(updated.data.previous_attributes).toEqual({ status: 'pending' });
});

test('expand names the destination bank account and the balance transaction', async () => {
  const payout = await kit.stripe.payouts.create({ amount: 100, currency: 'usd', expand: ['destination', 'balance_transaction'] });
  expect(payout.destination).toMatchObject({ object: 'bank_account', routing_number: '110000000', last4: '6789' });
  expect(payout.balance_transaction).toMatchObject({ object: 'balance_transaction', type: 'payout' });
});

test("a connected account's payout goes to its own bank account, with Stripe-Account", async () => {
  const writer = await writerWithFunds(5000);
  const stripe = kit.stripeFor(writer.id);
  const payout = await stripe.payouts.create({ amount: 3000, currency: 'usd' });
  expect(payout.destination).toBe(first(present(writer.external_accounts, 'external accounts').data, 'a bank account').id);
  expect(await available(stripe)).toBe(2000);
  expect((await stripe.payouts.list()).data.map((item) => item.id)).toEqual([payout.id]);
  await expect(kit.stripe.payouts.retrieve(payout.id)).rejects.toMatchObject({ statusCode: 404 });
  const created = await receiver.waitForEvent('payout.created', payout.id);
  expect(created.account).toBe(writer.id);
  expect((await settle(payout)).status).toBe('paid');
});

test.each([
  ['000111111116', 'no_account', 'No bank account could be located'],
  ['000111111113', 'account_closed', 'The bank account has been closed.'],
  ['000222222227', 'insufficient_funds', 'insufficient funds'],
  ['000333333335', 'debit_not_authorized', 'Debit transactions are not approved'],
  ['000444444440', 'invalid_currency', 'because of its currency'],
])("Stripe's test account %s fails the payout with %s and the money comes back", async (accountNumber, code, message) => {
  const writer = await writerWithFunds(4000, {
    object: 'bank_account',
    country: 'US',
    currency: 'usd',
    routing_number: '110000000',
    account_number: accountNumber,
  });
  const stripe = kit.stripeFor(writer.id);
  const payout = await stripe.payouts.create({ amount: 4000, currency: 'usd' });
  expect(await available(stripe)).toBe(0);
  const failed = await settle(payout);
  expect(failed).toMatchObject({ status: 'failed', failure_code: code, failure_message: expect.stringContaining(message) });
  expect(await available(stripe)).toBe(4000);
  const returned = await stripe.balanceTransactions.retrieve(failed.failure_balance_transaction as string);
  expect(returned).toMatchObject({ type: 'payout_failure', amount: 4000, source: payout.id, reporting_category: 'payout_reversal' });
  const ofPayout = await stripe.balanceTransactions.list({ payout: payout.id });
  expect(ofPayout.data.map((transaction) => transaction.type).sort()).toEqual(['payout', 'payout_failure']);
  expect((await receiver.waitForEvent('payout.failed', payout.id)).data.object).toMatchObject({ failure_code: code });
});

test('a pending payout can be canceled, once; its money comes back', async () => {
  const before = await available(kit.stripe);
  const payout = await kit.stripe.payouts.create({ amount: 700, currency: 'usd' });
  const canceled = await kit.stripe.payouts.cancel(payout.id);
  expect(canceled).toMatchObject({ status: 'canceled', failure_balance_transaction: expect.stringMatching(/^txn_/) });
  expect(await available(kit.stripe)).toBe(before);
  await expect(kit.stripe.payouts.cancel(payout.id)).rejects.toMatchObject({ statusCode: 400 });
  await receiver.waitForEvent('payout.canceled', payout.id);
});

test('metadata updates fire payout.updated; lists filter by status', async () => {
  const payout = await kit.stripe.payouts.create({ amount: 100, currency: 'usd' });
  expect(await kit.stripe.payouts.update(payout.id, { metadata: { foo: 'bar' } })).toMatchObject({ metadata: { foo: 'bar' } });
  const isMetadataUpdate = (item: { event: Stripe.Event }) =>
    item.event.type === 'payout.updated' &&
    (item.event.data.object as Stripe.Payout).id === payout.id &&
    item.event.data.previous_attributes?.metadata !== undefined;
  const received = await receiver.waitFor((items) => items.some(isMetadataUpdate));
  expect(received.find(isMetadataUpdate)!.event.data.previous_attributes).toEqual({ metadata: { foo: null } });
  const pending = await kit.stripe.payouts.list({ status: 'pending', limit: 100 });
  expect(pending.data.map((item) => item.id)).toContain(payout.id);
  expect(pending.data.every((item) => item.status === 'pending')).toBe(true);
});

test('refusals: beyond the available balance, no bank account in the currency, payouts disabled, instant', async () => {
  await expect(kit.stripe.payouts.create({ amount: 100_000_000, currency: 'usd' })).rejects.toMatchObject({ statusCode: 400, code: 'balance_insufficient' });
  await expect(kit.stripe.payouts.create({ amount: 100, currency: 'eur' })).rejects.toMatchObject({ statusCode: 400, param: 'currency' });
  await expect(kit.stripe.payouts.create({ amount: 100, currency: 'usd', destination: 'ba_missing' })).rejects.toMatchObject({
    code: 'resource_missing',
    param: 'destination',
  });
  await expect(kit.stripe.payouts.create({ amount: 100, currency: 'usd', method: 'instant' })).rejects.toMatchObject({ code: 'instant_payouts_unsupported' });
  const fresh = await kit.stripe.accounts.create({
    type: 'custom',
    country: 'US',
    capabilities: { transfers: { requested: true } },
    external_account: 'btok_us',
  });
  await expect(kit.stripeFor(fresh.id).payouts.create({ amount: 100, currency: 'usd' })).rejects.toMatchObject({ code: 'payouts_not_allowed' });
});
