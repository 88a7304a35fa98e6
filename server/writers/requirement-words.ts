// Stripe's requirement codes (requirements.currently_due, past_due) in the words its Dashboard
// uses; the code stays beside them for integrators and support.
const WORDS: Readonly<Record<string, string>> = {
  external_account: 'Bank account for payouts',
  'business_profile.url': 'Website or profile link',
  'business_profile.mcc': 'Type of business',
  'business_profile.product_description': 'What they sell',
  business_type: 'Type of business entity',
  'tos_acceptance.date': 'Acceptance of Stripe’s terms',
  'tos_acceptance.ip': 'Acceptance of Stripe’s terms',
  'individual.first_name': 'First name',
  'individual.last_name': 'Last name',
  'individual.email': 'Email address',
  'individual.phone': 'Phone number',
  'individual.dob.day': 'Date of birth',
  'individual.dob.month': 'Date of birth',
  'individual.dob.year': 'Date of birth',
  'individual.address.line1': 'Home address',
  'individual.address.city': 'Home address',
  'individual.address.postal_code': 'Home address',
  'individual.address.state': 'Home address',
  'individual.id_number': 'Government ID number',
  'individual.ssn_last_4': 'Last 4 digits of the Social Security number',
  'individual.verification.document': 'Identity document',
  'individual.verification.additional_document': 'Additional identity document',
};

/** A code Stripe adds later is spelled out from its last parts ("individual.political_exposure" → "Political exposure"). */
export function requirementInWords(code: string): string {
  const known = WORDS[code];
  if (known) return known;
  const words = code.split('.').slice(-2).join(' ').replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
