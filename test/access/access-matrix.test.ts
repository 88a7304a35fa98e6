import { randomUUID } from 'node:crypto';
import { collect, postGraphQL, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { adminWithTwoFactor, adminWithoutTwoFactor, graphql, signUpWriter, teamMember } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';

type Role = 'anonymous' | 'writer' | 'anotherWriter' | 'adminWithoutTwoFactor' | 'adminWithTwoFactor' | 'finance' | 'viewer';
const ROLES: Role[] = ['anonymous', 'writer', 'anotherWriter', 'adminWithoutTwoFactor', 'adminWithTwoFactor', 'finance', 'viewer'];
/** An API key with every scope: it may do only what a scope names, whatever else is asked. */
type Caller = Role | 'apiKey';
const CALLERS: Caller[] = [...ROLES, 'apiKey'];
const API_KEY_OUTCOMES: Record<string, Outcome> = {
  'query writer': 'ALLOWED',
  'query writers': 'ALLOWED',
  'query writerStatusCounts': 'ALLOWED',
  'mutation recordEarnings': 'ALLOWED',
  'mutation importEarnings': 'ALLOWED',
  'query revenueSharePercent': 'ALLOWED',
  // WRITERS_READ reads a writer and their payouts, never their live Stripe balance.
  'query writer payouts': 'ALLOWED',
};
/** What a caller may get back: ALLOWED means no access refusal (the operation may still fail on its own terms). */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TWO_FACTOR_REQUIRED';
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TWO_FACTOR_REQUIRED']);

// The team members (admins, finance, viewers) are all two-factor verified but the one named so.
const everyone: Record<Role, Outcome> = {
  anonymous: 'ALLOWED',
  writer: 'ALLOWED',
  anotherWriter: 'ALLOWED',
  adminWithoutTwoFactor: 'ALLOWED',
  adminWithTwoFactor: 'ALLOWED',
  finance: 'ALLOWED',
  viewer: 'ALLOWED',
};
const signedIn: Record<Role, Outcome> = { ...everyone, anonymous: 'UNAUTHENTICATED' };
const ownerOrAdmin: Record<Role, Outcome> = { ...signedIn, anotherWriter: 'FORBIDDEN' };
const adminsOnly: Record<Role, Outcome> = { ...signedIn, writer: 'FORBIDDEN', anotherWriter: 'FORBIDDEN' };
const teamEditors: Record<Role, Outcome> = { ...adminsOnly, viewer: 'FORBIDDEN' };
const moneyAdmins: Record<Role, Outcome> = { ...teamEditors, adminWithoutTwoFactor: 'TWO_FACTOR_REQUIRED' };
const teamAdmins: Record<Role, Outcome> = { ...moneyAdmins, finance: 'FORBIDDEN' };
const twoFactorSessions: Record<Role, Outcome> = {
  ...signedIn,
  writer: 'TWO_FACTOR_REQUIRED',
  anotherWriter: 'TWO_FACTOR_REQUIRED',
  adminWithoutTwoFactor: 'TWO_FACTOR_REQUIRED',
};
// Wrong credentials are refused whoever asks.
const nobodySignsIn = Object.fromEntries(ROLES.map((role) => [role, 'UNAUTHENTICATED'])) as Record<Role, Outcome>;
const ownerOnly: Record<Role, Outcome> = {
  ...signedIn,
  anotherWriter: 'FORBIDDEN',
  adminWithoutTwoFactor: 'FORBIDDEN',
  adminWithTwoFactor: 'FORBIDDEN',
  finance: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
};

interface Operation {
  name: string;
  query: string;
  variables: (ids: { writerId: string }) => Record<string, unknown>;
  expected: Record<Role, Outcome>;
}

const operations: Operation[] = [
  { name: 'query serverInfo', query: '{ serverInfo { version } }', variables: () => ({}), expected: everyone },
  { name: 'query viewer', query: '{ viewer { id } }', variables: () => ({}), expected: everyone },
  { name: 'query writer', query: 'query($id: ID!) { writer(id: $id) { id } }', variables: ({ writerId }) => ({ id: writerId }), expected: ownerOrAdmin },
  { name: 'query writers', query: '{ writers { totalCount } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query writerStatusCounts', query: '{ writerStatusCounts { status count } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query platformBalance', query: '{ platformBalance { available { amount currency } } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query moneyActivity', query: '{ moneyActivity(currency: "usd", days: 2) { date } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query topUps', query: '{ topUps { totalCount } }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'query transfers (one writer)',
    query: 'query($id: ID) { transfers(writerId: $id) { totalCount } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  { name: 'query transfers (all)', query: '{ transfers { totalCount } }', variables: () => ({}), expected: signedIn },
  { name: 'query transfer', query: 'query { transfer(id: "00000000-0000-0000-0000-000000000000") { id } }', variables: () => ({}), expected: signedIn },
  { name: 'query auditTrail', query: '{ auditTrail { totalCount } }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'mutation signUp',
    query: 'mutation { signUp(input: { email: "not-an-email", password: "x", displayName: "x", country: "US" }) { token } }',
    variables: () => ({}),
    expected: everyone,
  },
  {
    name: 'mutation logIn',
    query: 'mutation($email: String!) { logIn(input: { email: $email, password: "wrong-password-1" }) { token } }',
    variables: () => ({ email: `nobody-${randomUUID().slice(0, 8)}@example.com` }),
    expected: nobodySignsIn,
  },
  { name: 'mutation enrollTwoFactor', query: 'mutation { enrollTwoFactor { secret } }', variables: () => ({}), expected: signedIn },
  { name: 'mutation regenerateRecoveryCodes', query: 'mutation { regenerateRecoveryCodes }', variables: () => ({}), expected: twoFactorSessions },
  { name: 'mutation confirmTwoFactor', query: 'mutation { confirmTwoFactor(otp: "000000") { token } }', variables: () => ({}), expected: signedIn },
  {
    name: 'mutation createWriter',
    query: 'mutation($email: String!) { createWriter(input: { email: $email, displayName: "Known Writer", country: "US" }) { id } }',
    variables: () => ({ email: `known-${randomUUID().slice(0, 8)}@example.com` }),
    expected: teamEditors,
  },
  {
    name: 'mutation inviteWriter',
    query: 'mutation($id: ID!) { inviteWriter(writerId: $id) { expiresAt } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: moneyAdmins,
  },
  {
    name: 'mutation createOnboardingLink',
    query: 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { url } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOnly,
  },
  {
    name: 'mutation createDashboardLink',
    query: 'mutation($id: ID!) { createDashboardLink(writerId: $id) { url } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOnly,
  },
  {
    name: 'mutation createOAuthLink',
    query: 'mutation($id: ID!) { createOAuthLink(writerId: $id) { url } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOnly,
  },
  {
    name: 'mutation disconnectStripeAccount',
    query: 'mutation($id: ID!) { disconnectStripeAccount(writerId: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: moneyAdmins,
  },
  {
    name: 'mutation syncWriter',
    query: 'mutation($id: ID!) { syncWriter(id: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  {
    name: 'mutation createTopUp',
    query:
      'mutation($key: String!) { createTopUp(input: { amount: 1000, currency: "usd", description: "Access check", statementDescriptor: "ACCESS", idempotencyKey: $key }) { id } }',
    variables: () => ({ key: randomUUID() }),
    expected: moneyAdmins,
  },
  {
    name: 'mutation cancelTopUp',
    query: 'mutation { cancelTopUp(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  {
    name: 'mutation createTransfer',
    query:
      'mutation($id: ID!, $key: String!) { createTransfer(input: { writerId: $id, amount: 100, currency: "usd", description: "Access check", idempotencyKey: $key }) { id } }',
    variables: ({ writerId }) => ({ id: writerId, key: randomUUID() }),
    expected: moneyAdmins,
  },
  { name: 'query teamMembers', query: '{ teamMembers { id } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query teamInvites', query: '{ teamInvites { id } }', variables: () => ({}), expected: teamAdmins },
  {
    name: 'mutation inviteTeamMember',
    query: 'mutation($email: String!) { inviteTeamMember(input: { email: $email, displayName: "New Member", role: VIEWER }) { id } }',
    variables: () => ({ email: `member-${randomUUID().slice(0, 8)}@example.com` }),
    expected: teamAdmins,
  },
  {
    name: 'mutation revokeTeamInvite',
    query: 'mutation { revokeTeamInvite(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: teamAdmins,
  },
  {
    name: 'mutation acceptTeamInvite',
    query: 'mutation { acceptTeamInvite(input: { token: "not-an-invitation", password: "team-member-pass-7" }) { token } }',
    variables: () => ({}),
    expected: everyone,
  },
  {
    name: 'mutation updateTeamMember',
    query: 'mutation { updateTeamMember(input: { id: "00000000-0000-0000-0000-000000000000", role: VIEWER }) { id } }',
    variables: () => ({}),
    expected: teamAdmins,
  },
  {
    name: 'mutation removeTeamMember',
    query: 'mutation { removeTeamMember(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: teamAdmins,
  },
  { name: 'query apiKeys', query: '{ apiKeys { id } }', variables: () => ({}), expected: teamAdmins },
  {
    name: 'mutation createApiKey',
    query: 'mutation { createApiKey(input: { name: "Access check", scopes: [WRITERS_READ] }) { secret } }',
    variables: () => ({}),
    expected: teamAdmins,
  },
  {
    name: 'mutation revokeApiKey',
    query: 'mutation { revokeApiKey(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: teamAdmins,
  },
  {
    name: 'query payments (one writer)',
    query: 'query($id: ID) { payments(writerId: $id) { totalCount } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  { name: 'query payments (all)', query: '{ payments { totalCount } }', variables: () => ({}), expected: signedIn },
  { name: 'query payment', query: 'query { payment(id: "00000000-0000-0000-0000-000000000000") { id } }', variables: () => ({}), expected: signedIn },
  { name: 'query disputesNeedingResponse', query: '{ disputesNeedingResponse { id } }', variables: () => ({}), expected: adminsOnly },
  // Readers are anonymous: anyone may start a payment (counted per address); API keys need CHECKOUT_WRITE.
  {
    name: 'mutation createCheckoutSession',
    query:
      'mutation($id: ID!, $key: String!) { createCheckoutSession(input: { writerId: $id, amount: 2500, currency: "usd", successUrl: "https://example.com/paid", cancelUrl: "https://example.com/back", idempotencyKey: $key }) { id } }',
    variables: ({ writerId }) => ({ id: writerId, key: randomUUID() }),
    expected: everyone,
  },
  {
    name: 'mutation refundPayment',
    query:
      'mutation($key: String!) { refundPayment(input: { paymentId: "00000000-0000-0000-0000-000000000000", amount: 1, reverseTransfer: true, refundApplicationFee: true, idempotencyKey: $key }) { id } }',
    variables: () => ({ key: randomUUID() }),
    expected: moneyAdmins,
  },
  { name: 'query ledgerBalances', query: '{ ledgerBalances { account } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query payoutRuns', query: '{ payoutRuns { totalCount } }', variables: () => ({}), expected: adminsOnly },
  { name: 'query payoutRun', query: 'query { payoutRun(id: "00000000-0000-0000-0000-000000000000") { id } }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'mutation recordEarnings',
    query:
      'mutation($id: ID!, $reference: String!) { recordEarnings(input: { writerId: $id, amount: 100, currency: "usd", periodStart: "2026-11-01", periodEnd: "2026-11-30", reference: $reference }) { id } }',
    variables: ({ writerId }) => ({ id: writerId, reference: `access-${randomUUID()}` }),
    expected: teamEditors,
  },
  {
    name: 'mutation importEarnings',
    query: 'mutation($csv: String!) { importEarnings(input: { csv: $csv, dryRun: true }) { rowsTotal } }',
    variables: ({ writerId }) => ({
      csv: `writer,amount,currency,period_start,period_end,reference\n${writerId},100,usd,2026-11-01,2026-11-30,access-${randomUUID()}`,
    }),
    expected: teamEditors,
  },
  { name: 'query revenueSharePercent', query: '{ revenueSharePercent }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'mutation createPayoutRun',
    query: 'mutation { createPayoutRun(input: { currency: "usd", minimumAmount: 99999999 }) { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  {
    name: 'mutation approvePayoutRun',
    query: 'mutation { approvePayoutRun(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  {
    name: 'mutation executePayoutRun',
    query: 'mutation { executePayoutRun(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  {
    name: 'mutation cancelPayoutRun',
    query: 'mutation { cancelPayoutRun(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  {
    name: 'mutation retryPayoutRunItems',
    query: 'mutation { retryPayoutRunItems(id: "00000000-0000-0000-0000-000000000000") { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
  { name: 'query payouts', query: '{ payouts { totalCount } }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'query writer balance',
    query: 'query($id: ID!) { writer(id: $id) { balance { available { amount } } } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  {
    name: 'query writer payouts',
    query: 'query($id: ID!) { writer(id: $id) { payouts { totalCount } } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  {
    name: 'mutation updatePayoutSchedule',
    query: 'mutation($id: ID!) { updatePayoutSchedule(input: { writerId: $id, interval: "daily" }) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: moneyAdmins,
  },
  {
    name: 'mutation reverseTransfer',
    query: 'mutation { reverseTransfer(input: { transferId: "00000000-0000-0000-0000-000000000000", amount: 1, reason: "check" }) { id } }',
    variables: () => ({}),
    expected: moneyAdmins,
  },
];

// Run after everything else: signing out revokes the token each caller used.
const lastOperations: Operation[] = [{ name: 'mutation logOut', query: 'mutation { logOut }', variables: () => ({}), expected: signedIn }];

const subscriptions: Operation[] = [
  { name: 'subscription heartbeat', query: 'subscription { heartbeat }', variables: () => ({}), expected: signedIn },
  {
    name: 'subscription onboardingStatusChanged (one writer)',
    query: 'subscription($id: ID) { onboardingStatusChanged(writerId: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  { name: 'subscription onboardingStatusChanged (all)', query: 'subscription { onboardingStatusChanged { id } }', variables: () => ({}), expected: signedIn },
  { name: 'subscription topUpUpdated', query: 'subscription { topUpUpdated { id } }', variables: () => ({}), expected: adminsOnly },
  {
    name: 'subscription paymentUpdated (one writer)',
    query: 'subscription($id: ID) { paymentUpdated(writerId: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  {
    name: 'subscription payoutRunProgress',
    query: 'subscription { payoutRunProgress(runId: "00000000-0000-0000-0000-000000000000") { itemsDone } }',
    variables: () => ({}),
    expected: adminsOnly,
  },
  {
    name: 'subscription payoutRunProgress (every run)',
    query: 'subscription { payoutRunProgress { itemsDone } }',
    variables: () => ({}),
    expected: adminsOnly,
  },
  {
    name: 'subscription payoutUpdated',
    query: 'subscription($id: ID!) { payoutUpdated(writerId: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
  {
    name: 'subscription transferUpdated (one writer)',
    query: 'subscription($id: ID) { transferUpdated(writerId: $id) { id } }',
    variables: ({ writerId }) => ({ id: writerId }),
    expected: ownerOrAdmin,
  },
];

function expectedFor(operation: Operation, caller: Caller): Outcome {
  if (caller !== 'apiKey') return operation.expected[caller];
  return (
    API_KEY_OUTCOMES[operation.name] ?? (operation.expected === everyone || operation.expected === nobodySignsIn ? operation.expected.anonymous : 'FORBIDDEN')
  );
}

function outcomeOf(errors: Array<{ extensions?: Record<string, any> }> | undefined): Outcome {
  const code = errors?.[0]?.extensions?.code;
  return code && ACCESS_CODES.has(code) ? (code as Outcome) : 'ALLOWED';
}

describe('access matrix: every operation × every kind of caller', () => {
  let stack: Stack;
  let tokens: Record<Caller, string | undefined>;
  let ids: { writerId: string };
  beforeAll(async () => {
    stack = await startStack();
    const writer = await signUpWriter(stack);
    const anotherWriter = await signUpWriter(stack);
    const adminWithout = await adminWithoutTwoFactor(stack);
    const adminWith = (await adminWithTwoFactor(stack)).token;
    const finance = (await teamMember(stack, adminWith, 'FINANCE')).token;
    const viewer = (await teamMember(stack, adminWith, 'VIEWER')).token;
    tokens = {
      anonymous: undefined,
      writer: writer.token,
      anotherWriter: anotherWriter.token,
      adminWithoutTwoFactor: adminWithout,
      adminWithTwoFactor: adminWith,
      finance,
      viewer,
      apiKey: undefined,
    };
    const { createApiKey } = await graphql(
      stack,
      'mutation { createApiKey(input: { name: "Every scope", scopes: [EARNINGS_WRITE, WRITERS_READ, CHECKOUT_WRITE] }) { secret } }',
      {},
      adminWith,
    );
    tokens.apiKey = createApiKey.secret;
    ids = { writerId: writer.writerId };
  });
  afterAll(() => stack.close());

  it('covers the whole schema', async () => {
    const { body } = await postGraphQL(
      stack.url,
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const schema = body.data!.__schema;
    const inSchema = [...schema.queryType.fields, ...schema.mutationType.fields, ...schema.subscriptionType.fields]
      .map((field: { name: string }) => field.name)
      .sort();
    const covered = [...operations, ...subscriptions, ...lastOperations].map((operation) => /\{\s*(\w+)/.exec(operation.query.replace(/^[^{]*/, ''))![1]);
    expect([...new Set(covered)].sort()).toEqual(expect.arrayContaining(inSchema));
  });

  describe.each(operations)('$name', (operation) => {
    it.each(CALLERS)('as %s', async (role) => {
      const { body } = await postGraphQL(stack.url, operation.query, operation.variables(ids), { token: tokens[role] });
      expect({ role, outcome: outcomeOf(body.errors) }).toEqual({ role, outcome: expectedFor(operation, role) });
    });
  });

  describe.each(subscriptions)('$name', (operation) => {
    it.each(CALLERS)('as %s', async (role) => {
      const client = webSocketClient(stack.url, tokens[role]);
      const subscription = collect(client, operation.query, operation.variables(ids));
      await subscriptionsReady(client).catch(() => undefined);
      // A refusal at subscribe time arrives as a result with errors, or as a protocol error.
      const errors = (subscription.failure ?? subscription.events.find((event) => event.errors)?.errors) as
        Array<{ extensions?: Record<string, any> }> | undefined;
      expect({ role, outcome: outcomeOf(errors) }).toEqual({ role, outcome: expectedFor(operation, role) });
      subscription.stop();
      await client.dispose();
    });
  });

  describe.each(lastOperations)('$name', (operation) => {
    it.each(CALLERS)('as %s', async (role) => {
      const { body } = await postGraphQL(stack.url, operation.query, operation.variables(ids), { token: tokens[role] });
      expect({ role, outcome: outcomeOf(body.errors) }).toEqual({ role, outcome: expectedFor(operation, role) });
    });
  });
});
