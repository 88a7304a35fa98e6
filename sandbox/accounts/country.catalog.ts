import { invalidParam } from '../kernel/errors';

/** The countries Stripe creates connected accounts in (stripe.com/global). */
export const ACCOUNT_COUNTRIES = [
  'AE',
  'AT',
  'AU',
  'BE',
  'BG',
  'BR',
  'CA',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GI',
  'GR',
  'HK',
  'HR',
  'HU',
  'IE',
  'IN',
  'IT',
  'JP',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'MX',
  'MY',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'RO',
  'SE',
  'SG',
  'SI',
  'SK',
  'TH',
  'US',
];

/** An account's `country`, upper-cased; anything else is Stripe's `country_code_invalid`. */
export function checkedAccountCountry(value: string, param = 'country'): string {
  const country = value.toUpperCase();
  if (ACCOUNT_COUNTRIES.includes(country)) return country;
  throw invalidParam(
    `Country '${value}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'. A full list of country codes is available at https://stripe.com/docs/api#country_codes`,
    param,
    'country_code_invalid',
  );
}
