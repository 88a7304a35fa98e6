import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { signUpWriter } from '../kit/flows';
import { collect, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { spawnGateway } from '../kit/gateway-process';

describe('gateway lifecycle', () => {
  it('starts as `npm start` does, serves HTTP and WebSocket on one port, then drains and exits 0 on SIGTERM', async () => {
    const gateway = await spawnGateway({ SANDBOX_PORT: '0', NODE_ENV: 'development' }, undefined, 'start');
    expect(gateway.output()).toMatch(/Stripe sandbox \(no STRIPE_SECRET_KEY set\)\s+http:\/\/127\.0\.0\.1:\d+/);

    expect(await (await fetch(`${gateway.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${gateway.url}/readyz`)).json()).toEqual({ status: 'ready' });

    const { status, body } = await postGraphQL(gateway.url, '{ serverInfo { version sandbox } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { serverInfo: { version: expect.any(String), sandbox: true } } });

    const client = webSocketClient(gateway.url, (await signUpWriter(gateway)).token);
    const heartbeat = collect<{ heartbeat: string }>(client, 'subscription { heartbeat }');
    const event = await heartbeat.next();
    expect(Date.parse(event.data!.heartbeat)).toBeGreaterThan(Date.now() - 60_000);

    const stoppedAtMs = Date.now();
    const exitCode = await gateway.stop('SIGTERM');
    expect(exitCode).toBe(0);
    expect(Date.now() - stoppedAtMs).toBeLessThan(5000);
    await heartbeat.settled();
    await client.dispose();
    expect(existsSync(join(gateway.dataDirectory, 'sandbox-state.sqlite'))).toBe(true);
    expect(existsSync(join(gateway.dataDirectory, 'gateway.sqlite'))).toBe(true);
  });

  it('serves the admin console and Apollo Sandbox landing page', async () => {
    const gateway = await spawnGateway({ STRIPE_API_URL: 'http://127.0.0.1:9', STRIPE_WEBHOOK_SECRET: 'whsec_unused' });
    try {
      const consolePage = await fetch(`${gateway.url}/admin/writers`);
      expect(consolePage.status).toBe(200);
      expect(await consolePage.text()).toContain('<div id="root">');
      // A script from an older build is missing, not answered with the page (which a browser
      // would fail to run as JavaScript).
      const staleScript = await fetch(`${gateway.url}/admin/assets/WritersPage-0ld.js`);
      expect(staleScript.status).toBe(404);
      const landing = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).toContain('embeddable-sandbox');
      const graphiql = await fetch(`${gateway.url}/graphiql/`);
      expect(graphiql.status).toBe(200);
      const page = await graphiql.text();
      const script = /src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(page)![1];
      expect((await fetch(`${gateway.url}${script}`)).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });
});
