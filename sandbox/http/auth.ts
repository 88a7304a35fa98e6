import { StripeError } from '../kernel/errors';

/**
 * Every test-mode secret key (`sk_test_…`) and restricted key (`rk_test_…`) reaches the one
 * platform the sandbox holds. Bearer auth is what the SDK sends; Basic (`curl -u sk_test_…:`)
 * is accepted too, as Stripe does. Stripe answers a missing or unknown key with a 401 whose
 * type is `invalid_request_error` (the SDK names the class it raises from the status).
 */
const TEST_KEY = /^(sk|rk)_test_\w+$/;

export function authenticate(header: string | undefined): string {
  const key = apiKeyFrom(header);
  if (!key) {
    throw new StripeError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      { status: 401, isValidation: true },
    );
  }
  if (!TEST_KEY.test(key)) throw new StripeError(`Invalid API Key provided: ${redact(key)}`, { status: 401, isValidation: true });
  return key;
}

function apiKeyFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return credentials || undefined;
  if (scheme.toLowerCase() === 'basic') {
    return Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] || undefined;
  }
  return undefined;
}

/** A key as Stripe quotes it in errors: its prefix and last four characters. */
export function redact(key: string): string {
  return key.length <= 12 ? '*'.repeat(key.length) : `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}
