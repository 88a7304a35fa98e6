import { deauthorizeAccount } from '../accounts/account-removal.service';
import { findAccount } from '../accounts/account.lookup';
import { newId, randomBase62 } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { oauthInvalidClient, oauthInvalidGrant, oauthInvalidRequest } from './oauth.errors';
import { type AuthorizationCodeRecord, type ConnectionRecord, oauthKeys, type OAuthRecord, type RefreshTokenRecord } from './oauth.model';
import { clientIdOf } from './oauth.settings';
import { OAUTH } from './oauth.stores';

/** `POST /oauth/token`'s answer, field for field as Stripe's. */
export interface TokenAnswer {
  access_token: string;
  livemode: false;
  refresh_token: string;
  scope: string;
  stripe_publishable_key: string;
  stripe_user_id: string;
  token_type: 'bearer';
}

function recordOf<K extends OAuthRecord['kind']>(context: SandboxContext, key: string, kind: K): Extract<OAuthRecord, { kind: K }> | undefined {
  const record = context.state.of(OAUTH).get(key);
  return record?.kind === kind ? (record as Extract<OAuthRecord, { kind: K }>) : undefined;
}

/**
 * A code works once. Presented again, it fails and the refresh token it gave is revoked, as
 * OAuth asks: a second use means the code leaked.
 */
export function exchangeCode(context: SandboxContext, code: string | undefined): TokenAnswer {
  if (!code) throw oauthInvalidRequest('No authorization code provided.');
  const record = recordOf(context, oauthKeys.code(code), 'authorization_code');
  if (!record) throw oauthInvalidGrant(`Authorization code does not exist: ${code}`);
  if (record.usedAt !== null) {
    revokeRefreshToken(context, record);
    throw oauthInvalidGrant('This authorization code has already been used. All tokens issued with this code have been revoked.');
  }
  if (context.clock.nowSeconds() >= record.expiresAt) throw oauthInvalidGrant(`Authorization code expired: ${code}`);
  record.usedAt = context.clock.nowSeconds();
  if (!connectionOf(context, record.accountId)) throw oauthInvalidGrant(`The account ${record.accountId} is no longer connected to your platform.`);
  const token = newId('rt', 32);
  record.refreshToken = token;
  context.state
    .of(OAUTH)
    .set(oauthKeys.refreshToken(token), { kind: 'refresh_token', token, accountId: record.accountId, scope: record.scope, revoked: false });
  return answerFor(record.accountId, record.scope, token);
}

/** A refresh token names its connection for as long as the account stays connected. */
export function refreshAccess(context: SandboxContext, token: string | undefined): TokenAnswer {
  if (!token) throw oauthInvalidRequest('No refresh token provided.');
  const record = recordOf(context, oauthKeys.refreshToken(token), 'refresh_token');
  if (!record || record.revoked || !connectionOf(context, record.accountId)) throw oauthInvalidGrant(`Refresh token does not exist: ${token}`);
  return answerFor(record.accountId, record.scope, token);
}

/**
 * Disconnects an account the platform connected through OAuth; the account leaves the
 * platform's reach and `account.application.deauthorized` is sent.
 */
export function deauthorize(context: SandboxContext, clientId: string | undefined, accountId: string | undefined): { stripe_user_id: string } {
  if (!clientId) throw oauthInvalidRequest('No client_id provided.');
  if (!accountId) throw oauthInvalidRequest('No stripe_user_id provided.');
  if (clientId !== clientIdOf(context)) throw oauthInvalidClient(`No such application: '${clientId}'.`);
  const account = findAccount(context, accountId);
  if (!account || !connectionOf(context, accountId)) {
    throw oauthInvalidClient(`This application is not connected to stripe account ${accountId}, or that account does not exist.`);
  }
  context.state.of(OAUTH).delete(oauthKeys.connection(accountId));
  context.state.of(OAUTH).deleteWhere((record) => record.kind === 'refresh_token' && record.accountId === accountId);
  deauthorizeAccount(context, account);
  return { stripe_user_id: accountId };
}

function connectionOf(context: SandboxContext, accountId: string): ConnectionRecord | undefined {
  if (!findAccount(context, accountId)) return undefined;
  return recordOf(context, oauthKeys.connection(accountId), 'connection');
}

function revokeRefreshToken(context: SandboxContext, code: AuthorizationCodeRecord): void {
  if (!code.refreshToken) return;
  const token: RefreshTokenRecord | undefined = recordOf(context, oauthKeys.refreshToken(code.refreshToken), 'refresh_token');
  if (token) token.revoked = true;
}

function answerFor(accountId: string, scope: string, refreshToken: string): TokenAnswer {
  return {
    // Stripe still answers with a secret key for the account; in the sandbox every sk_test_
    // key reaches the platform, so callers act on the account with Stripe-Account instead.
    access_token: `sk_test_${randomBase62(32)}`,
    livemode: false,
    refresh_token: refreshToken,
    scope,
    // One publishable key per account, stable across exchanges.
    stripe_publishable_key: `pk_test_${accountId.slice('acct_'.length)}`,
    stripe_user_id: accountId,
    token_type: 'bearer',
  };
}
