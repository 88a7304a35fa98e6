import type Stripe from 'stripe';
import type { Config } from '../config/config';
import type { StartUpProgress } from '../http/readiness';
import type { Logger } from '../logging/logger';
import { registerSandboxOAuthCallback } from '../oauth/oauth-platform';
import type { StripeConnection } from '../stripe/stripe-client';
import { registerSandboxEndpoints } from '../webhooks/webhook-endpoint.stripe';
import { bootstrapAdmin } from './first-admin';
import type { Services } from './services';

/** What the gateway knows only once it listens (its URL) or has registered with the sandbox. */
export interface LateSettings {
  publicUrl: string;
  oauthClientId: string | undefined;
  webhookSecrets: string[];
}

export function configuredSettings(config: Config): LateSettings {
  return {
    publicUrl: config.publicUrl ?? '',
    oauthClientId: config.stripe.clientId,
    webhookSecrets: [config.stripe.webhookSecret, config.stripe.connectWebhookSecret].filter((secret): secret is string => Boolean(secret)),
  };
}

/** Stripe sends writers back over https; plain http is fine only for localhost in test mode. */
export function assertRedirectsAllowed(publicUrl: string, isTestMode: boolean): void {
  const { protocol, hostname } = new URL(publicUrl);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  if (protocol !== 'https:' && !(isTestMode && loopback)) {
    throw new Error(`PUBLIC_URL must be https (plain http only for localhost with a test key or the sandbox), got ${publicUrl}`);
  }
}

/** With the sandbox and no configured secrets, the gateway registers its own endpoints and uses theirs. */
async function sandboxWebhookSecrets(config: Config, stripe: Stripe, port: number): Promise<string[]> {
  return registerSandboxEndpoints(stripe, `http://127.0.0.1:${port}/webhooks/stripe`).catch((error: unknown) => {
    throw new Error(
      `could not register webhook endpoints with the Stripe sandbox at ${config.stripe.apiUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

export interface StartUpSteps {
  config: Config;
  stripe: StripeConnection;
  services: Services;
  settings: LateSettings;
  /** The port the gateway listens on. */
  port: number;
  startUp: StartUpProgress;
  logger: Logger;
}

/**
 * The steps after the port is open, each named on `/readyz` while it runs: the sandbox's webhook
 * endpoints and OAuth callback, the first admin, the background jobs. Returns the notices to show.
 */
export async function finishStartUp({ config, stripe, services, settings, port, startUp, logger }: StartUpSteps): Promise<string[]> {
  if (stripe.isSandbox && settings.webhookSecrets.length === 0) {
    startUp.begin('registering webhook endpoints with the Stripe sandbox');
    settings.webhookSecrets = await sandboxWebhookSecrets(config, stripe.client, port);
  } else if (settings.webhookSecrets.length === 0) {
    logger.warn('STRIPE_WEBHOOK_SECRET is not set: Stripe events will be refused until it is');
  }
  if (stripe.isSandbox) {
    startUp.begin('registering the OAuth callback with the Stripe sandbox');
    const sandboxClientId = await registerSandboxOAuthCallback(stripe.client, services.oauth.platform.callbackUrl(), logger);
    settings.oauthClientId ??= sandboxClientId;
  }
  startUp.begin('creating the first admin');
  const notices = await bootstrapAdmin(config, services, logger);
  for (const job of services.backgroundJobs) job.start();
  startUp.finish();
  return notices;
}
