import { describedEnum, type EnumValue } from '../graphql/described-enum';

export const OnboardingStatus = describedEnum('OnboardingStatus', "Where a writer's Stripe onboarding stands, derived from their connected account.", {
  NOT_STARTED: 'No onboarding link issued yet.',
  IN_PROGRESS: 'Onboarding started; Stripe still needs details from the writer.',
  PENDING_VERIFICATION: 'Details submitted; Stripe is verifying them.',
  RESTRICTED: 'Stripe needs more information or has disabled the account; cannot be paid.',
  ACTIVE: 'Can receive transfers.',
  REJECTED: 'Stripe rejected the account; it can never be paid.',
});
export type OnboardingStatus = EnumValue<typeof OnboardingStatus>;

/** What Stripe tells us about a connected account, plus whether onboarding was ever started. */
export interface AccountFacts {
  detailsSubmitted: boolean;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  transfersCapability: string;
  currentlyDue: string[];
  pastDue: string[];
  pendingVerification: string[];
  disabledReason: string | null;
  onboardingStarted: boolean;
}

interface StatusRule {
  status: OnboardingStatus;
  when: (facts: AccountFacts) => boolean;
}

// The mapping, first match wins. Transfers only need the `transfers` capability; payouts to
// the writer's bank account follow Stripe's schedule.
export const ONBOARDING_STATUS_RULES: readonly StatusRule[] = [
  { status: OnboardingStatus.REJECTED, when: (facts) => facts.disabledReason?.startsWith('rejected.') ?? false },
  {
    status: OnboardingStatus.ACTIVE,
    when: (facts) => facts.detailsSubmitted && facts.transfersCapability === 'active' && facts.pastDue.length === 0,
  },
  // Stripe lists a new account's requirements as past due from the start: until the writer
  // submits their details, that only means onboarding is not finished.
  { status: OnboardingStatus.NOT_STARTED, when: (facts) => !facts.detailsSubmitted && !facts.onboardingStarted },
  { status: OnboardingStatus.IN_PROGRESS, when: (facts) => !facts.detailsSubmitted },
  {
    status: OnboardingStatus.PENDING_VERIFICATION,
    when: (facts) => facts.pastDue.length === 0 && (facts.pendingVerification.length > 0 || facts.transfersCapability === 'pending'),
  },
  { status: OnboardingStatus.RESTRICTED, when: () => true },
];

export function deriveOnboardingStatus(facts: AccountFacts): OnboardingStatus {
  return ONBOARDING_STATUS_RULES.find((rule) => rule.when(facts))!.status;
}

export function requirementsDue(facts: Pick<AccountFacts, 'currentlyDue' | 'pastDue'>): string[] {
  return [...new Set([...facts.pastDue, ...facts.currentlyDue])].sort();
}
