import { adminWithTwoFactor, graphql } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';
import { type ConsoleBrowser, openBrowser } from './browser';

const STEP_TIMEOUT_MS = 90_000;

// A person invited to the team opens their link, chooses a password and lands on two-factor set-up.
describe('joining the team from an invitation', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  beforeAll(async () => {
    stack = await startStack();
    browser = await openBrowser();
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await stack?.close();
    }
  });

  it('accepts the invitation in the console, once', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const { inviteTeamMember } = await graphql(stack, 'mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { url } }', { input: { email: 'grace@payouts.test', displayName: 'Grace Hopper', role: 'FINANCE' } }, admin);
    const link = new URL(inviteTeamMember.url);
    expect(link.pathname).toBe('/admin/accept-invite');
    const { page } = browser;

    await page.goto(`${stack.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Join the team' }).waitFor();
    await page.getByLabel('Password').fill('team-member-pass-7');
    await page.getByRole('button', { name: 'Join the team' }).click();
    await page.getByRole('button', { name: 'Set up authenticator app' }).waitFor();

    const { teamMembers } = await graphql(stack, '{ teamMembers { email displayName role } }', {}, admin);
    expect(teamMembers).toContainEqual({ email: 'grace@payouts.test', displayName: 'Grace Hopper', role: 'FINANCE' });
    const { teamInvites } = await graphql(stack, '{ teamInvites { email } }', {}, admin);
    expect(teamInvites).toEqual([]);

    await browser.context.clearCookies();
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await page.goto(`${stack.url}${link.pathname}${link.search}`);
    await page.getByLabel('Password').fill('team-member-pass-8');
    await page.getByRole('button', { name: 'Join the team' }).click();
    await page.getByRole('alert').filter({ hasText: 'This invitation is not valid' }).waitFor();
  }, STEP_TIMEOUT_MS);
});
