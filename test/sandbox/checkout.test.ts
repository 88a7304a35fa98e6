import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Stripe from 'stripe';
import { elementAt, first } from '../kit/checks';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/**
 * Checkout destination charges, as the "Collect payments then pay out" guide makes them: a
 * session for 25.00 usd with a 10 % + 0.30 fee to a writer, paid with a test card.
 */
let kit: TestSandbox;
let writer: Stripe.Account;
const receiver = new WebhookReceiver();

const AMOUNT = 2500;
const FEE = 280;
const STRIPE_FEE = Math.round(AMOUNT * 0.029) + 30;

beforeAll(async () => {
  kit = await startTestSandbox();
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'] });
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'], connect: true });
  writer = await onboardedAccount(kit);
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

function answerSession(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Promise<Stripe.Checkout.Session> {
  return kit.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency: 'usd', unit_amount: AMOUNT, product_data: { name: 'Answer: how do payouts work?' } }, quantity: 1 }],
    success_url: 'https://answers.example/paid?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://answers.example/answers/7',
    payment_intent_data: { application_fee_amount: FEE, transfer_data: { destination: writer.id }, metadata: { answer: '7' } },
    metadata: { reader: 'r-1' },
    ...overrides,
  });
}

const pay = (session: Stripe.Checkout.Session, params: Record<string, unknown> = {}) =>
  kit.control<{ session: Stripe.Checkout.Session; payment_intent: Stripe.PaymentIntent }>('POST', `/_sandbox/checkout/sessions/${session.id}/complete`, params);

describe('Checkout Sessions', () => {
  it('creates an open session with its line items, a hosted URL and no PaymentIntent yet', async () => {
    const product = await kit.stripe.products.create({ name: 'Tip', description: 'A tip for the writer' });
    const price = await kit.stripe.prices.create({ product: product.id, unit_amount: 300, currency: 'usd' });
    const session = await answerSession({
      line_items: [
        { price: price.id, quantity: 2 },
        { price_data: { currency: 'usd', unit_amount: 1900, product: product.id }, quantity: 1 },
      ],
    });
    expect(session).toMatchObject({
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2500,
      currency: 'usd',
      payment_intent: null,
      mode: 'payment',
    });
    expect(session.url).toBe(`${kit.sandbox.url}/c/pay/${session.id}`);
    expect(session.id).toMatch(/^cs_test_/);
    const items = await kit.stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data.map((item) => [item.quantity, item.amount_total, item.price?.id === price.id])).toEqual([
      [2, 600, true],
      [1, 1900, false],
    ]);
    expect((await kit.stripe.checkout.sessions.retrieve(session.id)).metadata).toEqual({ reader: 'r-1' });
    expect(first((await kit.stripe.checkout.sessions.list({ limit: 1 })).data, 'a session').id).toBe(session.id);
  });

  it('refuses a session without line items, with a bad URL or a destination that is not connected', async () => {
    await expect(answerSession({ line_items: [] })).rejects.toMatchObject({ param: 'line_items' });
    await expect(answerSession({ success_url: 'not a url' })).rejects.toMatchObject({ code: 'url_invalid', param: 'success_url' });
    await expect(answerSession({ payment_intent_data: { transfer_data: { destination: 'acct_nobody' } } })).rejects.toMatchObject({ code: 'resource_missing' });
    await expect(answerSession({ payment_intent_data: { application_fee_amount: 5000, transfer_data: { destination: writer.id } } })).rejects.toMatchObject({
      param: 'payment_intent_data[application_fee_amount]',
    });
  });

  it('paid with 4242: a destination charge with Stripe’s fee, the transfer, the application fee and the writer’s share', async () => {
    const session = await answerSession();
    const { session: paid, payment_intent: intent } = await pay(session, { card: '4242424242424242', email: 'reader@example.com' });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', payment_intent: intent.id, customer_details: { email: 'reader@example.com' } });
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: AMOUNT,
      amount_received: AMOUNT,
      application_fee_amount: FEE,
      transfer_data: { destination: writer.id },
      metadata: { answer: '7' },
    });

    const charge = await kit.stripe.charges.retrieve(intent.latest_charge as string, { expand: ['balance_transaction', 'transfer', 'application_fee'] });
    const transaction = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(transaction).toMatchObject({ type: 'charge', amount: AMOUNT, fee: STRIPE_FEE, net: AMOUNT - STRIPE_FEE, status: 'pending' });
    expect(transaction.fee_details).toEqual([expect.objectContaining({ type: 'stripe_fee', amount: STRIPE_FEE })]);
    const transfer = charge.transfer as Stripe.Transfer;
    expect(transfer).toMatchObject({ amount: AMOUNT, destination: writer.id, source_transaction: charge.id });
    const fee = charge.application_fee as Stripe.ApplicationFee;
    expect(fee).toMatchObject({ amount: FEE, account: writer.id, originating_transaction: charge.id, refunded: false });

    const writerBalance = await kit.stripeFor(writer.id).balance.retrieve();
    expect(writerBalance.pending).toEqual([expect.objectContaining({ currency: 'usd', amount: AMOUNT - FEE })]);
    const writerPayment = (await kit.stripeFor(writer.id).balanceTransactions.list({ type: 'payment', limit: 1 })).data[0];
    expect(writerPayment).toMatchObject({ amount: AMOUNT, fee: FEE, net: AMOUNT - FEE, source: transfer.destination_payment });

    for (const type of [
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'transfer.created',
      'application_fee.created',
      'checkout.session.completed',
    ]) {
      await receiver.waitForEvent(type);
    }
    const completed = await receiver.waitForEvent('checkout.session.completed', session.id);
    expect(completed.data.object).toMatchObject({ payment_status: 'paid', payment_intent: intent.id });
  });

  it('the funds become available as sandbox days pass, with balance.available', async () => {
    await kit.control('POST', '/_sandbox/clock/advance', { seconds: 2 * 24 * 60 * 60 });
    const writerBalance = await kit.stripeFor(writer.id).balance.retrieve();
    expect(first(writerBalance.pending, 'a pending balance').amount).toBe(0);
    expect(first(writerBalance.available, 'an available balance').amount).toBe(AMOUNT - FEE);
    await receiver.waitForEvent('balance.available', writer.id);
  });

  it('a declined card (4000 0000 0000 9995) leaves the session open and the PaymentIntent failed', async () => {
    const session = await answerSession();
    await expect(pay(session, { card: '4000000000009995' })).rejects.toThrow(/insufficient_funds/);
    const open = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(open.status).toBe('open');
    const intent = open.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({ status: 'requires_payment_method', last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } });
    await receiver.waitForEvent('payment_intent.payment_failed', intent.id);
    const retried = await pay(session, { card: '4242424242424242' });
    expect(retried.session.status).toBe('complete');
    expect(retried.payment_intent.id).toBe(intent.id);
  });

  it('expires: on request, and by the clock once expires_at passes, with checkout.session.expired', async () => {
    const session = await answerSession();
    const expired = await kit.stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    await expect(kit.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 });
    await expect(pay(session)).rejects.toThrow(/no longer active/);
    const abandoned = await answerSession();
    await kit.control('POST', '/_sandbox/clock/advance', { seconds: 24 * 60 * 60 });
    expect((await kit.stripe.checkout.sessions.retrieve(abandoned.id)).status).toBe('expired');
    await receiver.waitForEvent('checkout.session.expired', abandoned.id);
  });
});

describe('a paid session after a restart', () => {
  const directory = mkdtempSync(join(tmpdir(), 'sandbox-checkout-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps the session, its line items, the payment and every balance', async () => {
    const stateFile = join(directory, 'state.sqlite');
    const first = await startTestSandbox({ stateFile });
    const destination = await onboardedAccount(first);
    const session = await first.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'usd', unit_amount: AMOUNT, product_data: { name: 'Answer' } }, quantity: 1 }],
      success_url: 'https://answers.example/paid',
      payment_intent_data: { application_fee_amount: FEE, transfer_data: { destination: destination.id } },
    });
    const { payment_intent: intent } = await first.control<{ payment_intent: Stripe.PaymentIntent }>(
      'POST',
      `/_sandbox/checkout/sessions/${session.id}/complete`,
    );
    const read = async (sandbox: TestSandbox) => ({
      session: await sandbox.stripe.checkout.sessions.retrieve(session.id),
      items: (await sandbox.stripe.checkout.sessions.listLineItems(session.id)).data,
      charge: await sandbox.stripe.charges.retrieve(intent.latest_charge as string),
      fees: (await sandbox.stripe.applicationFees.list()).data,
      platform: await sandbox.stripe.balance.retrieve(),
      writer: await sandbox.stripeFor(destination.id).balance.retrieve(),
    });
    const before = await read(first);
    await first.close();
    const second = await startTestSandbox({ stateFile });
    try {
      expect(await read(second)).toEqual(before);
      await second.stripe.refunds.create({ payment_intent: intent.id, reverse_transfer: true, refund_application_fee: true });
      // The transfer came back and the fee went back: nothing of this payment is left with the writer.
      const writer = await second.stripeFor(destination.id).balance.retrieve();
      expect(elementAt(writer.pending, 0, 'a pending balance').amount + elementAt(writer.available, 0, 'an available balance').amount).toBe(0);
    } finally {
      await second.close();
    }
  });
});
