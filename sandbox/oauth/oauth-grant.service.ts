import type { Account } from '../accounts/account.model';
import type { AccountCreateParams } from '../accounts/account.service';
import { createAccount } from '../accounts/account.service';
import { completeOnboarding, testOnboardingData } from '../accounts/onboarding.service';
import { emitEvent } from '../kernel/event.service';
import { newId } from '../kernel/ids';
import type { SandboxContext } from '../kernel/sandbox.context';
import type { AuthorizeParams } from './oauth.model';
import { oauthKeys } from './oauth.model';
import { applicationOf } from './oauth.settings';
import { OAUTH } from './oauth.stores';

/** Stripe's codes are short-lived; the platform exchanges one right after the redirect. */
const AUTHORIZATION_CODE_LIFETIME_SECONDS = 300;
const GRANTABLE_CAPABILITIES = ['transfers', 'card_payments'] as const;

/** What the person typed on the authorize page; the rest of onboarding takes Stripe's test values. */
export interface AuthorizeSubmission {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  ip: string;
  userAgent: string | null;
}

/**
 * The person approved: their account is created and onboarded as the hosted flow would,
 * the platform is connected to it (`account.application.authorized`), and a single-use code
 * for the redirect is returned.
 */
export function approveAuthorization(context: SandboxContext, params: AuthorizeParams, submission: AuthorizeSubmission): { code: string; account: Account } {
  const account = createAccount(context, accountParams(params, submission));
  const onboarding = testOnboardingData(account);
  completeOnboarding(context, account, {
    ...onboarding,
    email: submission.email ?? onboarding.email,
    firstName: submission.firstName ?? onboarding.firstName,
    lastName: submission.lastName ?? onboarding.lastName,
    ip: submission.ip,
    userAgent: submission.userAgent,
  });
  const now = context.clock.nowSeconds();
  context.state.of(OAUTH).set(oauthKeys.connection(account.id), { kind: 'connection', accountId: account.id, scope: params.scope, connectedSeconds: now });
  const code = newId('ac', 32);
  context.state.of(OAUTH).set(oauthKeys.code(code), {
    kind: 'authorization_code',
    code,
    accountId: account.id,
    scope: params.scope,
    expiresAt: now + AUTHORIZATION_CODE_LIFETIME_SECONDS,
    usedAt: null,
    refreshToken: null,
  });
  emitEvent(context, { type: 'account.application.authorized', account: account.id, object: applicationOf(context) });
  return { code, account };
}

function accountParams(params: AuthorizeParams, submission: AuthorizeSubmission): AccountCreateParams {
  const prefill = params.stripeUser;
  const email = submission.email ?? prefill.email ?? null;
  const firstName = submission.firstName ?? prefill.first_name;
  const lastName = submission.lastName ?? prefill.last_name;
  // Express accounts take what the platform suggested; a Standard account can do both.
  const wanted = params.express ? params.suggestedCapabilities : [...GRANTABLE_CAPABILITIES];
  const capabilities = Object.fromEntries(GRANTABLE_CAPABILITIES.filter((name) => wanted.includes(name)).map((name) => [name, { requested: true }]));
  return {
    type: params.express ? 'express' : 'standard',
    country: (prefill.country ?? 'US').toUpperCase(),
    email,
    business_type: prefill.business_type === 'company' ? 'company' : 'individual',
    ...(prefill.business_type === 'company' ? {} : { individual: { email, first_name: firstName ?? null, last_name: lastName ?? null } }),
    ...(prefill.url || prefill.product_description
      ? { business_profile: { url: prefill.url ?? null, product_description: prefill.product_description ?? null } }
      : {}),
    capabilities,
  };
}
