import type Stripe from 'stripe';
import { elementAt, findIn, present } from '../kit/checks';
import { onboardedAccount, startTestSandbox, WebhookReceiver, type TestSandbox } from './sandbox.kit';

let kit: TestSandbox;
const receiver = new WebhookReceiver();
const EXTERNAL_ACCOUNT_EVENTS: Stripe.WebhookEndpointCreateParams.EnabledEvent[] = [
  'account.external_account.created',
  'account.external_account.updated',
  'account.external_account.deleted',
];

beforeAll(async () => {
  kit = await startTestSandbox();
  const url = await receiver.start();
  await kit.stripe.webhookEndpoints.create({ url, enabled_events: EXTERNAL_ACCOUNT_EVENTS, connect: true });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

const US_BANK = { object: 'bank_account', country: 'US', currency: 'usd', routing_number: '110000000', account_number: '000123456789' } as const;

function customAccount(params: Stripe.AccountCreateParams = {}) {
  return kit.stripe.accounts.create({ type: 'custom', country: 'US', capabilities: { transfers: { requested: true } }, ...params });
}

const bankOf = (value: Stripe.BankAccount | Stripe.Card | Stripe.DeletedBankAccount | Stripe.DeletedCard) => value as Stripe.BankAccount;

test('a bank token attaches a default bank account and announces it', async () => {
  const account = await customAccount();
  expect(account.requirements?.currently_due).toContain('external_account');
  const bank = bankOf(await kit.stripe.accounts.createExternalAccount(account.id, { external_account: 'btok_us' }));
  expect(bank).toMatchObject({
    object: 'bank_account',
    account: account.id,
    bank_name: 'STRIPE TEST BANK',
    country: 'US',
    currency: 'usd',
    last4: '6789',
    routing_number: '110000000',
    default_for_currency: true,
    status: 'new',
  });
  expect(bank.id).toMatch(/^ba_/);
  const event = await receiver.waitForEvent('account.external_account.created', bank.id);
  expect(event.account).toBe(account.id);
  const updated = await kit.stripe.accounts.retrieve(account.id);
  expect(updated.external_accounts?.data.map((item) => item.id)).toEqual([bank.id]);
  expect(updated.requirements?.currently_due).not.toContain('external_account');
});

test('bank details as a hash; list, retrieve, update and delete', async () => {
  const account = await customAccount({ external_account: 'btok_us' });
  const second = bankOf(
    await kit.stripe.accounts.createExternalAccount(account.id, {
      external_account: { ...US_BANK, account_number: '000111111116', account_holder_name: 'Ada' },
      metadata: { use: 'backup' },
    }),
  );
  expect(second).toMatchObject({ last4: '1116', default_for_currency: false, account_holder_name: 'Ada', metadata: { use: 'backup' } });
  const listed = await kit.stripe.accounts.listExternalAccounts(account.id, { limit: 1 });
  expect(listed).toMatchObject({ object: 'list', has_more: true, data: [{ id: second.id }] });
  expect(bankOf(await kit.stripe.accounts.retrieveExternalAccount(account.id, second.id)).last4).toBe('1116');

  const madeDefault = bankOf(await kit.stripe.accounts.updateExternalAccount(account.id, second.id, { default_for_currency: true, metadata: { use: 'main' } }));
  expect(madeDefault).toMatchObject({ default_for_currency: true, metadata: { use: 'main' } });
  const event = await receiver.waitForEvent('account.external_account.updated', second.id);
  expect(event.data.previous_attributes).toEqual({ default_for_currency: false, metadata: { use: 'backup' } });
  const first = findIn((await kit.stripe.accounts.listExternalAccounts(account.id)).data, (item) => item.id !== second.id, 'the other bank account');
  expect(bankOf(first).default_for_currency).toBe(false);

  await expect(kit.stripe.accounts.deleteExternalAccount(account.id, second.id)).rejects.toMatchObject({
    statusCode: 400,
    message: expect.stringContaining('default external account'),
  });
  expect(await kit.stripe.accounts.deleteExternalAccount(account.id, first.id)).toEqual({
    id: first.id,
    object: 'bank_account',
    currency: 'usd',
    deleted: true,
  });
  await receiver.waitForEvent('account.external_account.deleted', first.id);
  await expect(kit.stripe.accounts.retrieveExternalAccount(account.id, first.id)).rejects.toMatchObject({ statusCode: 404 });
});

test('`external_account` on an account update replaces the default for its currency', async () => {
  const account = await customAccount({ external_account: 'btok_us' });
  const replaced = elementAt(present(account.external_accounts, 'external accounts').data, 0, 'a bank account');
  const updated = await kit.stripe.accounts.update(account.id, { external_account: 'btok_us_verified_accountClosed' });
  expect(updated.external_accounts?.data).toEqual([expect.objectContaining({ last4: '1113', default_for_currency: true })]);
  await receiver.waitForEvent('account.external_account.deleted', replaced.id);
});

test('onboarding attaches the bank account the writer typed, and says so', async () => {
  const writer = await onboardedAccount(kit);
  const bank = elementAt(present(writer.external_accounts, 'external accounts').data, 0, 'a bank account');
  expect(bank).toMatchObject({ object: 'bank_account', routing_number: '110000000', last4: '6789' });
  expect((await receiver.waitForEvent('account.external_account.created', bank.id)).account).toBe(writer.id);
});

test('an unknown token or an incomplete hash is refused', async () => {
  const account = await customAccount();
  await expect(kit.stripe.accounts.createExternalAccount(account.id, { external_account: 'btok_nope' })).rejects.toMatchObject({
    statusCode: 400,
    code: 'resource_missing',
    param: 'external_account',
  });
  const noRouting = {
    object: 'bank_account',
    country: 'US',
    account_number: '000123456789',
  } as unknown as Stripe.AccountCreateExternalAccountParams['external_account'];
  await expect(kit.stripe.accounts.createExternalAccount(account.id, { external_account: noRouting })).rejects.toMatchObject({
    statusCode: 400,
    param: 'external_account[routing_number]',
  });
  await expect(kit.stripe.accounts.createExternalAccount('acct_missing', { external_account: 'btok_us' })).rejects.toMatchObject({
    statusCode: 403,
    code: 'account_invalid',
  });
});
