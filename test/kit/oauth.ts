import { graphql } from '../gql';
import { type SignedInWriter, execute } from './flows';
import { answerHostedAuthorization } from './hosted-oauth';
import type { Stack } from './stack';

type GraphQLServer = Pick<Stack, 'url'>;

export const CREATE_OAUTH_LINK = graphql(`
  mutation Kit_CreateOAuthLink($id: ID!) {
    createOAuthLink(writerId: $id) {
      url
      state
      expiresAt
    }
  }
`);

export const WRITER_ACCOUNT = graphql(`
  query Kit_WriterAccount($id: ID!) {
    writer(id: $id) {
      id
      stripeAccountId
      accountConnection
      onboardingStatus
      deauthorized
      canReceiveTransfers
    }
  }
`);

export async function createOAuthLink(server: GraphQLServer, writer: SignedInWriter) {
  return (await execute(server, CREATE_OAUTH_LINK, { id: writer.writerId }, writer.token)).createOAuthLink;
}

export async function writerAccount(server: GraphQLServer, writerId: string, token: string) {
  return (await execute(server, WRITER_ACCOUNT, { id: writerId }, token)).writer;
}

/** A browser request that stops at the first answer: its status, where it redirects, its page. */
export async function visit(url: string): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, location: location && new URL(location, url).toString(), body: await response.text() };
}

/** The writer connects an account through the sandbox's Express OAuth page; returns the callback URL Stripe sent them to. */
export async function approveOAuthLink(server: GraphQLServer, writer: SignedInWriter): Promise<string> {
  return answerHostedAuthorization((await createOAuthLink(server, writer)).url, 'approve');
}
