import type Stripe from 'stripe';
import { first } from '../kit/checks';
import { loadResponseValidator } from './openapi.validator';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/**
 * Payments and Checkout through the SDK with recording on: every answer, every listed event and
 * every webhook validates against Stripe's OpenAPI description (as `conformance.test.ts` does
 * for the Connect resources).
 */
let kit: TestSandbox;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  kit = await startTestSandbox({ recordResponses: true });
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'] });
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'], connect: true });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

const EVENT_TYPES = [
  'product.created',
  'price.created',
  'customer.created',
  'payment_intent.created',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.requires_action',
  'payment_intent.canceled',
  'charge.succeeded',
  'charge.failed',
  'application_fee.created',
  'checkout.session.completed',
  'checkout.session.expired',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'charge.refunded',
  'refund.created',
  'refund.updated',
  'application_fee.refunded',
  'application_fee.refund.updated',
  'charge.dispute.created',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.updated',
  'charge.dispute.funds_reinstated',
  'charge.dispute.closed',
  'charge.pending',
  'payment_intent.processing',
  'balance.available',
];

async function refusal(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toBeDefined();
}

async function catalogScenario(): Promise<Stripe.Price> {
  const { stripe } = kit;
  const product = await stripe.products.create({ name: 'Answer', metadata: { kind: 'answer' } });
  await stripe.products.update(product.id, { description: 'One answer' });
  await stripe.products.retrieve(product.id);
  await stripe.products.list({ limit: 3 });
  const price = await stripe.prices.create({ product: product.id, unit_amount: 2500, currency: 'usd', expand: ['product'] });
  await stripe.prices.update(price.id, { nickname: 'standard' });
  await stripe.prices.retrieve(price.id);
  await stripe.prices.list({ product: product.id });
  const doomed = await stripe.products.create({ name: 'Gone' });
  await stripe.products.del(doomed.id);
  const customer = await stripe.customers.create({ email: 'reader@example.com', name: 'Reader' });
  await stripe.customers.update(customer.id, { metadata: { tier: 'gold' } });
  await stripe.customers.retrieve(customer.id);
  await stripe.customers.list({ email: 'reader@example.com' });
  await refusal(stripe.prices.create({ currency: 'usd', unit_amount: 100, product: 'prod_missing' }));
  await refusal(stripe.checkout.sessions.retrieve('cs_test_missing'));
  return price;
}

async function checkoutScenario(writer: Stripe.Account, price: Stripe.Price): Promise<void> {
  const { stripe } = kit;
  const create = () =>
    stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        { price: price.id, quantity: 1 },
        { price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Tip' } }, quantity: 1 },
      ],
      success_url: 'https://answers.example/paid?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://answers.example/answers/7',
      customer_creation: 'always',
      payment_intent_data: { application_fee_amount: 330, transfer_data: { destination: writer.id }, on_behalf_of: writer.id, metadata: { answer: '7' } },
    });
  const session = await create();
  await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] });
  await stripe.checkout.sessions.listLineItems(session.id, { limit: 1 });
  await stripe.checkout.sessions.list({ status: 'open' });
  await kit.control('POST', `/_sandbox/checkout/sessions/${session.id}/complete`, { email: 'reader@example.com' });
  const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent', 'payment_intent.latest_charge'] });
  const intent = paid.payment_intent as Stripe.PaymentIntent;
  await stripe.charges.retrieve((intent.latest_charge as Stripe.Charge).id, { expand: ['balance_transaction', 'transfer', 'application_fee'] });
  await stripe.charges.list({ payment_intent: intent.id });
  await stripe.paymentIntents.list({ limit: 5 });
  const expiring = await create();
  await stripe.checkout.sessions.expire(expiring.id);
  await refusal(stripe.checkout.sessions.create({ mode: 'payment', success_url: 'https://answers.example/ok', line_items: [] }));
}

async function paymentIntentScenario(): Promise<void> {
  const { stripe } = kit;
  const card = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' }, billing_details: { name: 'Jenny Rosen' } });
  await stripe.paymentMethods.retrieve(card.id);
  await stripe.paymentMethods.update(card.id, { metadata: { saved: 'yes' } });
  const intent = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd', description: 'answer' });
  await stripe.paymentIntents.update(intent.id, { metadata: { order: '1' } });
  await stripe.paymentIntents.confirm(intent.id, { payment_method: card.id });
  await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge', 'payment_method'] });
  await refusal(stripe.paymentIntents.create({ amount: 2000, currency: 'usd', payment_method: 'pm_card_chargeDeclinedInsufficientFunds', confirm: true }));
  const challenged = await stripe.paymentIntents.create({
    amount: 2000,
    currency: 'usd',
    payment_method: 'pm_card_threeDSecure2Required',
    confirm: true,
    return_url: 'https://answers.example/back',
  });
  await stripe.paymentIntents.cancel(challenged.id);
  await refusal(stripe.paymentIntents.cancel(challenged.id));
  await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_bypassPending', confirm: true });
  await stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_visa', description: 'tip' });
  await refusal(stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_chargeDeclined' }));
}

async function refundsAndDisputesScenario(writer: Stripe.Account): Promise<void> {
  const { stripe } = kit;
  const pay = async (params: Record<string, unknown>, currency = 'usd', methods: Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType[] = ['card']) => {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency, unit_amount: 2500, product_data: { name: 'Answer' } }, quantity: 1 }],
      success_url: 'https://answers.example/paid',
      allowed_payment_method_types: methods,
      payment_intent_data: { application_fee_amount: 280, transfer_data: { destination: writer.id } },
    });
    return (await kit.control<{ payment_intent: Stripe.PaymentIntent }>('POST', `/_sandbox/checkout/sessions/${session.id}/complete`, params)).payment_intent;
  };
  const intent = await pay({});
  const refund = await stripe.refunds.create({
    payment_intent: intent.id,
    amount: 1000,
    reverse_transfer: true,
    refund_application_fee: true,
    expand: ['transfer_reversal', 'charge'],
  });
  await stripe.refunds.update(refund.id, { metadata: { reason: 'partial' } });
  await stripe.refunds.retrieve(refund.id);
  await stripe.refunds.list({ payment_intent: intent.id });
  await refusal(stripe.refunds.create({ payment_intent: intent.id, amount: 5000 }));
  const fees = await stripe.applicationFees.list({ limit: 3, expand: ['data.balance_transaction'] });
  const fee = first(fees.data, 'an application fee');
  const feeRefund = await stripe.applicationFees.createRefund(fee.id, { amount: 10 });
  await stripe.applicationFees.updateRefund(fee.id, feeRefund.id, { metadata: { order: '1' } });
  await stripe.applicationFees.retrieveRefund(fee.id, feeRefund.id);
  await stripe.applicationFees.listRefunds(fee.id);
  await stripe.applicationFees.retrieve(fee.id);
  await pay({ card: '4000000000000259' });
  const dispute = first((await stripe.disputes.list({ limit: 1, expand: ['data.charge'] })).data, 'a dispute');
  await stripe.disputes.retrieve(dispute.id);
  await stripe.disputes.update(dispute.id, { evidence: { customer_name: 'Reader' }, submit: false });
  await kit.control('POST', `/_sandbox/disputes/${dispute.id}/resolve`, { outcome: 'won' });
  await pay({ card: '4000000000000259' });
  await stripe.disputes.close(first((await stripe.disputes.list({ limit: 1 })).data, 'a second dispute').id);
  await pay({ iban: 'AT611904300234573201' }, 'eur', ['sepa_debit']);
  await pay({ iban: 'AT861904300235473202' }, 'eur', ['sepa_debit']);
  await kit.control('POST', '/_sandbox/clock/advance', { seconds: 3 * 24 * 3600 });
}

test('every payments and Checkout answer conforms to Stripe’s OpenAPI description', async () => {
  const writer = await onboardedAccount(kit);
  const price = await catalogScenario();
  await checkoutScenario(writer, price);
  await paymentIntentScenario();
  await refundsAndDisputesScenario(writer);
  await kit.stripe.events.list({ limit: 100 });
  await receiver.waitFor((items) => EVENT_TYPES.every((type) => items.some((item) => item.event.type === type)));

  const validator = loadResponseValidator();
  const recorded = kit.sandbox.recordedResponses;
  const problems = recorded.flatMap((response) =>
    validator
      .validate(response.method, response.template, response.status, response.body)
      .map((problem) => `${response.method} ${response.template} ${response.status}: ${problem}`),
  );
  for (const { event } of receiver.received) {
    problems.push(...validator.validateObject(event).map((problem) => `webhook ${event.type}: ${problem}`));
    const object = event.data.object as { object: string };
    problems.push(...validator.validateObject(object).map((problem) => `webhook ${event.type} data.object: ${problem}`));
  }
  expect(problems).toEqual([]);
  expect(recorded.map((response) => response.status)).toEqual(expect.arrayContaining([200, 400, 402, 404]));
});
