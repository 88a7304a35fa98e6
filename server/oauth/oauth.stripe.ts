import type Stripe from 'stripe';
import type { Writer } from '../writers/writer.entity';

// Stripe Connect OAuth (Express): the requests out and the answers in, in one place.

/** What the link asks of Stripe; the writer's details prefill Express sign-up, where they confirm or correct them. */
export function authorizeParams(state: string, writer: Writer): Stripe.OAuthAuthorizeUrlParams {
  const [firstName, ...rest] = writer.displayName.split(/\s+/);
  return {
    state,
    suggested_capabilities: ['transfers'],
    stripe_user: {
      email: writer.email,
      country: writer.country,
      business_type: 'individual',
      first_name: firstName,
      ...(rest.length > 0 ? { last_name: rest.join(' ') } : {}),
    },
  };
}

/** The platform's client id and the callback Stripe sends the browser back to. */
export function platformAuthorizeParams(clientId: string, callbackUrl: string, params: Stripe.OAuthAuthorizeUrlParams): Stripe.OAuthAuthorizeUrlParams {
  return { client_id: clientId, redirect_uri: callbackUrl, ...params };
}

export function tokenParams(code: string): Stripe.OAuthTokenParams {
  return { grant_type: 'authorization_code', code };
}

/** The account the code connected; absent when Stripe's answer is not one. */
export function connectedAccountIdOf(token: Stripe.OAuthToken): string | undefined {
  return token.stripe_user_id;
}

export function deauthorizeParams(clientId: string, accountId: string): Stripe.OAuthDeauthorizeParams {
  return { client_id: clientId, stripe_user_id: accountId };
}

/** The sandbox's answer to registering a redirect URI carries its OAuth client id. */
export function sandboxClientIdOf(settings: unknown): string | undefined {
  const clientId = (settings as { client_id?: unknown } | null)?.client_id;
  return typeof clientId === 'string' ? clientId : undefined;
}
