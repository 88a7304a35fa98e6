import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { connectionRefusal } from './oauth-eligibility';
import { OnboardingStatus } from './onboarding-status';
import { AccountConnection } from './account-connection';
import { AccountEnd, accountEndOf } from './account-end';
import type { Writer } from './writer.entity';

/** What can be done with a writer now; each names the operation that does it. */
export const WriterAction = describedEnum(
  'WriterAction',
  "What the gateway accepts for this writer now, so an app offers only what can help (Vendure's nextStates).",
  {
    CONTINUE_ONBOARDING: 'The writer opens Stripe onboarding (createOnboardingLink): Stripe still needs something they can provide.',
    UPDATE_DETAILS: 'Nothing is due, but the writer may review and change what they gave Stripe, bank details included (createOnboardingLink).',
    OPEN_DASHBOARD: 'The writer opens their Stripe Express Dashboard (createDashboardLink): balance, payouts, bank details.',
    CONNECT_EXISTING_ACCOUNT: 'The writer connects a Stripe account they already have (createOAuthLink).',
    RECEIVE_TRANSFERS: 'The platform can send them funds (createTransfer).',
    CHANGE_PAYOUT_SCHEDULE: 'The team can change their payout schedule (updatePayoutSchedule).',
    DISCONNECT_ACCOUNT: 'The team can disconnect their OAuth-connected account (disconnectStripeAccount).',
    SYNC_ACCOUNT: 'The team can re-read their account from Stripe now (syncWriter); Stripe lets no one read a disconnected account.',
  },
);
export type WriterAction = EnumValue<typeof WriterAction>;

const ONBOARDING_UNFINISHED: ReadonlySet<OnboardingStatus> = new Set([OnboardingStatus.NOT_STARTED, OnboardingStatus.IN_PROGRESS]);

/** Onboarding helps only while details are missing; Stripe verifying or reviewing is a wait, not a task. */
function onboardingCanHelp(writer: Writer): boolean {
  if (ONBOARDING_UNFINISHED.has(writer.onboardingStatus)) return true;
  const hasDue = writer.requirementsDue.length > 0;
  return hasDue && (writer.onboardingStatus === OnboardingStatus.RESTRICTED || writer.onboardingStatus === OnboardingStatus.ACTIVE);
}

export function allowedActions(writer: Writer): WriterAction[] {
  const end = accountEndOf(writer);
  const actions: WriterAction[] = [];
  if (!end && onboardingCanHelp(writer)) actions.push(WriterAction.CONTINUE_ONBOARDING);
  else if (!end && writer.stripeAccountId) actions.push(WriterAction.UPDATE_DETAILS);
  if (writer.stripeAccountId && end !== AccountEnd.DISCONNECTED && !ONBOARDING_UNFINISHED.has(writer.onboardingStatus))
    actions.push(WriterAction.OPEN_DASHBOARD);
  if (!connectionRefusal(writer)) actions.push(WriterAction.CONNECT_EXISTING_ACCOUNT);
  if (writer.canReceiveTransfers) actions.push(WriterAction.RECEIVE_TRANSFERS);
  if (writer.stripeAccountId && !end) actions.push(WriterAction.CHANGE_PAYOUT_SCHEDULE);
  if (writer.accountConnection === AccountConnection.OAUTH && !writer.deauthorized) actions.push(WriterAction.DISCONNECT_ACCOUNT);
  if (!writer.deauthorized) actions.push(WriterAction.SYNC_ACCOUNT);
  return actions;
}

/** Where the writer stands and what happens next, in words for a person; one sentence each. */
export function lifecycleSummary(writer: Writer): { headline: string; nextStep: string | null } {
  const end = accountEndOf(writer);
  if (end === AccountEnd.DISCONNECTED)
    return {
      headline: 'The Stripe account was disconnected from the platform.',
      nextStep: 'Nothing can be paid to it; the writer can connect a Stripe account again (createOAuthLink).',
    };
  if (end === AccountEnd.REJECTED)
    return {
      headline: 'Stripe rejected this account; its decision is final.',
      nextStep: 'No payments or onboarding are possible; the writer should contact the platform.',
    };
  switch (writer.onboardingStatus) {
    case OnboardingStatus.NOT_STARTED:
      return { headline: 'Onboarding has not started.', nextStep: 'The writer opens Stripe onboarding from the app to give their details.' };
    case OnboardingStatus.IN_PROGRESS:
      return { headline: 'Onboarding started; Stripe still needs the writer’s details.', nextStep: 'The writer continues Stripe onboarding from the app.' };
    case OnboardingStatus.PENDING_VERIFICATION:
      return { headline: 'Details submitted; Stripe is verifying them.', nextStep: 'Nothing to do until Stripe decides; the status changes here by itself.' };
    case OnboardingStatus.RESTRICTED:
      return writer.requirementsDue.length > 0
        ? {
            headline: 'Stripe needs more information before the writer can be paid.',
            nextStep: 'The writer continues Stripe onboarding from the app to provide what is listed.',
          }
        : { headline: 'Stripe has paused this account.', nextStep: 'Nothing the writer can provide now; Stripe says more when its review ends.' };
    case OnboardingStatus.ACTIVE:
      return writer.requirementsDue.length > 0
        ? {
            headline: 'Can receive transfers; Stripe will need more information later.',
            nextStep: 'The writer provides what is listed before Stripe’s deadline, through Stripe onboarding.',
          }
        : { headline: 'Can receive transfers.', nextStep: null };
    case OnboardingStatus.REJECTED:
      return { headline: 'Stripe has not said where this account stands yet.', nextStep: null };
  }
}
