// Where the platform can pay writers (Stripe cross-border payouts from a US platform): the US,
// Canada, the UK, Switzerland and the EEA. The gateway checks the same list.
const PAYABLE_COUNTRY_CODES = [
  'US',
  'CA',
  'GB',
  'CH',
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

const names = new Intl.DisplayNames(undefined, { type: 'region' });

export const countryName = (code: string): string => names.of(code) ?? code;

/** The payable countries by name, in the reader's language and order. */
export const PAYABLE_COUNTRIES = PAYABLE_COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
