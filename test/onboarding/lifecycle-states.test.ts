import { adminWithTwoFactor, graphql } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { LEGAL_ACTIONS as LEGAL, LIFECYCLE_STATES, type LifecycleState, REPORTED_STATUS, type WriterInState, writerInState } from '../kit/lifecycle';
import { fundPlatform, newKey } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';

type Mutation =
  'createOAuthLink' | 'createDashboardLink' | 'updatePayoutSchedule' | 'createTransfer' | 'syncWriter' | 'createOnboardingLink' | 'disconnectStripeAccount';

interface Attempt {
  /** The allowedActions that promise this mutation succeeds. */
  actions: string[];
  as: 'writer' | 'admin';
  query: string;
  variables: (writerId: string) => Record<string, unknown>;
}

// Each mutation tried for real, in this order: the ones that change the state come last.
const ATTEMPTS: Record<Mutation, Attempt> = {
  createOAuthLink: {
    actions: ['CONNECT_EXISTING_ACCOUNT'],
    as: 'writer',
    query: 'mutation($id: ID!) { createOAuthLink(writerId: $id) { url } }',
    variables: (id) => ({ id }),
  },
  createDashboardLink: {
    actions: ['OPEN_DASHBOARD'],
    as: 'writer',
    query: 'mutation($id: ID!) { createDashboardLink(writerId: $id) { url } }',
    variables: (id) => ({ id }),
  },
  updatePayoutSchedule: {
    actions: ['CHANGE_PAYOUT_SCHEDULE'],
    as: 'admin',
    query: 'mutation($id: ID!) { updatePayoutSchedule(input: { writerId: $id, interval: "weekly", weeklyAnchor: "monday" }) { id } }',
    variables: (id) => ({ id }),
  },
  createTransfer: {
    actions: ['RECEIVE_TRANSFERS'],
    as: 'admin',
    query: 'mutation($input: CreateTransferInput!) { createTransfer(input: $input) { status } }',
    variables: (writerId) => ({ input: { writerId, amount: 100, currency: 'usd', idempotencyKey: newKey('lifecycle') } }),
  },
  syncWriter: { actions: ['SYNC_ACCOUNT'], as: 'admin', query: 'mutation($id: ID!) { syncWriter(id: $id) { id } }', variables: (id) => ({ id }) },
  // An onboarding link either continues onboarding (something is due) or lets the writer update what they gave.
  createOnboardingLink: {
    actions: ['CONTINUE_ONBOARDING', 'UPDATE_DETAILS'],
    as: 'writer',
    query: 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { url } }',
    variables: (id) => ({ id }),
  },
  disconnectStripeAccount: {
    actions: ['DISCONNECT_ACCOUNT'],
    as: 'admin',
    query: 'mutation($id: ID!) { disconnectStripeAccount(writerId: $id) { id } }',
    variables: (id) => ({ id }),
  },
};

const OK = 'ok';
const NOT_PAYABLE = 'WRITER_NOT_PAYABLE';
const REJECTED_REFUSAL = { code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED' };
const DISCONNECTED_REFUSAL = { code: 'FORBIDDEN', reason: 'ACCOUNT_DISCONNECTED' };
const NOT_PAYABLE_REJECTED = { code: NOT_PAYABLE, reason: 'ACCOUNT_REJECTED' };
const NOT_PAYABLE_DISCONNECTED = { code: NOT_PAYABLE, reason: 'ACCOUNT_DISCONNECTED' };
type Outcome = typeof OK | { code: string; reason?: string };
const refused = (code: string): Outcome => ({ code });

// One row per (state, mutation): it succeeds, or is refused with its documented extensions.code
// (and extensions.reason where the schema documents one).
const OUTCOMES: Array<[LifecycleState, Mutation, Outcome]> = [
  ['NOT_STARTED', 'createOAuthLink', OK],
  ['NOT_STARTED', 'createDashboardLink', refused('BAD_USER_INPUT')],
  ['NOT_STARTED', 'updatePayoutSchedule', OK],
  ['NOT_STARTED', 'createTransfer', refused(NOT_PAYABLE)],
  ['NOT_STARTED', 'syncWriter', OK],
  ['NOT_STARTED', 'createOnboardingLink', OK],
  ['NOT_STARTED', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['IN_PROGRESS', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['IN_PROGRESS', 'createDashboardLink', refused('BAD_USER_INPUT')],
  ['IN_PROGRESS', 'updatePayoutSchedule', OK],
  ['IN_PROGRESS', 'createTransfer', refused(NOT_PAYABLE)],
  ['IN_PROGRESS', 'syncWriter', OK],
  ['IN_PROGRESS', 'createOnboardingLink', OK],
  ['IN_PROGRESS', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['PENDING_VERIFICATION', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['PENDING_VERIFICATION', 'createDashboardLink', OK],
  ['PENDING_VERIFICATION', 'updatePayoutSchedule', OK],
  ['PENDING_VERIFICATION', 'createTransfer', refused(NOT_PAYABLE)],
  ['PENDING_VERIFICATION', 'syncWriter', OK],
  ['PENDING_VERIFICATION', 'createOnboardingLink', OK],
  ['PENDING_VERIFICATION', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['RESTRICTED', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['RESTRICTED', 'createDashboardLink', OK],
  ['RESTRICTED', 'updatePayoutSchedule', OK],
  ['RESTRICTED', 'createTransfer', refused(NOT_PAYABLE)],
  ['RESTRICTED', 'syncWriter', OK],
  ['RESTRICTED', 'createOnboardingLink', OK],
  ['RESTRICTED', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['UNDER_REVIEW', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['UNDER_REVIEW', 'createDashboardLink', OK],
  ['UNDER_REVIEW', 'updatePayoutSchedule', OK],
  ['UNDER_REVIEW', 'createTransfer', refused(NOT_PAYABLE)],
  ['UNDER_REVIEW', 'syncWriter', OK],
  ['UNDER_REVIEW', 'createOnboardingLink', OK],
  ['UNDER_REVIEW', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['ACTIVE', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['ACTIVE', 'createDashboardLink', OK],
  ['ACTIVE', 'updatePayoutSchedule', OK],
  ['ACTIVE', 'createTransfer', OK],
  ['ACTIVE', 'syncWriter', OK],
  ['ACTIVE', 'createOnboardingLink', OK],
  ['ACTIVE', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['CONNECTED', 'createOAuthLink', refused('BAD_USER_INPUT')],
  ['CONNECTED', 'createDashboardLink', OK],
  ['CONNECTED', 'updatePayoutSchedule', OK],
  ['CONNECTED', 'createTransfer', OK],
  ['CONNECTED', 'syncWriter', OK],
  ['CONNECTED', 'createOnboardingLink', OK],
  ['CONNECTED', 'disconnectStripeAccount', OK],
  ['REJECTED', 'createOAuthLink', REJECTED_REFUSAL],
  ['REJECTED', 'createDashboardLink', OK],
  ['REJECTED', 'updatePayoutSchedule', REJECTED_REFUSAL],
  ['REJECTED', 'createTransfer', NOT_PAYABLE_REJECTED],
  ['REJECTED', 'syncWriter', OK],
  ['REJECTED', 'createOnboardingLink', REJECTED_REFUSAL],
  ['REJECTED', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
  ['DEAUTHORIZED', 'createOAuthLink', OK],
  ['DEAUTHORIZED', 'createDashboardLink', DISCONNECTED_REFUSAL],
  ['DEAUTHORIZED', 'updatePayoutSchedule', DISCONNECTED_REFUSAL],
  ['DEAUTHORIZED', 'createTransfer', NOT_PAYABLE_DISCONNECTED],
  ['DEAUTHORIZED', 'syncWriter', DISCONNECTED_REFUSAL],
  ['DEAUTHORIZED', 'createOnboardingLink', DISCONNECTED_REFUSAL],
  ['DEAUTHORIZED', 'disconnectStripeAccount', refused('BAD_USER_INPUT')],
];

const LIFECYCLE = `query($id: ID!) { writer(id: $id) { onboardingStatus deauthorized detailsSubmitted allowedActions standing { headline nextStep } requirements { code description } } }`;

describe('the writer lifecycle: every state offers exactly what is legal', () => {
  let stack: Stack;
  let admin: string;
  // One writer per state, brought there on first use; its rows run in order, state-changing ones last.
  const writers = new Map<LifecycleState, Promise<WriterInState>>();
  const writerFor = (state: LifecycleState) => {
    if (!writers.has(state)) writers.set(state, writerInState(stack, state, `Writer ${state}`));
    return writers.get(state)!;
  };

  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
    await fundPlatform(stack, admin, 10_000);
  });
  afterAll(() => stack.close());

  it('the table names every mutation in every state, in the order they are tried', () => {
    const order = Object.keys(ATTEMPTS);
    for (const state of LIFECYCLE_STATES) expect(OUTCOMES.filter(([rowState]) => rowState === state).map(([, mutation]) => mutation)).toEqual(order);
  });

  it.each(LIFECYCLE_STATES)('%s: allowedActions promise exactly the mutations that succeed, in words', async (state) => {
    const writer = await writerFor(state);
    const { writer: seen } = await graphql(stack, LIFECYCLE, { id: writer.writerId }, writer.token);
    expect(seen.onboardingStatus).toBe(REPORTED_STATUS[state]);
    expect([...seen.allowedActions].sort()).toEqual([...LEGAL[state]].sort());
    for (const [rowState, mutation, outcome] of OUTCOMES.filter(([rowState]) => rowState === state)) {
      const promised = ATTEMPTS[mutation].actions.some((action) => LEGAL[rowState].includes(action));
      expect({ mutation, promised }).toEqual({ mutation, promised: outcome === OK });
    }
    expect(seen.standing.headline).toMatch(/\w/);
    for (const requirement of seen.requirements) expect(requirement.description).not.toContain('_');
    if (['PENDING_VERIFICATION', 'ACTIVE', 'CONNECTED'].includes(state)) expect(seen.detailsSubmitted).toBe(true);
    if (['NOT_STARTED', 'IN_PROGRESS'].includes(state)) expect(seen.detailsSubmitted).toBe(false);
  });

  it.each(OUTCOMES)('%s: %s → %j', async (state, mutation, expected) => {
    const writer = await writerFor(state);
    const attempt = ATTEMPTS[mutation];
    const { body } = await postGraphQL(stack.url, attempt.query, attempt.variables(writer.writerId), { token: attempt.as === 'writer' ? writer.token : admin });
    const error = body.errors?.[0];
    const outcome = error
      ? { code: error.extensions?.code, ...(typeof expected === 'object' && expected.reason ? { reason: error.extensions?.reason } : {}) }
      : OK;
    expect({ outcome, message: error?.message }).toEqual({ outcome: expected, message: error?.message });
    if (mutation === 'createTransfer' && !error) expect(body.data!.createTransfer.status).not.toBe('FAILED');
  });
});
