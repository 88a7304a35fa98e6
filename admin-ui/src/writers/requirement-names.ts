import { humanize } from '../ui/format';

// Stripe's requirement ids as its Dashboard words them; anything else is spelled out from the id.
const NAMES: Record<string, string> = {
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

/** One line per thing to provide (the three parts of a birth date are one date), each with the ids behind it. */
export function requirementsInWords(requirements: string[]): Array<{ name: string; ids: string[] }> {
  const grouped = new Map<string, string[]>();
  for (const id of requirements) {
    const name = NAMES[id] ?? humanize(id.split('.').slice(-2).join(' '));
    grouped.set(name, [...(grouped.get(name) ?? []), id]);
  }
  return [...grouped].map(([name, ids]) => ({ name, ids }));
}
