import jwt from 'jsonwebtoken';
import { adminWithoutTwoFactor } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';

const JWT_SECRET = 'session-expiry-secret-long-enough-for-hs256';

// A subscription is authenticated once, when its connection opens; the connection must not
// outlive the session that opened it, or a signed-out or expired admin keeps hearing events.
describe('a subscription connection ends with its session', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ JWT_SECRET });
  });
  afterAll(() => stack.close());

  /** A live subscription on a session token that expires in two seconds. */
  async function shortLivedSubscription() {
    const claims = jwt.decode(await adminWithoutTwoFactor(stack)) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const shortLived = jwt.sign(rest, JWT_SECRET, { algorithm: 'HS256', expiresIn: 2 });
    const client = webSocketClient(stack.url, shortLived);
    const events = collect(client, 'subscription { onboardingStatusChanged { id } }');
    await subscriptionsReady(client);
    return { client, events };
  }

  it('closes the connection with 4403 when the session token expires', async () => {
    const { client, events } = await shortLivedSubscription();
    expect(events.failure).toBeUndefined();

    await events.settled(10_000);
    expect(events.failure).toMatchObject({ code: 4403, reason: 'Your session has expired; sign in again.' });
    await client.dispose();
  });

  it('keeps a connection whose session is still valid', async () => {
    const client = webSocketClient(stack.url, await adminWithoutTwoFactor(stack));
    const events = collect(client, 'subscription { onboardingStatusChanged { id } }');
    await subscriptionsReady(client);
    // Opened after this one, a two-second session ends first: by then this one has outlived it.
    const expiring = await shortLivedSubscription();
    await expiring.events.settled(10_000);
    await expiring.client.dispose();
    await subscriptionsReady(client);
    expect(events.failure).toBeUndefined();
    events.stop();
    await client.dispose();
  });
});
