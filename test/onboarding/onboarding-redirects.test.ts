import { first } from '../kit/checks';
import { createOnboardingLink, graphql, graphqlError, signUpWriter, waitForStatus, writerStatus, type SignedInWriter } from '../kit/flows';
import { followRedirects, redirectTarget, submitHostedOnboarding } from '../kit/hosted-onboarding';
import { type LifecycleState, moveToState, onboardingRedirectUrls } from '../kit/lifecycle';
import { waitFor } from '../kit/wait';
import { visit } from '../kit/oauth';
import { type Stack, startStack } from '../kit/stack';

const CREATE_ONBOARDING_LINK = 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { id url } }';
// Stripe's guide: the account holder is authenticated before being sent into onboarding. The
// browser reaching refresh_url carries no session, so it must never end on a Stripe page.
const MAX_HOPS = 3;
const FRONTEND_URL = 'https://answers.example';

interface Landing {
  /** The gateway's own page after return_url: where the writer stands, then what happens next. */
  returned: [RegExp, RegExp];
  /** Its page after refresh_url (an expired link): what the writer does next. */
  refreshed: RegExp;
  /** `?onboarding=` on FRONTEND_URL's pages. */
  state: string;
}

// Every state a writer can come back from Stripe in (they opened a link, so onboarding has started).
const LANDINGS: Partial<Record<LifecycleState, Landing>> = {
  IN_PROGRESS: { returned: [/Your details are not complete yet/, /continue onboarding/], refreshed: /open onboarding again to finish/, state: 'IN_PROGRESS' },
  PENDING_VERIFICATION: {
    returned: [/Stripe is verifying your details/, /nothing more to do now/],
    refreshed: /verifying them, so there is nothing to do now/,
    state: 'PENDING_VERIFICATION',
  },
  RESTRICTED: {
    returned: [/Stripe needs more information/, /continue onboarding to provide it/],
    refreshed: /still needs more information.*open onboarding again/,
    state: 'RESTRICTED',
  },
  ACTIVE: {
    returned: [/You are all set/, /the platform can send you funds/],
    refreshed: /already active; open onboarding again from the app only to change/,
    state: 'ACTIVE',
  },
  REJECTED: { returned: [/Stripe did not approve this payouts account/, /contact the platform/], refreshed: /Stripe did not approve/, state: 'REJECTED' },
  DEAUTHORIZED: { returned: [/no longer connected/, /contact the platform/], refreshed: /no longer connected/, state: 'DISCONNECTED' },
};

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
    (await graphql(stack, 'query($id: ID!) { writer(id: $id) { onboardingLinks { id } } }', { id: writer.writerId }, writer.token)).writer.onboardingLinks
      .length;

  it('a used link ends on a page asking to open onboarding again in the app, and mints no link', async () => {
    const writer = await signUpWriter(stack);
    const link = await createOnboardingLink(stack, writer);
    // A chat preview or a second tab opens the single-use link first.
    await (await fetch(link.url)).text();
    const [sandboxLinks, issuedLinks] = [await stack.control.accountLinkCount(), await issuedLinkCount(writer)];

    const end = await followRedirects(link.url, MAX_HOPS);
    expect(end.hops).toHaveLength(1);
    const hop = first(end.hops, 'a redirect');
    expect(hop).toContain('/connect/onboarding/refresh?state=');
    expect(end.status).toBe(200);
    expect(end.body).toMatch(/open onboarding again/i);
    expect(end.body).not.toContain(new URL(stack.sandbox.url).host);
    // Whoever holds the refresh URL (history, a preview bot) gets the same page, every time.
    expect((await followRedirects(hop, MAX_HOPS)).hops).toEqual([]);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
    expect(await issuedLinkCount(writer)).toBe(issuedLinks);

    // Signed in, the writer asks again and gets a fresh link.
    const fresh = await createOnboardingLink(stack, writer);
    expect(fresh.url).not.toBe(link.url);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks + 1);
  });

  describe.each(Object.entries(LANDINGS))('a writer coming back %s', (state, landing) => {
    let writer: SignedInWriter;
    let urls: { returnUrl: string; refreshUrl: string };
    beforeAll(async () => {
      writer = await signUpWriter(stack, { displayName: `Back ${state}` });
      urls = await onboardingRedirectUrls(stack, writer);
      await moveToState(stack, writer, state as LifecycleState);
    });

    it("return_url shows the gateway's page saying where they stand and what happens next, naming no one", async () => {
      const page = await visit(urls.returnUrl);
      expect({ status: page.status, location: page.location }).toEqual({ status: 200, location: null });
      for (const words of landing.returned) expect(page.body).toMatch(words);
      for (const identifying of [writer.writerId, writer.email, `Back ${state}`]) expect(page.body).not.toContain(identifying);
    });

    it("refresh_url shows the gateway's page saying what to do next", async () => {
      const page = await visit(urls.refreshUrl);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(landing.refreshed);
      expect(page.body).not.toContain(new URL(stack.sandbox.url).host);
    });
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

    const refusal = await graphqlError(stack, CREATE_ONBOARDING_LINK, { id: writer.writerId }, writer.token);
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED', writerId: writer.writerId });
    expect(refusal.message).toMatch(/rejected.*contact the platform/i);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
  });

  it('a writer who disconnected their account ends on a page saying it is no longer connected, and is refused a new link', async () => {
    const writer = await signUpWriter(stack);
    const link = await createOnboardingLink(stack, writer);
    await stack.control.deauthorize(await accountOf(writer));
    const readDeauthorized = async () =>
      (await graphql(stack, 'query($id: ID!) { writer(id: $id) { deauthorized } }', { id: writer.writerId }, writer.token)).writer.deauthorized;
    await waitFor(readDeauthorized, { until: (deauthorized: boolean) => deauthorized === true, what: 'writer deauthorized' });
    const sandboxLinks = await stack.control.accountLinkCount();

    const end = await followRedirects(link.url, MAX_HOPS);
    expect(end.hops.length).toBeLessThanOrEqual(MAX_HOPS);
    expect(end.status).toBe(200);
    expect(end.body).toMatch(/no longer connected/i);
    expect(end.body).not.toMatch(/not reachable/i);

    const refusal = await graphqlError(stack, CREATE_ONBOARDING_LINK, { id: writer.writerId }, writer.token);
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISCONNECTED', writerId: writer.writerId });
    expect(refusal.message).toMatch(/no longer connected/i);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);
    const dashboard = await graphqlError(stack, 'mutation($id: ID!) { createDashboardLink(writerId: $id) { url } }', { id: writer.writerId }, writer.token);
    expect(dashboard.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISCONNECTED' });
  });
});

/** With FRONTEND_URL, the app shows the pages: the browser is sent there with the state and nothing else. */
describe('onboarding redirects to FRONTEND_URL', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ FRONTEND_URL });
  });
  afterAll(() => stack.close());

  const cases = Object.entries(LANDINGS).map(([state, landing]) => [state, landing!.state] as const);
  it.each(cases)('a writer coming back %s lands on the app with ?onboarding=%s', async (state, landingState) => {
    const writer = await signUpWriter(stack);
    const { returnUrl, refreshUrl } = await onboardingRedirectUrls(stack, writer);
    await moveToState(stack, writer, state as LifecycleState);
    expect((await visit(returnUrl)).location).toBe(`${FRONTEND_URL}/onboarding/complete?onboarding=${landingState}`);
    expect((await visit(refreshUrl)).location).toBe(`${FRONTEND_URL}/onboarding/refresh?onboarding=${landingState}`);
  });

  it('refresh mints no link, and return re-reads the account before sending the browser on', async () => {
    const writer = await signUpWriter(stack);
    const used = await createOnboardingLink(stack, writer);
    await (await fetch(used.url)).text();
    const sandboxLinks = await stack.control.accountLinkCount();
    const refreshUrl = await redirectTarget(used.url);
    expect(refreshUrl.startsWith(`${stack.url}/connect/onboarding/refresh?state=`)).toBe(true);
    expect(await redirectTarget(refreshUrl)).toBe(`${FRONTEND_URL}/onboarding/refresh?onboarding=IN_PROGRESS`);
    expect(await stack.control.accountLinkCount()).toBe(sandboxLinks);

    const returnUrl = await submitHostedOnboarding((await createOnboardingLink(stack, writer)).url);
    // Straight from Stripe's form: the state in the URL is what Stripe says now, webhook or not.
    expect(await redirectTarget(returnUrl)).toBe(`${FRONTEND_URL}/onboarding/complete?onboarding=ACTIVE`);
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('ACTIVE');
  });
});
