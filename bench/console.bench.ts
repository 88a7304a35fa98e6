/**
 * The admin console's weight and speed: `node scripts/build.mjs && node dist/bench/console.bench.js [--runs 5]`.
 * Gzipped size of admin-ui/dist (JavaScript + CSS; budget 300 KB), then time-to-interactive in
 * Debian's Chromium against a local gateway started as `npm start` does (embedded sandbox,
 * demo data), each run in a fresh browser context so nothing is cached. Budget: 1 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generate } from 'otplib';
import { type Browser, chromium } from 'playwright-core';

const PROJECT_ROOT = join(__dirname, '..', '..');
const CONSOLE_DIST = join(PROJECT_ROOT, 'admin-ui', 'dist');
const BUNDLE_BUDGET_BYTES = 300 * 1024;
const INTERACTIVE_BUDGET_MS = 1000;
const START_TIMEOUT_MS = 60_000;
const ADMIN = { email: 'bench-admin@payouts.test', password: 'bench-password-2024' };
// The console keeps its session in an HttpOnly cookie and what sign-in said about the user in localStorage.
const SESSION_COOKIE = 'console-session';
const SESSION_HINT_KEY = 'payouts-console.session';
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

interface BundleFigures {
  initialGzipBytes: number;
  totalGzipBytes: number;
  files: Array<{ file: string; gzipBytes: number; loadedAtStart: boolean }>;
}

/** Every JS and CSS file Vite emitted, gzipped; "initial" are those index.html loads. */
function measureBundle(): BundleFigures {
  const indexHtml = readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8');
  const files = readdirSync(join(CONSOLE_DIST, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(CONSOLE_DIST, 'assets', file)), { level: 9 }).length,
      loadedAtStart: indexHtml.includes(`assets/${file}`),
    }));
  const sum = (selected: typeof files) => selected.reduce((total, file) => total + file.gzipBytes, 0);
  return { initialGzipBytes: sum(files.filter((file) => file.loadedAtStart)), totalGzipBytes: sum(files), files };
}

/** `npm start` in a throwaway data directory; resolves with the gateway's URL. */
function startGateway(dataDirectory: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDirectory,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway was not ready with demo data after ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code}:\n${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Admin console\s+(http:\/\/\S+)\/admin/.exec(output)?.[1];
      if (!url || !/Demo data|SEED_DEMO/.test(output)) return;
      clearTimeout(timer);
      resolve({ child, url });
    });
  });
}

async function stopGateway(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(forced);
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

type ConsoleSession = { token: string; expiresAt: string; viewer: { email: string; role: string; twoFactorEnabled: boolean } };

/** A two-factor-verified admin session, as the console stores it after sign-in. */
async function adminSession(url: string): Promise<ConsoleSession> {
  const { logIn } = await graphql(url, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', { input: ADMIN });
  const { enrollTwoFactor } = await graphql(url, 'mutation { enrollTwoFactor { secret } }', {}, logIn.token);
  const otp = await generate({ secret: enrollTwoFactor.secret });
  return (
    await graphql(
      url,
      'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token expiresAt viewer { email role twoFactorEnabled } } }',
      { otp },
      logIn.token,
    )
  ).confirmTwoFactor;
}

interface Timings {
  signInFormMs: number;
  overviewMs: number;
  liveMs: number;
}

/**
 * Milliseconds from navigation start, in a fresh context: until the sign-in form accepts
 * input; and, signed in, until the Overview shows the balance and the writer counts, and until
 * the live connection has delivered its first heartbeat.
 */
async function measureRun(browser: Browser, url: string, session: ConsoleSession): Promise<Timings> {
  const anonymous = await browser.newContext();
  const signInPage = await anonymous.newPage();
  await signInPage.goto(`${url}/admin/`, { waitUntil: 'commit' });
  const signInFormMs = await signInPage.evaluate(() => {
    const page = globalThis as any;
    return new Promise<number>((resolve) => {
      const check = () => (page.document.querySelector('#sign-in-email:not([disabled])') ? resolve(page.performance.now()) : page.requestAnimationFrame(check));
      check();
    });
  });
  await anonymous.close();

  const signedIn = await browser.newContext();
  await signedIn.addCookies([{ name: SESSION_COOKIE, value: encodeURIComponent(session.token), url, httpOnly: true, sameSite: 'Strict' }]);
  await signedIn.addInitScript(
    ([key, value]) => (globalThis as any).localStorage.setItem(key, value),
    [SESSION_HINT_KEY, JSON.stringify({ expiresAt: session.expiresAt, viewer: session.viewer })],
  );
  const consolePage = await signedIn.newPage();
  await consolePage.goto(`${url}/admin/`, { waitUntil: 'commit' });
  const [overviewMs, liveMs] = await consolePage.evaluate(() => {
    const page = globalThis as any;
    const seen = (selector: string) =>
      new Promise<number>((resolve) => {
        const check = () => (page.document.querySelector(selector) ? resolve(page.performance.now()) : page.requestAnimationFrame(check));
        check();
      });
    return Promise.all([seen('[data-balance="available"] [data-currency]').then(() => seen('[data-status-count] strong')), seen('.live-indicator.is-live')]);
  });
  await signedIn.close();
  return { signInFormMs, overviewMs, liveMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log('node dist/bench/console.bench.js [--runs 5]: gzipped bundle size, then time-to-interactive over cold runs');
    return;
  }
  const runs = Number(values.runs);

  const bundle = measureBundle();
  console.log('Admin console bundle (gzip -9):');
  for (const file of bundle.files)
    console.log(`  ${file.file.padEnd(32)} ${kilobytes(file.gzipBytes).padStart(9)}${file.loadedAtStart ? '' : '  (loaded on demand)'}`);
  console.log(
    `  loaded at start ${kilobytes(bundle.initialGzipBytes)}, everything ${kilobytes(bundle.totalGzipBytes)} (budget ${kilobytes(BUNDLE_BUDGET_BYTES)})`,
  );

  const dataDirectory = mkdtempSync(join(tmpdir(), 'console-bench-'));
  const gateway = await startGateway(dataDirectory);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const session = await adminSession(gateway.url);
    await measureRun(browser, gateway.url, session);
    const timings: Timings[] = [];
    for (let run = 0; run < runs; run += 1) timings.push(await measureRun(browser, gateway.url, session));
    console.log(`Time to interactive, ${runs} cold runs after one warm-up (median / worst):`);
    for (const key of ['signInFormMs', 'overviewMs', 'liveMs'] as const) {
      const figures = timings.map((timing) => timing[key]);
      const label = { signInFormMs: 'sign-in form', overviewMs: 'overview with data', liveMs: 'live connection' }[key];
      console.log(
        `  ${label.padEnd(20)} ${median(figures).toFixed(0).padStart(5)} ms / ${Math.max(...figures)
          .toFixed(0)
          .padStart(5)} ms`,
      );
    }
    const slowest = Math.max(...timings.map((timing) => Math.max(timing.signInFormMs, timing.overviewMs)));
    const withinBudget = bundle.totalGzipBytes <= BUNDLE_BUDGET_BYTES && slowest <= INTERACTIVE_BUDGET_MS;
    console.log(
      withinBudget
        ? `Within budget (${kilobytes(BUNDLE_BUDGET_BYTES)}, ${INTERACTIVE_BUDGET_MS} ms).`
        : `OVER BUDGET (${kilobytes(BUNDLE_BUDGET_BYTES)}, ${INTERACTIVE_BUDGET_MS} ms).`,
    );
    process.exitCode = withinBudget ? 0 : 1;
  } finally {
    await browser.close();
    await stopGateway(gateway.child);
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
