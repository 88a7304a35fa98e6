import { type SignedInWriter, graphql } from './flows';
import { answerHostedAuthorization } from './hosted-oauth';
import type { Stack } from './stack';

export interface IssuedOAuthLink {
  url: string;
  state: string;
  expiresAt: string;
}

export const WRITER_ACCOUNT = `query($id: ID!) { writer(id: $id) { id stripeAccountId accountConnection onboardingStatus deauthorized canReceiveTransfers } }`;

export async function createOAuthLink(stack: Stack, writer: SignedInWriter): Promise<IssuedOAuthLink> {
  const data = await graphql(stack, 'mutation($id: ID!) { createOAuthLink(writerId: $id) { url state expiresAt } }', { id: writer.writerId }, writer.token);
  return data.createOAuthLink as IssuedOAuthLink;
}

export async function writerAccount(stack: Stack, writerId: string, token: string) {
  return (await graphql(stack, WRITER_ACCOUNT, { id: writerId }, token)).writer as {
    id: string;
    stripeAccountId: string | null;
    accountConnection: 'CREATED' | 'OAUTH';
    onboardingStatus: string;
    deauthorized: boolean;
    canReceiveTransfers: boolean;
  };
}

/** A browser request that stops at the first answer: its status, where it redirects, its page. */
export async function visit(url: string): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, location: location && new URL(location, url).toString(), body: await response.text() };
}

/** The writer connects an account through the sandbox's Express OAuth page; returns the callback URL Stripe sent them to. */
export async function approveOAuthLink(stack: Stack, writer: SignedInWriter): Promise<string> {
  return answerHostedAuthorization((await createOAuthLink(stack, writer)).url, 'approve');
}
