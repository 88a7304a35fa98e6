import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

// Debian's Chromium: playwright-core never downloads a browser here.
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// The console's HttpOnly session cookie (plain http: no __Host- prefix) and what it keeps beside it.
const SESSION_COOKIE = 'console-session';

/** The few browser globals the tests read inside `page.evaluate` (this project compiles tests without the DOM library). */
export interface BrowserGlobals {
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; readonly length: number };
  localStorage: { getItem(key: string): string | null; readonly length: number };
  document: { activeElement: unknown };
  notReloaded?: boolean;
}

export const SCREENSHOT_DIRECTORY = join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface ConsoleBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, one page, failing the test on any page error (in any of its tabs). */
export async function openBrowser(viewport = { width: 1280, height: 860 }): Promise<ConsoleBrowser> {
  const userDataDirectory = mkdtempSync(join(tmpdir(), 'console-browser-'));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  context.on('page', (opened) => opened.on('pageerror', (error) => pageErrors.push(error)));
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

/** The session token in the console's cookie (no script of the page can read it), to check through the API what the screen shows. */
export async function consoleToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies(page.url())).find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error('the console has no session cookie');
  return decodeURIComponent(cookie.value);
}

/** Swaps the console's session cookie for another token. */
export async function replaceConsoleToken(page: Page, token: string): Promise<void> {
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: encodeURIComponent(token), url: new URL(page.url()).origin, httpOnly: true, sameSite: 'Strict' }]);
}
