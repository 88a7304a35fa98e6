// Amounts are typed and shown in the currency's major unit and sent in its minor unit:
// 12.34 usd is 1234, 1234 jpy is 1234 (no minor unit), 1.234 bhd is 1234.

/** The gateway's largest amount (Stripe's eight digits). */
export const MAX_AMOUNT_MINOR = 99_999_999;

export function minorUnitExponent(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function toMajorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorUnitExponent(currency);
}

export function formatMinorUnits(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase() }).format(toMajorUnits(amountMinor, currency));
}

/** `1234` cents as `"12.34"`, for prefilling an amount field. */
export function majorUnitsText(amountMinor: number, currency: string): string {
  return toMajorUnits(amountMinor, currency).toFixed(minorUnitExponent(currency));
}

type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; message: string };

// Digits with an optional decimal point; commas only as thousands separators ("1,234.50").
const AMOUNT_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/** Parses what an admin typed, without floating point: "12.30" usd → 1230. */
export function parseMajorUnits(text: string, currency: string): ParsedAmount {
  const match = AMOUNT_PATTERN.exec(text.trim());
  const code = currency.toUpperCase();
  if (!match) return { ok: false, message: `Enter an amount in ${code}, such as ${exampleAmount(currency)}.` };
  const exponent = minorUnitExponent(currency);
  const [, wholeDigits = '', fractionDigits = ''] = match;
  const fraction = fractionDigits.replace(/0+$/, '');
  if (fraction.length > exponent) {
    const precision = exponent === 0 ? `${code} has no minor unit: enter a whole amount` : `${code} amounts have at most ${exponent} decimal places`;
    return { ok: false, message: `${precision}.` };
  }
  const amountMinor = Number(wholeDigits.replace(/,/g, '') + fraction.padEnd(exponent, '0'));
  if (amountMinor < 1) return { ok: false, message: 'Enter an amount greater than zero.' };
  if (amountMinor > MAX_AMOUNT_MINOR) return { ok: false, message: `The most one request can move is ${formatMinorUnits(MAX_AMOUNT_MINOR, currency)}.` };
  return { ok: true, amountMinor };
}

function exampleAmount(currency: string): string {
  return minorUnitExponent(currency) === 0 ? '1000' : (25).toFixed(minorUnitExponent(currency));
}

/** What a form offers first when nothing says otherwise (the platform holds nothing yet). */
export const DEFAULT_CURRENCY = 'usd';

/** Currencies offered for adding funds, besides those the balance already holds. */
export const COMMON_CURRENCIES = [DEFAULT_CURRENCY, 'eur', 'gbp', 'cad', 'aud', 'chf', 'jpy'];
