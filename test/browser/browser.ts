import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

// Debian's Chromium: playwright-core never downloads a browser here.
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SESSION_STORAGE_KEY = 'payouts-console.session';

/** The few browser globals the tests read inside `page.evaluate` (this project compiles tests without the DOM library). */
export interface BrowserGlobals {
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; readonly length: number };
  document: { activeElement: unknown };
  notReloaded?: boolean;
}

export const SCREENSHOT_DIRECTORY = join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface ConsoleBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, one page, failing the test on any page error. */
export async function openBrowser(): Promise<ConsoleBrowser> {
  const userDataDirectory = mkdtempSync(join(tmpdir(), 'console-browser-'));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDirectory, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`the console threw: ${pageErrors.map((error) => error.message).join('; ')}`);
    },
  };
}

/** Saves a full-page screenshot under test-results/screenshots/ (kept by CI). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, `${name}.png`), fullPage: true });
}

/** The bearer token the console holds, to check through the API what the screen shows. */
export async function consoleToken(page: Page): Promise<string> {
  const stored = await page.evaluate((key) => (globalThis as unknown as BrowserGlobals).sessionStorage.getItem(key), SESSION_STORAGE_KEY);
  if (!stored) throw new Error('the console has no session');
  return (JSON.parse(stored) as { token: string }).token;
}

/** Swaps the console's token for another one, keeping the rest of its session (and a future expiry). */
export async function replaceConsoleToken(page: Page, token: string): Promise<void> {
  await page.evaluate(
    ([key, replacement, expiresAt]) => {
      const storage = (globalThis as unknown as BrowserGlobals).sessionStorage;
      storage.setItem(key, JSON.stringify({ ...JSON.parse(storage.getItem(key)!), token: replacement, expiresAt }));
    },
    [SESSION_STORAGE_KEY, token, new Date(Date.now() + 3_600_000).toISOString()] as const,
  );
}

/** Polls `read` until `accept` likes its value (what the page shows changes asynchronously); fails with the last one. */
export async function eventually<TValue>(read: () => Promise<TValue>, accept: (value: TValue) => boolean, timeoutMs = 10_000): Promise<TValue> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value was ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
