import { graphql } from '../gql';
import { first } from '../kit/checks';
import { createOnboardingLink, execute, graphqlError, type SignedInWriter, signUpWriter, waitForStatus, writerStatus } from '../kit/flows';
import { dataOf, postGraphQL } from '../kit/graphql-client';
import { followRedirects, redirectTarget, submitHostedOnboarding } from '../kit/hosted-onboarding';
import { waitForDeauthorized } from '../kit/lifecycle';
import { type Stack, startStack } from '../kit/stack';

const OnboardingRedirects_CreateOnboardingLink = graphql(`
  mutation OnboardingRedirects_CreateOnboardingLink($id: ID!) {
    createOnboardingLink(writerId: $id) {
      id
      url
    }
  }
`);

const OnboardingRedirects_Links = graphql(`
  query OnboardingRedirects_Links($id: ID!) {
    writer(id: $id) {
      onboardingLinks {
        id
      }
    }
  }
`);

const OnboardingRedirects_CreateDashboardLink = graphql(`
  mutation OnboardingRedirects_CreateDashboardLink($id: ID!) {
    createDashboardLink(writerId: $id) {
      url
    }
  }
`);

// Stripe's guide: the account holder is authenticated before being sent into onboarding. The
// browser reaching refresh_url carries no session, so it must never end on a Stripe page.
const MAX_HOPS = 3;

/**
 * What a browser sees when Stripe sends it back to the platform: `refresh` and `return` carry
 * only a signed state, never the writer's session, so they never hand out an onboarding URL.
 */
describe('onboarding redirects without the writer signed in', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const accountOf = async (writer: SignedInWriter) => (await writerStatus(stack, writer.writerId, writer.token)).stripeAccountId!;
  const issuedLinkCount = async (writer: SignedInWriter) =>
    (await execute(stack, OnboardingRedirects_Links, { id: writer.writerId }, writer.token)).writer.onboardingLinks.length;

  it('a used link ends on a page asking to open onboarding again in the app, and mints no link', async () => {
    const writer = await signUpWriter(stack);
    const link = await createOnboardingLink(stack, writer);
    // A chat preview or a second tab opens the single-use link first.
    await (await fetch(link.url)).text();
    const [sandboxLinks, issuedLinks] = [await stack.control.accountLinkCount(), await issuedLinkCount(writer)];

    const end = await followRedirects(link.url, MAX_HOPS);
    expect(end.hops).toHaveLength(1);
    expect(first(end.hops, 'a redirect')).toContain('/connect/onboarding/refresh?state=');
    expect(end.status).toBe(200);
    expect(end.body).toMatch(/open onboarding again/i);
    expect(end.body).not.toContain(new URL(stack.sandbox.url).host);
    // Whoever holds the refresh URL (history, a preview bot) gets the same page, every time.
    expect((await followRedirects(first(end.hops, 'a redirect'), MAX_HOPS)).hops).toEqual([]);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
    expect(await issuedLinkCount(writer)).toBe(issuedLinks);

    // Signed in, the writer asks again and gets a fresh link.
    const fresh = await createOnboardingLink(stack, writer);
    expect(fresh.url).not.toBe(link.url);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks + 1);
  });

  it('return lands on a page that names neither the writer nor their status', async () => {
    const writer = await signUpWriter(stack);
    const returnUrl = await submitHostedOnboarding((await createOnboardingLink(stack, writer)).url);
    const landing = new URL(await redirectTarget(returnUrl));
    expect(`${landing.origin}${landing.pathname}${landing.search}`).toBe(`${stack.url}/connect/onboarding/complete`);
    const page = await (await fetch(landing)).text();
    expect(page).not.toContain(writer.writerId);
    expect(page).not.toMatch(/ACTIVE|active/);
    // The return still re-read the account, so the app shows the new status at once.
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('ACTIVE');
  });

  it('with FRONTEND_URL, refresh and return send the browser to the app, with nothing in the URL', async () => {
    const gateway = await stack.spawnAnotherGateway({ FRONTEND_URL: 'https://answers.example' });
    try {
      const writer = await signUpWriter(stack);
      const issue = async () => dataOf((await postGraphQL(gateway.url, OnboardingRedirects_CreateOnboardingLink, { id: writer.writerId }, { token: writer.token })).body).createOnboardingLink.url;
      const used = await issue();
      await (await fetch(used)).text();
      const sandboxLinks = await stack.control.accountLinkCount();
      const refreshUrl = await redirectTarget(used);
      expect(refreshUrl.startsWith(`${gateway.url}/connect/onboarding/refresh?state=`)).toBe(true);
      expect(await redirectTarget(refreshUrl)).toBe('https://answers.example/onboarding/refresh');
      expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);

      const returnUrl = await submitHostedOnboarding(await issue());
      expect(await redirectTarget(returnUrl)).toBe('https://answers.example/onboarding/complete');
    } finally {
      await gateway.stop();
    }
  });

  it('a rejected writer ends on a page telling them to contact the platform, and is refused a new link', async () => {
    const writer = await signUpWriter(stack);
    const link = await createOnboardingLink(stack, writer);
    await stack.control.setAccountState(await accountOf(writer), 'rejected');
    await waitForStatus(stack, writer.writerId, writer.token, 'REJECTED');
    const sandboxLinks = await stack.control.accountLinkCount();

    const end = await followRedirects(link.url, MAX_HOPS);
    expect(end.hops.length).toBeLessThanOrEqual(MAX_HOPS);
    expect(end.status).toBe(200);
    expect(end.body).toMatch(/rejected/i);
    expect(end.body).toMatch(/contact the platform/i);
    expect(end.body).not.toContain(new URL(stack.sandbox.url).host);

    const refusal = await graphqlError(stack, OnboardingRedirects_CreateOnboardingLink, { id: writer.writerId }, writer.token);
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED', writerId: writer.writerId });
    expect(refusal.message).toMatch(/rejected.*contact the platform/i);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
  });

  it('a writer who disconnected their account ends on a page saying it is no longer connected, and is refused a new link', async () => {
    const writer = await signUpWriter(stack);
    const link = await createOnboardingLink(stack, writer);
    await stack.control.deauthorize(await accountOf(writer));
    await waitForDeauthorized(stack, writer.writerId, writer.token);
    const sandboxLinks = await stack.control.accountLinkCount();

    const end = await followRedirects(link.url, MAX_HOPS);
    expect(end.hops.length).toBeLessThanOrEqual(MAX_HOPS);
    expect(end.status).toBe(200);
    expect(end.body).toMatch(/no longer connected/i);
    expect(end.body).not.toMatch(/not reachable/i);

    const refusal = await graphqlError(stack, OnboardingRedirects_CreateOnboardingLink, { id: writer.writerId }, writer.token);
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISCONNECTED', writerId: writer.writerId });
    expect(refusal.message).toMatch(/no longer connected/i);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
    const dashboard = await graphqlError(stack, OnboardingRedirects_CreateDashboardLink, { id: writer.writerId }, writer.token);
    expect(dashboard.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISCONNECTED' });
  });
});
