import type Stripe from 'stripe';
import { elementAt, first } from '../kit/checks';
import { fundPlatform, onboardedAccount, startTestSandbox, TEST_KEY, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
let writer: Stripe.Account;
/** Newest first, as lists answer. */
let transferIds: string[];
const transferId = (index: number) => elementAt(transferIds, index, 'a transfer id');

beforeAll(async () => {
  kit = await startTestSandbox();
  writer = await onboardedAccount(kit);
  await fundPlatform(kit, 10_000);
  const created: string[] = [];
  for (let index = 0; index < 7; index++) {
    created.push((await kit.stripe.transfers.create({ amount: 100 + index, currency: 'usd', destination: writer.id })).id);
  }
  transferIds = created.reverse();
});
afterAll(() => kit.close());

describe('pagination', () => {
  test('lists are newest first with a url, default limit 10', async () => {
    const list = await kit.stripe.transfers.list();
    expect(list).toMatchObject({ object: 'list', url: '/v1/transfers', has_more: false });
    expect(list.data.map((transfer) => transfer.id)).toEqual(transferIds);
  });

  test('starting_after pages towards older objects', async () => {
    const first = await kit.stripe.transfers.list({ limit: 3 });
    expect(first.data.map((transfer) => transfer.id)).toEqual(transferIds.slice(0, 3));
    expect(first.has_more).toBe(true);
    const second = await kit.stripe.transfers.list({ limit: 3, starting_after: transferId(2) });
    expect(second.data.map((transfer) => transfer.id)).toEqual(transferIds.slice(3, 6));
    expect(second.has_more).toBe(true);
    const last = await kit.stripe.transfers.list({ limit: 3, starting_after: transferId(5) });
    expect(last.data.map((transfer) => transfer.id)).toEqual(transferIds.slice(6));
    expect(last.has_more).toBe(false);
  });

  test('ending_before pages towards newer objects', async () => {
    const page = await kit.stripe.transfers.list({ limit: 2, ending_before: transferId(4) });
    expect(page.data.map((transfer) => transfer.id)).toEqual(transferIds.slice(2, 4));
    expect(page.has_more).toBe(true);
    const newest = await kit.stripe.transfers.list({ limit: 5, ending_before: transferId(2) });
    expect(newest.data.map((transfer) => transfer.id)).toEqual(transferIds.slice(0, 2));
    expect(newest.has_more).toBe(false);
  });

  test('the SDK’s auto-pagination walks the whole list', async () => {
    const seen: string[] = [];
    for await (const transfer of kit.stripe.transfers.list({ limit: 2 })) seen.push(transfer.id);
    expect(seen).toEqual(transferIds);
  });

  test('limit must be 1 to 100; the cursors exclude each other and must exist', async () => {
    await expect(kit.stripe.transfers.list({ limit: 0 })).rejects.toMatchObject({ statusCode: 400, param: 'limit' });
    await expect(kit.stripe.transfers.list({ limit: 101 })).rejects.toMatchObject({ statusCode: 400, param: 'limit' });
    await expect(kit.stripe.transfers.list({ starting_after: transferId(0), ending_before: transferId(1) })).rejects.toMatchObject({ statusCode: 400 });
    await expect(kit.stripe.transfers.list({ starting_after: 'tr_missing' })).rejects.toMatchObject({ code: 'resource_missing', param: 'starting_after' });
  });

  test('created filters by range', async () => {
    const newest = first((await kit.stripe.transfers.list({ limit: 1 })).data, 'the newest transfer');
    expect((await kit.stripe.transfers.list({ created: { gt: newest.created } })).data).toEqual([]);
    expect((await kit.stripe.transfers.list({ created: { lte: newest.created }, limit: 100 })).data.length).toBe(transferIds.length);
  });
});

describe('expand', () => {
  test('data.* paths expand inside lists', async () => {
    const list = await kit.stripe.transfers.list({ limit: 2, expand: ['data.destination', 'data.balance_transaction'] });
    for (const transfer of list.data) {
      expect(transfer.destination).toMatchObject({ object: 'account', id: writer.id });
      expect(transfer.balance_transaction).toMatchObject({ object: 'balance_transaction', type: 'transfer' });
    }
  });

  test('nested paths expand step by step', async () => {
    const reversal = await kit.stripe.transfers.createReversal(transferId(0), { amount: 10, expand: ['transfer.destination'] });
    expect(reversal.transfer).toMatchObject({ object: 'transfer', id: transferId(0), destination: { object: 'account', id: writer.id } });
  });

  test('a top-up’s balance transaction expands, and a balance transaction’s source', async () => {
    const topup = await kit.stripe.topups.create({ amount: 1000, currency: 'usd', expand: ['balance_transaction'] });
    expect(topup.balance_transaction).toMatchObject({ object: 'balance_transaction', status: 'pending', source: topup.id });
    const transactions = await kit.stripe.balanceTransactions.list({ source: topup.id, expand: ['data.source'] });
    expect(first(transactions.data, 'a balance transaction').source).toMatchObject({ object: 'topup', id: topup.id });
  });

  test('expanding a field that cannot be expanded is refused before anything happens', async () => {
    const before = (await kit.stripe.transfers.list({ limit: 100 })).data.length;
    await expect(kit.stripe.transfers.create({ amount: 100, currency: 'usd', destination: writer.id, expand: ['currency'] })).rejects.toMatchObject({
      statusCode: 400,
      message: 'This property cannot be expanded (currency).',
      param: 'expand[0]',
    });
    expect((await kit.stripe.transfers.list({ limit: 100 })).data.length).toBe(before);
  });

  test('a transfer’s destination_payment expands to the payment on the connected account', async () => {
    const transfer = await kit.stripe.transfers.retrieve(transferId(2), { expand: ['destination_payment.balance_transaction'] });
    const payment = transfer.destination_payment as Stripe.Charge;
    expect(payment).toMatchObject({ object: 'charge', amount: transfer.amount, source_transfer: transfer.id, paid: true, status: 'succeeded' });
    expect(payment.id).toMatch(/^py_/);
    expect(payment.balance_transaction).toMatchObject({ object: 'balance_transaction', type: 'payment', amount: transfer.amount });
  });

  test('a reversal’s destination_payment_refund expands to the refund of that payment', async () => {
    const reversal = await kit.stripe.transfers.createReversal(transferId(3), { amount: 20, expand: ['destination_payment_refund'] });
    const refund = reversal.destination_payment_refund as Stripe.Refund;
    expect(refund).toMatchObject({ object: 'refund', amount: 20, source_transfer_reversal: reversal.id, status: 'succeeded' });
    expect(refund.id).toMatch(/^pyr_/);
    const payment = (await kit.stripe.transfers.retrieve(transferId(3), { expand: ['destination_payment'] })).destination_payment as Stripe.Charge;
    expect(payment).toMatchObject({ amount_refunded: 20, refunds: { data: [expect.objectContaining({ id: refund.id })] } });
  });

  test('a capability’s account expands', async () => {
    const capability = await kit.stripe.accounts.retrieveCapability(writer.id, 'transfers', { expand: ['account'] });
    expect(capability.account).toMatchObject({ object: 'account', id: writer.id });
    const list = await kit.stripe.accounts.listCapabilities(writer.id, { expand: ['data.account'] });
    expect(first(list.data, 'a capability').account).toMatchObject({ object: 'account', id: writer.id });
  });

  test('four levels expand; a fifth is Stripe’s refusal', async () => {
    const four = await kit.stripe.transfers.listReversals(transferId(3), { expand: ['data.transfer.destination_payment.balance_transaction'] });
    const payment = (first(four.data, 'a reversal').transfer as Stripe.Transfer).destination_payment as Stripe.Charge;
    expect(payment.balance_transaction).toMatchObject({ object: 'balance_transaction' });
    await expect(
      kit.stripe.transfers.listReversals(transferId(3), { expand: ['data.transfer.destination_payment.source_transfer.destination'] }),
    ).rejects.toMatchObject({ statusCode: 400, message: 'You cannot expand more than 4 levels of a property.', param: 'expand[0]' });
  });

  test('expand in the form body works without the SDK too', async () => {
    const response = await fetch(`${kit.sandbox.url}/v1/transfers/${transferId(1)}?expand[]=destination`, {
      headers: { Authorization: `Bearer ${TEST_KEY}` },
    });
    expect(((await response.json()) as { destination: { object: string } }).destination.object).toBe('account');
  });
});
