import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type TestSandbox, startTestSandbox } from './sandbox.kit';

const run = promisify(execFile);
const STRIPE_CLI = join(__dirname, '..', '..', 'node_modules', '.bin', 'stripe');

/** Stripe's own CLI, offline, against the sandbox: its fixtures are the integrations' reference. */
describe('sandbox: stripe trigger', () => {
  let kit: TestSandbox;
  let configHome: string;
  beforeAll(async () => {
    kit = await startTestSandbox();
    configHome = mkdtempSync(join(tmpdir(), 'stripe-cli-'));
  });
  afterAll(async () => {
    await kit.close();
    rmSync(configHome, { recursive: true, force: true });
  });

  it('account.application.deauthorized: creates an account and deletes it', async () => {
    const before = (await kit.stripe.accounts.list({ limit: 100 })).data.length;
    const { stdout } = await run(
      STRIPE_CLI,
      ['trigger', 'account.application.deauthorized', '--api-base', kit.sandbox.url, '--api-key', 'sk_test_cli_trigger_check'],
      {
        env: { ...process.env, XDG_CONFIG_HOME: configHome, HOME: configHome, STRIPE_CLI_TELEMETRY_OPTOUT: '1' },
        timeout: 60_000,
      },
    );
    expect(stdout).toContain('Trigger succeeded');
    expect((await kit.stripe.accounts.list({ limit: 100 })).data.length).toBe(before);
  });
});
