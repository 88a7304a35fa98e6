import { type SignedInWriter, createOnboardingLink, graphql, signUpWriter, waitForStatus, writerStatus } from './flows';
import { redirectTarget, submitHostedOnboarding } from './hosted-onboarding';
import { approveOAuthLink, visit } from './oauth';
import type { OnboardingStatus } from '../gql/graphql';
import type { Stack } from './stack';
import { waitFor } from './wait';

/**
 * Every state a writer's account can be in, as the console and the API tell them apart:
 * Stripe restricts an account either for something the writer can still give (RESTRICTED) or
 * while it reviews one (UNDER_REVIEW); CONNECTED is an account the writer connected through OAuth.
 */
export const LIFECYCLE_STATES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'PENDING_VERIFICATION',
  'RESTRICTED',
  'UNDER_REVIEW',
  'ACTIVE',
  'CONNECTED',
  'REJECTED',
  'DEAUTHORIZED',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** The `onboardingStatus` the gateway reports in each state. */
export const REPORTED_STATUS: Record<LifecycleState, OnboardingStatus> = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  PENDING_VERIFICATION: 'PENDING_VERIFICATION',
  RESTRICTED: 'RESTRICTED',
  UNDER_REVIEW: 'RESTRICTED',
  ACTIVE: 'ACTIVE',
  CONNECTED: 'ACTIVE',
  REJECTED: 'REJECTED',
  DEAUTHORIZED: 'RESTRICTED',
};

// What each state allows, as Stripe and the gateway's rules have it: onboarding only while the
// writer can still provide something, money only to an active account, nothing into an ended one.
export const LEGAL_ACTIONS: Record<LifecycleState, string[]> = {
  NOT_STARTED: ['CONTINUE_ONBOARDING', 'CONNECT_EXISTING_ACCOUNT', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  IN_PROGRESS: ['CONTINUE_ONBOARDING', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  PENDING_VERIFICATION: ['UPDATE_DETAILS', 'OPEN_DASHBOARD', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  RESTRICTED: ['CONTINUE_ONBOARDING', 'OPEN_DASHBOARD', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  UNDER_REVIEW: ['CONTINUE_ONBOARDING', 'OPEN_DASHBOARD', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  ACTIVE: ['UPDATE_DETAILS', 'OPEN_DASHBOARD', 'RECEIVE_TRANSFERS', 'CHANGE_PAYOUT_SCHEDULE', 'SYNC_ACCOUNT'],
  CONNECTED: ['UPDATE_DETAILS', 'OPEN_DASHBOARD', 'RECEIVE_TRANSFERS', 'CHANGE_PAYOUT_SCHEDULE', 'DISCONNECT_ACCOUNT', 'SYNC_ACCOUNT'],
  REJECTED: ['OPEN_DASHBOARD', 'SYNC_ACCOUNT'],
  DEAUTHORIZED: ['CONNECT_EXISTING_ACCOUNT'],
};

// Stripe's Connect test dates of birth (sandbox/accounts/test-identity.ts): any date that is not
// a test value fails identity verification and asks for a document; 1900-01-01 is an OFAC alert.
export const UNVERIFIABLE_DATE_OF_BIRTH = '1984-06-15';
const SANCTIONS_ALERT_DATE_OF_BIRTH = '1900-01-01';

export type WriterInState = SignedInWriter & { accountId: string };

/** Resolves once the gateway has learnt that the writer's account was disconnected. */
export function waitForDeauthorized(stack: Pick<Stack, 'url'>, writerId: string, token: string) {
  return waitFor(
    async () => (await graphql(stack, 'query($id: ID!) { writer(id: $id) { deauthorized } }', { id: writerId }, token)).writer.deauthorized === true,
    {
      what: `writer ${writerId} deauthorized`,
    },
  );
}

/** The writer fills in Stripe's hosted onboarding form and their browser follows the redirect back. */
async function onboardThroughHostedForm(stack: Stack, writer: SignedInWriter, answers: Record<string, string> = {}): Promise<void> {
  const returnUrl = await submitHostedOnboarding((await createOnboardingLink(stack, writer)).url, answers);
  await visit(returnUrl);
}

/** How each state is reached: by the writer on Stripe's pages with Stripe's test data, or by Stripe. */
const REACH: Record<LifecycleState, (stack: Stack, writer: SignedInWriter, accountId: string) => Promise<unknown>> = {
  NOT_STARTED: async () => undefined,
  // The writer opens onboarding and leaves before submitting.
  IN_PROGRESS: async (stack, writer) => visit((await createOnboardingLink(stack, writer)).url),
  // Test mode verifies the test identity two seconds after the form is sent, too fast to look at:
  // the sandbox holds the account where Stripe is still verifying what the writer submitted.
  PENDING_VERIFICATION: async (stack, writer, accountId) => {
    await createOnboardingLink(stack, writer);
    await stack.control.setAccountState(accountId, 'pending_verification');
  },
  RESTRICTED: (stack, writer) => onboardThroughHostedForm(stack, writer, { dob: UNVERIFIABLE_DATE_OF_BIRTH }),
  UNDER_REVIEW: (stack, writer) => onboardThroughHostedForm(stack, writer, { dob: SANCTIONS_ALERT_DATE_OF_BIRTH }),
  ACTIVE: (stack, writer) => onboardThroughHostedForm(stack, writer),
  CONNECTED: async (stack, writer) => visit(await approveOAuthLink(stack, writer)),
  REJECTED: async (stack, writer, accountId) => {
    await onboardThroughHostedForm(stack, writer);
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    await stack.control.setAccountState(accountId, 'rejected');
  },
  // The writer disconnects the platform from their Stripe account, on Stripe's side.
  DEAUTHORIZED: async (stack, writer, accountId) => {
    await onboardThroughHostedForm(stack, writer);
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    await stack.control.deauthorize(accountId);
  },
};

/** Moves a signed-up writer to `state` through the sandbox, as Stripe would move them; waits until the gateway says so. */
export async function moveToState(stack: Stack, writer: SignedInWriter, state: LifecycleState): Promise<void> {
  await REACH[state](stack, writer, (await writerStatus(stack, writer.writerId, writer.token)).stripeAccountId!);
  if (state === 'DEAUTHORIZED') await waitForDeauthorized(stack, writer.writerId, writer.token);
  else await waitForStatus(stack, writer.writerId, writer.token, REPORTED_STATUS[state]);
}

/** A writer signed up and brought to `state` through the sandbox. */
export async function writerInState(stack: Stack, state: LifecycleState, displayName: string): Promise<WriterInState> {
  const writer = await signUpWriter(stack, { displayName });
  await moveToState(stack, writer, state);
  // An OAuth connection replaces the account the platform made at sign-up.
  return { ...writer, accountId: (await writerStatus(stack, writer.writerId, writer.token)).stripeAccountId! };
}

/**
 * The `return_url` and `refresh_url` Stripe holds for a fresh onboarding link of the writer's:
 * the link is opened once (as a chat preview would), so Stripe's next answer names refresh_url,
 * and both carry the same signed state.
 */
export async function onboardingRedirectUrls(stack: Stack, writer: SignedInWriter): Promise<{ returnUrl: string; refreshUrl: string }> {
  const link = await createOnboardingLink(stack, writer);
  await visit(link.url);
  const refreshUrl = await redirectTarget(link.url);
  return { refreshUrl, returnUrl: refreshUrl.replace('/connect/onboarding/refresh', '/connect/onboarding/return') };
}
