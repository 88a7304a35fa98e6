import type { IncomingMessage, ServerResponse } from 'node:http';
import { StripeError } from '../kernel/errors';
import { parseBody, readBody } from '../http/form';
import { sendJson } from '../http/responses';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { StateJournal } from '../state/state-journal';
import { OAuthError, oauthInvalidClient, oauthInvalidRequest } from './oauth.errors';
import { deauthorize, exchangeCode, refreshAccess } from './oauth-token.service';

export type OAuthHandler = (context: SandboxContext, params: Record<string, unknown>) => object;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Stripe's connect endpoints the SDK calls through `stripe.oauth.token` and `.deauthorize`. */
const OAUTH_ENDPOINTS: Record<string, OAuthHandler> = {
  '/oauth/token': (context, params) => {
    const grantType = text(params.grant_type);
    if (!grantType) throw oauthInvalidRequest('No grant type specified.');
    if (grantType === 'authorization_code') return exchangeCode(context, text(params.code));
    if (grantType === 'refresh_token') return refreshAccess(context, text(params.refresh_token));
    throw new OAuthError('unsupported_grant_type', `Unsupported grant type: ${grantType}. Use authorization_code or refresh_token.`);
  },
  '/oauth/deauthorize': (context, params) => deauthorize(context, text(params.client_id), text(params.stripe_user_id)),
};

/** The OAuth endpoint a request is for, if it is for one. */
export function oauthEndpointFor(method: string, path: string): OAuthHandler | undefined {
  return method === 'POST' && Object.prototype.hasOwnProperty.call(OAUTH_ENDPOINTS, path) ? OAUTH_ENDPOINTS[path] : undefined;
}

/**
 * Serves `/oauth/token` and `/oauth/deauthorize`: the platform's secret key (Authorization
 * header as the SDK sends it, or `client_secret`), a form body, one unit of work, and OAuth's
 * own error format. Token answers are never cached (RFC 6749, section 5.1).
 */
export async function handleOAuthEndpoint(
  context: () => SandboxContext,
  journal: StateJournal,
  endpoint: OAuthHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const headers = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  try {
    const params = parseBody(await readBody(request), request.headers['content-type']);
    requireSecretKey(request.headers.authorization, text(params.client_secret));
    const body = journal.write(() => endpoint(context(), params));
    sendJson(response, 200, JSON.stringify(body), headers);
  } catch (error) {
    const refusal = asOAuthError(error);
    sendJson(response, refusal.status, JSON.stringify(refusal.toBody()), headers);
  }
}

function requireSecretKey(authorization: string | undefined, clientSecret: string | undefined): void {
  const [scheme = '', credentials = ''] = (authorization ?? '').trim().split(/\s+/, 2);
  const fromHeader =
    scheme.toLowerCase() === 'bearer' ? credentials : scheme.toLowerCase() === 'basic' ? Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] : '';
  const key = fromHeader || clientSecret;
  if (!key) throw oauthInvalidClient('No API key provided. Send your secret key in the Authorization header (Bearer) or as client_secret.');
  if (!/^sk_test_\w+$/.test(key)) throw oauthInvalidClient('Invalid API key provided.');
}

/** A body the form reader refused (too large, bad JSON) is still answered in OAuth's format. */
function asOAuthError(error: unknown): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof StripeError) return new OAuthError('invalid_request', error.message, error.status);
  throw error;
}
