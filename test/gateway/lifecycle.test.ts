import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { signUpWriter } from '../kit/flows';
import { collect, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { spawnGateway } from '../kit/gateway-process';

describe('gateway lifecycle', () => {
  it('starts as `npm start` does, serves HTTP and WebSocket on one port, then drains and exits 0 on SIGTERM', async () => {
    const gateway = await spawnGateway({ SANDBOX_PORT: '0', NODE_ENV: 'development' }, undefined, 'start');
    expect(gateway.output()).toMatch(/Stripe sandbox \(no STRIPE_SECRET_KEY set\)\s+http:\/\/127\.0\.0\.1:\d+/);
    // The generated password is set apart in the banner and kept in a file the banner names.
    const passwordFile = join(gateway.dataDirectory, 'first-admin.txt');
    expect(gateway.output()).toContain(`also written to ${passwordFile}`);
    const [, password] = /Sign in as admin@example\.com with the password (\S+)/.exec(gateway.output())!;
    expect(readFileSync(passwordFile, 'utf8')).toContain(`password: ${password}`);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);

    expect(await (await fetch(`${gateway.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${gateway.url}/readyz`)).json()).toEqual({ status: 'ready' });

    const { status, body } = await postGraphQL(gateway.url, '{ serverInfo { version sandbox } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { serverInfo: { version: expect.any(String), sandbox: true } } });

    const client = webSocketClient(gateway.url, (await signUpWriter(gateway)).token);
    const heartbeat = collect<{ heartbeat: string }>(client, 'subscription { heartbeat }');
    const event = await heartbeat.next();
    expect(Date.parse(event.data!.heartbeat)).toBeGreaterThan(Date.now() - 60_000);

    // Exit code 0 is the gateway's own clean exit; one that hung on the open WebSocket would be
    // killed by the kit's stop timer, and its exit code would say so.
    const exitCode = await gateway.stop('SIGTERM');
    expect(exitCode).toBe(0);
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
      const landingPage = await landing.text();
      expect(landingPage).toContain('embeddable-sandbox');
      // Offline, Apollo's CDN is out of reach: the page points to the self-hosted GraphiQL instead.
      expect(landingPage).toContain('<a href="/graphiql/">');
      expect(landingPage).not.toContain('Apollo Sandbox cannot be loaded');

      // Hashed assets are compressed once at build time and cached for good; the page that names them is revalidated.
      const consoleIndex = await (await fetch(`${gateway.url}/admin/`)).text();
      const asset = /src="(\/admin\/assets\/index-[^"]+\.js)"/.exec(consoleIndex)![1];
      const compressed = await fetch(`${gateway.url}${asset}`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(compressed.headers.get('content-encoding')).toBe('br');
      expect(compressed.headers.get('content-type')).toMatch(/javascript/);
      expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(compressed.headers.get('vary')).toMatch(/Accept-Encoding/i);
      const gzipOnly = await fetch(`${gateway.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzipOnly.headers.get('content-encoding')).toBe('gzip');
      expect((await fetch(`${gateway.url}/admin/writers`)).headers.get('cache-control')).toBe('no-cache');
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
