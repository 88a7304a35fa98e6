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

/** Digits after the decimal point in the currency's minor unit: 2 for usd, 0 for jpy, 3 for bhd. */
export function minorUnitExponent(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "$12.34" for (1234, usd), "¥1,234" for (1234, jpy). */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amountMinor / 10 ** exponent);
}
