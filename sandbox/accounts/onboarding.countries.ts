import { EU_COUNTRIES } from './account.factory';

/**
 * What the hosted onboarding form asks a person in each country, and the Stripe test values
 * it is prefilled with: a US holder gives a state, ZIP code, SSN and routing number; a
 * Canadian a province and the transit and institution numbers; a UK holder a postcode and a
 * sort code; a holder in the euro area a postal code and an IBAN.
 */
export type BankForm = 'routing' | 'transit' | 'sort_code' | 'iban';

export interface CountryForm {
  city: string;
  /** State or province, and what it is called; null where the address has none. */
  region: { label: string; value: string } | null;
  postalCode: { label: string; value: string };
  /** The SSN, asked in the US only. */
  idNumber: string | null;
  bank: BankForm;
  /** Test bank details that succeed: routing (or transit-institution, or sort code) and account number or IBAN. */
  routingNumber: string | null;
  accountNumber: string;
}

/** Germany's, for a SEPA country without one of its own below. */
const GERMAN_TEST_IBAN = 'DE89370400440532013000';

/** Stripe's test IBANs that pay out (docs: "Testing payouts"), by country. */
const TEST_IBANS: Record<string, string> = {
  AT: 'AT611904300234573201',
  BE: 'BE62510007547061',
  DE: GERMAN_TEST_IBAN,
  ES: 'ES0700120345030000067890',
  FI: 'FI2112345600000785',
  FR: 'FR1420041010050500013M02606',
  IE: 'IE29AIBK93115212345678',
  IT: 'IT40S0542811101000000123456',
  LU: 'LU280019400644750000',
  NL: 'NL39RABO0300065264',
  PT: 'PT50000201231234567890154',
};

const EURO_CITIES: Record<string, [string, string]> = {
  DE: ['Berlin', '10115'],
  FR: ['Paris', '75001'],
  NL: ['Amsterdam', '1012 JS'],
  IE: ['Dublin', 'D02 X285'],
  ES: ['Madrid', '28013'],
  IT: ['Roma', '00184'],
  PT: ['Lisboa', '1100-148'],
};

const US_FORM: CountryForm = {
  city: 'San Francisco',
  region: { label: 'State', value: 'CA' },
  postalCode: { label: 'ZIP code', value: '94103' },
  idNumber: '000000000',
  bank: 'routing',
  routingNumber: '110000000',
  accountNumber: '000123456789',
};

export function countryForm(country: string): CountryForm {
  if (country === 'GB') {
    return {
      city: 'London',
      region: null,
      postalCode: { label: 'Postcode', value: 'WC2N 5DU' },
      idNumber: null,
      bank: 'sort_code',
      routingNumber: '108800',
      accountNumber: '00012345',
    };
  }
  if (country === 'CA') {
    return {
      city: 'Toronto',
      region: { label: 'Province', value: 'ON' },
      postalCode: { label: 'Postal code', value: 'M5V 2T6' },
      idNumber: null,
      bank: 'transit',
      routingNumber: '11000-000',
      accountNumber: '000123456789',
    };
  }
  if (EU_COUNTRIES.includes(country)) {
    const [city, postalCode] = EURO_CITIES[country] ?? ['Luxembourg', '1111'];
    return {
      city,
      region: null,
      postalCode: { label: 'Postal code', value: postalCode },
      idNumber: null,
      bank: 'iban',
      routingNumber: null,
      accountNumber: TEST_IBANS[country] ?? GERMAN_TEST_IBAN,
    };
  }
  return US_FORM;
}
