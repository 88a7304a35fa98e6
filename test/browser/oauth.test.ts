import type { Page } from 'playwright-core';
import { adminWithTwoFactor, signUpWriter } from '../kit/flows';
import { createOAuthLink, writerAccount } from '../kit/oauth';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { waitFor } from '../kit/wait';
import { type ConsoleBrowser, openBrowser, screenshot } from './browser';

const STEP_TIMEOUT_MS = 90_000;

// A writer connects their Stripe account on the sandbox's authorize page; later an admin disconnects it from the console.
describe('Stripe OAuth in a browser', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  let writer: Awaited<ReturnType<typeof signUpWriter>>;
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

  it(
    'the writer approves on the Express authorize page and lands back on the platform, connected',
    async () => {
      writer = await signUpWriter(stack, { displayName: 'Dorothy Vaughan' });
      await page.goto((await createOAuthLink(stack, writer)).url);
      await page.getByRole('heading', { level: 1, name: 'Sandbox Platform uses Stripe to pay you' }).waitFor();
      expect(await page.getByLabel('Email').inputValue()).toBe(writer.email);
      expect(await page.getByLabel('First name').inputValue()).toBe('Dorothy');
      expect(await page.getByRole('listitem').first().textContent()).toMatch(/Receive transfers/);
      await screenshot(page, 'oauth-01-authorize');
      await page.getByRole('button', { name: 'Connect my Stripe account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your Stripe account is connected' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/connect/oauth/complete');
      expect(await writerAccount(stack, writer.writerId, writer.token)).toMatchObject({ accountConnection: 'OAUTH', onboardingStatus: 'ACTIVE' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'another writer denies access and reads that nothing changed',
    async () => {
      const denying = await signUpWriter(stack);
      await page.goto((await createOAuthLink(stack, denying)).url);
      await page.getByRole('button', { name: /Deny access/ }).click();
      await page.getByRole('heading', { level: 1, name: 'You did not connect a Stripe account' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Nothing was changed');
      expect(await writerAccount(stack, denying.writerId, denying.token)).toMatchObject({ accountConnection: 'CREATED', onboardingStatus: 'NOT_STARTED' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'an admin sees how the account was connected, reviews, and disconnects it',
    async () => {
      const { secret } = await adminWithTwoFactor(stack);
      await page.goto(`${stack.url}/admin/`);
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel('Authentication code').fill(await totpCode(secret, 1));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

      await page.goto(`${stack.url}/admin/writers/${writer.writerId}`);
      await page.getByRole('heading', { level: 1, name: 'Dorothy Vaughan' }).waitFor();
      await page.getByText('By the writer, through Stripe OAuth').waitFor();
      const { stripeAccountId } = await writerAccount(stack, writer.writerId, writer.token);
      await page.getByRole('button', { name: 'Disconnect…' }).click();
      const dialog = page.getByRole('dialog', { name: "Disconnect Dorothy Vaughan's Stripe account" });
      await dialog.getByText(stripeAccountId!).waitFor();
      expect(await dialog.textContent()).toContain('can no longer receive transfers');
      await screenshot(page, 'oauth-02-disconnect-review');
      await dialog.getByRole('button', { name: 'Disconnect account' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Disconnected ${stripeAccountId}` })
        .waitFor();
      await waitFor(() => writerAccount(stack, writer.writerId, writer.token), {
        until: (account) => account.deauthorized && !account.canReceiveTransfers,
        what: 'the writer deauthorized and not payable',
      });
      await page.getByText('Disconnected from the platform', { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Disconnect…' }).count()).toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});
