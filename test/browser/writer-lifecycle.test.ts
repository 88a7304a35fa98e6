import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type SignedInWriter, adminWithTwoFactor, createOnboardingLink, graphql, signUpWriter, waitForStatus } from '../kit/flows';
import { LEGAL_ACTIONS, LIFECYCLE_STATES, type LifecycleState, UNVERIFIABLE_DATE_OF_BIRTH, writerInState } from '../kit/lifecycle';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { type ConsoleBrowser, openBrowser } from './browser';
import { DOCS_SCREENSHOTS, VIEWPORTS } from './page-checks';

const STEP_TIMEOUT_MS = 90_000;
const DESKTOP = VIEWPORTS[1];

// The console's own controls for what the team may do, by the allowedActions that promise them.
// The writer's own actions (onboarding, dashboard, connecting an account) are theirs, in the app:
// the console lists them in words.
const CONTROLS: Record<string, string> = {
  RECEIVE_TRANSFERS: 'Send funds',
  CHANGE_PAYOUT_SCHEDULE: 'Change schedule…',
  DISCONNECT_ACCOUNT: 'Disconnect…',
  SYNC_ACCOUNT: 'Refresh from Stripe',
};

// What the page must say in each state, in words an admin reads.
const SAYS: Record<LifecycleState, RegExp[]> = {
  NOT_STARTED: [/Onboarding has not started/, /has not submitted their details/, /Government ID number/, /Funds can be sent once Stripe has activated/],
  IN_PROGRESS: [/Onboarding started; Stripe still needs/, /provides these in Stripe-hosted onboarding/, /Funds can be sent once Stripe has activated/],
  PENDING_VERIFICATION: [/Stripe is verifying them/, /Nothing to do until Stripe decides/, /has submitted their details/],
  RESTRICTED: [/Stripe needs more information/, /Identity document/, /continue Stripe onboarding/],
  UNDER_REVIEW: [/Stripe is reviewing the account/, /Identity document/],
  ACTIVE: [/Can receive transfers/, /Nothing due/, /Use “Send funds”/],
  CONNECTED: [/By the writer, through Stripe OAuth/, /Can receive transfers/],
  REJECTED: [
    /Stripe rejected this account; its decision is final/,
    /rejected the account \(suspected fraud\)/,
    /contact the platform/,
    /can no longer be onboarded or paid/,
  ],
  DEAUTHORIZED: [
    /The Stripe account was disconnected from the platform/,
    /Funds cannot be sent: the writer disconnected/,
    /no longer connected to the platform/,
    /can no longer be onboarded or paid/,
  ],
};

// An ended account (rejected, disconnected) is never told it is fine, or offered what cannot help.
const NEVER_WHEN_ENDED = [/Nothing due/, /continue Stripe onboarding/i, /receive transfers yet/, /Use “Send funds”/, /Payouts\s+Enabled/];
const ENDED: ReadonlySet<LifecycleState> = new Set(['REJECTED', 'DEAUTHORIZED']);
// Copy never falls back to the codes it is keyed by.
const RAW_CODE = /\b[A-Z]{2,}_[A-Z_]+\b/;

const STANDING = 'query($id: ID!) { writer(id: $id) { allowedActions standing { headline } } }';

describe('every writer state on the console, with only its legal actions', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await openBrowser(DESKTOP);
    page = browser.page;
    const { token, secret } = await adminWithTwoFactor(stack);
    admin = token;
    await page.goto(`${stack.url}/admin/`);
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Authentication code').fill(await totpCode(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await stack?.close();
    }
  });

  /** The writer fills Stripe's hosted onboarding form in a tab of their own and reads the page they come back to. */
  async function onboardInBrowser(writer: SignedInWriter, answers: { dob?: string }, cameBackTo: string): Promise<void> {
    const tab = await browser.context.newPage();
    try {
      await tab.goto((await createOnboardingLink(stack, writer)).url);
      await tab.getByRole('heading', { level: 1, name: 'Set up payouts' }).waitFor();
      if (answers.dob) await tab.getByLabel('Date of birth').fill(answers.dob);
      await tab.getByRole('button', { name: 'Submit' }).click();
      await tab.getByRole('heading', { level: 1, name: cameBackTo }).waitFor();
      expect(new URL(tab.url()).pathname).toBe('/connect/onboarding/return');
    } finally {
      await tab.close();
    }
  }

  // ACTIVE and RESTRICTED are reached by the writer on Stripe's form in Chromium; the rest as the kit does.
  async function writerIn(state: LifecycleState, displayName: string): Promise<SignedInWriter> {
    if (state !== 'ACTIVE' && state !== 'RESTRICTED') return writerInState(stack, state, displayName);
    const writer = await signUpWriter(stack, { displayName });
    if (state === 'ACTIVE') await onboardInBrowser(writer, {}, 'You are all set');
    else await onboardInBrowser(writer, { dob: UNVERIFIABLE_DATE_OF_BIRTH }, 'Stripe needs more information');
    await waitForStatus(stack, writer.writerId, writer.token, state);
    return writer;
  }

  it.each(LIFECYCLE_STATES)(
    '%s',
    async (state) => {
      const displayName = `Writer ${state.toLowerCase().replace(/_/g, ' ')}`;
      const writer = await writerIn(state, displayName);
      const { writer: seen } = await graphql(stack, STANDING, { id: writer.writerId }, admin);
      expect([...seen.allowedActions].sort()).toEqual([...LEGAL_ACTIONS[state]].sort());

      await page.goto(`${stack.url}/admin/writers/${writer.writerId}`);
      await page.getByRole('heading', { level: 1, name: displayName }).waitFor();
      await page.locator('[data-standing]').filter({ hasText: seen.standing.headline }).waitFor();
      const main = page.locator('main');

      // What can be done is listed exactly as the gateway allows it, each in words.
      const listed = await Promise.all((await main.locator('[data-action]').all()).map((item) => item.getAttribute('data-action')));
      expect([...listed].sort()).toEqual([...LEGAL_ACTIONS[state]].sort());
      // The controls offered (shown and enabled) are exactly the team's legal ones, and nothing else.
      const offered = await main.getByRole('button').and(page.locator(':enabled')).allInnerTexts();
      const legalControls = LEGAL_ACTIONS[state].filter((action) => action in CONTROLS).map((action) => CONTROLS[action]);
      expect([...offered].sort()).toEqual([...legalControls].sort());

      const text = await main.innerText();
      for (const words of SAYS[state]) expect(text).toMatch(words);
      if (ENDED.has(state)) for (const words of NEVER_WHEN_ENDED) expect(text).not.toMatch(words);
      expect(await page.getByRole('region', { name: 'Where things stand' }).innerText()).not.toMatch(RAW_CODE);

      await page.screenshot({ path: join(DOCS_SCREENSHOTS, `writer-${state.toLowerCase().replace(/_/g, '-')}.png`), fullPage: true, animations: 'disabled' });
    },
    STEP_TIMEOUT_MS,
  );
});
