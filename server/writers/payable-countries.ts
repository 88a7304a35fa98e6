// A US platform can transfer to connected accounts in the US, Canada, the UK, the EEA and
// Switzerland (Stripe: cross-border payouts). Writers elsewhere are refused at sign-up.
const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IS',
  'IE',
  'IT',
  'LV',
  'LI',
  'LT',
  'LU',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

export const PAYABLE_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'GB', 'CH', ...EEA_COUNTRIES]);

/** Outside the US, writers accept Stripe's recipient service agreement (they only receive transfers). */
export function serviceAgreementFor(country: string): 'recipient' | undefined {
  return country === 'US' ? undefined : 'recipient';
}
