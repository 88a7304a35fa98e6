import { graphql } from '../gql';
import { present } from '../kit/checks';
import { adminWithoutTwoFactor, createOnboardingLink, execute, graphqlError, signUpWriter } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { answerHostedAuthorization } from '../kit/hosted-oauth';
import { CREATE_OAUTH_LINK, approveOAuthLink, createOAuthLink, visit, writerAccount } from '../kit/oauth';
import { type Stack, startStack } from '../kit/stack';

const OAuthStory_StatusChanged = graphql(`
  subscription OAuthStory_StatusChanged($writerId: ID) {
    onboardingStatusChanged(writerId: $writerId) {
      id
      stripeAccountId
      accountConnection
      onboardingStatus
    }
  }
`);

const OAuthStory_AuditTrail = graphql(`
  query OAuthStory_AuditTrail($id: ID!) {
    auditTrail(subjectId: $id) {
      nodes {
        action
        details
        actor {
          id
        }
      }
    }
  }
`);

const OAuthStory_LogOut = graphql(`
  mutation OAuthStory_LogOut {
    logOut
  }
`);

describe('a writer connects a Stripe account through Express OAuth (seed 002)', () => {
  let stack: Stack;
  let adminToken: string;
  beforeAll(async () => {
    stack = await startStack();
    adminToken = await adminWithoutTwoFactor(stack);
  });
  afterAll(() => stack.close());

  it('signs up, approves on the authorize page, and is back with the connected acct_ ACTIVE, live', async () => {
    const writer = await signUpWriter(stack, { displayName: 'Katherine Johnson' });
    const created = await writerAccount(stack, writer.writerId, writer.token);
    expect(created).toMatchObject({ accountConnection: 'CREATED', onboardingStatus: 'NOT_STARTED' });
    const client = webSocketClient(stack.url, writer.token);
    const changes = collect(client, OAuthStory_StatusChanged, { writerId: writer.writerId });
    await subscriptionsReady(client);

    const link = await createOAuthLink(stack, writer);
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${stack.sandbox.url}/express/oauth/authorize`);
    expect(url.searchParams.get('client_id')).toMatch(/^ca_/);
    expect(url.searchParams.get('state')).toBe(link.state);
    expect(url.searchParams.get('suggested_capabilities[0]')).toBe('transfers');
    expect(url.searchParams.get('stripe_user[email]')).toBe(writer.email);
    expect(url.searchParams.get('redirect_uri')).toBe(`${stack.url}/connect/oauth/callback`);
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now());

    const callback = await answerHostedAuthorization(link.url, 'approve');
    expect(callback.startsWith(`${stack.url}/connect/oauth/callback?`)).toBe(true);
    const back = await visit(callback);
    expect(back).toMatchObject({ status: 303, location: `${stack.url}/connect/oauth/complete` });
    expect((await visit(present(back.location, 'a redirect'))).body).toContain('Your Stripe account is connected');

    const pushed = await changes.next((event) => event.data?.onboardingStatusChanged.onboardingStatus === 'ACTIVE');
    const connected = present(pushed.data, 'the status change').onboardingStatusChanged;
    expect(connected).toMatchObject({ id: writer.writerId, accountConnection: 'OAUTH', stripeAccountId: expect.stringMatching(/^acct_/) });
    expect(connected.stripeAccountId).not.toBe(created.stripeAccountId);
    expect(await writerAccount(stack, writer.writerId, writer.token)).toMatchObject({ stripeAccountId: connected.stripeAccountId, canReceiveTransfers: true });
    expect((await stack.stripe.accounts.retrieve(present(connected.stripeAccountId, 'the connected account'))).email).toBe(writer.email);

    const trail = (await execute(stack, OAuthStory_AuditTrail, { id: writer.writerId }, adminToken)).auditTrail.nodes;
    expect(trail).toContainEqual({
      action: 'WRITER_ACCOUNT_CONNECTED',
      actor: { id: writer.userId },
      details: { accountId: connected.stripeAccountId, previousAccountId: created.stripeAccountId, replacedAccount: 'UNUSED', onboardingStatus: 'ACTIVE' },
    });

    // The same callback again (a reload, the history): refused, nothing changes.
    const replayed = await visit(callback);
    expect(replayed.status).toBe(403);
    expect(replayed.body).toContain('Nothing was changed');
    expect((await writerAccount(stack, writer.writerId, writer.token)).stripeAccountId).toBe(connected.stripeAccountId);
    expect((await execute(stack, OAuthStory_AuditTrail, { id: writer.writerId }, adminToken)).auditTrail.nodes).toHaveLength(trail.length);
    changes.stop();
    await client.dispose();
  });

  it('a tampered state is refused with 403 and the real one still works; an invented or replayed code is a 400', async () => {
    const writer = await signUpWriter(stack);
    const before = await writerAccount(stack, writer.writerId, writer.token);
    const usedCallback = await approveOAuthLink(stack, await signUpWriter(stack));
    expect((await visit(usedCallback)).status).toBe(303);
    const usedCode = present(new URL(usedCallback).searchParams.get('code'), 'a code in the callback');
    const link = await createOAuthLink(stack, writer);
    const callback = (query: Record<string, string>) => `${stack.url}/connect/oauth/callback?${new URLSearchParams(query)}`;
    const tampered = `${link.state.slice(0, -1)}${link.state.endsWith('A') ? 'B' : 'A'}`;

    const forged = await visit(callback({ code: usedCode, state: tampered }));
    expect(forged.status).toBe(403);
    expect(await writerAccount(stack, writer.writerId, writer.token)).toEqual(before);

    const invented = await visit(callback({ code: 'ac_invented', state: link.state }));
    expect(invented.status).toBe(400);
    expect(invented.body).toContain('not valid');
    expect(await writerAccount(stack, writer.writerId, writer.token)).toEqual(before);

    const again = await createOAuthLink(stack, writer);
    const replayedCode = await visit(callback({ code: usedCode, state: again.state }));
    expect(replayedCode.status).toBe(400);
    expect(await writerAccount(stack, writer.writerId, writer.token)).toEqual(before);
  });

  it('the writer denying access ends on a clear page, and the trail shows it', async () => {
    const writer = await signUpWriter(stack);
    const before = await writerAccount(stack, writer.writerId, writer.token);
    const back = new URL(await answerHostedAuthorization((await createOAuthLink(stack, writer)).url, 'deny'));
    expect(back.searchParams.get('error')).toBe('access_denied');
    const page = await visit(back.toString());
    expect(page.status).toBe(200);
    expect(page.body).toContain('You did not connect a Stripe account');
    expect(await writerAccount(stack, writer.writerId, writer.token)).toEqual(before);
    const trail = (await execute(stack, OAuthStory_AuditTrail, { id: writer.writerId }, adminToken)).auditTrail.nodes;
    expect(trail).toContainEqual(
      expect.objectContaining({ action: 'WRITER_ACCOUNT_CONNECTION_REFUSED', details: { reason: 'DENIED_BY_WRITER', stripeError: 'access_denied' } }),
    );
  });

  it('the sandbox refuses a redirect URI the platform did not register, without redirecting', async () => {
    const writer = await signUpWriter(stack);
    const link = new URL((await createOAuthLink(stack, writer)).url);
    link.searchParams.set('redirect_uri', 'https://attacker.example/connect/oauth/callback');
    const page = await visit(link.toString());
    expect(page.status).toBe(400);
    expect(page.location).toBeNull();
    expect(page.body).toContain('Invalid redirect URI');
  });

  it('a state is bound to the session that asked: after signing out it is refused', async () => {
    const writer = await signUpWriter(stack);
    const before = await writerAccount(stack, writer.writerId, writer.token);
    const link = await createOAuthLink(stack, writer);
    const callback = await answerHostedAuthorization(link.url, 'approve');
    await execute(stack, OAuthStory_LogOut, {}, writer.token);
    expect((await visit(callback)).status).toBe(403);
    expect(await writerAccount(stack, writer.writerId, adminToken)).toEqual(before);
  });

  it('a writer whose account has started onboarding is not switched: refused at the link, and at the callback', async () => {
    const writer = await signUpWriter(stack);
    const early = await createOAuthLink(stack, writer);
    await createOnboardingLink(stack, writer);
    const before = await writerAccount(stack, writer.writerId, writer.token);

    const refused = await graphqlError(stack, CREATE_OAUTH_LINK, { id: writer.writerId }, writer.token);
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'writerId' });
    expect(refused.message).toMatch(/has started onboarding/);
    const page = await visit(await answerHostedAuthorization(early.url, 'approve'));
    expect(page.status).toBe(409);
    expect(page.body).toContain('Your payouts account was not changed');
    expect(await writerAccount(stack, writer.writerId, writer.token)).toEqual(before);
    const trail = (await execute(stack, OAuthStory_AuditTrail, { id: writer.writerId }, adminToken)).auditTrail.nodes;
    expect(trail).toContainEqual(expect.objectContaining({ action: 'WRITER_ACCOUNT_CONNECTION_REFUSED', details: { reason: 'ACCOUNT_IN_USE' } }));
  });
});
