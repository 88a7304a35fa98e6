import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { graphql, graphqlError, signUpWriter } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';

const JWT_SECRET = 'log-out-secret-long-enough-for-hs256-signing';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';
const LOG_OUT = 'mutation { logOut }';
const VIEWER = '{ viewer { id } }';

// Signing out revokes the session on the gateway: a copy of its token (a shared screen, a
// leaked log) is worthless from then on, and its live connections end.
describe('signing out', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ JWT_SECRET });
  });
  afterAll(() => stack.close());

  it('refuses the signed-out session everywhere and leaves the user’s other sessions alone', async () => {
    const writer = await signUpWriter(stack);
    const other = (await graphql(stack, LOG_IN, { input: { email: writer.email, password: writer.password } })).logIn.token as string;
    expect((await graphql(stack, LOG_OUT, {}, writer.token)).logOut).toBe(true);

    const refused = await graphqlError(stack, VIEWER, {}, writer.token);
    expect(refused).toMatchObject({ message: 'This session has ended; sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await graphqlError(stack, LOG_OUT, {}, writer.token)).extensions.code).toBe('UNAUTHENTICATED');
    const client = webSocketClient(stack.url, writer.token);
    const events = collect(client, 'subscription { heartbeat }');
    await events.settled();
    expect(events.failure).toMatchObject({ code: 4403 });
    await client.dispose();

    expect((await graphql(stack, VIEWER, {}, other)).viewer.id).toBeTruthy();
  });

  it('closes the session’s open subscriptions (4403) the moment it signs out', async () => {
    const writer = await signUpWriter(stack);
    const client = webSocketClient(stack.url, writer.token);
    const events = collect(client, 'subscription($id: ID) { onboardingStatusChanged(writerId: $id) { id } }', { id: writer.writerId });
    await subscriptionsReady(client);
    await graphql(stack, LOG_OUT, {}, writer.token);
    await events.settled(5000);
    expect(events.failure).toMatchObject({ code: 4403, reason: 'This session has ended; sign in again.' });
    await client.dispose();
  });

  it('ends the session that turned two-factor on, replaced by the two-factor session it returns', async () => {
    const writer = await signUpWriter(stack);
    const { enrollTwoFactor } = await graphql(stack, 'mutation { enrollTwoFactor { secret } }', {}, writer.token);
    const { confirmTwoFactor } = await graphql(
      stack,
      'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }',
      { otp: await totpCode(enrollTwoFactor.secret) },
      writer.token,
    );
    expect((await graphqlError(stack, VIEWER, {}, writer.token)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await graphql(stack, VIEWER, {}, confirmTwoFactor.token)).viewer.id).toBeTruthy();
  });

  it('refuses a well-signed token whose session the gateway never opened', async () => {
    const writer = await signUpWriter(stack);
    const claims = jwt.decode(writer.token) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const invented = jwt.sign({ ...rest, sid: randomUUID() }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 600 });
    expect((await graphqlError(stack, VIEWER, {}, invented)).extensions.code).toBe('UNAUTHENTICATED');
  });
});
