import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { captured } from '../kit/checks';
import { type TeamMemberSession, adminWithTwoFactor, graphql, signUpWriter, teamMember } from '../kit/flows';
import { fundPlatform } from '../kit/money';
import { activeWriters, stripeTransfersOfRun } from '../kit/payout-runs';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';
import { type ConsoleBrowser, openBrowser } from './browser';
import { VIEWPORTS, documentationScreenshot, layoutProblems, seriousAccessibilityViolations } from './page-checks';

const STEP_TIMEOUT_MS = 120_000;
const HEADER = 'writer,amount,revenue,currency,period_start,period_end,reference,description';
// Bulk sending is held to two Stripe requests a second, so the run's progress can be watched moving.
const STRIPE_REQUESTS_PER_SECOND = '2';

async function signIn(page: Page, url: string, email: string, password: string, otp: string) {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Authentication code').fill(otp);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

/** Records every "items done" value the run page's progress bar shows, as the page renders it. */
async function recordProgress(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const page = globalThis as any;
    const seen: number[] = [];
    page.progressSeen = seen;
    new page.MutationObserver(() => {
      const bar = page.document.querySelector('main .run-progress');
      const done = bar && Number(bar.getAttribute('data-items-done'));
      if (bar && seen.at(-1) !== done) seen.push(done);
    }).observe(page.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as any).progressSeen as number[]);
}

/**
 * A month's payouts in the console: an admin imports earnings (the dry run lists a bad file's
 * rows, then a good file goes in), drafts a run with one writer held, is refused approving
 * their own draft, a Finance member approves and executes it while the progress moves live, and
 * the items (paid, and held with the reason) are exported for accounting.
 */
describe('payout runs in the console', () => {
  let stack: Stack;
  let browser: ConsoleBrowser;
  let page: Page;
  let admin: { token: string; secret: string };
  let finance: TeamMemberSession;
  let paid: string[];
  let held: Awaited<ReturnType<typeof signUpWriter>>;
  let runId: string;

  const heading = (target: Page, name: string | RegExp) => target.getByRole('heading', { level: 1, name });
  const runRows = (target: Page, status: string) => target.locator(`tr[data-payout-item-id][data-status="${status}"]`);

  beforeAll(async () => {
    stack = await startStack({ REVENUE_SHARE_PERCENT: '50', STRIPE_REQUESTS_PER_SECOND });
    admin = await adminWithTwoFactor(stack);
    finance = await teamMember(stack, admin.token, 'FINANCE');
    paid = await activeWriters(stack, admin.token, 5, 'console');
    held = await signUpWriter(stack, { displayName: 'Katherine Johnson' });
    await fundPlatform(stack, admin.token, 1_000);
    browser = await openBrowser({ width: 1440, height: 900 });
    page = browser.page;
    await signIn(page, stack.url, ADMIN_EMAIL, ADMIN_PASSWORD, await totpCode(admin.secret, 1));
  }, STEP_TIMEOUT_MS);
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await stack?.close();
    }
  });

  it(
    'lists every refused row of a bad file in a dry run, then imports a good file chosen from disk',
    async () => {
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Payout runs' }).click();
      await heading(page, 'Payout runs').waitFor();
      await page.getByText('No payout runs yet').waitFor();
      await page.getByRole('link', { name: 'Import earnings' }).click();
      await heading(page, 'Import earnings').waitFor();
      await page.locator('[data-revenue-share]').getByText('the writer gets 50% of it').waitFor();

      const bad = [
        HEADER,
        `console-writer-0@payouts.test,1500,,usd,2026-11-01,2026-11-30,nov-0,`,
        `console-writer-1@payouts.test,-500,,usd,2026-11-01,2026-11-30,nov-1,`,
        `nobody@example.com,700,,usd,2026-11-01,2026-11-30,nov-x,`,
      ];
      await page.getByLabel('Earnings CSV').fill(bad.join('\n'));
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.locator('[data-import-report="dry-run"]').waitFor();
      expect(await page.locator('tr[data-refused-row]').evaluateAll((rows) => rows.map((row: any) => [row.dataset.refusedRow, row.textContent]))).toEqual([
        ['3', expect.stringContaining('amount "-500" is negative')],
        ['4', expect.stringContaining('no writer with the id, email or account nobody@example.com')],
      ]);
      await page.getByRole('alert').getByText('2 rows were refused, so the file cannot be imported').waitFor();
      expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
      await documentationScreenshot(page, 'console-import-earnings', 'desktop');

      const good = [
        HEADER,
        `console-writer-0@payouts.test,1500,,usd,2026-11-01,2026-11-30,nov-0,Answers`,
        `console-writer-1@payouts.test,,5000,usd,2026-11-01,2026-11-30,nov-1,Ad revenue`,
        ...paid.slice(2).map((writerId, index) => `${writerId},${1000 + index * 100},,usd,2026-11-01,2026-11-30,nov-${index + 2},`),
        `${held.writerId},1100,,usd,2026-11-01,2026-11-30,nov-held,`,
      ].join('\n');
      await page.getByLabel('Or choose a CSV file').setInputFiles({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.waitForFunction(() => ((globalThis as any).document.getElementById('earnings-csv').value as string).includes('nov-held'));
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.locator('[data-rows-accepted]').getByText('6 · $84.00').waitFor();
      await page.getByRole('button', { name: 'Import 6 earnings' }).click();
      await page.getByRole('status').getByText('Recorded 6 earnings, $84.00 in all').waitFor();
      const owed = await graphql(stack, 'query($id: ID!) { writer(id: $id) { payableBalance { amount } } }', { id: paid[1] }, admin.token);
      expect(owed.writer.payableBalance).toEqual([{ amount: 2500 }]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'drafts a run that holds the writer not onboarded, says what to top up, and refuses its creator’s approval',
    async () => {
      await page.getByRole('status').getByRole('link', { name: 'Draft a payout run' }).click();
      await heading(page, 'Payout runs').waitFor();
      await page.getByRole('button', { name: 'Draft a run' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Minimum owed').fill('5.00');
      await dialog.getByLabel('Description').fill('November answers');
      await dialog.getByRole('button', { name: 'Draft run' }).click();
      await heading(page, 'Payout run: November answers').waitFor();
      runId = captured(/\/payout-runs\/([^/?]+)/, page.url(), 'the payout run id in the URL');

      await page.locator('.page-header .badge[data-status="DRAFT"]').waitFor();
      await runRows(page, 'PENDING').nth(4).waitFor();
      const heldRow = runRows(page, 'HELD');
      expect(await heldRow.locator('[data-item-reason]').textContent()).toMatch(
        /^Katherine Johnson has not finished Stripe onboarding \(not started; transfers/,
      );
      await page.locator('[data-shortfall="6300"]').getByRole('link', { name: 'Top up $63.00 first' }).waitFor();
      await page.locator('[data-who-approves]').getByText('You drafted this run, so another Admin or Finance member approves it.').waitFor();
      await documentationScreenshot(page, 'console-payout-run-draft', 'desktop');

      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
      const refusal = dialog.getByRole('alert');
      await refusal.getByText('The run was not approved').waitFor();
      await refusal.getByText('approved by another team member than the one who drafted it').waitFor();
      await refusal.getByText('Code FORBIDDEN').waitFor();
      await documentationScreenshot(page, 'console-payout-run-refused', 'desktop', { fullPage: false });
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
      await dialog.waitFor({ state: 'detached' });
      expect((await graphql(stack, 'query($id: ID!) { payoutRun(id: $id) { status approvedBy { id } } }', { id: runId }, admin.token)).payoutRun).toEqual({
        status: 'DRAFT',
        approvedBy: null,
      });

      // Funds settled on Stripe reach the open page: the shortfall goes.
      await fundPlatform(stack, admin.token, 100_000);
      await page.locator('[data-shortfall]').waitFor({ state: 'detached' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'is approved and executed by a Finance member while both screens follow it live, to PAID and HELD',
    async () => {
      const financeBrowser = await openBrowser({ width: 1440, height: 900 });
      try {
        const financePage = financeBrowser.page;
        await signIn(financePage, stack.url, finance.email, finance.password, await totpCode(finance.secret, 1));
        await financePage.goto(`${stack.url}/admin/payout-runs/${runId}`);
        await heading(financePage, 'Payout run: November answers').waitFor();
        await financePage.locator('.live-indicator.is-live').waitFor();
        await page.locator('.live-indicator.is-live').waitFor();
        await financePage.getByRole('button', { name: 'Approve', exact: true }).click();
        await financePage.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
        await financePage.getByRole('status').getByText('Approved: the run can now be executed.').waitFor();
        // The creator's screen hears of the approval without a reload.
        await page.locator('[data-run-approved-by]').getByText('FINANCE Member').waitFor();
        await page.locator('.page-header .badge[data-status="APPROVED"]').waitFor();

        const seenByFinance = await recordProgress(financePage);
        const seenByAdmin = await recordProgress(page);
        await financePage.getByRole('button', { name: 'Execute', exact: true }).click();
        await financePage.getByRole('dialog').getByText('Sends $73.00 to 5 writers now').waitFor();
        await financePage.getByRole('dialog').getByRole('button', { name: 'Execute', exact: true }).click();
        for (const screen of [financePage, page]) {
          await screen.locator('.page-header .badge[data-status="COMPLETED"]').waitFor({ timeout: 60_000 });
          await screen.locator('[data-progress-text]').getByText('5 of 5 sent').waitFor();
        }
        // Pushed as it moves (two transfers a second), not only read at the start and the end.
        for (const seen of [await seenByFinance(), await seenByAdmin()]) {
          expect(seen.at(-1)).toBe(5);
          expect(seen).toEqual([...seen].sort((a, b) => a - b));
          expect(seen.filter((done) => done > 0 && done < 5).length).toBeGreaterThanOrEqual(2);
        }
      } finally {
        await financeBrowser.close();
      }
      await runRows(page, 'PAID').nth(4).waitFor();
      expect(await runRows(page, 'PAID').count()).toBe(5);
      expect(await runRows(page, 'PAID').locator('a[href*="/admin/transfers/"] code').count()).toBe(5);
      expect(await runRows(page, 'HELD').locator('[data-item-reason]').textContent()).toContain('Katherine Johnson has not finished Stripe onboarding');
      const onStripe = await stripeTransfersOfRun(stack, runId);
      expect(onStripe).toEqual({ count: 5, destinations: 5, paidTwice: 0, amountMinor: 7_300 });
      await documentationScreenshot(page, 'console-payout-run', 'desktop');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'exports the items for accounting as CSV',
    async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^payout-run-${runId.slice(0, 8)}-items-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const [header, ...rows] = readFileSync((await download.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(header).toBe('Run,Writer,Writer email,Stripe account,Amount,Currency,Status,Reason,Stripe transfer,Transfer group,Updated');
      expect(rows).toHaveLength(6);
      const paidRows = rows.filter((row) => row.includes(',PAID,'));
      expect(paidRows).toHaveLength(5);
      for (const row of paidRows) expect(row).toMatch(new RegExp(`^${runId},.*,USD,PAID,,tr_\\w+,${runId},`));
      expect(rows.find((row) => row.includes(',HELD,'))).toMatch(
        /^[^,]+,Katherine Johnson,.*,11\.00,USD,HELD,"?Katherine Johnson has not finished Stripe onboarding/,
      );
      expect(rows.some((row) => row.includes(',25.00,USD,PAID,'))).toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows the held writer what they are owed and the run that held them',
    async () => {
      await page.goto(`${stack.url}/admin/writers/${held.writerId}`);
      await heading(page, 'Katherine Johnson').waitFor();
      await page.locator('[data-money="payable"]').getByText('$11.00').waitFor();
      await page.locator('tr[data-earning-reference="nov-held"]').waitFor();
      const item = page.getByRole('region', { name: 'In payout runs' }).locator('tr[data-payout-item-id]');
      await item.getByText('Katherine Johnson has not finished Stripe onboarding').waitFor();
      await item.getByRole('link', { name: /^Run of / }).click();
      await heading(page, 'Payout run: November answers').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows a run another member drafts in the open list at once, and cancels it before anything is sent',
    async () => {
      await page.goto(`${stack.url}/admin/payout-runs`);
      await page.locator(`tr[data-payout-run-id="${runId}"] .badge[data-status="COMPLETED"]`).waitFor();
      await page.locator('.live-indicator.is-live').waitFor();
      // Only the held writer is still owed: the new run holds them and pays nobody.
      const drafted = (
        await graphql(stack, 'mutation { createPayoutRun(input: { currency: "usd", minimumAmount: 100 }) { id heldCount itemCount } }', {}, finance.token)
      ).createPayoutRun;
      expect(drafted).toMatchObject({ heldCount: 1, itemCount: 0 });
      const row = page.locator(`tr[data-payout-run-id="${drafted.id}"]`);
      await row.locator('.badge[data-status="DRAFT"]').waitFor();
      await row.getByRole('link').click();
      await page.locator('[data-run-drafted-by]').getByText('FINANCE Member').waitFor();
      await page.getByRole('button', { name: 'Cancel run' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel run' }).click();
      await page.getByRole('status').getByText('Canceled: nothing was sent.').waitFor();
      await page.locator('.page-header .badge[data-status="CANCELED"]').waitFor();
      expect(await page.getByRole('button', { name: /^(Approve|Execute|Cancel run)$/ }).count()).toBe(0);
      await page.goBack();
      await row.locator('.badge[data-status="CANCELED"]').waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it('fits the payout-run pages on a phone and a laptop, with no serious accessibility problem', async () => {
    const pages = [
      { name: 'payout-runs', path: '/payout-runs', ready: 'tr[data-payout-run-id]' },
      { name: 'payout-run', path: `/payout-runs/${runId}`, ready: 'tr[data-payout-item-id]' },
      { name: 'import-earnings', path: '/payout-runs/import', ready: '[data-revenue-share]' },
    ];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const { name, path, ready } of pages) {
        await page.goto(`${stack.url}/admin${path}`);
        await page.locator(ready).first().waitFor();
        await page.locator('.live-indicator.is-live').waitFor();
        expect({ page: name, viewport: viewport.name, problems: await layoutProblems(page) }).toEqual({ page: name, viewport: viewport.name, problems: [] });
        expect({ page: name, viewport: viewport.name, violations: await seriousAccessibilityViolations(page) }).toEqual({
          page: name,
          viewport: viewport.name,
          violations: [],
        });
        if (name !== 'import-earnings') await documentationScreenshot(page, `console-${name}`, viewport.name);
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 300_000);
});
