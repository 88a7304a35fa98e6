import { emptyRequirements, type Account, type CapabilityStatus, type OnboardingState } from './account.model';
import type { VerificationFailure } from './test-identity';

/** What Stripe asks of a fresh Express account before the holder says what kind of business it is. */
const UNDECIDED_REQUIREMENTS = [
  'business_profile.mcc',
  'business_profile.url',
  'business_type',
  'external_account',
  'representative.first_name',
  'representative.last_name',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];

const INDIVIDUAL_REQUIREMENTS = [
  'business_profile.mcc',
  'business_profile.url',
  'external_account',
  'individual.address.city',
  'individual.address.line1',
  'individual.address.postal_code',
  'individual.address.state',
  'individual.dob.day',
  'individual.dob.month',
  'individual.dob.year',
  'individual.email',
  'individual.first_name',
  'individual.id_number',
  'individual.last_name',
  'individual.phone',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];

const COMPANY_REQUIREMENTS = [
  'business_profile.mcc',
  'business_profile.url',
  'company.address.city',
  'company.address.line1',
  'company.address.postal_code',
  'company.address.state',
  'company.name',
  'company.phone',
  'company.tax_id',
  'external_account',
  'owners_provided',
  'representative.dob.day',
  'representative.dob.month',
  'representative.dob.year',
  'representative.first_name',
  'representative.id_number',
  'representative.last_name',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];

/** Requirements left once the holder has typed their details, before bank and terms. */
const LATE_REQUIREMENTS = ['external_account', 'individual.id_number', 'tos_acceptance.date', 'tos_acceptance.ip'];

/** Only the US asks an individual for an ID number (SSN) and, with Canada, a state or province. */
function appliesIn(country: string, requirement: string): boolean {
  if (requirement === 'individual.id_number') return country === 'US';
  if (requirement === 'individual.address.state') return country === 'US' || country === 'CA';
  return true;
}

/** What a fresh account still owes, minus what the platform prefilled. */
export function outstandingRequirements(account: Account): string[] {
  const catalog = account.business_type === 'individual' ? INDIVIDUAL_REQUIREMENTS : account.business_type ? COMPANY_REQUIREMENTS : UNDECIDED_REQUIREMENTS;
  return catalog.filter((requirement) => appliesIn(account.country, requirement) && !isProvided(account, requirement));
}

function isProvided(account: Account, requirement: string): boolean {
  if (requirement === 'external_account') return account.external_accounts.data.length > 0;
  if (requirement === 'individual.id_number') return account.individual?.id_number_provided ?? false;
  if (requirement === 'business_type') return account.business_type !== null;
  let value: unknown = account;
  for (const part of requirement.split('.')) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<string, unknown>)[part];
  }
  return value !== null && value !== undefined && value !== '';
}

interface StateShape {
  detailsSubmitted: boolean;
  enabled: boolean;
  capability: CapabilityStatus;
  disabledReason: string | null;
  due: (account: Account) => string[];
  pendingVerification: string[];
}

const DOCUMENT = 'individual.verification.document';

/** The realistic combinations Stripe shows for each stage of onboarding. */
const STATE_SHAPES: Record<OnboardingState, StateShape> = {
  new: shape(false, 'inactive', 'requirements.past_due', outstandingRequirements),
  in_progress: shape(false, 'inactive', 'requirements.past_due', (account) => {
    const late = outstandingRequirements(account).filter((requirement) => LATE_REQUIREMENTS.includes(requirement));
    return late.length > 0 ? late : LATE_REQUIREMENTS;
  }),
  pending_verification: {
    ...shape(true, 'pending', 'requirements.pending_verification', () => []),
    pendingVerification: ['individual.id_number', DOCUMENT],
  },
  restricted: shape(true, 'inactive', 'requirements.past_due', () => [DOCUMENT]),
  rejected: shape(true, 'inactive', 'rejected.fraud', () => []),
  active: { ...shape(true, 'active', null, () => []), enabled: true },
};

function shape(detailsSubmitted: boolean, capability: CapabilityStatus, disabledReason: string | null, due: (account: Account) => string[]): StateShape {
  return { detailsSubmitted, enabled: false, capability, disabledReason, due, pendingVerification: [] };
}

/**
 * Sets the flags, requirements and capability statuses that go with `state`; a restricted
 * account whose verification failed on test data asks for what that failure calls for.
 */
export function applyOnboardingState(account: Account, state: OnboardingState, failure?: VerificationFailure): void {
  if (state === 'restricted' && failure) {
    applyFailedVerification(account, failure);
    return;
  }
  const stateShape = STATE_SHAPES[state];
  const due = stateShape.due(account);
  account.details_submitted = stateShape.detailsSubmitted;
  account.charges_enabled = stateShape.enabled;
  account.payouts_enabled = stateShape.enabled;
  account.requirements = {
    ...emptyRequirements(),
    currently_due: due,
    eventually_due: due,
    past_due: due,
    disabled_reason: stateShape.disabledReason,
    pending_verification: stateShape.pendingVerification,
    errors:
      state === 'restricted'
        ? [
            {
              code: 'verification_document_failed_other',
              reason: 'The document could not be verified. Please upload a clear photo of an identity document.',
              requirement: DOCUMENT,
            },
          ]
        : [],
  };
  for (const name of Object.keys(account.capabilities)) account.capabilities[name] = stateShape.capability;
}

/** The capability status an account in `state` gives a newly requested capability. */
export function capabilityStatusFor(state: OnboardingState): CapabilityStatus {
  return STATE_SHAPES[state].capability;
}

function applyFailedVerification(account: Account, failure: VerificationFailure): void {
  applyOnboardingState(account, 'restricted');
  account.requirements = {
    ...account.requirements,
    currently_due: [failure.requirement],
    eventually_due: [failure.requirement],
    past_due: [failure.requirement],
    disabled_reason: failure.disabledReason,
    errors: [{ code: failure.code, reason: failure.reason, requirement: failure.requirement }],
  };
}
