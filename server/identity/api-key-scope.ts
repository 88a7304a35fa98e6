import { registerEnumType } from 'type-graphql';

/** What an API key may do; a key can never do more than its scopes. */
export const ApiKeyScope = Object.freeze({
  /** Report what writers earned (recordEarnings, importEarnings). */
  EARNINGS_WRITE: 'EARNINGS_WRITE',
  /** Read writers (writer, writers, writerStatusCounts). */
  WRITERS_READ: 'WRITERS_READ',
  /** Start readers' payments (createCheckoutSession). */
  CHECKOUT_WRITE: 'CHECKOUT_WRITE',
} as const);
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'EARNINGS_WRITE reports earnings, WRITERS_READ reads writers, CHECKOUT_WRITE starts readers’ payments.',
});

/** Secrets start with this, so a bearer credential is told apart from a session token at a glance. */
export const API_KEY_SECRET_PREFIX = 'pgk_';
