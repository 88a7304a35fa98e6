import type Stripe from 'stripe';
import { first } from '../kit/checks';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/** Refunds of destination charges, application fee refunds, disputes, SEPA debits, 3D Secure and declines. */
let kit: TestSandbox;
let writer: Stripe.Account;
const receiver = new WebhookReceiver();
const DISPUTE_FEE = 1500;

beforeAll(async () => {
  kit = await startTestSandbox({ settleDelaySeconds: 3600 });
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'] });
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'], connect: true });
  writer = await onboardedAccount(kit);
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

async function paidSession(params: Record<string, unknown> = {}, currency = 'usd', methods?: string[]) {
  const session = await kit.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency, unit_amount: 2500, product_data: { name: 'Answer' } }, quantity: 1 }],
    success_url: 'https://answers.example/paid',
    payment_intent_data: { application_fee_amount: 280, transfer_data: { destination: writer.id } },
    ...(methods ? { allowed_payment_method_types: methods as Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType[] } : {}),
  });
  return kit.control<{ session: Stripe.Checkout.Session; payment_intent: Stripe.PaymentIntent }>(
    'POST',
    `/_sandbox/checkout/sessions/${session.id}/complete`,
    params,
  );
}

const available = async (stripe: Stripe) => first((await stripe.balance.retrieve()).available, 'an available balance').amount;
const pending = async (stripe: Stripe) => first((await stripe.balance.retrieve()).pending, 'a pending balance').amount;

describe('refunds', () => {
  it('a partial refund reverses the same share of the transfer and of the application fee', async () => {
    const { payment_intent: intent } = await paidSession();
    const writerClient = kit.stripeFor(writer.id);
    const writerBefore = (await available(writerClient)) + (await pending(writerClient));
    const refund = await kit.stripe.refunds.create({
      payment_intent: intent.id,
      amount: 1000,
      reverse_transfer: true,
      refund_application_fee: true,
      expand: ['transfer_reversal'],
    });
    expect(refund).toMatchObject({ object: 'refund', amount: 1000, status: 'succeeded', charge: intent.latest_charge, payment_intent: intent.id });
    expect(refund.transfer_reversal).toMatchObject({ amount: 1000, source_refund: refund.id });
    const charge = await kit.stripe.charges.retrieve(intent.latest_charge as string, { expand: ['application_fee'] });
    expect(charge).toMatchObject({ amount_refunded: 1000, refunded: false });
    expect(charge.refunds?.data.map((item) => item.id)).toEqual([refund.id]);
    expect(charge.application_fee).toMatchObject({ amount_refunded: 112, refunded: false });
    const writerAfter = (await available(writerClient)) + (await pending(writerClient));
    expect(writerBefore - writerAfter).toBe(1000 - 112);
    await receiver.waitForEvent('charge.refunded', charge.id);
    await receiver.waitForEvent('refund.created', refund.id);
    await receiver.waitForEvent('transfer.reversed');
    await receiver.waitForEvent('application_fee.refunded');
  });

  it('a replayed refund request refunds once; more than is left is refused', async () => {
    const { payment_intent: intent } = await paidSession();
    const first = await kit.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: `refund-${intent.id}` });
    const again = await kit.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: `refund-${intent.id}` });
    expect(again.id).toBe(first.id);
    expect((await kit.stripe.refunds.list({ payment_intent: intent.id })).data).toHaveLength(1);
    await expect(kit.stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: 'charge_already_refunded' });
    const other = await paidSession();
    await expect(kit.stripe.refunds.create({ charge: other.payment_intent.latest_charge as string, amount: 2501 })).rejects.toMatchObject({
      code: 'amount_too_large',
      param: 'amount',
    });
    const charge = await kit.stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({ refunded: true, amount_refunded: 2500 });
  });

  it('an application fee can be refunded on its own, and listed', async () => {
    const { payment_intent: intent } = await paidSession();
    const charge = await kit.stripe.charges.retrieve(intent.latest_charge as string);
    const feeId = charge.application_fee as string;
    const feeRefund = await kit.stripe.applicationFees.createRefund(feeId, { amount: 80 });
    expect(feeRefund).toMatchObject({ object: 'fee_refund', amount: 80, fee: feeId });
    await kit.stripe.applicationFees.updateRefund(feeId, feeRefund.id, { metadata: { why: 'goodwill' } });
    expect(first((await kit.stripe.applicationFees.listRefunds(feeId)).data, 'a fee refund').metadata).toEqual({ why: 'goodwill' });
    expect(await kit.stripe.applicationFees.retrieve(feeId)).toMatchObject({ amount_refunded: 80 });
    expect((await kit.stripe.applicationFees.list({ limit: 100 })).data.some((fee) => fee.id === feeId)).toBe(true);
  });
});

describe('disputes', () => {
  it('4000 0000 0000 0259 opens a dispute that debits the platform the amount and Stripe’s dispute fee', async () => {
    const before = await available(kit.stripe);
    const { payment_intent: intent } = await paidSession({ card: '4000000000000259' });
    const event = await receiver.waitForEvent('charge.dispute.created');
    const dispute = event.data.object as Stripe.Dispute;
    expect(dispute).toMatchObject({ charge: intent.latest_charge, amount: 2500, status: 'needs_response', reason: 'fraudulent', payment_intent: intent.id });
    expect(dispute.evidence_details.due_by).toBeGreaterThan(Math.floor(Date.now() / 1000) + 6 * 86400);
    expect(dispute.balance_transactions).toEqual([expect.objectContaining({ amount: -2500, fee: DISPUTE_FEE, net: -2500 - DISPUTE_FEE })]);
    expect(before - (await available(kit.stripe))).toBe(2500 + DISPUTE_FEE);
    expect((await kit.stripe.charges.retrieve(intent.latest_charge as string)).disputed).toBe(true);
    await expect(kit.stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: 'charge_disputed' });

    const submitted = await kit.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'The reader received the answer.' } });
    expect(submitted).toMatchObject({ status: 'under_review', evidence_details: { has_evidence: true, submission_count: 1 } });
    const won = await kit.control<Stripe.Dispute>('POST', `/_sandbox/disputes/${dispute.id}/resolve`, { outcome: 'won' });
    expect(won.status).toBe('won');
    expect(before - (await available(kit.stripe))).toBe(0);
    await receiver.waitForEvent('charge.dispute.closed', dispute.id);
  });

  it('an inquiry (4000 0000 0000 1976) takes no funds; closing a dispute accepts it as lost', async () => {
    await paidSession({ card: '4000000000001976' });
    const inquiry = first((await kit.stripe.disputes.list({ limit: 1 })).data, 'an inquiry');
    expect(inquiry).toMatchObject({ status: 'warning_needs_response', balance_transactions: [] });
    await paidSession({ card: '4000000000000259' });
    const dispute = first((await kit.stripe.disputes.list({ limit: 1 })).data, 'a dispute');
    expect(await kit.stripe.disputes.close(dispute.id)).toMatchObject({ status: 'lost' });
    await expect(kit.stripe.disputes.close(dispute.id)).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('other ways a payment goes', () => {
  it('a SEPA debit completes the session unpaid, then async_payment_succeeded when it settles', async () => {
    const { session, payment_intent: intent } = await paidSession({ iban: 'AT611904300234573201', email: 'reader@example.com' }, 'eur', ['sepa_debit']);
    expect(session).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    expect(intent.status).toBe('processing');
    await receiver.waitForEvent('checkout.session.completed', session.id);
    await kit.control('POST', '/_sandbox/clock/advance', { seconds: 3600 });
    const settled = await receiver.waitForEvent('checkout.session.async_payment_succeeded', session.id);
    expect(settled.data.object).toMatchObject({ payment_status: 'paid' });
    expect((await kit.stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('a SEPA debit from a failing test IBAN ends in async_payment_failed', async () => {
    const { session, payment_intent: intent } = await paidSession({ iban: 'AT861904300235473202' }, 'eur', ['sepa_debit']);
    await kit.control('POST', '/_sandbox/clock/advance', { seconds: 3600 });
    await receiver.waitForEvent('checkout.session.async_payment_failed', session.id);
    expect(await kit.stripe.paymentIntents.retrieve(intent.id)).toMatchObject({
      status: 'requires_payment_method',
      last_payment_error: { code: 'insufficient_funds' },
    });
    await receiver.waitForEvent('charge.failed');
  });

  it('4000 0025 0000 3155 needs 3D Secure: the API answers requires_action, a failed challenge declines', async () => {
    const intent = await kit.stripe.paymentIntents.create({
      amount: 2500,
      currency: 'usd',
      payment_method: 'pm_card_threeDSecure2Required',
      confirm: true,
      return_url: 'https://answers.example/back',
    });
    expect(intent).toMatchObject({ status: 'requires_action', next_action: { type: 'redirect_to_url' } });
    await expect(paidSession({ card: '4000002500003155', authentication: 'fail' })).rejects.toThrow(/payment_intent_authentication_failure/);
    const passed = await paidSession({ card: '4000002500003155' });
    expect(passed.session.payment_status).toBe('paid');
  });

  it('a declined confirmation answers 402 with the charge, decline code and PaymentIntent', async () => {
    const error = await kit.stripe.paymentIntents
      .create({ amount: 2000, currency: 'usd', payment_method: 'pm_card_chargeDeclinedInsufficientFunds', confirm: true })
      .then(
        () => undefined,
        (caught: Stripe.errors.StripeCardError) => caught,
      );
    expect(error).toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'card_declined', decline_code: 'insufficient_funds' });
    expect(error?.payment_intent).toMatchObject({ status: 'requires_payment_method' });
    await receiver.waitForEvent('payment_intent.payment_failed', error?.payment_intent?.id);
  });
});
