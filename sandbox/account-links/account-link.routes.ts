import { requireConnectedAccount } from '../accounts/account.lookup';
import type { ApiRoute } from '../http/api-route';
import { param, parseParams, required } from '../http/params';
import { invalidParam, invalidRequest } from '../kernel/errors';
import { randomBase62 } from '../kernel/ids';
import { ACCOUNT_LINKS } from './account-link.stores';

/** Stripe's account links live a few minutes; the sandbox uses five. */
const ACCOUNT_LINK_LIFETIME_SECONDS = 300;

const accountLinkFields = {
  account: required(param.string()),
  type: required(param.enum(['account_onboarding', 'account_update'] as const)),
  refresh_url: required(param.string({ maxLength: 5000 })),
  return_url: required(param.string({ maxLength: 5000 })),
  collect: param.enum(['currently_due', 'eventually_due'] as const),
  collection_options: param.object({
    fields: param.enum(['currently_due', 'eventually_due'] as const),
    future_requirements: param.enum(['include', 'omit'] as const),
  }),
};

/** Absolute http(s) URLs only; plain http is fine in test mode (localhost return pages). */
function checkedUrl(value: string, name: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw invalidParam('Not a valid URL', name, 'url_invalid');
  }
  return value;
}

export const accountLinkRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/account_links',
    returns: 'account_link',
    handler: (context, request) => {
      const params = parseParams(request.params, accountLinkFields);
      const refreshUrl = checkedUrl(params.refresh_url, 'refresh_url');
      const returnUrl = checkedUrl(params.return_url, 'return_url');
      const account = requireConnectedAccount(context, params.account);
      if (params.type === 'account_update' && account.controller.stripe_dashboard?.type !== 'none') {
        throw invalidRequest(
          'You cannot create `account_update` type Account Links for accounts that have access to a Stripe-hosted Dashboard. Use `account_onboarding` to collect updated information, or a login link for the Express Dashboard.',
          { param: 'type' },
        );
      }
      const created = context.clock.nowSeconds();
      const token = randomBase62(32);
      context.state.of(ACCOUNT_LINKS).set(token, {
        token,
        accountId: account.id,
        type: params.type,
        refreshUrl,
        returnUrl,
        expiresAt: created + ACCOUNT_LINK_LIFETIME_SECONDS,
        sessionToken: null,
        completed: false,
      });
      return {
        object: 'account_link',
        created,
        expires_at: created + ACCOUNT_LINK_LIFETIME_SECONDS,
        url: `${context.settings.publicUrl}/connect/onboarding/${token}`,
      };
    },
  },
];
