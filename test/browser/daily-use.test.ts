import type { Page } from 'playwright-core';
import { adminWithTwoFactor, graphql, onboardedWriter, signUpWriter, teamMember, writerStatus } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { REVERSE_TRANSFER, createTransfer, fundPlatform, newKey } from '../kit/money';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { waitFor } from '../kit/wait';
import { type ConsoleBrowser, consoleToken, openBrowser } from './browser';
import { VIEWPORTS, documentationScreenshot, layoutProblems, seriousAccessibilityViolations } from './page-checks';

const STEP_TIMEOUT_MS = 120_000;
// A Stripe call is given up on (its outcome unknown) after this; the console calls it slow sooner.
const STRIPE_TIMEOUT_MS = 5_000;

async function signIn(page: Page, url: string, email: string, password: string, otp: string) {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Authentication code').fill(otp);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

// An admin's day in the console on a phone and a laptop: tabs, links, lists, live updates.
describe('the console in daily use', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  let admin: { token: string; secret: string };
  let ada: Awaited<ReturnType<typeof onboardedWriter>>;
  let transferId: string;

  const heading = (target: Page, name: string) => target.getByRole('heading', { level: 1, name });
  const nav = (name: string) => page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name, exact: true });

  beforeAll(async () => {
    stack = await startStack({ STRIPE_TIMEOUT_MS: String(STRIPE_TIMEOUT_MS), MONEY_RECOVERY_INTERVAL_MS: '1000' });
    admin = await adminWithTwoFactor(stack);
    ada = await onboardedWriter(stack, { displayName: 'Ada Lovelace', country: 'GB' });
    const restricted = await signUpWriter(stack, { displayName: 'Katherine Johnson', country: 'US' });
    await stack.control.setAccountState((await writerStatus(stack, restricted.writerId, restricted.token)).stripeAccountId!, 'restricted');
    const rejected = await signUpWriter(stack, { displayName: 'Emmy Noether', country: 'DE' });
    await stack.control.setAccountState((await writerStatus(stack, rejected.writerId, rejected.token)).stripeAccountId!, 'rejected');
    await graphql(
      stack,
      'mutation($input: CreateWriterInput!) { createWriter(input: $input) { id } }',
      { input: { email: 'mary@example.com', displayName: 'Mary Somerville', country: 'GB' } },
      admin.token,
    );
    await fundPlatform(stack, admin.token, 200_000);
    const sent = await createTransfer(stack, admin.token, {
      writerId: ada.writerId,
      amount: 12_345,
      description: 'Answers, May',
      idempotencyKey: newKey('may'),
    });
    transferId = sent.data!.createTransfer.id;
    await waitFor(async () => (await graphql(stack, 'query($id: ID!) { transfer(id: $id) { status } }', { id: transferId }, admin.token)).transfer.status, {
      until: (status) => status === 'PAID',
      what: `transfer ${transferId} PAID`,
    });
    await graphql(stack, REVERSE_TRANSFER, { input: { transferId, amount: 2_345, reason: 'Duplicate answer' } }, admin.token);
    browser = await openBrowser({ width: 1440, height: 900 });
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
    'opens a writer link in a second tab without signing in again, and signs both tabs out at once',
    async () => {
      // Another admin in a browser of their own: the main session below stays signed in.
      const colleague = await teamMember(stack, admin.token, 'ADMIN');
      const tabs = await openBrowser({ width: 1440, height: 900 });
      try {
        const first = tabs.page;
        await signIn(first, stack.url, colleague.email, colleague.password, await totpCode(colleague.secret, 1));
        const cookie = (await tabs.context.cookies(stack.url)).find((candidate) => candidate.name === 'console-session')!;
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
        expect(await first.evaluate(() => JSON.stringify((globalThis as any).localStorage))).not.toContain(cookie.value);

        const second = await tabs.context.newPage();
        await second.goto(`${stack.url}/admin/writers/${ada.writerId}`);
        await heading(second, 'Ada Lovelace').waitFor();
        expect(await second.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);

        const token = await consoleToken(first);
        await second.getByRole('button', { name: 'Sign out' }).click();
        await second.getByRole('heading', { name: 'Sign in' }).waitFor();
        await first.getByRole('heading', { name: 'Sign in' }).waitFor();
        await first.getByRole('alert').filter({ hasText: 'You signed out in another tab.' }).waitFor();
        const { body } = await postGraphQL(stack.url, '{ viewer { id } }', {}, { token });
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      } finally {
        await tabs.close();
      }
      await signIn(page, stack.url, ADMIN_EMAIL, ADMIN_PASSWORD, await totpCode(admin.secret, 1));
    },
    STEP_TIMEOUT_MS,
  );

  it('refuses a WebSocket that carries the session cookie from another origin', async () => {
    const token = await consoleToken(page);
    const { default: WebSocket } = await import('ws');
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${stack.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { cookie: `console-session=${encodeURIComponent(token)}`, origin: 'http://localhost:1' },
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => resolve(-1));
    });
    expect(refused).toBe(403);
  });

  it(
    'keeps filters, search and page in the URL: reload and Back return to the same view',
    async () => {
      await Promise.all(Array.from({ length: 20 }, (_, index) => signUpWriter(stack, { displayName: `Reader ${index + 1}` })));
      await nav('Writers').click();
      const pager = page.getByRole('navigation', { name: 'Pages of writers' });
      await pager.getByText('1–20 of 24 writers').waitFor();
      await pager.getByRole('button', { name: 'Next' }).click();
      await pager.getByText('21–24 of 24 writers').waitFor();
      await page.reload();
      await pager.getByText('21–24 of 24 writers').waitFor();
      await pager.getByRole('button', { name: 'Previous' }).click();
      await pager.getByText('1–20 of 24 writers').waitFor();
      await page.goBack();
      await pager.getByText('21–24 of 24 writers').waitFor();

      // Partial account ids match too, whatever their case.
      const accountId = (await writerStatus(stack, ada.writerId, ada.token)).stripeAccountId!;
      await page.getByLabel('Search writers').fill(accountId.slice(0, 12).toUpperCase());
      await page.waitForURL(/q=ACCT_/);
      await page.locator(`tr[data-writer-id="${ada.writerId}"]`).waitFor();
      await page.getByLabel('Status', { exact: true }).selectOption('ACTIVE');
      await page.waitForURL(/status=ACTIVE/);
      await page.reload();
      expect(await page.getByLabel('Search writers').inputValue()).toBe(accountId.slice(0, 12).toUpperCase());
      expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('ACTIVE');
      await page.getByRole('link', { name: 'Ada Lovelace' }).click();
      await heading(page, 'Ada Lovelace').waitFor();
      await page.goBack();
      expect(await page.getByLabel('Search writers').inputValue()).toBe(accountId.slice(0, 12).toUpperCase());
      await page.locator(`tr[data-writer-id="${ada.writerId}"]`).waitFor();
      expect(await page.locator('tbody tr').count()).toBe(1);

      for (const [section, status] of [
        ['Top-ups', 'SUCCEEDED'],
        ['Transfers', 'PARTIALLY_REVERSED'],
      ] as const) {
        await nav(section).click();
        await heading(page, section).waitFor();
        await page.getByLabel('Status', { exact: true }).selectOption(status);
        await page.locator(`tbody .badge[data-status="${status}"]`).first().waitFor();
        await page.reload();
        expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe(status);
        await page.locator(`tbody .badge[data-status="${status}"]`).first().waitFor();
        await page.getByLabel('Status', { exact: true }).selectOption('');
        await page.goBack();
        expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe(status);
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows a writer created over the API in the open writers list, live, without a reload',
    async () => {
      await nav('Writers').click();
      await page.getByLabel('Search writers').fill('');
      await page.getByLabel('Status', { exact: true }).selectOption('');
      await page.getByRole('navigation', { name: 'Pages of writers' }).getByText('1–20 of 24 writers').waitFor();
      await page.locator('.live-indicator.is-live').waitFor();
      const created = await signUpWriter(stack, { displayName: 'Sophie Germain', country: 'FR' });
      // The list is not read again by the test: only the live subscription can bring the row.
      await page.locator(`tr[data-writer-id="${created.writerId}"]`).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'updates the added-funds banner when Stripe settles the top-up',
    async () => {
      await nav('Overview').click();
      await page.getByRole('button', { name: 'Add funds' }).click();
      await page.getByRole('dialog').getByLabel('Amount').fill('250');
      await page.getByRole('dialog').getByLabel('Description').fill('Banner check');
      await page.getByRole('dialog').getByRole('button', { name: 'Add funds' }).click();
      const banner = page.locator('[data-top-up-notice]');
      await banner.filter({ hasText: 'pending until Stripe settles' }).waitFor();
      const topUps = await graphql(stack, '{ topUps(first: 5) { nodes { description stripeTopUpId } } }', {}, admin.token);
      const stripeTopUpId = topUps.topUps.nodes.find((topUp: { description: string }) => topUp.description === 'Banner check').stripeTopUpId;
      await stack.control.settleTopUp(stripeTopUpId);
      await page.locator('[data-top-up-notice="SUCCEEDED"]').filter({ hasText: 'the funds are available' }).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'tells a slow Stripe apart: safe to leave, never sent twice, and the dialog closes when the outcome arrives',
    async () => {
      await page.goto(`${stack.url}/admin/writers/${ada.writerId}`);
      await heading(page, 'Ada Lovelace').waitFor();
      await page.locator('.live-indicator.is-live').waitFor();
      await stack.control.fault('/v1/transfers', 'hang', 1, 'POST');
      await page.getByRole('button', { name: 'Send funds', exact: true }).click();
      await page.getByRole('dialog').getByLabel('Amount').fill('10');
      await page.getByRole('dialog').getByRole('button', { name: 'Review' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Send $10.00' }).click();
      await page.getByRole('dialog').locator('[data-slow-stripe]').filter({ hasText: 'will not be sent twice' }).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).and(page.locator('.form-actions button')).waitFor();
      await page.getByRole('dialog').waitFor({ state: 'detached', timeout: STRIPE_TIMEOUT_MS + 15_000 });
      await page.getByRole('status').filter({ hasText: 'Sent $10.00 to Ada Lovelace.' }).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it('fits every page on a phone and a laptop, with no serious accessibility problem, pictured for the README', async () => {
    const pages: Array<{ name: string; path: string; ready: string; dialog?: string }> = [
      { name: 'overview', path: '/', ready: '[data-status-count] strong', dialog: 'Add funds' },
      { name: 'writers', path: '/writers', ready: 'tbody tr', dialog: 'Add writer' },
      { name: 'writer', path: `/writers/${ada.writerId}`, ready: '[data-money="paid"]', dialog: 'Send funds' },
      { name: 'top-ups', path: '/top-ups', ready: 'tbody tr' },
      { name: 'transfers', path: '/transfers', ready: 'tbody tr' },
      { name: 'transfer', path: `/transfers/${transferId}`, ready: 'tr[data-reversal-id]', dialog: 'Reverse' },
      { name: 'audit-log', path: '/audit-log', ready: 'tbody tr' },
    ];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const { name, path, ready, dialog } of pages) {
        await page.goto(`${stack.url}/admin${path}`);
        await page.locator(ready).first().waitFor();
        await page.locator('.live-indicator.is-live').waitFor();
        expect({ page: name, viewport: viewport.name, problems: await layoutProblems(page) }).toEqual({ page: name, viewport: viewport.name, problems: [] });
        expect({ page: name, viewport: viewport.name, violations: await seriousAccessibilityViolations(page) }).toEqual({
          page: name,
          viewport: viewport.name,
          violations: [],
        });
        await documentationScreenshot(page, `console-${name}`, viewport.name);
        if (viewport.name === 'phone') {
          await page.getByRole('button', { name: 'Menu' }).click();
          await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Writers' }).waitFor();
          expect({ page: `${name} menu`, problems: await layoutProblems(page) }).toEqual({ page: `${name} menu`, problems: [] });
          await page.getByRole('button', { name: 'Menu' }).click();
        }
        if (dialog) {
          await page.getByRole('button', { name: dialog, exact: true }).click();
          const opened = page.getByRole('dialog');
          await opened
            .getByRole('button', { name: /^(Cancel|Review|Add funds|Add writer)$/ })
            .last()
            .waitFor();
          const box = (await opened.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
          expect({ dialog, viewport: viewport.name, problems: await layoutProblems(page, 'dialog') }).toEqual({
            dialog,
            viewport: viewport.name,
            problems: [],
          });
          expect({ dialog, viewport: viewport.name, violations: await seriousAccessibilityViolations(page) }).toEqual({
            dialog,
            viewport: viewport.name,
            violations: [],
          });
          if (name === 'writer') await documentationScreenshot(page, 'console-send-funds', viewport.name, { fullPage: false });
          await page.keyboard.press('Escape');
          await opened.waitFor({ state: 'detached' });
        }
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 300_000);

  it(
    'offers a viewer no money actions, and says why',
    async () => {
      const viewer = await teamMember(stack, admin.token, 'VIEWER');
      const viewerBrowser = await openBrowser({ width: 390, height: 844 });
      try {
        const viewerPage = viewerBrowser.page;
        await signIn(viewerPage, stack.url, viewer.email, viewer.password, await totpCode(viewer.secret, 1));
        const addFunds = viewerPage.getByRole('button', { name: 'Add funds' });
        expect(await addFunds.isDisabled()).toBe(true);
        expect(await addFunds.getAttribute('title')).toContain('Viewer');
        await viewerPage.goto(`${stack.url}/admin/writers/${ada.writerId}`);
        await heading(viewerPage, 'Ada Lovelace').waitFor();
        expect(await viewerPage.getByRole('button', { name: 'Send funds', exact: true }).isDisabled()).toBe(true);
        await viewerPage.locator('#send-funds-unavailable').getByText('Your role on the team is Viewer').waitFor();
        await viewerPage.goto(`${stack.url}/admin/top-ups`);
        await viewerPage.locator('tbody tr').first().waitFor();
        expect(await viewerPage.getByRole('button', { name: /^Cancel/ }).count()).toBe(0);
      } finally {
        await viewerBrowser.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
