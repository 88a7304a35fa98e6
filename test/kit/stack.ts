import Stripe from 'stripe';
import { startSandbox } from '../../sandbox/sandbox.server';
import { present } from './checks';
import { type GatewayProcess, newDataDirectory, spawnGateway } from './gateway-process';

export const ADMIN_EMAIL = 'admin@payouts.test';
export const ADMIN_PASSWORD = 'correct-horse-battery-9';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** The sandbox's control API (`/_sandbox/…`), for moving time and outcomes along in tests. */
export class SandboxControl {
  constructor(private readonly url: string) {}

  async post(path: string, form: Record<string, string | number> = {}): Promise<any> {
    const response = await fetch(`${this.url}/_sandbox/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(Object.entries(form).map(([key, value]): [string, string] => [key, String(value)])).toString(),
    });
    if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  async get(path: string): Promise<any> {
    const response = await fetch(`${this.url}/_sandbox/${path}`);
    if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status}`);
    return response.json();
  }

  async delete(path: string): Promise<void> {
    await fetch(`${this.url}/_sandbox/${path}`, { method: 'DELETE' });
  }

  // Ids as the gateway reports them (null until Stripe has answered): a missing one fails here, by name.
  completeOnboarding = (accountId: string | null) => this.post(`accounts/${present(accountId, 'a Stripe account id')}/complete_onboarding`);
  setAccountState = (accountId: string | null, state: string) => this.post(`accounts/${present(accountId, 'a Stripe account id')}/set_state`, { state });
  /** The writer disconnects the platform from their account (`account.application.deauthorized`). */
  deauthorize = (accountId: string | null) => this.post(`accounts/${present(accountId, 'a Stripe account id')}/deauthorize`);
  /** How many account links the sandbox has ever created: a redirect that minted one shows here. */
  accountLinkCount = async (): Promise<number> => (await this.get('state')).counts.account_links;
  settleTopUp = (topUpId: string | null) => this.post(`topups/${present(topUpId, 'a Stripe top-up id')}/settle`);
  failTopUp = (topUpId: string | null, failureCode?: string) =>
    this.post(`topups/${present(topUpId, 'a Stripe top-up id')}/fail`, failureCode ? { failure_code: failureCode } : {});
  advanceClock = (seconds: number) => this.post('clock/advance', { seconds });
  /**
   * The next `count` requests to `path` fail (`error`, `hang`, `rate_limited`) or do the work then fail
   * (`error_after`, `hang_after`); with `every` = n only one matching request in n does.
   */
  fault = (path: string, mode: 'error' | 'hang' | 'error_after' | 'hang_after' | 'bad_gateway_after' | 'rate_limited', count = 1, method = 'POST', every = 1) =>
    this.post('faults', { path, mode, count, method, every });
  clearFaults = () => this.delete('faults');
}

export interface Stack {
  sandbox: Sandbox;
  control: SandboxControl;
  /** The official SDK pointed at the sandbox, for checking what Stripe holds. */
  stripe: Stripe;
  gateway: GatewayProcess;
  url: string;
  /** Another gateway instance on the same database and sandbox (scale-out); the caller stops it. */
  spawnAnotherGateway(environment?: NodeJS.ProcessEnv): Promise<GatewayProcess>;
  /** Restarts the gateway process on the same database and sandbox. */
  restartGateway(environment?: NodeJS.ProcessEnv): Promise<GatewayProcess>;
  close(): Promise<void>;
}

export function sandboxStripe(sandboxUrl: string): Stripe {
  const url = new URL(sandboxUrl);
  return new Stripe('sk_test_kit', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
}

/** A sandbox in this process and the compiled gateway as a child process pointed at it. */
export async function startStack(environment: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const sandbox = await startSandbox({ port: 0, settleDelaySeconds: 3600 });
  const dataDirectory = newDataDirectory();
  const gatewayEnvironment = { STRIPE_API_URL: sandbox.url, DATA_DIR: dataDirectory, ADMIN_EMAIL, ADMIN_PASSWORD, ...environment };
  const stack: Stack = {
    sandbox,
    control: new SandboxControl(sandbox.url),
    stripe: sandboxStripe(sandbox.url),
    gateway: await spawnGateway(gatewayEnvironment),
    get url() {
      return stack.gateway.url;
    },
    spawnAnotherGateway: (extra = {}) => spawnGateway({ ...gatewayEnvironment, ...extra }),
    async restartGateway(extra = {}) {
      const port = new URL(stack.gateway.url).port;
      await stack.gateway.stop('SIGTERM');
      stack.gateway = await spawnGateway({ ...gatewayEnvironment, PORT: port, ...extra });
      return stack.gateway;
    },
    async close() {
      await stack.gateway.stop('SIGTERM');
      await sandbox.close();
    },
  };
  return stack;
}
