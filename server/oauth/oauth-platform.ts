import type Stripe from 'stripe';
import { AppError, ErrorCode } from '../errors/errors';
import type { Logger } from '../logging/logger';
import { platformAuthorizeParams, sandboxClientIdOf } from './oauth.stripe';

export const OAUTH_CALLBACK_PATH = '/connect/oauth/callback';
export const OAUTH_COMPLETE_PATH = '/connect/oauth/complete';

export interface OAuthPlatformOptions {
  /** STRIPE_CLIENT_ID, or the sandbox's own once registered at start. */
  clientId: () => string | undefined;
  /** The gateway's public base URL (known once it listens). */
  publicUrl: () => string;
  /** The platform's app, where writers are signed in; the gateway's own pages when unset. */
  frontendUrl: string | undefined;
  /**
   * Where Stripe's hosted OAuth pages are served when that is not connect.stripe.com (the
   * sandbox: STRIPE_API_URL). The SDK's `authorizeUrl` always names `https://<host>/`.
   */
  connectBaseUrl: string | undefined;
}

/** The platform's side of Stripe OAuth: its client id, its callback, the links it builds. */
export class OAuthPlatform {
  constructor(
    private readonly stripe: Stripe,
    private readonly options: OAuthPlatformOptions,
  ) {}

  /** FORBIDDEN when the platform has no client id: the request is fine, the feature is off. */
  requireClientId(): string {
    const clientId = this.options.clientId();
    if (!clientId) {
      throw new AppError(ErrorCode.Forbidden, 'Connecting an existing Stripe account is not set up on this platform (STRIPE_CLIENT_ID).', {
        reason: 'OAUTH_NOT_CONFIGURED',
      });
    }
    return clientId;
  }

  callbackUrl(): string {
    return new URL(OAUTH_CALLBACK_PATH, this.options.publicUrl()).toString();
  }

  /** After connecting: the app's landing page, or the gateway's own. */
  landingUrl(): string {
    return this.options.frontendUrl ? `${this.options.frontendUrl}/onboarding/complete` : new URL(OAUTH_COMPLETE_PATH, this.options.publicUrl()).toString();
  }

  /** Express OAuth, as the U.S. guide does it: the link is built by the SDK, then placed where Stripe's pages are. */
  authorizeUrl(params: Stripe.OAuthAuthorizeUrlParams): string {
    const built = new URL(this.stripe.oauth.authorizeUrl(platformAuthorizeParams(this.requireClientId(), this.callbackUrl(), params), { express: true }));
    if (!this.options.connectBaseUrl) return built.toString();
    return new URL(`${built.pathname}${built.search}`, this.options.connectBaseUrl).toString();
  }
}

/**
 * With the sandbox, the gateway registers its callback as a redirect URI (Stripe keeps them in
 * the Dashboard's platform settings) and learns the sandbox's client id. OAuth is an extra: a
 * sandbox that does not serve it leaves the feature off rather than the gateway down.
 */
export async function registerSandboxOAuthCallback(stripe: Stripe, callbackUrl: string, logger: Logger): Promise<string | undefined> {
  try {
    return sandboxClientIdOf(await stripe.rawRequest('POST', '/_sandbox/oauth/redirect_uris', { url: callbackUrl }));
  } catch (error) {
    logger.warn({ err: error }, 'the Stripe sandbox did not take the OAuth callback: connecting existing accounts is off');
    return undefined;
  }
}
