import { z } from 'zod';
import { booleanFlag, milliseconds, optionalUrl } from './environment-fields';

const webhookSecret = z.string().startsWith('whsec_', 'a webhook signing secret (whsec_…)');

/** The Stripe account (or sandbox) the gateway talks to, and how its events are signed. */
export const stripeEnvironment = z.object({
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'a Stripe secret key (sk_test_…, rk_test_…, or sk_live_… with STRIPE_LIVE=1)')
    .optional(),
  STRIPE_LIVE: booleanFlag.default(false),
  STRIPE_API_URL: optionalUrl(['http:', 'https:'], 'the base URL of a Stripe-compatible API such as http://127.0.0.1:12111'),
  STRIPE_WEBHOOK_SECRET: webhookSecret.optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: webhookSecret.optional(),
  STRIPE_CLIENT_ID: z
    .string()
    .regex(/^ca_\w+$/, 'a Connect client id (ca_…) from the platform settings')
    .optional(),
  STRIPE_TIMEOUT_MS: milliseconds(100).default(10000),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535, 'a port number from 0 to 65535').optional(),
});

export type StripeEnvironment = z.infer<typeof stripeEnvironment>;

export interface StripeConfig {
  stripe: {
    secretKey: string | undefined;
    apiUrl: string | undefined;
    webhookSecret: string | undefined;
    connectWebhookSecret: string | undefined;
    /** The platform's Connect OAuth client id (`ca_…`); with the sandbox, its own when unset. */
    clientId: string | undefined;
    timeoutMs: number;
  };
}

export const isLiveKey = (secretKey: string | undefined) => /_live_/.test(secretKey ?? '');

export function stripeProblems(environment: StripeEnvironment): string[] {
  if (isLiveKey(environment.STRIPE_SECRET_KEY) && !environment.STRIPE_LIVE) {
    return ['STRIPE_SECRET_KEY: a live key needs STRIPE_LIVE=1 (use sk_test_… for test mode)'];
  }
  return [];
}

export function stripeConfig(environment: StripeEnvironment): StripeConfig {
  return {
    stripe: {
      secretKey: environment.STRIPE_SECRET_KEY,
      apiUrl: environment.STRIPE_API_URL,
      webhookSecret: environment.STRIPE_WEBHOOK_SECRET,
      connectWebhookSecret: environment.STRIPE_CONNECT_WEBHOOK_SECRET,
      clientId: environment.STRIPE_CLIENT_ID,
      timeoutMs: environment.STRIPE_TIMEOUT_MS,
    },
  };
}
