import type { Page } from 'playwright-core';
import type Stripe from 'stripe';
import { createOnboardingLink, signUpWriter, waitForStatus, writerStatus } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';
import { type ConsoleBrowser, openBrowser, screenshot } from './browser';

const STEP_TIMEOUT_MS = 90_000;

/** Writers outside the US finish Stripe-hosted onboarding on a form that asks what their country asks. */
describe('hosted onboarding in a browser, country by country', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  beforeAll(async () => {
    stack = await startStack();
    browser = await openBrowser();
    page = browser.page;
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await stack?.close();
    }
  });

  /** Opens the writer's onboarding link and waits for the form. */
  async function openForm(country: string, displayName: string) {
    const writer = await signUpWriter(stack, { country, displayName });
    await page.goto((await createOnboardingLink(stack, writer)).url);
    await page.getByRole('heading', { level: 1, name: 'Set up payouts' }).waitFor();
    return writer;
  }

  async function submitAndWait(writer: Awaited<ReturnType<typeof signUpWriter>>): Promise<Stripe.Account> {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are all set' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/connect/onboarding/return');
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    return stack.stripe.accounts.retrieve((await writerStatus(stack, writer.writerId, writer.token)).stripeAccountId!);
  }

  const labelCount = (label: string) => page.getByLabel(label, { exact: true }).count();

  it(
    'a UK writer gives a postcode, a sort code and an account number (no state, no SSN) and is verified',
    async () => {
      const writer = await openForm('GB', 'Ada Lovelace');
      expect(await labelCount('State')).toBe(0);
      expect(await labelCount('Social Security number')).toBe(0);
      expect(await labelCount('Routing number')).toBe(0);
      const testValues = page.getByRole('region', { name: 'Test values' });
      expect(await testValues.textContent()).toMatch(/108800/);
      expect(await testValues.textContent()).toMatch(/1901-01-01/);
      await page.getByLabel('Postcode', { exact: true }).fill('EC1A 1BB');
      await page.getByLabel('Sort code', { exact: true }).fill('10-88-00');
      await page.getByLabel('Account number', { exact: true }).fill('00012345');
      await page.getByLabel('Date of birth').fill('1901-01-01');
      await page.getByLabel('Address line 1').fill('address_full_match');
      await screenshot(page, 'hosted-onboarding-gb');
      const account = await submitAndWait(writer);
      expect(account).toMatchObject({ country: 'GB', payouts_enabled: true, capabilities: { transfers: 'active' } });
      expect(account.individual).toMatchObject({ address: { postal_code: 'EC1A 1BB', state: null, country: 'GB' }, verification: { status: 'verified' } });
      expect(account.external_accounts?.data[0]).toMatchObject({ country: 'GB', currency: 'gbp', routing_number: '108800', last4: '2345' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a German writer gives a postal code and an IBAN and is verified',
    async () => {
      const writer = await openForm('DE', 'Emmy Noether');
      expect(await labelCount('State')).toBe(0);
      expect(await labelCount('Sort code')).toBe(0);
      expect(await labelCount('Routing number')).toBe(0);
      expect(await labelCount('Account number')).toBe(0);
      const iban = page.getByLabel('IBAN', { exact: true });
      expect(await iban.inputValue()).toBe('DE89370400440532013000');
      expect(await page.getByRole('region', { name: 'Test values' }).textContent()).toContain('DE89370400440532013000');
      await page.getByLabel('Postal code', { exact: true }).fill('10117');
      await iban.fill('DE89 3704 0044 0532 0130 00');
      await screenshot(page, 'hosted-onboarding-de');
      const account = await submitAndWait(writer);
      expect(account).toMatchObject({ country: 'DE', default_currency: 'eur', payouts_enabled: true });
      expect(account.individual).toMatchObject({ address: { postal_code: '10117', city: 'Berlin', state: null }, verification: { status: 'verified' } });
      expect(account.external_accounts?.data[0]).toMatchObject({ country: 'DE', currency: 'eur', routing_number: null, last4: '3000' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a date of birth other than the test one leaves the writer restricted, asked for a document',
    async () => {
      const writer = await openForm('GB', 'Mary Somerville');
      await page.getByLabel('Date of birth').fill('1980-12-10');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stripe needs more information' }).waitFor();
      const status = await waitForStatus(stack, writer.writerId, writer.token, 'RESTRICTED');
      expect(status.requirementsDue).toEqual(['individual.verification.document']);
    },
    STEP_TIMEOUT_MS,
  );
});
