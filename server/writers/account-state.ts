import type Stripe from 'stripe';
import { payoutScheduleOf } from '../money/payout-schedule.stripe';
import { accountFacts } from './account.stripe';
import { OnboardingStatus, deriveOnboardingStatus, requirementsDue } from './onboarding-status';
import type { Writer } from './writer.entity';

// What subscribers of onboardingStatusChanged are told about: a change to any of these.
export const ACCOUNT_STATE_FIELDS = [
  'onboardingStatus',
  'requirementsDue',
  'transfersCapability',
  'payoutsEnabled',
  'detailsSubmitted',
  'chargesEnabled',
  'disabledReason',
  'payoutInterval',
  'payoutDelayDays',
  'payoutWeeklyAnchor',
  'payoutMonthlyAnchor',
] as const;

/** The writer's columns as the account says now; a disconnected account stays RESTRICTED. */
export function accountStateOf(writer: Writer, account: Stripe.Account, onboardingStarted: boolean, observedAtSeconds: number): Partial<Writer> {
  const facts = accountFacts(account, onboardingStarted);
  return {
    onboardingStatus: writer.deauthorized ? OnboardingStatus.RESTRICTED : deriveOnboardingStatus(facts),
    requirementsDue: requirementsDue(facts),
    disabledReason: facts.disabledReason,
    payoutsEnabled: facts.payoutsEnabled,
    transfersCapability: facts.transfersCapability,
    detailsSubmitted: facts.detailsSubmitted,
    chargesEnabled: facts.chargesEnabled,
    ...payoutScheduleColumns(account),
    accountSyncedAt: observedAtSeconds,
  };
}

/** The account's payout schedule as the writer's columns; kept as held when Stripe did not say. */
function payoutScheduleColumns(account: Stripe.Account): Partial<Writer> {
  const schedule = payoutScheduleOf(account);
  if (!schedule) return {};
  return {
    payoutInterval: schedule.interval,
    payoutDelayDays: schedule.delayDays,
    payoutWeeklyAnchor: schedule.interval === 'weekly' ? schedule.weeklyAnchor : null,
    payoutMonthlyAnchor: schedule.interval === 'monthly' ? schedule.monthlyAnchor : null,
  };
}
