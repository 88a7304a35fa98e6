import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import type { AccountFacts } from './onboarding-status';

/**
 * Whether the writer was ever sent to Stripe onboarding: until then a new account that needs
 * everything is NOT_STARTED. Onboarding keeps the links that say so; app/ hands its answer in.
 */
export type OnboardingStarted = (manager: EntityManager, writerId: string) => Promise<boolean>;

/** The one place a Stripe Account becomes the facts our onboarding status is derived from. */
export function accountFacts(account: Stripe.Account, onboardingStarted: boolean): AccountFacts {
  const requirements = account.requirements;
  return {
    detailsSubmitted: account.details_submitted ?? false,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
    transfersCapability: account.capabilities?.transfers ?? 'unrequested',
    currentlyDue: requirements?.currently_due ?? [],
    pastDue: requirements?.past_due ?? [],
    pendingVerification: requirements?.pending_verification ?? [],
    disabledReason: requirements?.disabled_reason ?? null,
    onboardingStarted,
  };
}
