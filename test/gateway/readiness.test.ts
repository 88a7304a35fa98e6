import { startSandbox } from '../../sandbox/sandbox.server';
import { READY_TIMEOUT_MS, type LaunchedGateway, freePort, launchGateway } from '../kit/gateway-process';
import { postGraphQL } from '../kit/graphql-client';
import { type HoldingProxy, holdingProxy } from '../kit/holding-proxy';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Sandbox } from '../kit/stack';
import { waitFor } from '../kit/wait';

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';

async function readyz(url: string): Promise<{ status: number; body: unknown } | undefined> {
  const response = await fetch(`${url}/readyz`).catch(() => undefined);
  return response && { status: response.status, body: await response.json() };
}

/**
 * Asks /readyz again and again from before the gateway listens, as a load balancer does, and
 * resolves on its first 200 with every not-ready answer seen on the way.
 */
async function firstReady(url: string, gateway: LaunchedGateway): Promise<unknown[]> {
  const notReady: unknown[] = [];
  await waitFor(
    async () => {
      if (gateway.process.exitCode !== null) throw new Error(`gateway exited with ${gateway.process.exitCode}:\n${gateway.output()}`);
      const answer = await readyz(url);
      if (answer && answer.status !== 200) notReady.push(answer);
      return answer?.status === 200;
    },
    { what: '/readyz to answer 200', timeoutMs: READY_TIMEOUT_MS, intervalMs: 2, context: gateway.output },
  );
  return notReady;
}

async function startOn(stripeApiUrl: string) {
  const port = await freePort();
  const gateway = launchGateway({ PORT: String(port), STRIPE_API_URL: stripeApiUrl, ADMIN_EMAIL, ADMIN_PASSWORD });
  return { gateway, url: `http://127.0.0.1:${port}` };
}

describe('readiness', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, settleDelaySeconds: 3600 });
  });
  afterAll(() => sandbox.close());

  it.each([1, 2, 3])('lets the first admin sign in on the very first 200 of /readyz (start %i)', async () => {
    const { gateway, url } = await startOn(sandbox.url);
    try {
      const notReady = await firstReady(url, gateway);
      const { status, body } = await postGraphQL(url, LOG_IN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect(body.data?.logIn.token).toEqual(expect.any(String));
      for (const answer of notReady) expect(answer).toEqual({ status: 503, body: { status: 'unavailable', reason: expect.stringMatching(/^starting up: /) } });
    } finally {
      await gateway.stop();
    }
  });

  describe('while the webhook endpoints are being registered', () => {
    let proxy: HoldingProxy;
    beforeAll(async () => {
      proxy = await holdingProxy(sandbox.url, (method, path) => method === 'POST' && path.startsWith('/v1/webhook_endpoints'));
    });
    afterAll(() => proxy.close());

    it('answers /readyz 503 naming the step, then 200 once start-up has finished', async () => {
      const { gateway, url } = await startOn(proxy.url);
      try {
        await proxy.firstHeld;
        expect(await readyz(url)).toEqual({
          status: 503,
          body: { status: 'unavailable', reason: 'starting up: registering webhook endpoints with the Stripe sandbox' },
        });
        proxy.release();
        await firstReady(url, gateway);
        expect(await readyz(url)).toEqual({ status: 200, body: { status: 'ready' } });
      } finally {
        await gateway.stop();
      }
    });
  });
});
