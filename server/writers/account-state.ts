import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { type OnboardingStarted, accountFacts } from './account-facts';
import { OnboardingStatus, deriveOnboardingStatus, requirementsDue } from './onboarding-status';
import type { Writer } from './writer.entity';

// What subscribers of onboardingStatusChanged are told about: a change to any of these.
const ACCOUNT_STATE_FIELDS = ['onboardingStatus', 'requirementsDue', 'transfersCapability', 'payoutsEnabled', 'detailsSubmitted', 'chargesEnabled', 'disabledReason', 'payoutInterval', 'payoutDelayDays', 'payoutWeeklyAnchor', 'payoutMonthlyAnchor'] as const;

/** Whether subscribers hear of the change from `before` to `after`. */
export const accountStateChanged = (before: Pick<Writer, (typeof ACCOUNT_STATE_FIELDS)[number]>, after: Writer): boolean => ACCOUNT_STATE_FIELDS.some((field) => String(after[field]) !== String(before[field]));

/** The account's payout schedule as the writer's columns; kept as held when Stripe did not say. */
function payoutScheduleColumns(account: Stripe.Account): Partial<Writer> {
  const schedule = account.settings?.payouts?.schedule;
  if (!schedule) return {};
  return {
    payoutInterval: schedule.interval,
    payoutDelayDays: schedule.delay_days ?? null,
    payoutWeeklyAnchor: schedule.interval === 'weekly' ? (schedule.weekly_anchor ?? null) : null,
    payoutMonthlyAnchor: schedule.interval === 'monthly' ? (schedule.monthly_anchor ?? null) : null,
  };
}

/** The writer with what the account says now, unsaved (the caller's transaction saves it). */
export async function withAccountState(manager: EntityManager, writer: Writer, account: Stripe.Account, observedAtSeconds: number, onboardingStarted: OnboardingStarted): Promise<Writer> {
  const facts = accountFacts(account, await onboardingStarted(manager, writer.id));
  const status = writer.deauthorized ? OnboardingStatus.RESTRICTED : deriveOnboardingStatus(facts);
  return Object.assign(writer, {
    onboardingStatus: status,
    requirementsDue: requirementsDue(facts),
    disabledReason: facts.disabledReason,
    payoutsEnabled: facts.payoutsEnabled,
    transfersCapability: facts.transfersCapability,
    detailsSubmitted: facts.detailsSubmitted,
    chargesEnabled: facts.chargesEnabled,
    ...payoutScheduleColumns(account),
    accountSyncedAt: observedAtSeconds,
  });
}
