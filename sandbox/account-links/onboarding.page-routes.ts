import { findAccount } from '../accounts/account.lookup';
import { completeOnboarding } from '../accounts/onboarding.service';
import { pathParam } from '../http/router';
import { randomBase62 } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import { redirectTo, type PageRoute } from '../pages/page-route';
import type { AccountLinkRecord } from './account-link.model';
import { ACCOUNT_LINKS } from './account-link.stores';
import { invalidLinkPage, onboardingPage } from './onboarding.page';
import { readSubmission } from './onboarding.submission';

const ONBOARDING_PATH = '/connect/onboarding/{token}';

/** Whether the link's account can still be onboarded (not deleted, disconnected or rejected). */
function reachableAccount(context: SandboxContext, link: AccountLinkRecord) {
  const account = findAccount(context, link.accountId);
  if (!account || account.requirements.disabled_reason?.startsWith('rejected.')) return undefined;
  return account;
}

export const onboardingPageRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: ONBOARDING_PATH,
    handler: (context, request) => {
      const link = context.state.of(ACCOUNT_LINKS).get(pathParam(request, 'token'));
      if (!link) return { status: 404, html: invalidLinkPage() };
      const account = reachableAccount(context, link);
      // Single use: a link already opened (a refresh, a chat preview) or too old goes to refresh_url.
      if (!account || link.sessionToken || context.clock.nowSeconds() >= link.expiresAt) return redirectTo(link.refreshUrl);
      link.sessionToken = randomBase62(24);
      const action = `/connect/onboarding/${link.token}`;
      return { status: 200, html: onboardingPage(account, action, link.sessionToken, link.type === 'account_update' || account.details_submitted) };
    },
  },
  {
    method: 'POST',
    path: ONBOARDING_PATH,
    handler: (context, request) => {
      const link = context.state.of(ACCOUNT_LINKS).get(pathParam(request, 'token'));
      if (!link) return { status: 404, html: invalidLinkPage() };
      const account = reachableAccount(context, link);
      if (!account || link.completed || !link.sessionToken || request.form.session !== link.sessionToken) {
        return redirectTo(link.refreshUrl);
      }
      link.completed = true;
      completeOnboarding(context, account, readSubmission(account, request));
      return redirectTo(link.returnUrl);
    },
  },
];
