import { captured } from './checks';
import { type GatewayProcess, READY_TIMEOUT_MS, newDataDirectory, spawnGateway } from './gateway-process';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Sandbox, SandboxControl, type Stack, sandboxStripe } from './stack';

const SANDBOX_LINE = /Stripe sandbox \(no STRIPE_SECRET_KEY set\)\s+(http:\/\/\S+)/;
/** `npm start` builds what is stale first (the tests' global set-up has built it all already), then starts. */
const START_TIMEOUT_MS = READY_TIMEOUT_MS;

/**
 * The gateway exactly as `npm start` runs it: no STRIPE_API_URL, so the sandbox lives inside
 * the gateway's process and keeps its state under DATA_DIR. Restarts reuse the data directory
 * and both ports, so the webhook endpoints the gateway registered keep pointing at it.
 */
export async function startEmbeddedStack(environment: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const baseEnvironment = { DATA_DIR: newDataDirectory(), ADMIN_EMAIL, ADMIN_PASSWORD, ...environment };
  let gateway = await spawnGateway(baseEnvironment, START_TIMEOUT_MS, 'start');
  let sandbox = await embeddedSandbox(gateway);
  const pinnedEnvironment = { ...baseEnvironment, PORT: new URL(gateway.url).port, SANDBOX_PORT: String(sandbox.port) };
  const stack: Stack = {
    get sandbox() {
      return sandbox;
    },
    get control() {
      return new SandboxControl(sandbox.url);
    },
    get stripe() {
      return sandboxStripe(sandbox.url);
    },
    get gateway() {
      return gateway;
    },
    get url() {
      return gateway.url;
    },
    spawnAnotherGateway: () => Promise.reject(new Error('an embedded sandbox belongs to one gateway process')),
    async restartGateway(extra = {}) {
      await gateway.stop('SIGTERM');
      gateway = await spawnGateway({ ...pinnedEnvironment, ...extra }, START_TIMEOUT_MS, 'start');
      sandbox = await embeddedSandbox(gateway);
      return gateway;
    },
    async close() {
      await gateway.stop('SIGTERM');
    },
  };
  return stack;
}

/** The sandbox the gateway printed at start, seen from outside its process. */
async function embeddedSandbox(gateway: GatewayProcess): Promise<Sandbox> {
  const url = captured(SANDBOX_LINE, gateway.output(), 'the embedded sandbox URL in the output of `npm start`');
  const state = (await new SandboxControl(url).get('state')) as { platform_account: string };
  return {
    url,
    port: Number(new URL(url).port),
    platformAccountId: state.platform_account,
    recordedResponses: [],
    close: () => gateway.stop('SIGTERM').then(() => undefined),
  };
}
