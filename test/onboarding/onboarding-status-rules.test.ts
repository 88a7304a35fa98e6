import 'reflect-metadata';
import { type AccountFacts, ONBOARDING_STATUS_RULES, OnboardingStatus, deriveOnboardingStatus, requirementsDue } from '../../server/writers/onboarding-status';

/** A fully onboarded account; each case below changes only what it is about. */
const ACTIVE_ACCOUNT: AccountFacts = {
  detailsSubmitted: true,
  chargesEnabled: true,
  payoutsEnabled: true,
  transfersCapability: 'active',
  currentlyDue: [],
  pastDue: [],
  pendingVerification: [],
  disabledReason: null,
  onboardingStarted: true,
};

describe('the onboarding status rules (first match wins)', () => {
  it.each<[string, Partial<AccountFacts>, OnboardingStatus]>([
    ['details submitted, transfers active, nothing past due', {}, OnboardingStatus.ACTIVE],
    ['active but payouts not yet enabled: transfers only need the transfers capability', { payoutsEnabled: false }, OnboardingStatus.ACTIVE],
    ['active with requirements currently due but none past due', { currentlyDue: ['individual.id_number'] }, OnboardingStatus.ACTIVE],
    ['rejected by Stripe, whatever else holds', { disabledReason: 'rejected.fraud' }, OnboardingStatus.REJECTED],
    ['rejected before submitting anything', { disabledReason: 'rejected.other', detailsSubmitted: false, onboardingStarted: false }, OnboardingStatus.REJECTED],
    [
      'no link issued, Stripe listing the new account past due',
      { detailsSubmitted: false, onboardingStarted: false, pastDue: ['individual.dob.day'], transfersCapability: 'inactive' },
      OnboardingStatus.NOT_STARTED,
    ],
    ['a link issued, details not yet submitted', { detailsSubmitted: false, transfersCapability: 'inactive' }, OnboardingStatus.IN_PROGRESS],
    [
      'submitted, Stripe verifying documents',
      { transfersCapability: 'inactive', pendingVerification: ['individual.verification.document'] },
      OnboardingStatus.PENDING_VERIFICATION,
    ],
    ['submitted, the transfers capability pending', { transfersCapability: 'pending' }, OnboardingStatus.PENDING_VERIFICATION],
    ['submitted, something past due while verifying', { transfersCapability: 'pending', pastDue: ['individual.id_number'] }, OnboardingStatus.RESTRICTED],
    ['transfers active but something past due', { pastDue: ['external_account'] }, OnboardingStatus.RESTRICTED],
    ['disabled for another reason than a rejection', { transfersCapability: 'inactive', disabledReason: 'requirements.past_due' }, OnboardingStatus.RESTRICTED],
  ])('%s: %s', (_label, change, status) => {
    expect(deriveOnboardingStatus({ ...ACTIVE_ACCOUNT, ...change })).toBe(status);
  });

  it('are tried in this order, ending with a rule that always matches', () => {
    expect(ONBOARDING_STATUS_RULES.map((rule) => rule.status)).toEqual([
      OnboardingStatus.REJECTED,
      OnboardingStatus.ACTIVE,
      OnboardingStatus.NOT_STARTED,
      OnboardingStatus.IN_PROGRESS,
      OnboardingStatus.PENDING_VERIFICATION,
      OnboardingStatus.RESTRICTED,
    ]);
    expect(ONBOARDING_STATUS_RULES.at(-1)!.when({ ...ACTIVE_ACCOUNT, detailsSubmitted: false })).toBe(true);
  });

  it('list what is due once, past due and currently due together, sorted', () => {
    expect(requirementsDue({ pastDue: ['individual.dob.day', 'external_account'], currentlyDue: ['external_account', 'business_profile.url'] })).toEqual([
      'business_profile.url',
      'external_account',
      'individual.dob.day',
    ]);
  });
});
