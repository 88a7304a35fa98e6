import { adminWithoutTwoFactor, createOnboardingLink, signUpWriter } from '../kit/flows';
import { collect, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { submitHostedOnboarding } from '../kit/hosted-onboarding';
import { type Stack, startStack } from '../kit/stack';

/**
 * The gateway signs two kinds of token with one secret: sessions, and the onboarding state
 * carried in Stripe's redirect URLs (which a writer's browser history keeps). Neither is ever
 * accepted as the other.
 */
describe('session tokens and onboarding states are not interchangeable', () => {
  let stack: Stack;
  let state: string;
  let writerToken: string;

  beforeAll(async () => {
    stack = await startStack();
    const writer = await signUpWriter(stack);
    writerToken = writer.token;
    await signUpWriter(stack);
    const returnUrl = await submitHostedOnboarding((await createOnboardingLink(stack, writer)).url);
    state = new URL(returnUrl).searchParams.get('state')!;
    expect(state).toBeTruthy();
  });
  afterAll(() => stack.close());

  it.each([
    ['transfers', '{ transfers { totalCount } }'],
    ['writers', '{ writers { totalCount } }'],
    ['viewer', '{ viewer { id } }'],
  ])('refuses an onboarding state as a bearer token (%s)', async (_name, query) => {
    const { body } = await postGraphQL(stack.url, query, {}, { token: state });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an onboarding state as a WebSocket session: no one else’s events', async () => {
    const client = webSocketClient(stack.url, state);
    const events = collect(client, 'subscription { onboardingStatusChanged { id } }');
    await events.settled();
    // graphql-ws closes a connection whose connectionParams do not authenticate: 4403 Forbidden.
    expect((events.failure as { code?: number }).code).toBe(4403);
    expect(events.events).toEqual([]);
    await client.dispose();
  });

  it('refuses a session token as the onboarding state of a redirect', async () => {
    for (const token of [writerToken, await adminWithoutTwoFactor(stack)]) {
      const response = await fetch(`${stack.url}/connect/onboarding/refresh?state=${encodeURIComponent(token)}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
    }
    const genuine = await fetch(`${stack.url}/connect/onboarding/refresh?state=${encodeURIComponent(state)}`, { redirect: 'manual' });
    expect(genuine.status).toBe(200);
    expect(await genuine.text()).toMatch(/open onboarding again/i);
  });
});
