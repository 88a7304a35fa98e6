import type Stripe from 'stripe';
import { elementAt, leading } from '../kit/checks';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;

beforeAll(async () => {
  kit = await startTestSandbox();
});
afterAll(() => kit.close());

function newExpressAccount(params: Stripe.AccountCreateParams = {}) {
  return kit.stripe.accounts.create({
    type: 'express',
    capabilities: { transfers: { requested: true } },
    tos_acceptance: { service_agreement: 'recipient' },
    ...params,
  });
}

describe('connected accounts', () => {
  test('an Express account starts restricted, owing realistic requirements', async () => {
    const account = await newExpressAccount({ email: 'ada@example.com', country: 'US', metadata: { writer: '42' } });
    expect(account).toMatchObject({
      object: 'account',
      type: 'express',
      email: 'ada@example.com',
      country: 'US',
      default_currency: 'usd',
      details_submitted: false,
      charges_enabled: false,
      payouts_enabled: false,
      capabilities: { transfers: 'inactive' },
      metadata: { writer: '42' },
      controller: { type: 'application', stripe_dashboard: { type: 'express' }, requirement_collection: 'stripe' },
      tos_acceptance: { service_agreement: 'recipient' },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account.requirements?.currently_due).toEqual(expect.arrayContaining(['business_type', 'external_account', 'tos_acceptance.date']));
    expect(account.requirements?.disabled_reason).toBe('requirements.past_due');
  });

  test('controller properties make an Express account as the newer guides do', async () => {
    const account = await kit.stripe.accounts.create({
      controller: {
        stripe_dashboard: { type: 'express' },
        fees: { payer: 'application' },
        losses: { payments: 'application' },
        requirement_collection: 'stripe',
      },
      capabilities: { transfers: { requested: true } },
    });
    expect(account.type).toBe('express');
    expect(account.controller).toMatchObject({ fees: { payer: 'application' }, losses: { payments: 'application' }, stripe_dashboard: { type: 'express' } });
  });

  test('prefilled individual details drop out of what is due', async () => {
    const account = await newExpressAccount({
      business_type: 'individual',
      individual: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', dob: { day: 1, month: 1, year: 1901 }, id_number: '000000000' },
      business_profile: { url: 'https://answers.example/ada', mcc: '5734' },
    });
    const due = account.requirements?.currently_due ?? [];
    expect(due).toEqual(expect.arrayContaining(['individual.phone', 'individual.address.line1', 'external_account', 'tos_acceptance.date']));
    for (const prefilled of ['individual.first_name', 'individual.dob.day', 'individual.id_number', 'business_profile.url', 'business_type']) {
      expect(due).not.toContain(prefilled);
    }
    expect(account.individual).toMatchObject({ object: 'person', first_name: 'Ada', id_number_provided: true });
  });

  test('type and controller together are refused', async () => {
    await expect(kit.stripe.accounts.create({ type: 'express', controller: { fees: { payer: 'application' } } })).rejects.toMatchObject({
      statusCode: 400,
      param: 'controller',
    });
  });

  test('a recipient agreement cannot carry card payments', async () => {
    await expect(newExpressAccount({ capabilities: { card_payments: { requested: true }, transfers: { requested: true } } })).rejects.toMatchObject({
      statusCode: 400,
      param: 'tos_acceptance[service_agreement]',
    });
  });

  test('retrieve, update, list and delete', async () => {
    const account = await newExpressAccount();
    expect((await kit.stripe.accounts.retrieve(account.id)).id).toBe(account.id);
    const updated = await kit.stripe.accounts.update(account.id, {
      email: 'new@example.com',
      metadata: { tier: 'gold' },
      business_profile: { name: 'Ada Answers' },
      settings: { payouts: { schedule: { interval: 'weekly', weekly_anchor: 'friday', delay_days: 'minimum' } } },
    });
    expect(updated).toMatchObject({ email: 'new@example.com', metadata: { tier: 'gold' }, business_profile: { name: 'Ada Answers' } });
    expect(updated.settings?.payouts?.schedule).toEqual({ interval: 'weekly', weekly_anchor: 'friday', delay_days: 2 });
    const listed = await kit.stripe.accounts.list({ limit: 100 });
    expect(listed.data.map((item) => item.id)).toContain(account.id);
    expect(listed.data.map((item) => item.id)).not.toContain(kit.sandbox.platformAccountId);
    expect(await kit.stripe.accounts.del(account.id)).toEqual({ id: account.id, object: 'account', deleted: true });
    await expect(kit.stripe.accounts.retrieve(account.id)).rejects.toMatchObject({ statusCode: 403, code: 'account_invalid' });
  });

  test('an invalid update leaves the account untouched', async () => {
    const account = await newExpressAccount({ email: 'before@example.com' });
    await expect(kit.stripe.accounts.update(account.id, { email: 'after@example.com', default_currency: 'xxx' })).rejects.toMatchObject({ statusCode: 400 });
    expect((await kit.stripe.accounts.retrieve(account.id)).email).toBe('before@example.com');
  });

  test('capabilities can be listed and retrieved', async () => {
    const account = await newExpressAccount();
    const capabilities = await kit.stripe.accounts.listCapabilities(account.id);
    expect(capabilities.data).toEqual([
      expect.objectContaining({ id: 'transfers', object: 'capability', account: account.id, requested: true, status: 'inactive' }),
    ]);
    const transfers = await kit.stripe.accounts.retrieveCapability(account.id, 'transfers');
    expect(transfers.status).toBe('inactive');
  });
});

describe('the platform account', () => {
  test('GET /v1/account is the platform, on a manual payout schedule', async () => {
    const platform = await kit.stripe.accounts.retrieveCurrent();
    expect(platform).toMatchObject({ id: kit.sandbox.platformAccountId, charges_enabled: true, payouts_enabled: true });
    expect(platform.settings?.payouts?.schedule?.interval).toBe('manual');
  });

  test('its payout schedule is updated through POST /v1/accounts/{platform id}', async () => {
    const updated = await kit.stripe.accounts.update(kit.sandbox.platformAccountId, { settings: { payouts: { schedule: { interval: 'daily' } } } });
    expect(updated.settings?.payouts?.schedule?.interval).toBe('daily');
    await kit.stripe.accounts.update(kit.sandbox.platformAccountId, { settings: { payouts: { schedule: { interval: 'manual' } } } });
    expect((await kit.stripe.accounts.retrieveCurrent()).settings?.payouts?.schedule?.interval).toBe('manual');
  });

  test('with Stripe-Account, GET /v1/account is that connected account', async () => {
    const account = await newExpressAccount();
    expect((await kit.stripeFor(account.id).accounts.retrieveCurrent()).id).toBe(account.id);
  });
});

describe('persons and login links', () => {
  test('a representative is created and listed', async () => {
    const account = await newExpressAccount({ business_type: 'company' });
    const person = await kit.stripe.accounts.createPerson(account.id, {
      first_name: 'Jenny',
      last_name: 'Rosen',
      relationship: { representative: true, title: 'CEO' },
    });
    expect(person).toMatchObject({ object: 'person', account: account.id, first_name: 'Jenny', relationship: { representative: true, title: 'CEO' } });
    expect(person.id).toMatch(/^person_/);
    await kit.stripe.accounts.createPerson(account.id, { first_name: 'Other', relationship: { owner: true } });
    const representatives = await kit.stripe.accounts.listPersons(account.id, { relationship: { representative: true } });
    expect(representatives.data.map((item) => item.id)).toEqual([person.id]);
    expect((await kit.stripe.accounts.retrievePerson(account.id, person.id)).last_name).toBe('Rosen');
  });

  test('a login link opens the sandbox Express dashboard once onboarding is done', async () => {
    const fresh = await newExpressAccount();
    await expect(kit.stripe.accounts.createLoginLink(fresh.id)).rejects.toMatchObject({ statusCode: 400 });
    const account = await onboardedAccount(kit);
    const link = await kit.stripe.accounts.createLoginLink(account.id);
    expect(link).toMatchObject({ object: 'login_link', url: expect.stringContaining(`${kit.sandbox.url}/express/`) });
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Express dashboard');
  });

  test('a login link signs in once: a second visit shows Stripe’s expired page', async () => {
    const account = await onboardedAccount(kit);
    const link = await kit.stripe.accounts.createLoginLink(account.id);
    expect(await (await fetch(link.url)).text()).toContain('Express dashboard');
    const again = await (await fetch(link.url)).text();
    expect(again).toContain('This link has expired');
    expect(again).not.toContain('Express dashboard');
    const fresh = await kit.stripe.accounts.createLoginLink(account.id);
    expect(await (await fetch(fresh.url)).text()).toContain('Express dashboard');
  });
});

describe('onboarding states', () => {
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = new WebhookReceiver();
    const url = await receiver.start();
    await kit.stripe.webhookEndpoints.create({
      url,
      enabled_events: ['account.updated', 'capability.updated', 'account.application.deauthorized'],
      connect: true,
    });
  });
  afterAll(() => receiver.close());

  const setState = (id: string, state: string) => kit.control<Stripe.Account>('POST', `/_sandbox/accounts/${id}/set_state`, { state });

  test.each([
    ['in_progress', { details_submitted: false, payouts_enabled: false }, 'inactive', 'requirements.past_due'],
    ['pending_verification', { details_submitted: true, payouts_enabled: false }, 'pending', 'requirements.pending_verification'],
    ['restricted', { details_submitted: true, payouts_enabled: false }, 'inactive', 'requirements.past_due'],
    ['rejected', { details_submitted: true, charges_enabled: false }, 'inactive', 'rejected.fraud'],
    ['active', { details_submitted: true, charges_enabled: true, payouts_enabled: true }, 'active', null],
  ])('%s', async (state, flags, capability, disabledReason) => {
    const account = await newExpressAccount();
    const changed = await setState(account.id, state);
    expect(changed).toMatchObject({ ...flags, capabilities: { transfers: capability } });
    expect(changed.requirements?.disabled_reason).toBe(disabledReason);
    if (state === 'pending_verification') expect(changed.requirements?.pending_verification).not.toEqual([]);
    if (state === 'restricted') expect(changed.requirements?.past_due).toEqual(['individual.verification.document']);
    if (state === 'active') expect(changed.requirements?.currently_due).toEqual([]);
    expect(await kit.stripe.accounts.retrieve(account.id)).toEqual(changed);
  });

  test('onboarding fires account.updated and capability.updated to connect endpoints, carrying `account`', async () => {
    const account = await newExpressAccount();
    await kit.control('POST', `/_sandbox/accounts/${account.id}/complete_onboarding`);
    const isActiveTransfers = (event: Stripe.Event) =>
      event.type === 'capability.updated' && event.account === account.id && (event.data.object as Stripe.Capability).status === 'active';
    const received = await receiver.waitFor((items) => items.some((item) => isActiveTransfers(item.event)));
    const capability = received.map((item) => item.event).find(isActiveTransfers)!;
    const updated = await receiver.waitForEvent('account.updated', account.id);
    expect(updated.data.object).toMatchObject({ id: account.id, details_submitted: true, payouts_enabled: true });
    expect(updated.data.previous_attributes).toMatchObject({ details_submitted: false, payouts_enabled: false });
    expect(capability.data.object).toMatchObject({ object: 'capability', id: 'transfers', status: 'active' });
    const connectedEvents = await kit.stripeFor(account.id).events.list({ type: 'account.*' });
    expect(connectedEvents.data.map((event) => event.type)).toContain('account.updated');
  });

  test('previous_attributes holds only what changed, nested: the old metadata keys, the old name', async () => {
    const account = await kit.stripe.accounts.create({ type: 'custom', country: 'US', business_type: 'individual', metadata: { tier: 'gold', region: 'eu' } });
    await kit.stripe.accounts.update(account.id, { metadata: { tier: 'platinum', since: '2026' }, individual: { first_name: 'Ada' } });
    await kit.stripe.accounts.update(account.id, { individual: { first_name: 'Grace' } });
    const updates = () => receiver.eventsOfType('account.updated').filter((event) => event.account === account.id);
    await receiver.waitFor(() => updates().length === 2);
    const [first, second] = leading(updates(), 2, 'account.updated events');
    expect(first.data.previous_attributes).toMatchObject({ metadata: { tier: 'gold', since: null }, individual: null });
    expect((first.data.previous_attributes as { metadata?: unknown }).metadata).toEqual({ tier: 'gold', since: null });
    expect(second.data.previous_attributes).toEqual({ individual: { first_name: 'Ada' } });
  });

  test('deauthorizing fires account.application.deauthorized and cuts the account off', async () => {
    const account = await onboardedAccount(kit);
    await kit.control('POST', `/_sandbox/accounts/${account.id}/deauthorize`);
    const event = await receiver.waitForEvent('account.application.deauthorized', account.id);
    expect(event.account).toBe(account.id);
    expect(event.data.object).toMatchObject({ object: 'application' });
    await expect(kit.stripe.accounts.retrieve(account.id)).rejects.toMatchObject({ statusCode: 403, code: 'account_invalid' });
    await expect(kit.stripeFor(account.id).balance.retrieve()).rejects.toMatchObject({ statusCode: 403, code: 'account_invalid' });
  });
});

describe('what Stripe announces and refuses about accounts', () => {
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    const url = await receiver.start();
    await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['*'], connect: true });
    await kit.stripe.webhookEndpoints.create({ url, enabled_events: ['account.application.deauthorized'] });
  });
  afterAll(() => receiver.close());

  const capabilityEvents = (accountId: string, name: string) =>
    receiver.eventsOfType('capability.updated').filter((event) => event.account === accountId && (event.data.object as Stripe.Capability).id === name);

  test('an account the key cannot reach is a 403 naming the redacted key, in the path and in Stripe-Account', async () => {
    const message =
      "The provided key 'sk_test_*******_kit' does not have access to account 'acct_missing' (or that account does not exist). Application access may have been revoked.";
    const refusal = { statusCode: 403, type: 'StripePermissionError', code: 'account_invalid', message };
    await expect(kit.stripe.accounts.retrieve('acct_missing')).rejects.toMatchObject(refusal);
    await expect(kit.stripe.accounts.listPersons('acct_missing')).rejects.toMatchObject(refusal);
    await expect(kit.stripeFor('acct_missing').balance.retrieve()).rejects.toMatchObject(refusal);
  });

  test('deleting an account tells the application it lost it, in the platform’s own event list', async () => {
    const account = await newExpressAccount();
    await kit.stripe.accounts.del(account.id);
    const event = await receiver.waitForEvent('account.application.deauthorized', account.id);
    expect(event).toMatchObject({ account: account.id, data: { object: { object: 'application' } } });
    const listed = await kit.stripe.events.list({ type: 'account.application.deauthorized' });
    expect(listed.data.map((item) => item.id)).toContain(event.id);
    await expect(kit.stripe.accounts.del(account.id)).rejects.toMatchObject({ statusCode: 403 });
  });

  test('capabilities requested at creation and later each fire capability.updated', async () => {
    const account = await kit.stripe.accounts.create({ type: 'custom', country: 'US', capabilities: { transfers: { requested: true } } });
    await receiver.waitFor(() => capabilityEvents(account.id, 'transfers').length === 1);
    expect(elementAt(capabilityEvents(account.id, 'transfers'), 0, 'a capability.updated event').data).toMatchObject({
      object: { status: 'inactive', requested: true },
      previous_attributes: { status: 'unrequested' },
    });

    const requested = await kit.stripe.accounts.updateCapability(account.id, 'card_payments', { requested: true });
    expect(requested).toMatchObject({ object: 'capability', id: 'card_payments', account: account.id, requested: true, status: 'inactive' });
    await receiver.waitFor(() => capabilityEvents(account.id, 'card_payments').length === 1);
    expect((await kit.stripe.accounts.retrieve(account.id)).capabilities).toEqual({ transfers: 'inactive', card_payments: 'inactive' });

    const unrequested = await kit.stripe.accounts.updateCapability(account.id, 'card_payments', { requested: false });
    expect(unrequested).toMatchObject({ requested: false, status: 'unrequested', requested_at: null });
    await receiver.waitFor(() => capabilityEvents(account.id, 'card_payments').length === 2);
    await expect(kit.stripe.accounts.updateCapability(account.id, 'crypto_beans', { requested: true })).rejects.toMatchObject({ statusCode: 404 });
  });

  test('persons are updated and deleted, each change announced', async () => {
    const account = await kit.stripe.accounts.create({
      type: 'custom',
      country: 'US',
      business_type: 'company',
      capabilities: { transfers: { requested: true } },
    });
    const person = await kit.stripe.accounts.createPerson(account.id, { first_name: 'Jane', last_name: 'Doe' });
    expect((await receiver.waitForEvent('person.created', person.id)).account).toBe(account.id);
    const updated = await kit.stripe.accounts.updatePerson(account.id, person.id, {
      first_name: 'Jenny',
      relationship: { owner: true, percent_ownership: 60 },
    });
    expect(updated).toMatchObject({ first_name: 'Jenny', last_name: 'Doe', relationship: { owner: true, percent_ownership: 60 } });
    const event = await receiver.waitForEvent('person.updated', person.id);
    expect(event.data.previous_attributes).toEqual({ first_name: 'Jane', relationship: { owner: false, percent_ownership: null } });
    expect(await kit.stripe.accounts.deletePerson(account.id, person.id)).toEqual({ id: person.id, object: 'person', deleted: true });
    await receiver.waitForEvent('person.deleted', person.id);
    await expect(kit.stripe.accounts.retrievePerson(account.id, person.id)).rejects.toMatchObject({ statusCode: 404 });
  });
});
