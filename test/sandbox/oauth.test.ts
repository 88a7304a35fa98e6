import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { answerHostedAuthorization } from '../kit/hosted-oauth';
import { type TestSandbox, WebhookReceiver, startTestSandbox } from './sandbox.kit';

const REDIRECT_URI = 'http://localhost:4999/connect/oauth/callback';

describe('sandbox: Connect OAuth (authorize pages, /oauth/token, /oauth/deauthorize)', () => {
  let kit: TestSandbox;
  let clientId: string;
  beforeAll(async () => {
    kit = await startTestSandbox();
    ({ client_id: clientId } = await kit.control<{ client_id: string }>('POST', '/_sandbox/oauth/redirect_uris', { url: REDIRECT_URI }));
  });
  afterAll(() => kit.close());

  /** The SDK builds the link for connect.stripe.com; the same path and query, on the sandbox. */
  const authorizeUrl = (params: Stripe.OAuthAuthorizeUrlParams, express = true) => {
    const built = new URL(kit.stripe.oauth.authorizeUrl({ client_id: clientId, ...params }, { express }));
    return `${kit.sandbox.url}${built.pathname}${built.search}`;
  };
  const connect = async (params: Stripe.OAuthAuthorizeUrlParams = {}, express = true) =>
    new URL(await answerHostedAuthorization(authorizeUrl({ redirect_uri: REDIRECT_URI, state: 'st_1', ...params }, express), 'approve'));

  it('has a ca_ client id and keeps the registered redirect URIs', async () => {
    expect(clientId).toMatch(/^ca_\w+$/);
    expect(await kit.control('GET', '/_sandbox/oauth')).toEqual({ client_id: clientId, redirect_uris: [REDIRECT_URI] });
  });

  it('approving the Express page connects an onboarded account; the code is exchanged once, as Stripe answers', async () => {
    const receiver = new WebhookReceiver();
    await kit.stripe.webhookEndpoints.create({ url: await receiver.start(), enabled_events: ['*'], connect: true });
    const back = await connect({ suggested_capabilities: ['transfers'], stripe_user: { email: 'ada@example.com', country: 'US' } });
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get('state')).toBe('st_1');
    const code = back.searchParams.get('code')!;
    expect(code).toMatch(/^ac_/);

    const token = await kit.stripe.oauth.token({ grant_type: 'authorization_code', code });
    expect(token).toMatchObject({ token_type: 'bearer', livemode: false, scope: 'express', stripe_user_id: expect.stringMatching(/^acct_/) });
    expect(token.stripe_publishable_key).toMatch(/^pk_test_/);
    expect(token.refresh_token).toMatch(/^rt_/);
    const account = await kit.stripe.accounts.retrieve(token.stripe_user_id!);
    expect(account).toMatchObject({ type: 'express', email: 'ada@example.com', details_submitted: true, capabilities: { transfers: 'active' } });
    const authorized = await receiver.waitForEvent('account.application.authorized', token.stripe_user_id);
    expect(authorized.data.object).toMatchObject({ id: clientId, object: 'application' });

    const replay = await kit.stripe.oauth.token({ grant_type: 'authorization_code', code }).catch((error: unknown) => error);
    expect(replay).toBeInstanceOf(Stripe.errors.StripeInvalidGrantError);
    expect((replay as Stripe.errors.StripeError).statusCode).toBe(400);
    // Presenting a used code revokes what it gave.
    const refresh = await kit.stripe.oauth.token({ grant_type: 'refresh_token', refresh_token: token.refresh_token! }).catch((error: unknown) => error);
    expect(refresh).toBeInstanceOf(Stripe.errors.StripeInvalidGrantError);
    await receiver.close();
  });

  it('answers errors in OAuth format: an invented code, no grant type, no key', async () => {
    const post = (body: string, headers: Record<string, string> = { authorization: 'Bearer sk_test_oauth_check' }) =>
      fetch(`${kit.sandbox.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
    const invented = await post('grant_type=authorization_code&code=ac_invented');
    expect(invented.status).toBe(400);
    expect(invented.headers.get('cache-control')).toBe('no-store');
    expect(await invented.json()).toEqual({ error: 'invalid_grant', error_description: 'Authorization code does not exist: ac_invented' });
    expect(await (await post('code=ac_invented')).json()).toMatchObject({ error: 'invalid_request' });
    expect(await (await post('grant_type=password')).json()).toMatchObject({ error: 'unsupported_grant_type' });
    const anonymous = await post('grant_type=authorization_code&code=ac_invented', {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('a refresh token works while the account stays connected', async () => {
    const code = (await connect()).searchParams.get('code')!;
    const token = await kit.stripe.oauth.token({ grant_type: 'authorization_code', code });
    const refreshed = await kit.stripe.oauth.token({ grant_type: 'refresh_token', refresh_token: token.refresh_token! });
    expect(refreshed).toMatchObject({ stripe_user_id: token.stripe_user_id, refresh_token: token.refresh_token, scope: 'express' });
  });

  it('the Standard page asks for read_write access; denying returns access_denied with the state', async () => {
    const url = authorizeUrl({ redirect_uri: REDIRECT_URI, state: 'st_deny', scope: 'read_write' }, false);
    const page = await (await fetch(url)).text();
    expect(page).toContain('Connect your Stripe account to Sandbox Platform');
    const denied = new URL(await answerHostedAuthorization(url, 'deny'));
    expect(Object.fromEntries(denied.searchParams)).toEqual({ error: 'access_denied', error_description: 'The user denied your request', state: 'st_deny' });
    const standard = await kit.stripe.oauth.token({
      grant_type: 'authorization_code',
      code: (await connect({ scope: 'read_write' }, false)).searchParams.get('code')!,
    });
    expect(standard.scope).toBe('read_write');
    expect((await kit.stripe.accounts.retrieve(standard.stripe_user_id!)).type).toBe('standard');
  });

  it('refuses, on its own page and without redirecting, a redirect URI not registered or another client', async () => {
    const unregistered = await fetch(authorizeUrl({ redirect_uri: 'https://attacker.example/steal', state: 'x' }), { redirect: 'manual' });
    expect(unregistered.status).toBe(400);
    expect(unregistered.headers.get('location')).toBeNull();
    expect(await unregistered.text()).toContain('Invalid redirect URI');
    const stranger = await fetch(authorizeUrl({ client_id: 'ca_someone_else' }), { redirect: 'manual' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('No such application');
    const badType = new URL(
      (await fetch(authorizeUrl({ redirect_uri: REDIRECT_URI, response_type: 'token' as 'code', state: 's' }), { redirect: 'manual' })).headers.get(
        'location',
      )!,
    );
    expect(badType.searchParams.get('error')).toBe('unsupported_response_type');
  });

  it('a page is answered once: posting the same answer again changes nothing', async () => {
    const url = authorizeUrl({ redirect_uri: REDIRECT_URI });
    const html = await (await fetch(url)).text();
    const requestId = /name="request" value="([^"]+)"/.exec(html)![1];
    const answer = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `request=${requestId}&decision=approve`,
        redirect: 'manual',
      });
    const before = (await kit.stripe.accounts.list({ limit: 100 })).data.length;
    expect((await answer()).status).toBe(303);
    expect((await answer()).status).toBe(400);
    expect((await kit.stripe.accounts.list({ limit: 100 })).data.length).toBe(before + 1);
  });

  it('deauthorize disconnects an OAuth account and sends account.application.deauthorized; once only', async () => {
    const receiver = new WebhookReceiver();
    await kit.stripe.webhookEndpoints.create({ url: await receiver.start(), enabled_events: ['account.application.deauthorized'], connect: true });
    const token = await kit.stripe.oauth.token({ grant_type: 'authorization_code', code: (await connect()).searchParams.get('code')! });
    const accountId = token.stripe_user_id!;
    expect(await kit.stripe.oauth.deauthorize({ client_id: clientId, stripe_user_id: accountId })).toMatchObject({ stripe_user_id: accountId });
    const event = await receiver.waitForEvent('account.application.deauthorized', accountId);
    expect(event.data.object).toMatchObject({ id: clientId, object: 'application' });
    await expect(kit.stripe.accounts.retrieve(accountId)).rejects.toThrow();

    const again = await kit.stripe.oauth.deauthorize({ client_id: clientId, stripe_user_id: accountId }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidClientError);
    expect((again as Stripe.errors.StripeError).statusCode).toBe(401);
    const created = await kit.stripe.accounts.create({ type: 'express' });
    const notOAuth = await kit.stripe.oauth.deauthorize({ client_id: clientId, stripe_user_id: created.id }).catch((error: unknown) => error);
    expect((notOAuth as Error).message).toMatch(/not connected to stripe account/);
    await receiver.close();
  });
});

describe('sandbox: OAuth state survives a restart', () => {
  it('keeps registered redirect URIs and unused codes in the state file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sandbox-oauth-'));
    const stateFile = join(directory, 'state.sqlite');
    try {
      const first = await startTestSandbox({ stateFile });
      const { client_id: clientId } = await first.control<{ client_id: string }>('POST', '/_sandbox/oauth/redirect_uris', { url: REDIRECT_URI });
      const built = new URL(first.stripe.oauth.authorizeUrl({ client_id: clientId, redirect_uri: REDIRECT_URI }, { express: true }));
      const code = new URL(await answerHostedAuthorization(`${first.sandbox.url}${built.pathname}${built.search}`, 'approve')).searchParams.get('code')!;
      await first.close();

      const second = await startTestSandbox({ stateFile });
      try {
        expect(await second.control('GET', '/_sandbox/oauth')).toEqual({ client_id: clientId, redirect_uris: [REDIRECT_URI] });
        expect((await second.stripe.oauth.token({ grant_type: 'authorization_code', code })).stripe_user_id).toMatch(/^acct_/);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
