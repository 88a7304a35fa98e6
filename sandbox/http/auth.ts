import { StripeError } from '../errors';

/**
 * Every `sk_test_` key reaches the one platform the sandbox holds. Bearer auth is what the
 * SDK sends; Basic (`curl -u sk_test_…:`) is accepted too, as Stripe does.
 */
export function authenticate(header: string | undefined): string {
  const key = apiKeyFrom(header);
  if (!key) {
    throw new StripeError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      { status: 401, type: 'authentication_error' },
    );
  }
  if (!/^sk_test_\w+$/.test(key)) {
    throw new StripeError(`Invalid API Key provided: ${redact(key)}`, {
      status: 401,
      type: 'authentication_error',
    });
  }
  return key;
}

function apiKeyFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, credentials = ''] = header.trim().split(/\s+/, 2);
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
