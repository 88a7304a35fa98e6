import { randomUUID } from 'node:crypto';
import { type GraphQLResponse, postGraphQL } from './graphql-client';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack } from './stack';
import { totpCode } from './totp';

/** Anything serving GraphQL: a stack, or a gateway process of its own. */
type GraphQLServer = Pick<Stack, 'url'>;

/** Runs an operation and returns its data, failing the test with the errors if there are any. */
export async function graphql<TData = Record<string, any>>(stack: GraphQLServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<TData> {
  const { body } = await postGraphQL<TData>(stack.url, query, variables, { token });
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as TData;
}

/** Runs an operation expected to fail; returns its first error. */
export async function graphqlError(stack: Stack, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { body } = await postGraphQL(stack.url, query, variables, { token });
  if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
  return body.errors[0] as NonNullable<GraphQLResponse['errors']>[number] & { extensions: Record<string, any> };
}

export interface SignedInWriter {
  token: string;
  writerId: string;
  userId: string;
  email: string;
  password: string;
}

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token viewer { id writer { id stripeAccountId onboardingStatus } } }
}`;

export async function signUpWriter(stack: GraphQLServer, overrides: Partial<{ email: string; displayName: string; country: string; password: string }> = {}): Promise<SignedInWriter> {
  const input = { email: `writer-${randomUUID().slice(0, 8)}@example.com`, password: 'answers-pay-42', displayName: 'Ada Lovelace', country: 'US', ...overrides };
  const data = await graphql(stack, SIGN_UP, { input });
  return { token: data.signUp.token, writerId: data.signUp.viewer.writer.id, userId: data.signUp.viewer.id, email: input.email, password: input.password };
}

export async function adminWithoutTwoFactor(stack: Stack): Promise<string> {
  const data = await graphql(stack, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  return data.logIn.token;
}

/** The bootstrap admin with two-factor on; the returned session is two-factor verified. */
export async function adminWithTwoFactor(stack: Stack): Promise<{ token: string; secret: string }> {
  const token = await adminWithoutTwoFactor(stack);
  const { enrollTwoFactor } = await graphql(stack, 'mutation { enrollTwoFactor { secret otpauthUrl } }', {}, token);
  const { confirmTwoFactor } = await graphql(stack, 'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }', { otp: await totpCode(enrollTwoFactor.secret) }, token);
  return { token: confirmTwoFactor.token, secret: enrollTwoFactor.secret };
}

export async function writerStatus(stack: Stack, writerId: string, token: string): Promise<{ onboardingStatus: string; stripeAccountId: string | null; requirementsDue: string[] }> {
  const data = await graphql(stack, 'query($id: ID!) { writer(id: $id) { onboardingStatus stripeAccountId requirementsDue } }', { id: writerId }, token);
  return data.writer;
}

/** Polls until the writer reaches `status` (webhooks are applied in the background). */
export async function waitForStatus(stack: Stack, writerId: string, token: string, status: string, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const writer = await writerStatus(stack, writerId, token);
    if (writer.onboardingStatus === status) return writer;
    if (Date.now() > deadline) throw new Error(`writer ${writerId} is ${writer.onboardingStatus}, expected ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function createOnboardingLink(stack: Stack, writer: SignedInWriter) {
  const data = await graphql(stack, 'mutation($id: ID!) { createOnboardingLink(writerId: $id) { id url type expiresAt } }', { id: writer.writerId }, writer.token);
  return data.createOnboardingLink as { id: string; url: string; type: string; expiresAt: string };
}

/** Signs a writer up and takes them through onboarding in the sandbox until ACTIVE. */
export async function onboardedWriter(stack: Stack, overrides: Parameters<typeof signUpWriter>[1] = {}): Promise<SignedInWriter & { accountId: string }> {
  const writer = await signUpWriter(stack, overrides);
  await createOnboardingLink(stack, writer);
  const { stripeAccountId } = await writerStatus(stack, writer.writerId, writer.token);
  await stack.control.completeOnboarding(stripeAccountId!);
  await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
  return { ...writer, accountId: stripeAccountId! };
}

export interface TeamMemberSession {
  token: string;
  userId: string;
  email: string;
  password: string;
  secret: string;
}

/** Invites a person with `role` (as an admin with two-factor), accepts, and turns their two-factor on. */
export async function teamMember(stack: Stack, adminToken: string, role: 'ADMIN' | 'FINANCE' | 'VIEWER'): Promise<TeamMemberSession> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@payouts.test`;
  const password = 'team-member-pass-7';
  const { inviteTeamMember } = await graphql(stack, 'mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { token } }', { input: { email, displayName: `${role} Member`, role } }, adminToken);
  const { acceptTeamInvite } = await graphql(stack, 'mutation($input: AcceptTeamInviteInput!) { acceptTeamInvite(input: $input) { token viewer { id } } }', { input: { token: inviteTeamMember.token, password } });
  const { enrollTwoFactor } = await graphql(stack, 'mutation { enrollTwoFactor { secret } }', {}, acceptTeamInvite.token);
  const { confirmTwoFactor } = await graphql(stack, 'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token } }', { otp: await totpCode(enrollTwoFactor.secret) }, acceptTeamInvite.token);
  return { token: confirmTwoFactor.token, userId: acceptTeamInvite.viewer.id, email, password, secret: enrollTwoFactor.secret };
}
