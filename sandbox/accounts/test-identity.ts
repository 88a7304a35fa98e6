import type { Person } from './person.model';

/**
 * Stripe's Connect test data (docs.stripe.com/connect/testing) and what each value makes
 * verification do in test mode. Dates of birth: 1901-01-01 verifies, 1902-01-01 verifies at
 * once (in the response, not later), 1900-01-01 is an OFAC alert, any other fails. Addresses
 * (`line1`): `address_full_match` verifies, `address_no_match` and `address_line1_no_match`
 * fail. ID numbers: 000000000 (or SSN last 4 0000) verifies, 222222222 verifies at once,
 * 111111111 is an identity mismatch.
 */
export type IdNumberKind = 'verifies' | 'verifies_now' | 'mismatch' | 'unknown';

export interface VerificationFailure {
  code: string;
  reason: string;
  requirement: string;
  /** The account's `requirements.disabled_reason` while it stands. */
  disabledReason: string;
}

export type Verdict = { outcome: 'verified' | 'verified_now' } | { outcome: 'failed'; failure: VerificationFailure };

export function idNumberKind(value: string): IdNumberKind {
  const digits = value.replace(/\D/g, '');
  if (digits === '000000000' || digits === '0000') return 'verifies';
  if (digits === '222222222') return 'verifies_now';
  if (digits === '111111111') return 'mismatch';
  return 'unknown';
}

const KEYED_IDENTITY: VerificationFailure = {
  code: 'verification_failed_keyed_identity',
  reason:
    'The identity information you entered cannot be verified. Please correct any errors or upload a document that matches the identity fields (e.g., name and date of birth) that you entered.',
  requirement: 'individual.verification.document',
  disabledReason: 'requirements.past_due',
};

const ADDRESS_MATCH: VerificationFailure = {
  code: 'verification_failed_address_match',
  reason:
    'The address on the document did not match the address on the account. Upload a document with a matching address or update the address on the account.',
  requirement: 'individual.verification.additional_document',
  disabledReason: 'requirements.past_due',
};

const OFAC_REVIEW: VerificationFailure = {
  code: 'verification_failed_other',
  reason: 'This account is under review because its holder may match a sanctions list entry.',
  requirement: 'individual.verification.document',
  disabledReason: 'under_review',
};

function dobText(person: Person): string | undefined {
  const { year, month, day } = person.dob;
  if (!year || !month || !day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What Stripe's test-mode verification concludes about a person who gave everything asked. */
export function identityVerdict(person: Person, idNumber: IdNumberKind | undefined): Verdict {
  const dob = dobText(person);
  if (dob === '1900-01-01') return { outcome: 'failed', failure: OFAC_REVIEW };
  const line1 = person.address.line1;
  if (line1 === 'address_no_match' || line1 === 'address_line1_no_match') return { outcome: 'failed', failure: ADDRESS_MATCH };
  if (idNumber === 'mismatch') return { outcome: 'failed', failure: KEYED_IDENTITY };
  if (dob === '1902-01-01' || idNumber === 'verifies_now') return { outcome: 'verified_now' };
  if (dob === '1901-01-01') return { outcome: 'verified' };
  return { outcome: 'failed', failure: KEYED_IDENTITY };
}
