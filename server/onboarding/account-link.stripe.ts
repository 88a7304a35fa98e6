import type Stripe from 'stripe';

/**
 * An onboarding link to Stripe's hosted pages, asking for everything the account will need
 * (`eventually_due`), so the writer is not sent back for more later.
 */
export function accountLinkParams(
  accountId: string,
  type: Stripe.AccountLinkCreateParams.Type,
  refreshUrl: string,
  returnUrl: string,
): Stripe.AccountLinkCreateParams {
  return { account: accountId, type, refresh_url: refreshUrl, return_url: returnUrl, collection_options: { fields: 'eventually_due' } };
}

export function accountLinkExpiresAt(link: Stripe.AccountLink): Date {
  return new Date(link.expires_at * 1000);
}
