import { adminWithTwoFactor, graphql } from '../kit/flows';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { type ConsoleBrowser, openBrowser, screenshot } from './browser';

const STEP_TIMEOUT_MS = 90_000;

// An admin brings a colleague onto the team and gives the backend a key; the colleague joins from the link.
describe('the team in the console', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let admin: { token: string; secret: string };
  let invitationUrl: string;
  beforeAll(async () => {
    stack = await startStack();
    browser = await openBrowser();
    admin = await adminWithTwoFactor(stack);
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await stack?.close();
    }
  });

  it(
    'invites a member with a role, creates an API key shown once, and revokes it',
    async () => {
      const { page } = browser;
      await page.goto(`${stack.url}/admin/`);
      await page.getByLabel('Email').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      await page.getByLabel('Authentication code').fill(await totpCode(admin.secret, 1));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Team', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();

      await page.getByRole('button', { name: 'Invite member' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Email').fill('grace@payouts.test');
      await dialog.getByLabel('Name').fill('Grace Hopper');
      await dialog.getByLabel('Role').selectOption('FINANCE');
      await dialog.getByRole('button', { name: 'Create invitation' }).click();
      invitationUrl = await dialog.getByLabel('Invitation link').inputValue();
      expect(new URL(invitationUrl).pathname).toBe('/admin/accept-invite');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await page.getByText('grace@payouts.test as Finance').waitFor();

      await page.getByRole('button', { name: 'Create API key' }).click();
      await dialog.getByLabel('Name').fill('Ads backend');
      await dialog.getByLabel('Report earnings').check();
      await dialog.getByRole('button', { name: 'Create key' }).click();
      expect(await dialog.getByLabel('API key secret').inputValue()).toMatch(/^pgk_/);
      await dialog.getByRole('button', { name: 'Done' }).click();
      const row = page.getByRole('row', { name: /Ads backend/ });
      await row.getByText('Report earnings').waitFor();
      await screenshot(page, '20-team');
      page.once('dialog', (confirmation) => void confirmation.accept());
      await row.getByRole('button', { name: 'Revoke' }).click();
      await row.getByText(/^Revoked/).waitFor();
      const { apiKeys } = await graphql(stack, '{ apiKeys { name revokedAt } }', {}, admin.token);
      expect(apiKeys).toEqual([{ name: 'Ads backend', revokedAt: expect.any(String) }]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'joins the team from the invitation link, once',
    async () => {
      const { page } = browser;
      const link = new URL(invitationUrl);
      await browser.context.clearCookies();
      await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
      await page.goto(`${stack.url}${link.pathname}${link.search}`);
      await page.getByRole('heading', { name: 'Join the team' }).waitFor();
      await page.getByLabel('Password').fill('team-member-pass-7');
      await page.getByRole('button', { name: 'Join the team' }).click();
      await page.getByRole('button', { name: 'Set up authenticator app' }).waitFor();

      const { teamMembers } = await graphql(stack, '{ teamMembers { email displayName role } }', {}, admin.token);
      expect(teamMembers).toContainEqual({ email: 'grace@payouts.test', displayName: 'Grace Hopper', role: 'FINANCE' });
      const { teamInvites } = await graphql(stack, '{ teamInvites { email } }', {}, admin.token);
      expect(teamInvites).toEqual([]);

      await browser.context.clearCookies();
      await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
      await page.goto(`${stack.url}${link.pathname}${link.search}`);
      await page.getByLabel('Password').fill('team-member-pass-8');
      await page.getByRole('button', { name: 'Join the team' }).click();
      await page.getByRole('alert').filter({ hasText: 'This invitation is not valid' }).waitFor();
    },
    STEP_TIMEOUT_MS,
  );
});
