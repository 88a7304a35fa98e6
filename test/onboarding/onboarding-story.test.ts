import { graphql } from '../gql';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { adminWithoutTwoFactor, createOnboardingLink, execute, graphqlError, signUpWriter, waitForStatus, writerStatus } from '../kit/flows';
import { redirectTarget, submitHostedOnboarding } from '../kit/hosted-onboarding';
import { visit } from '../kit/oauth';
import { type Stack, startStack } from '../kit/stack';

const OnboardingStory_Links = graphql(`
  query OnboardingStory_Links($id: ID!) {
    writer(id: $id) {
      onboardingLinks {
        id
        type
        createdAt
        expiresAt
      }
    }
  }
`);

const OnboardingStory_StatusChanged = graphql(`
  subscription OnboardingStory_StatusChanged($writerId: ID) {
    onboardingStatusChanged(writerId: $writerId) {
      id
      onboardingStatus
      requirementsDue
    }
  }
`);

describe('a writer onboards with Stripe', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('signs up, completes hosted onboarding, and the admin sees ACTIVE live; other writers see nothing', async () => {
    const adminToken = await adminWithoutTwoFactor(stack);
    const writer = await signUpWriter(stack, { displayName: 'Grace Hopper', country: 'DE' });
    const bystander = await signUpWriter(stack);

    const account = await stack.stripe.accounts.retrieve((await writerStatus(stack, writer.writerId, writer.token)).stripeAccountId!);
    expect(account).toMatchObject({
      email: writer.email,
      country: 'DE',
      metadata: { writer_id: writer.writerId },
      tos_acceptance: expect.objectContaining({ service_agreement: 'recipient' }),
      controller: expect.objectContaining({ stripe_dashboard: { type: 'express' }, fees: { payer: 'application' }, losses: { payments: 'application' } }),
    });

    const adminClient = webSocketClient(stack.url, adminToken);
    const bystanderClient = webSocketClient(stack.url, bystander.token);
    const adminEvents = collect(adminClient, OnboardingStory_StatusChanged, {});
    const bystanderEvents = collect(bystanderClient, OnboardingStory_StatusChanged, {});
    await Promise.all([subscriptionsReady(adminClient), subscriptionsReady(bystanderClient)]);

    const link = await createOnboardingLink(stack, writer);
    expect(link.type).toBe('ACCOUNT_ONBOARDING');
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now());

    const returnUrl = await submitHostedOnboarding(link.url);
    expect(returnUrl).toContain('/connect/onboarding/return');
    const landing = await visit(returnUrl);
    expect({ status: landing.status, location: landing.location }).toEqual({ status: 200, location: null });
    expect(landing.body).toContain('You are all set');

    const active = await adminEvents.next(
      (event) => event.data?.onboardingStatusChanged.id === writer.writerId && event.data.onboardingStatusChanged.onboardingStatus === 'ACTIVE',
    );
    expect(active.data?.onboardingStatusChanged.requirementsDue).toEqual([]);
    expect((await writerStatus(stack, writer.writerId, adminToken)).onboardingStatus).toBe('ACTIVE');
    expect(bystanderEvents.events.filter((event) => event.data?.onboardingStatusChanged.id === writer.writerId)).toEqual([]);

    // Stripe refuses account_update links for Express-dashboard accounts: an onboarded writer's
    // link is account_onboarding again, and the hosted page offers to update their details.
    const update = await createOnboardingLink(stack, writer);
    expect(update.type).toBe('ACCOUNT_ONBOARDING');
    expect(await (await fetch(update.url)).text()).toContain('Update your payout details');
    adminEvents.stop();
    bystanderEvents.stop();
    await Promise.all([adminClient.dispose(), bystanderClient.dispose()]);
  });

  it('returning before completion shows IN_PROGRESS; after an expired link the signed-in writer asks for a new one', async () => {
    const writer = await signUpWriter(stack);
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('NOT_STARTED');
    const expiring = await createOnboardingLink(stack, writer);

    await stack.control.advanceClock(301);
    const refreshUrl = await redirectTarget(expiring.url);
    expect(refreshUrl).toContain('/connect/onboarding/refresh');

    const returnUrl = refreshUrl.replace('/connect/onboarding/refresh', '/connect/onboarding/return');
    expect((await visit(returnUrl)).body).toContain('Your details are not complete yet');
    expect((await writerStatus(stack, writer.writerId, writer.token)).onboardingStatus).toBe('IN_PROGRESS');

    // The refresh URL carries no session, so it only sends the writer back to the app.
    const refreshPage = await fetch(refreshUrl, { redirect: 'manual' });
    expect(refreshPage.status).toBe(200);
    expect(await refreshPage.text()).toMatch(/open onboarding again/i);
    const fresh = await createOnboardingLink(stack, writer);
    expect(fresh.url).not.toBe(expiring.url);
    expect(new URL(fresh.url).origin).toBe(new URL(stack.sandbox.url).origin);
    await submitHostedOnboarding(fresh.url);
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    expect(await redirectTarget(fresh.url)).toContain('/connect/onboarding/refresh');
  });

  it('shows admins that links were issued and until when, never their URLs', async () => {
    const writer = await signUpWriter(stack);
    const first = await createOnboardingLink(stack, writer);
    const second = await createOnboardingLink(stack, writer);
    const asAdmin = (await execute(stack, OnboardingStory_Links, { id: writer.writerId }, await adminWithoutTwoFactor(stack))).writer.onboardingLinks;
    expect(asAdmin.map((link: { id: string }) => link.id)).toEqual([second.id, first.id]);
    expect(asAdmin[0]).toEqual({ id: second.id, type: 'ACCOUNT_ONBOARDING', createdAt: expect.any(String), expiresAt: second.expiresAt });
    const urlField = await graphqlError(
      stack,
      'query($id: ID!) { writer(id: $id) { onboardingLinks { url } } }',
      { id: writer.writerId },
      await adminWithoutTwoFactor(stack),
    );
    expect(urlField.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await execute(stack, OnboardingStory_Links, { id: writer.writerId }, writer.token)).writer.onboardingLinks).toHaveLength(2);
  });

  it('refuses a forged or expired redirect state without touching anything', async () => {
    const response = await fetch(`${stack.url}/connect/onboarding/refresh?state=forged`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('expired');
  });
});
