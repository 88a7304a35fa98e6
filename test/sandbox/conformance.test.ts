import type Stripe from 'stripe';
import { first } from '../kit/checks';
import { loadResponseValidator } from './openapi.validator';
import { fundPlatform, onboardedAccount, startTestSandbox, stripeClient, WebhookReceiver, type TestSandbox } from './sandbox.kit';

/**
 * Drives every `/v1` endpoint (answers and refusals) through the SDK with recording on, then
 * validates every JSON body the sandbox returned against Stripe's OpenAPI description.
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

/** Every event type the sandbox sends. */
const EVENT_TYPES = [
  'account.updated',
  'capability.updated',
  'account.application.deauthorized',
  'topup.created',
  'topup.succeeded',
  'topup.failed',
  'topup.canceled',
  'topup.reversed',
  'transfer.created',
  'transfer.updated',
  'transfer.reversed',
  'balance.available',
  'person.created',
  'person.updated',
  'person.deleted',
  'account.external_account.created',
  'account.external_account.updated',
  'account.external_account.deleted',
  'payout.created',
  'payout.updated',
  'payout.paid',
  'payout.failed',
  'payout.canceled',
];

async function refusal(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toBeDefined();
}

async function accountsScenario(): Promise<Stripe.Account> {
  const { stripe } = kit;
  const prefilled = await stripe.accounts.create({
    type: 'express',
    country: 'US',
    email: 'ada@example.com',
    business_type: 'individual',
    individual: { first_name: 'Ada', last_name: 'Lovelace', dob: { day: 10, month: 12, year: 1980 } },
    business_profile: { url: 'https://answers.example/ada', mcc: '5734', support_address: { city: 'Paris' } },
    capabilities: { transfers: { requested: true } },
    tos_acceptance: { service_agreement: 'recipient' },
    settings: { payouts: { schedule: { interval: 'weekly', weekly_anchor: 'friday' } } },
    metadata: { writer: '42' },
  });
  await stripe.accounts.create({
    controller: { stripe_dashboard: { type: 'express' }, fees: { payer: 'application' }, losses: { payments: 'application' } },
    capabilities: { transfers: { requested: true } },
  });
  await stripe.accounts.retrieve(prefilled.id);
  await stripe.accounts.update(prefilled.id, { metadata: { tier: 'gold' } });
  await stripe.accounts.list({ limit: 1 });
  await stripe.accounts.retrieveCurrent();
  await stripe.accounts.update(kit.sandbox.platformAccountId, { settings: { payouts: { schedule: { interval: 'manual' } } } });
  await stripe.accounts.listCapabilities(prefilled.id);
  await stripe.accounts.retrieveCapability(prefilled.id, 'transfers');
  const person = await stripe.accounts.createPerson(prefilled.id, {
    first_name: 'Jenny',
    last_name: 'Rosen',
    relationship: { representative: true, percent_ownership: 50 },
  });
  await stripe.accounts.listPersons(prefilled.id, { relationship: { representative: true } });
  await stripe.accounts.retrievePerson(prefilled.id, person.id);
  await stripe.accountLinks.create({
    account: prefilled.id,
    type: 'account_onboarding',
    refresh_url: 'http://localhost/refresh',
    return_url: 'http://localhost/return',
  });
  for (const state of ['in_progress', 'pending_verification', 'restricted', 'rejected']) {
    await kit.control('POST', `/_sandbox/accounts/${prefilled.id}/set_state`, { state });
    await stripe.accounts.retrieve(prefilled.id);
  }
  await kit.control('POST', `/_sandbox/accounts/${prefilled.id}/complete_onboarding`);
  await stripe.accounts.retrieve(prefilled.id);
  await stripe.accounts.createLoginLink(prefilled.id);
  const doomed = await stripe.accounts.create({ type: 'express' });
  await stripe.accounts.del(doomed.id);
  await refusal(stripe.accounts.retrieve(doomed.id));
  await refusal(stripe.accountLinks.create({ account: prefilled.id, type: 'account_onboarding', refresh_url: 'nope', return_url: 'http://localhost/return' }));
  return prefilled;
}

async function moneyScenario(account: Stripe.Account): Promise<void> {
  const { stripe } = kit;
  const topup = await stripe.topups.create({
    amount: 50_000,
    currency: 'usd',
    description: 'Weekly top-up',
    statement_descriptor: 'Weekly top-up',
    metadata: { week: '22' },
  });
  await stripe.topups.update(topup.id, { description: 'Top-up for week 22' });
  await kit.control('POST', `/_sandbox/topups/${topup.id}/settle`);
  await stripe.topups.retrieve(topup.id, { expand: ['balance_transaction'] });
  const clawedBack = await stripe.topups.create({ amount: 1000, currency: 'usd' });
  await kit.control('POST', `/_sandbox/topups/${clawedBack.id}/settle`);
  await kit.control('POST', `/_sandbox/topups/${clawedBack.id}/reverse`);
  const failing = await stripe.topups.create({ amount: 1000, currency: 'usd', source: 'btok_us_verified_noAccount' });
  await kit.control('POST', `/_sandbox/topups/${failing.id}/settle`);
  const canceled = await stripe.topups.create({ amount: 1000, currency: 'usd' });
  await stripe.topups.cancel(canceled.id);
  await refusal(stripe.topups.cancel(canceled.id));
  await stripe.topups.list({ status: 'succeeded', limit: 5, expand: ['data.balance_transaction'] });
  const transfer = await stripe.transfers.create({
    amount: 2_000,
    currency: 'usd',
    destination: account.id,
    transfer_group: 'week-22',
    expand: ['destination', 'balance_transaction'],
  });
  await stripe.transfers.update(transfer.id, { metadata: { answer: '7' } });
  await stripe.transfers.retrieve(transfer.id);
  await stripe.transfers.list({ destination: account.id, expand: ['data.destination'] });
  const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 500 });
  await stripe.transfers.createReversal(transfer.id, { amount: 500, expand: ['transfer', 'balance_transaction'] });
  await stripe.transfers.listReversals(transfer.id, { limit: 1 });
  await stripe.transfers.retrieveReversal(transfer.id, reversal.id, { expand: ['destination_payment_refund'] });
  await stripe.transfers.retrieve(transfer.id, { expand: ['destination_payment.balance_transaction'] });
  await stripe.accounts.retrieveCapability(account.id, 'transfers', { expand: ['account'] });
  await stripe.balanceTransactions.list({ expand: ['data.source'] }, { stripeAccount: account.id });
  await refusal(stripe.transfers.create({ amount: 10_000_000, currency: 'usd', destination: account.id }));
  await stripe.balance.retrieve();
  await stripeClient(kit.sandbox, { stripeAccount: account.id }).balance.retrieve();
  const transactions = await stripe.balanceTransactions.list({ type: 'topup', expand: ['data.source'] });
  await stripe.balanceTransactions.retrieve(first(transactions.data, 'a top-up balance transaction').id);
}

async function eventsScenario(account: Stripe.Account): Promise<void> {
  const { stripe } = kit;
  const endpoint = await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/webhooks', enabled_events: ['*'], description: 'gateway' });
  await stripe.webhookEndpoints.update(endpoint.id, { enabled_events: ['transfer.created'], disabled: true });
  await stripe.webhookEndpoints.retrieve(endpoint.id);
  await stripe.webhookEndpoints.list();
  await stripe.webhookEndpoints.del(endpoint.id);
  const events = await stripe.events.list({ limit: 100 });
  await stripe.events.retrieve(first(events.data, 'an event').id);
  await stripeClient(kit.sandbox, { stripeAccount: account.id }).events.list({ types: ['account.updated', 'capability.updated'] });
}

async function connectResourcesScenario(): Promise<void> {
  const { stripe } = kit;
  const account = await stripe.accounts.create({
    type: 'custom',
    country: 'US',
    business_type: 'company',
    capabilities: { transfers: { requested: true } },
    external_account: 'btok_us',
  });
  await stripe.accounts.update(account.id, {
    external_account: { object: 'bank_account', country: 'US', currency: 'usd', routing_number: '110000000', account_number: '000123456789' },
  });
  const second = await stripe.accounts.createExternalAccount(account.id, { external_account: 'btok_us_verified_noAccount', metadata: { use: 'backup' } });
  await stripe.accounts.listExternalAccounts(account.id, { limit: 5 });
  await stripe.accounts.retrieveExternalAccount(account.id, second.id);
  await stripe.accounts.updateExternalAccount(account.id, second.id, { metadata: { use: 'spare' } });
  await stripe.accounts.deleteExternalAccount(account.id, second.id);
  await refusal(stripe.accounts.createExternalAccount(account.id, { external_account: 'btok_nope' }));
  await stripe.accounts.updateCapability(account.id, 'card_payments', { requested: true });
  await stripe.accounts.updateCapability(account.id, 'card_payments', { requested: false });
  const person = await stripe.accounts.createPerson(account.id, { first_name: 'Jane', last_name: 'Doe' });
  await stripe.accounts.updatePerson(account.id, person.id, { relationship: { owner: true, percent_ownership: 40 } });
  await stripe.accounts.deletePerson(account.id, person.id);
  await refusal(stripe.accounts.retrieve('acct_missing'));
  const standard = await stripe.accounts.create({ type: 'standard' });
  const transfer = await stripe.transfers.create({ amount: 500, currency: 'usd', destination: standard.id });
  const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 100 });
  await stripe.transfers.updateReversal(transfer.id, reversal.id, { metadata: { reason: 'typo' } });
  await stripe.accounts.del(standard.id);
}

async function payoutsScenario(writer: Stripe.Account): Promise<void> {
  const { stripe } = kit;
  const payout = await stripe.payouts.create({
    amount: 1100,
    currency: 'usd',
    description: 'Sweep',
    metadata: { week: '22' },
    expand: ['destination', 'balance_transaction'],
  });
  await stripe.payouts.update(payout.id, { metadata: { week: '23' } });
  await stripe.payouts.retrieve(payout.id, { expand: ['balance_transaction'] });
  await stripe.payouts.list({ status: 'pending', limit: 3 });
  await kit.control('POST', `/_sandbox/payouts/${payout.id}/settle`);
  const canceled = await stripe.payouts.create({ amount: 100, currency: 'usd' });
  await stripe.payouts.cancel(canceled.id);
  await refusal(stripe.payouts.cancel(canceled.id));
  await refusal(stripe.payouts.create({ amount: 100_000_000, currency: 'usd' }));
  await stripe.accounts.update(writer.id, { external_account: 'btok_us_verified_accountClosed' });
  const connected = stripeClient(kit.sandbox, { stripeAccount: writer.id });
  const failing = await connected.payouts.create({ amount: 200, currency: 'usd' });
  const failed = await kit.control<Stripe.Payout>('POST', `/_sandbox/payouts/${failing.id}/settle`);
  await connected.balanceTransactions.list({ payout: failing.id });
  await connected.balanceTransactions.retrieve(failed.failure_balance_transaction as string, { expand: ['source'] });
}

async function refusalsScenario(account: Stripe.Account): Promise<void> {
  const { stripe } = kit;
  await refusal(stripeClient(kit.sandbox).transfers.list({ limit: 1000 }));
  await refusal(stripe.topups.create({ amount: 100, currency: 'usd', bogus: 'x' } as Stripe.TopupCreateParams));
  await refusal(stripe.topups.create({ currency: 'usd' } as Stripe.TopupCreateParams));
  await refusal(stripe.topups.retrieve('tu_missing'));
  await refusal(stripe.transfers.create({ amount: 1, currency: 'usd', destination: 'acct_missing' }));
  await refusal(stripe.accounts.retrieve(account.id, {}, { apiKey: 'sk_live_nope' }));
  await stripe.accounts.retrieve(account.id, {}, { apiKey: 'rk_test_conformance' });
  await refusal(stripe.balance.retrieve({}, { apiVersion: 'banana' }));
  await stripe.balance.retrieve({}, { apiVersion: '2023-08-16' });
  await refusal(stripe.accounts.create({ type: 'express', email: 'not-an-email' }));
  await refusal(stripe.accounts.create({ type: 'express', country: 'ZZ' }));
  await refusal(stripe.accounts.createPerson(account.id, { relationship: { percent_ownership: 'abc' as unknown as number } }));
  await refusal(
    stripe.webhookEndpoints.create({
      url: 'https://example.com/hooks',
      enabled_events: ['transfer.teleported' as Stripe.WebhookEndpointCreateParams.EnabledEvent],
    }),
  );
  await refusal(stripe.transfers.list({ expand: ['data.destination.a.b.c'] }));
  await kit.control('POST', '/_sandbox/faults', { path: '/v1/balance', mode: 'error' });
  await refusal(stripe.balance.retrieve());
  const key = 'conformance-key';
  await stripe.topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: key });
  await stripe.topups.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: key });
  await refusal(stripe.topups.create({ amount: 2000, currency: 'usd' }, { idempotencyKey: key }));
}

test('every answer the sandbox gives conforms to Stripe’s OpenAPI description', async () => {
  const account = await accountsScenario();
  await fundPlatform(kit, 100_000);
  const writer = await onboardedAccount(kit);
  await moneyScenario(writer);
  await connectResourcesScenario();
  await payoutsScenario(writer);
  await eventsScenario(account);
  await refusalsScenario(account);
  await kit.control('POST', `/_sandbox/accounts/${account.id}/deauthorize`);
  await receiver.waitFor((items) => items.some((item) => item.event.type === 'account.application.deauthorized'));

  const validator = loadResponseValidator();
  const recorded = kit.sandbox.recordedResponses;
  const problems = recorded.flatMap((response) =>
    validator
      .validate(response.method, response.template, response.status, response.body)
      .map((problem) => `${response.method} ${response.template} ${response.status}: ${problem}`),
  );
  const eventObjects = recorded
    .filter((response) => response.template === '/v1/events' && response.status === 200)
    .flatMap((response) => (response.body as Stripe.ApiList<Stripe.Event>).data.map((event) => event.data.object as { object: string }));
  for (const object of eventObjects) problems.push(...validator.validateObject(object).map((problem) => `event ${object.object}: ${problem}`));
  for (const { event } of receiver.received) {
    problems.push(...validator.validateObject(event).map((problem) => `webhook ${event.type}: ${problem}`));
    const object = event.data.object as { object: string };
    problems.push(...validator.validateObject(object).map((problem) => `webhook ${event.type} data.object: ${problem}`));
  }
  expect(problems).toEqual([]);
  expect(receiver.received.map((item) => item.event.type)).toEqual(expect.arrayContaining(EVENT_TYPES));

  const served = new Set(recorded.map((response) => `${response.method} ${response.template}`));
  expect(served.size).toBeGreaterThanOrEqual(49);
  expect(recorded.map((response) => response.status)).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 500]));
});
