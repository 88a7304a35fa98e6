import { connectedAccountInPath } from '../accounts/account.lookup';
import type { ApiRoute } from '../http/api-route';
import { parseParams } from '../http/params';
import { invalidRequest } from '../kernel/errors';
import { randomBase62 } from '../kernel/ids';
import { LOGIN_LINKS } from './login-link.stores';

/** A single-use link into the Express Dashboard (`express-dashboard.page-routes.ts`). */
export const loginLinkRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/accounts/{account}/login_links',
    handler: (context, request) => {
      parseParams(request.params, {});
      const account = connectedAccountInPath(context, request);
      if (account.controller.stripe_dashboard?.type !== 'express') {
        throw invalidRequest('Login links can only be created for accounts that use the Express Dashboard.', { param: 'account' });
      }
      if (!account.details_submitted) {
        throw invalidRequest('Cannot create a login link for an account that has not completed onboarding.', { param: 'account' });
      }
      const token = randomBase62(24);
      context.state.of(LOGIN_LINKS).set(token, { token, accountId: account.id });
      return { object: 'login_link', created: context.clock.nowSeconds(), url: `${context.settings.publicUrl}/express/${token}` };
    },
  },
];
