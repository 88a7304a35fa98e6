import { isPlainObject } from '../http/params';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { AuthorizeParams } from './oauth.model';
import { clientIdOf, redirectUrisOf } from './oauth.settings';

/** Why an authorize request cannot even be answered by a redirect: shown on Stripe's own page. */
export interface AuthorizePageError {
  kind: 'page';
  error: string;
  description: string;
}

/** A refusal the platform hears about at its registered redirect URI. */
export interface AuthorizeRedirectError {
  kind: 'redirect';
  redirectUri: string;
  state: string | null;
  error: string;
  description: string;
}

export type AuthorizeReading = { kind: 'ok'; params: AuthorizeParams } | AuthorizePageError | AuthorizeRedirectError;

const STANDARD_SCOPES = ['read_write', 'read_only'] as const;
// Only what a new account can take from the link; anything else is ignored, as on Stripe.
const CAPABILITY_PATTERN = /^[a-z_]{1,64}$/;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Checks an authorize link as Stripe does: the client and the redirect URI first (a wrong one
 * is never redirected to, or the code would go to whoever wrote the link), then the rest, whose
 * refusals go back to the platform's redirect URI.
 */
export function readAuthorizeRequest(context: SandboxContext, query: Record<string, unknown>, express: boolean): AuthorizeReading {
  const clientId = text(query.client_id);
  if (!clientId) return { kind: 'page', error: 'invalid_request', description: 'No client_id was provided.' };
  if (clientId !== clientIdOf(context)) return { kind: 'page', error: 'invalid_client', description: `No such application: '${clientId}'.` };
  const registered = redirectUrisOf(context);
  const requested = text(query.redirect_uri);
  if (requested && !registered.includes(requested)) {
    return {
      kind: 'page',
      error: 'invalid_redirect_uri',
      description: `Invalid redirect URI '${requested}'. Ensure this URI exactly matches one of the URIs specified in your platform settings.`,
    };
  }
  const redirectUri = requested ?? registered[0];
  if (!redirectUri) return { kind: 'page', error: 'invalid_request', description: 'No redirect URI is set in your platform settings.' };
  const state = text(query.state);
  const refuse = (error: string, description: string): AuthorizeRedirectError => ({ kind: 'redirect', redirectUri, state, error, description });
  const responseType = text(query.response_type) ?? 'code';
  if (responseType !== 'code') return refuse('unsupported_response_type', `Unsupported response_type: ${responseType}. The only option is code.`);
  const scope = text(query.scope) ?? 'read_only';
  if (!express && !(STANDARD_SCOPES as readonly string[]).includes(scope))
    return refuse('invalid_scope', `Invalid scope: ${scope}. Use read_write or read_only.`);
  return {
    kind: 'ok',
    params: {
      express,
      clientId,
      redirectUri,
      scope: express ? 'express' : (scope as AuthorizeParams['scope']),
      state,
      stripeUser: stripeUserOf(query.stripe_user),
      suggestedCapabilities: express ? capabilitiesOf(query.suggested_capabilities) : [],
    },
  };
}

function stripeUserOf(value: unknown): Record<string, string> {
  if (!isPlainObject(value)) return {};
  const prefill: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) if (typeof field === 'string' && field.length <= 500) prefill[key] = field;
  if (prefill.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(prefill.email)) delete prefill.email;
  if (prefill.country && !/^[A-Za-z]{2}$/.test(prefill.country)) delete prefill.country;
  return prefill;
}

function capabilitiesOf(value: unknown): string[] {
  const listed = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : typeof value === 'string' ? [value] : [];
  return [...new Set(listed.filter((name): name is string => typeof name === 'string' && CAPABILITY_PATTERN.test(name)))];
}

/** Where the browser goes with the outcome: the redirect URI plus `code` or `error`, and `state`. */
export function redirectWith(redirectUri: string, fields: Record<string, string | null>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(fields)) if (value !== null) url.searchParams.set(name, value);
  return url.toString();
}
