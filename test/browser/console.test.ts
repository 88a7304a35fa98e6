import jwt from 'jsonwebtoken';
import type { Page } from 'playwright-core';
import { createOnboardingLink, graphql, signUpWriter, writerStatus } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { platformBalance } from '../kit/money';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { waitFor } from '../kit/wait';
import { type BrowserGlobals, type ConsoleBrowser, consoleToken, openBrowser, replaceConsoleToken, screenshot } from './browser';

const JWT_SECRET = 'browser-test-secret-long-enough-for-hs256';
const STEP_TIMEOUT_MS = 90_000;

// One admin's afternoon in the console, in order: each step starts where the last one left off.
describe('the admin console', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  let twoFactorSecret: string;
  let writer: Awaited<ReturnType<typeof signUpWriter>> & { accountId: string };
  let transferId: string;

  const nav = (name: string) => page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name, exact: true });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });
  const dialog = () => page.getByRole('dialog');
  const usdAvailable = async () => (await platformBalance(stack, await consoleToken(page))).available.find((money) => money.currency === 'usd')?.amount ?? 0;
  const usd = (amountMinor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amountMinor / 100);

  beforeAll(async () => {
    stack = await startStack({ JWT_SECRET });
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
    'signs in with a password, enrols two-factor from the QR code, then signs in again with a TOTP code',
    async () => {
      await page.goto(`${stack.url}/admin/`);
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await screenshot(page, '01-sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.getByRole('button', { name: 'Set up authenticator app' }).click();
      const qrCode = page.getByRole('img', { name: /QR code/ });
      await qrCode.waitFor();
      expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      twoFactorSecret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
      expect(twoFactorSecret).toMatch(/^[A-Z2-7]{16,}$/);
      await screenshot(page, '02-two-factor-enrolment');
      await page.getByLabel('Enter the 6-digit code the app shows').fill(await totpCode(twoFactorSecret, 0));
      await page.getByRole('button', { name: 'Turn on two-factor' }).click();
      const recoveryCodes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await recoveryCodes.first().waitFor();
      expect(await recoveryCodes.count()).toBe(10);
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await heading('Overview').waitFor();
      expect(await page.locator('.topbar').textContent()).toContain(ADMIN_EMAIL);
      await page.getByText('Sandbox', { exact: true }).waitFor();
      await page.locator('.live-indicator.is-live').waitFor();

      const signedOutToken = await consoleToken(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
      // Signing out revokes the session on the gateway, not just in this tab.
      await waitFor(async () => (await postGraphQL(stack.url, '{ viewer { id } }', {}, { token: signedOutToken })).body.errors?.[0]?.extensions?.code, {
        until: (code) => code === 'UNAUTHENTICATED',
        what: 'the signed-out session refused',
      });
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const codeNeeded = page.getByRole('alert').filter({ hasText: 'TWO_FACTOR_REQUIRED' });
      await codeNeeded.waitFor();
      expect(await codeNeeded.textContent()).toContain('Enter the 6-digit code from your authenticator app, or one of your recovery codes.');
      await page.getByLabel('Authentication code').fill(await totpCode(twoFactorSecret, 1));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await heading('Overview').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "turns a writer's badge ACTIVE without a reload while their onboarding completes in the sandbox",
    async () => {
      await signUpWriter(stack, { displayName: 'Alan Turing', country: 'GB' });
      await createOnboardingLink(stack, await signUpWriter(stack, { displayName: 'Grace Hopper', country: 'DE' }));
      const katherine = await signUpWriter(stack, { displayName: 'Katherine Johnson', country: 'US' });
      await stack.control.setAccountState((await writerStatus(stack, katherine.writerId, katherine.token)).stripeAccountId!, 'restricted');
      const signedUp = await signUpWriter(stack, { displayName: 'Ada Lovelace', country: 'GB' });
      await createOnboardingLink(stack, signedUp);
      writer = { ...signedUp, accountId: (await writerStatus(stack, signedUp.writerId, signedUp.token)).stripeAccountId! };

      await nav('Writers').click();
      await page.getByLabel('Search writers').fill(writer.email);
      const row = page.locator(`tr[data-writer-id="${writer.writerId}"]`);
      await waitFor(() => page.locator('tbody tr').count(), { until: (count) => count === 1, what: 'one writer row for the search' });
      await row.waitFor();
      expect(await row.locator('.badge').getAttribute('data-status')).not.toBe('ACTIVE');
      expect(await row.textContent()).toContain(writer.accountId);
      await page.getByLabel('Search writers').fill('');
      await waitFor(() => page.locator('tbody tr').count(), { until: (count) => count === 4, what: 'every writer row again' });
      await page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
      // The page's status subscription shares the socket the live indicator reports on.
      await page.locator('.live-indicator.is-live').waitFor();

      await stack.control.completeOnboarding(writer.accountId);
      await row.locator('.badge[data-status="ACTIVE"]').waitFor();
      expect(await row.locator('.badge').textContent()).toBe('Active');
      expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).notReloaded)).toBe(true);
      await page.locator(`tr[data-writer-id="${katherine.writerId}"] .badge[data-status="RESTRICTED"]`).waitFor();
      await page.getByLabel('Search writers').blur();
      await screenshot(page, '03-writers');

      await page.getByLabel('Status', { exact: true }).selectOption('REJECTED');
      await page.getByText('No writers match these filters').waitFor();
      await page.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
      await row.waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'adds funds, sees the top-up settle live, and cancels one while it is pending',
    async () => {
      const availableBefore = await usdAvailable();
      await nav('Top-ups').click();
      await heading('Top-ups').waitFor();
      await page.getByRole('button', { name: 'Add funds' }).click();
      await dialog().getByLabel('Amount').fill('500');
      await dialog().getByLabel('Description').fill('Ad revenue, week 23');
      await dialog().getByLabel('Statement descriptor').fill('Weekly top-up');
      await dialog().getByRole('button', { name: 'Add funds' }).click();
      await page.getByRole('status').filter({ hasText: 'Added $500.00' }).waitFor();

      const row = page.locator('tbody tr').filter({ hasText: 'Ad revenue, week 23' });
      await row.locator('.badge[data-status="PENDING"]').waitFor();
      expect(await row.textContent()).toContain('Weekly top-up');
      await screenshot(page, '04-top-up-pending');
      const stripeTopUpId = await row.locator('code').textContent();
      expect(stripeTopUpId).toMatch(/^tu_/);

      await stack.control.settleTopUp(stripeTopUpId!);
      await row.locator('.badge[data-status="SUCCEEDED"]').waitFor();
      expect(await row.getByRole('button', { name: /Cancel/ }).count()).toBe(0);

      await page.getByRole('button', { name: 'Add funds' }).click();
      await dialog().getByLabel('Amount').fill('50');
      await dialog().getByLabel('Description').fill('Too much, cancel me');
      await dialog().getByRole('button', { name: 'Add funds' }).click();
      const mistaken = page.locator('tbody tr').filter({ hasText: 'Too much, cancel me' });
      await mistaken.locator('.badge[data-status="PENDING"]').waitFor();
      await mistaken.getByRole('button', { name: /Cancel/ }).click();
      await dialog().getByRole('button', { name: 'Cancel top-up' }).click();
      await mistaken.locator('.badge[data-status="CANCELED"]').waitFor();
      await screenshot(page, '05-top-ups');

      await nav('Overview').click();
      const available = page.locator('[data-balance="available"] [data-currency="usd"]');
      await waitFor(() => available.textContent(), {
        until: (text) => Boolean(text?.startsWith(usd(availableBefore + 50_000))),
        what: 'the available balance after adding funds',
      });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'refuses a malformed amount in the form, and shows the server refusing more than the balance',
    async () => {
      await nav('Writers').click();
      await page.getByRole('link', { name: 'Ada Lovelace' }).click();
      await heading('Ada Lovelace').waitFor();
      await page.getByText('No transfers yet').waitFor();
      // Admins see that an onboarding link was issued, never the link itself.
      expect(await page.locator('dd').filter({ hasText: ' issued' }).textContent()).toMatch(/^1 issued; the latest on .+, (expires .+|expired)$/);
      expect(await page.locator('body').textContent()).not.toContain('/connect/onboarding/');
      await page.getByRole('button', { name: 'Refresh from Stripe' }).click();
      await page.getByRole('button', { name: 'Refresh from Stripe' }).and(page.locator(':enabled')).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('.page-header .badge').getAttribute('data-status')).toBe('ACTIVE');
      await page.getByRole('button', { name: 'Send funds', exact: true }).click();
      const amount = dialog().getByLabel('Amount');
      await amount.fill('12.345');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByText('USD amounts have at most 2 decimal places.').waitFor();
      expect(await amount.getAttribute('aria-invalid')).toBe('true');
      expect(await amount.evaluate((input) => input === (globalThis as unknown as BrowserGlobals).document.activeElement)).toBe(true);

      await amount.fill('999999');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByRole('button', { name: 'Send $999,999.00' }).click();
      const refusal = dialog().getByRole('alert');
      await refusal.filter({ hasText: 'INSUFFICIENT_FUNDS' }).waitFor();
      expect(await amount.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, '06-send-funds-refused');
      await dialog().getByRole('button', { name: 'Cancel' }).click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "sends funds once despite a double click; the balance and the writer's transfers change",
    async () => {
      const availableBefore = await usdAvailable();
      await page.getByRole('button', { name: 'Send funds', exact: true }).click();
      await dialog().getByLabel('Amount').fill('123.45');
      await dialog().getByLabel('Description').fill('Answers, May');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByText('You are sending').waitFor();
      await screenshot(page, '07-send-funds-review');
      await dialog().getByRole('button', { name: 'Send $123.45' }).dblclick();
      await page.getByRole('status').filter({ hasText: 'Sent $123.45 to Ada Lovelace.' }).waitFor();

      const row = page.locator('tbody tr').filter({ hasText: 'Answers, May' });
      await row.locator('.badge[data-status="PAID"]').waitFor();
      expect(await page.locator('tbody tr').count()).toBe(1);
      transferId = (await row.getAttribute('data-transfer-id'))!;
      const token = await consoleToken(page);
      const listed = await graphql(stack, 'query($id: ID!) { writer(id: $id) { transfers { totalCount } } }', { id: writer.writerId }, token);
      expect(listed.writer.transfers.totalCount).toBe(1);
      await screenshot(page, '08-writer');

      expect(await usdAvailable()).toBe(availableBefore - 12_345);
      await nav('Overview').click();
      const available = page.locator('[data-balance="available"] [data-currency="usd"]');
      await waitFor(() => available.textContent(), {
        until: (text) => Boolean(text?.startsWith(usd(availableBefore - 12_345))),
        what: 'the available balance after the transfer',
      });
      await page.locator('[data-status-count="ACTIVE"]').filter({ hasText: '1' }).waitFor();
      // The chart's table (for screen readers) shows today's transfer in the browser's own day.
      const today = page.locator('.chart-figure tbody tr').last();
      await waitFor(() => today.locator('td').nth(1).textContent(), { until: (text) => text === usd(12_345), what: "today's transfer in the chart's table" });
      await screenshot(page, '09-overview');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'reverses a transfer in part with a reason, then the rest',
    async () => {
      await nav('Transfers').click();
      await page.locator(`tr[data-transfer-id="${transferId}"]`).getByRole('link', { name: '$123.45' }).click();
      await heading('$123.45 to Ada Lovelace').waitFor();
      await page.getByText('No reversals').waitFor();

      await page.getByRole('button', { name: 'Reverse', exact: true }).click();
      const amount = dialog().getByLabel('Amount to reverse');
      expect(await amount.inputValue()).toBe('123.45');
      await amount.fill('200');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByText('At most $123.45 can still be reversed.').waitFor();
      await amount.fill('23.45');
      await dialog().getByLabel('Reason').fill('Duplicate answer');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByRole('button', { name: 'Reverse $23.45' }).click();
      await page.getByRole('status').filter({ hasText: 'Reversed $23.45 from Ada Lovelace.' }).waitFor();
      await page.locator('.page-header .badge[data-status="PARTIALLY_REVERSED"]').waitFor();
      const reversal = page.locator('tr[data-reversal-id]').filter({ hasText: 'Duplicate answer' });
      await reversal.locator('.badge[data-status="SUCCEEDED"]').waitFor();
      expect(await reversal.textContent()).toContain('$23.45');
      expect(await reversal.textContent()).toContain('Admin');

      await page.getByRole('button', { name: 'Reverse', exact: true }).click();
      expect(await dialog().getByLabel('Amount to reverse').inputValue()).toBe('100.00');
      await dialog().getByRole('button', { name: 'Review' }).click();
      await dialog().getByRole('button', { name: 'Reverse $100.00' }).click();
      await page.locator('.page-header .badge[data-status="REVERSED"]').waitFor();
      expect(await page.getByRole('button', { name: 'Reverse', exact: true }).count()).toBe(0);
      await page.locator('tr[data-reversal-id]').nth(1).waitFor();
      await screenshot(page, '10-transfer-reversed');

      await nav('Transfers').click();
      await page.getByLabel('Status', { exact: true }).selectOption('REVERSED');
      await page.locator(`tr[data-transfer-id="${transferId}"]`).waitFor();
      await screenshot(page, '11-transfers');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows every money action in the audit log: who asked, and what Stripe answered',
    async () => {
      // A page whose code cannot be fetched (the console was updated while open) offers a reload.
      await page.route('**/admin/assets/AuditLogPage-*.js', (route) => route.abort());
      await nav('Audit log').click();
      await page.getByRole('alert').filter({ hasText: 'This page could not be loaded' }).waitFor();
      await page.unroute('**/admin/assets/AuditLogPage-*.js');
      await page.getByRole('button', { name: 'Reload the console' }).click();
      await heading('Audit log').waitFor();
      const entries = page.locator('tbody tr');
      const sent = entries.filter({ hasText: 'Funds sent' }).filter({ hasText: '$123.45' });
      await sent.waitFor();
      expect(await sent.textContent()).toContain('Admin');
      expect(await sent.textContent()).toContain('Answers, May');
      const reversal = entries.filter({ hasText: 'Reversal requested' }).filter({ hasText: 'Reason: Duplicate answer' });
      expect(await reversal.textContent()).toContain('$23.45');
      expect(await entries.filter({ hasText: 'Funds added' }).filter({ hasText: '$500.00' }).count()).toBe(1);
      expect(await entries.filter({ hasText: 'Top-up canceled' }).count()).toBe(1);
      await screenshot(page, '12-audit-log');
      expect(await sent.getByRole('link', { name: '$123.45 to Ada Lovelace' }).count()).toBe(1);
      await sent.getByRole('link', { name: '$123.45 to Ada Lovelace' }).click();
      await heading('$123.45 to Ada Lovelace').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows the live connection dropping while the gateway restarts, and reconnects by itself',
    async () => {
      await nav('Overview').click();
      await page.locator('.live-indicator.is-live').waitFor();
      const indicator = page.locator('.live-indicator');
      const restarted = stack.restartGateway();
      await waitFor(() => indicator.textContent(), { until: (text) => text === 'Reconnecting…', timeoutMs: 20_000, what: 'the live indicator reconnecting' });
      await restarted;
      await waitFor(() => indicator.textContent({ timeout: 1000 }).catch(() => 'no live indicator: signed out?'), {
        until: (text) => text === 'Live',
        timeoutMs: 45_000,
        what: 'the live indicator live again',
      });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'pages through writers twenty at a time',
    async () => {
      await Promise.all(Array.from({ length: 18 }, (_, index) => signUpWriter(stack, { displayName: `Writer ${index + 1}` })));
      await nav('Writers').click();
      const pager = page.getByRole('navigation', { name: 'Pages of writers' });
      await pager.getByText('1–20 of 22 writers').waitFor();
      expect(await page.locator('tbody tr').count()).toBe(20);
      await pager.getByRole('button', { name: 'Next' }).click();
      await pager.getByText('21–22 of 22 writers').waitFor();
      expect(await page.locator('tbody tr').count()).toBe(2);
      expect(await pager.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      await pager.getByRole('button', { name: 'Previous' }).click();
      await pager.getByText('1–20 of 22 writers').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'adds a writer the platform knows and invites them, who then signs up as themself',
    async () => {
      const input = { email: 'mary.somerville@example.com', displayName: 'Mary Somerville', country: 'GB' };
      await nav('Writers').click();
      await page.getByRole('button', { name: 'Add writer' }).click();
      await dialog().getByLabel('Email').fill(input.email);
      await dialog().getByLabel('Name').fill(input.displayName);
      // Only countries the platform can pay are offered; a missing one is refused by field, in words.
      expect(await dialog().getByLabel('Country').locator('option[value="BR"]').count()).toBe(0);
      await dialog().getByRole('button', { name: 'Add writer' }).click();
      await dialog().getByRole('alert').filter({ hasText: 'BAD_USER_INPUT' }).waitFor();
      expect(await dialog().getByLabel('Country').getAttribute('aria-invalid')).toBe('true');
      expect(
        await dialog()
          .getByLabel('Country')
          .evaluate((select) => select === (globalThis as unknown as BrowserGlobals).document.activeElement),
      ).toBe(true);
      await dialog().getByLabel('Country').selectOption(input.country);
      await dialog().getByRole('button', { name: 'Add writer' }).click();
      await heading(input.displayName).waitFor();
      const writerId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      await page.getByRole('button', { name: 'Create invitation' }).click();
      const invitation = page.getByLabel('Invitation token (signUp inviteToken)');
      await waitFor(() => invitation.inputValue(), { until: (value) => value.split('.').length === 3, what: 'an invitation token' });
      await screenshot(page, '13-writer-invitation');
      const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { viewer { writer { id } } } }';
      const claimed = await graphql(stack, signUp, { input: { ...input, password: 'answers-pay-42', inviteToken: await invitation.inputValue() } });
      expect(claimed.signUp.viewer.writer.id).toBe(writerId);
      await page.reload();
      await heading(input.displayName).waitFor();
      await page.getByRole('heading', { name: 'Stripe account' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Sign-up invitation' }).count()).toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'sends an admin whose session has expired back to sign-in with a message',
    async () => {
      const { sub } = jwt.decode(await consoleToken(page)) as { sub: string };
      const expired = jwt.sign({ sub, role: 'ADMIN', tfa: true, exp: Math.floor(Date.now() / 1000) - 60 }, JWT_SECRET, { issuer: 'payouts-gateway' });
      await replaceConsoleToken(page, expired);
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'Your session has expired; sign in again.' }).waitFor();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).localStorage.length)).toBe(0);
      await waitFor(async () => (await page.context().cookies(stack.url)).length, { until: (count) => count === 0, what: 'no cookies left' });
      await screenshot(page, '14-session-expired');
    },
    STEP_TIMEOUT_MS,
  );
});
