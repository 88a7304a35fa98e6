import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql as gql } from '../gql';
import type { ApiKeyScope, OnboardingStatus } from '../gql/graphql';
import { present } from './checks';
import { type AnyVariables, type GraphQLResponse, type Operation, dataOf, postGraphQL } from './graphql-client';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack } from './stack';
import { totpCode } from './totp';
import { waitFor } from './wait';

/** Anything serving GraphQL: a stack, or a gateway process of its own. */
type GraphQLServer = Pick<Stack, 'url'>;

/** Runs an operation and returns its data, failing the test with the errors if there are any. */
export function execute<TData, TVariables>(
  server: GraphQLServer,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TData>;
/** An operation written as a string (see `Operation`): its data is untyped. */
export function execute(server: GraphQLServer, query: string, variables?: AnyVariables, token?: string): Promise<Record<string, any>>;
export async function execute(
  server: GraphQLServer,
  operation: Operation<unknown, AnyVariables>,
  variables: AnyVariables = {},
  token?: string,
): Promise<unknown> {
  return dataOf((await postGraphQL(server.url, operation, variables, { token })).body);
}

/** `execute` under the name tests knew it by before they wrote documents with `graphql()` from test/gql. */
export const graphql = execute;

/** Runs an operation expected to fail; returns its first error. */
export async function graphqlError<TVariables>(
  server: GraphQLServer,
  operation: Operation<unknown, TVariables>,
  variables: TVariables = {} as TVariables,
  token?: string,
) {
  const { body } = await postGraphQL(server.url, operation, variables, { token });
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

const Kit_SignUp = gql(`
  mutation Kit_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      viewer {
        id
        writer {
          id
          stripeAccountId
          onboardingStatus
        }
      }
    }
  }
`);

export async function signUpWriter(
  server: GraphQLServer,
  overrides: Partial<{ email: string; displayName: string; country: string; password: string }> = {},
): Promise<SignedInWriter> {
  const input = {
    email: `writer-${randomUUID().slice(0, 8)}@example.com`,
    password: 'answers-pay-42',
    displayName: 'Ada Lovelace',
    country: 'US',
    ...overrides,
  };
  const { signUp } = await execute(server, Kit_SignUp, { input });
  const writer = present(signUp.viewer.writer, 'the writer record of a new sign-up');
  return { token: signUp.token, writerId: writer.id, userId: signUp.viewer.id, email: input.email, password: input.password };
}

const Kit_LogIn = gql(`
  mutation Kit_LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
    }
  }
`);

export async function adminWithoutTwoFactor(server: GraphQLServer): Promise<string> {
  const { logIn } = await execute(server, Kit_LogIn, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  return logIn.token;
}

const Kit_EnrollTwoFactor = gql(`
  mutation Kit_EnrollTwoFactor {
    enrollTwoFactor {
      secret
      otpauthUrl
    }
  }
`);

const Kit_ConfirmTwoFactor = gql(`
  mutation Kit_ConfirmTwoFactor($otp: String!) {
    confirmTwoFactor(otp: $otp) {
      token
    }
  }
`);

/** Turns two-factor on for the signed-in user; returns the two-factor verified session and the secret. */
async function turnOnTwoFactor(server: GraphQLServer, token: string): Promise<{ token: string; secret: string }> {
  const { enrollTwoFactor } = await execute(server, Kit_EnrollTwoFactor, {}, token);
  const { confirmTwoFactor } = await execute(server, Kit_ConfirmTwoFactor, { otp: await totpCode(enrollTwoFactor.secret) }, token);
  return { token: confirmTwoFactor.token, secret: enrollTwoFactor.secret };
}

/** The bootstrap admin with two-factor on; the returned session is two-factor verified. */
export async function adminWithTwoFactor(server: GraphQLServer): Promise<{ token: string; secret: string }> {
  return turnOnTwoFactor(server, await adminWithoutTwoFactor(server));
}

const Kit_WriterStatus = gql(`
  query Kit_WriterStatus($id: ID!) {
    writer(id: $id) {
      onboardingStatus
      stripeAccountId
      requirementsDue
    }
  }
`);

export async function writerStatus(server: GraphQLServer, writerId: string, token: string) {
  return (await execute(server, Kit_WriterStatus, { id: writerId }, token)).writer;
}

/** Waits until the writer reaches `status` (webhooks are applied in the background). */
export function waitForStatus(server: GraphQLServer, writerId: string, token: string, status: OnboardingStatus, timeoutMs?: number) {
  return waitFor(() => writerStatus(server, writerId, token), {
    until: (writer) => writer.onboardingStatus === status,
    timeoutMs,
    what: `writer ${writerId} ${status}`,
  });
}

const Kit_CreateOnboardingLink = gql(`
  mutation Kit_CreateOnboardingLink($id: ID!) {
    createOnboardingLink(writerId: $id) {
      id
      url
      type
      expiresAt
    }
  }
`);

export async function createOnboardingLink(server: GraphQLServer, writer: SignedInWriter) {
  return (await execute(server, Kit_CreateOnboardingLink, { id: writer.writerId }, writer.token)).createOnboardingLink;
}

/** The writer's Stripe account id, which sign-up creates. */
export async function writerAccountId(server: GraphQLServer, writer: SignedInWriter): Promise<string> {
  return present((await writerStatus(server, writer.writerId, writer.token)).stripeAccountId, `a Stripe account for writer ${writer.writerId}`);
}

/** Signs a writer up and takes them through onboarding in the sandbox until ACTIVE. */
export async function onboardedWriter(stack: Stack, overrides: Parameters<typeof signUpWriter>[1] = {}): Promise<SignedInWriter & { accountId: string }> {
  const writer = await signUpWriter(stack, overrides);
  await createOnboardingLink(stack, writer);
  const accountId = await writerAccountId(stack, writer);
  await stack.control.completeOnboarding(accountId);
  await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
  return { ...writer, accountId };
}

export interface TeamMemberSession {
  token: string;
  userId: string;
  email: string;
  password: string;
  secret: string;
}

const Kit_InviteTeamMember = gql(`
  mutation Kit_InviteTeamMember($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      token
    }
  }
`);

const Kit_AcceptTeamInvite = gql(`
  mutation Kit_AcceptTeamInvite($input: AcceptTeamInviteInput!) {
    acceptTeamInvite(input: $input) {
      token
      viewer {
        id
      }
    }
  }
`);

/** Invites a person with `role` (as an admin with two-factor), accepts, and turns their two-factor on. */
export async function teamMember(server: GraphQLServer, adminToken: string, role: 'ADMIN' | 'FINANCE' | 'VIEWER'): Promise<TeamMemberSession> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@payouts.test`;
  const password = 'team-member-pass-7';
  const { inviteTeamMember } = await execute(server, Kit_InviteTeamMember, { input: { email, displayName: `${role} Member`, role } }, adminToken);
  const { acceptTeamInvite } = await execute(server, Kit_AcceptTeamInvite, {
    input: { token: present(inviteTeamMember.token, 'an invitation token'), password },
  });
  const { token, secret } = await turnOnTwoFactor(server, acceptTeamInvite.token);
  return { token, userId: acceptTeamInvite.viewer.id, email, password, secret };
}

const Kit_CreateApiKey = gql(`
  mutation Kit_CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

/** A new API key for the platform's backend (made by an admin with two-factor); returns its secret. */
export async function createApiKeySecret(server: GraphQLServer, adminToken: string, name: string, scopes: ApiKeyScope[]): Promise<string> {
  return (await execute(server, Kit_CreateApiKey, { input: { name, scopes } }, adminToken)).createApiKey.secret;
}
