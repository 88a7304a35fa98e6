import type Stripe from 'stripe';
import type { ValidPayoutSchedule } from '../money/payout-schedule.rules';
import { stripeScheduleParams } from '../money/payout-schedule.stripe';
import type { AccountFacts } from './onboarding-status';
import { serviceAgreementFor } from './payable-countries';
import type { Writer } from './writer.entity';

const PRODUCT_DESCRIPTION = 'Writes answers on a Q&A platform and receives a share of the advertising revenue they earn.';

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

/**
 * A writer's Express account: the platform pays Stripe's fees and carries the losses, the writer
 * receives transfers, and an account Stripe answers for twice is found by its metadata.
 */
export function accountParams(writer: Writer, defaultPayoutSchedule: ValidPayoutSchedule | undefined): Stripe.AccountCreateParams {
  const [firstName, ...rest] = writer.displayName.split(/\s+/);
  const agreement = serviceAgreementFor(writer.country);
  return {
    controller: {
      stripe_dashboard: { type: 'express' },
      fees: { payer: 'application' },
      losses: { payments: 'application' },
    },
    country: writer.country,
    email: writer.email,
    business_type: 'individual',
    individual: { email: writer.email, first_name: firstName, ...(rest.length > 0 ? { last_name: rest.join(' ') } : {}) },
    business_profile: { product_description: PRODUCT_DESCRIPTION, mcc: '5818' },
    capabilities: { transfers: { requested: true } },
    ...(agreement ? { tos_acceptance: { service_agreement: agreement } } : {}),
    ...(defaultPayoutSchedule ? { settings: { payouts: { schedule: stripeScheduleParams(defaultPayoutSchedule) } } } : {}),
    metadata: { writer_id: writer.id },
  };
}
