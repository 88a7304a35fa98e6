/** What the platform asked for when it sent a person to an authorize page. */
export interface AuthorizeParams {
  /** `/express/oauth/authorize` creates an Express account; `/oauth/authorize` a Standard one. */
  express: boolean;
  clientId: string;
  redirectUri: string;
  scope: 'read_write' | 'read_only' | 'express';
  state: string | null;
  /** Prefill (`stripe_user[…]`): used for a new account, ignored when invalid, as on Stripe. */
  stripeUser: Record<string, string>;
  suggestedCapabilities: string[];
}

/** An authorize page shown and not yet answered: the form posts its id, once. */
export interface AuthorizationRequestRecord {
  kind: 'authorization_request';
  id: string;
  params: AuthorizeParams;
  createdSeconds: number;
}

/** The `code` a redirect carries: single use, short-lived, exchanged at `POST /oauth/token`. */
export interface AuthorizationCodeRecord {
  kind: 'authorization_code';
  code: string;
  accountId: string;
  scope: string;
  expiresAt: number;
  usedAt: number | null;
  /** Issued when the code was exchanged; revoked if the code is ever presented again. */
  refreshToken: string | null;
}

/** That an account authorized the platform, and the refresh token that proves it. */
export interface RefreshTokenRecord {
  kind: 'refresh_token';
  token: string;
  accountId: string;
  scope: string;
  revoked: boolean;
}

/** An account connected through OAuth (only those can be deauthorized through it). */
export interface ConnectionRecord {
  kind: 'connection';
  accountId: string;
  scope: string;
  connectedSeconds: number;
}

/** Redirect URIs registered in the platform settings (through the control API). */
export interface RedirectUrisRecord {
  kind: 'redirect_uris';
  uris: string[];
}

export type OAuthRecord = AuthorizationRequestRecord | AuthorizationCodeRecord | RefreshTokenRecord | ConnectionRecord | RedirectUrisRecord;

/** Keys of the `oauth` map: each kind has its own prefix, so one map holds them all. */
export const oauthKeys = {
  request: (id: string) => id,
  code: (code: string) => code,
  refreshToken: (token: string) => token,
  connection: (accountId: string) => `connection:${accountId}`,
  redirectUris: 'redirect_uris',
};
