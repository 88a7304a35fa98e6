import { graphql } from '../gql';
import { adminWithTwoFactor, execute } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { LIFECYCLE_STATES, type LifecycleState, writerInState } from '../kit/lifecycle';
import { fundPlatform, newKey } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';

const LifecycleStates_Lifecycle = graphql(`
  query LifecycleStates_Lifecycle($id: ID!) {
    writer(id: $id) {
      onboardingStatus
      deauthorized
      detailsSubmitted
      chargesEnabled
      allowedActions
      standing {
        headline
        nextStep
      }
      requirements {
        code
        description
      }
    }
  }
`);

// What each state allows, as Stripe and the gateway's rules have it: onboarding only while the
// writer can still provide something, money only to an active account, nothing into an ended one.
const LEGAL: Record<LifecycleState, string[]> = {
  NOT_STARTED: ['CONTINUE_ONBOARDING', 'CONNECT_EXISTING_ACCOUNT', 'CHANGE_PAYOUT_SCHEDULE'],
  IN_PROGRESS: ['CONTINUE_ONBOARDING', 'CHANGE_PAYOUT_SCHEDULE'],
  PENDING_VERIFICATION: ['UPDATE_DETAILS', 'OPEN_DASHBOARD', 'CHANGE_PAYOUT_SCHEDULE'],
  RESTRICTED: ['CONTINUE_ONBOARDING', 'OPEN_DASHBOARD', 'CHANGE_PAYOUT_SCHEDULE'],
  ACTIVE: ['UPDATE_DETAILS', 'OPEN_DASHBOARD', 'RECEIVE_TRANSFERS', 'CHANGE_PAYOUT_SCHEDULE'],
  REJECTED: ['OPEN_DASHBOARD'],
  DEAUTHORIZED: ['CONNECT_EXISTING_ACCOUNT'],
};


// Each action tried for real, the ones that change the state last. An onboarding link either
// continues onboarding (something is due) or lets the writer update what they gave (nothing is).
const ATTEMPTS: Array<{ action: string; as: 'writer' | 'admin'; query: string; variables: (writerId: string) => Record<string, unknown> }> = [
  { action: 'CONNECT_EXISTING_ACCOUNT', as: 'writer', query: 'mutation($id: ID!) { createOAuthLink(writerId: $id) { url } }', variables: (id) => ({ id }) },
  { action: 'OPEN_DASHBOARD', as: 'writer', query: 'mutation($id: ID!) { createDashboardLink(writerId: $id) { url } }', variables: (id) => ({ id }) },
  { action: 'CHANGE_PAYOUT_SCHEDULE', as: 'admin', query: 'mutation($id: ID!) { updatePayoutSchedule(input: { writerId: $id, interval: "weekly", weeklyAnchor: "monday" }) { id } }', variables: (id) => ({ id }) },
  { action: 'RECEIVE_TRANSFERS', as: 'admin', query: 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { status } }', variables: (writerId) => ({ input: { writerId, amount: 100, currency: 'usd', idempotencyKey: newKey('lifecycle') } }) },
  { action: 'DISCONNECT_ACCOUNT', as: 'admin', query: 'mutation($id: ID!) { disconnectStripeAccount(writerId: $id) { id } }', variables: (id) => ({ id }) },
  { action: 'CONTINUE_ONBOARDING|UPDATE_DETAILS', as: 'writer', query: 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { url } }', variables: (id) => ({ id }) },
];

describe('the writer lifecycle: every state offers exactly what is legal', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
    await fundPlatform(stack, admin, 10_000);
  });
  afterAll(() => stack.close());

  it.each(LIFECYCLE_STATES)('%s', async (state) => {
    const writer = await writerInState(stack, state, `Writer ${state}`);
    const { writer: seen } = await execute(stack, LifecycleStates_Lifecycle, { id: writer.writerId }, writer.token);
    expect([...seen.allowedActions].sort()).toEqual([...LEGAL[state]].sort());
    expect(seen.standing.headline).toMatch(/\w/);
    expect(seen.requirements.map((requirement: { code: string }) => requirement.code)).toEqual(expect.any(Array));
    for (const requirement of seen.requirements) expect(requirement.description).not.toContain('_');
    if (['PENDING_VERIFICATION', 'ACTIVE'].includes(state)) expect(seen.detailsSubmitted).toBe(true);
    if (['NOT_STARTED', 'IN_PROGRESS'].includes(state)) expect(seen.detailsSubmitted).toBe(false);

    const outcomes: Record<string, boolean> = {};
    for (const attempt of ATTEMPTS) {
      const { body } = await postGraphQL(stack.url, attempt.query, attempt.variables(writer.writerId), { token: attempt.as === 'writer' ? writer.token : admin });
      const transferFailed = (body.data as { createTransfer?: { status: string } } | null)?.createTransfer?.status === 'FAILED';
      outcomes[attempt.action] = !body.errors?.length && !transferFailed;
    }
    const legal = Object.fromEntries(ATTEMPTS.map((attempt) => [attempt.action, attempt.action.split('|').some((action) => LEGAL[state].includes(action))]));
    expect(outcomes).toEqual(legal);
  });
});
