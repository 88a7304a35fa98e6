import { ValidateBy, type ValidationOptions } from 'class-validator';

// ISO 4217 codes as the runtime's ICU knows them, stored lowercase as Stripe does.
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency').map((code) => code.toLowerCase()));

export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code.toLowerCase());
}

/** `@IsCurrencyCode()`: an ISO 4217 code, any case (services lowercase it). */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value) => typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) && isKnownCurrency(value),
        defaultMessage: () => 'currency must be an ISO 4217 code such as usd',
      },
    },
    options,
  );
}

// Building an Intl.NumberFormat costs far more than formatting with one, and every Money in a
// page is formatted: one formatter per currency, kept for the life of the process.
const formats = new Map<string, { formatter: Intl.NumberFormat; exponent: number }>();

function formatOf(currency: string): { formatter: Intl.NumberFormat; exponent: number } {
  const code = currency.toUpperCase();
  let format = formats.get(code);
  if (!format) {
    const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    format = { formatter, exponent: formatter.resolvedOptions().maximumFractionDigits ?? 2 };
    formats.set(code, format);
  }
  return format;
}

/** Digits after the decimal point in the currency's minor unit: 2 for usd, 0 for jpy, 3 for bhd. */
export function minorUnitExponent(currency: string): number {
  return formatOf(currency).exponent;
}

/** "$12.34" for (1234, usd), "¥1,234" for (1234, jpy). */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const { formatter, exponent } = formatOf(currency);
  return formatter.format(amountMinor / 10 ** exponent);
}
