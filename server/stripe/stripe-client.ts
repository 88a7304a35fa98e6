import Stripe from 'stripe';
import type { Config } from '../config/config';

// The one Stripe API version this gateway speaks, pinned here and nowhere else.
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

export interface StripeConnection {
  client: Stripe;
  /** True when calls go to the embedded sandbox (or another Stripe-compatible server). */
  isSandbox: boolean;
  /** True for test-mode keys and the sandbox: plain-HTTP localhost redirects are allowed. */
  isTestMode: boolean;
}

const SANDBOX_SECRET_KEY = 'sk_test_sandbox';

/**
 * No key → the embedded sandbox (its URL in STRIPE_API_URL); `sk_test_`/`rk_test_` → Stripe
 * test mode; a live key only when the configuration allowed it (STRIPE_LIVE=1).
 * Retries are ours to make: the SDK never retries on its own, so every retry goes through the
 * recovery paths that reuse the same idempotency key.
 */
export function createStripeConnection(config: Pick<Config, 'stripe'>): StripeConnection {
  const { secretKey, apiUrl, timeoutMs } = config.stripe;
  const options: Stripe.StripeConfig = {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 0,
    timeout: timeoutMs,
    telemetry: false,
    appInfo: { name: 'payouts-gateway' },
  };
  if (apiUrl) {
    const url = new URL(apiUrl);
    Object.assign(options, {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
      protocol: url.protocol.replace(':', '') as 'http' | 'https',
    });
  }
  const key = secretKey ?? SANDBOX_SECRET_KEY;
  return {
    client: new Stripe(key, options),
    isSandbox: Boolean(apiUrl),
    isTestMode: Boolean(apiUrl) || /_test_/.test(key),
  };
}
