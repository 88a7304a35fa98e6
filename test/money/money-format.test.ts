import 'reflect-metadata';
import { formatMinorUnits, isKnownCurrency, minorUnitExponent } from '../../server/money/currency';
import { money } from '../../server/money/money.type';

describe('money in minor units', () => {
  it.each([
    [1234, 'usd', '$12.34'],
    [1234, 'eur', '€12.34'],
    [1234, 'jpy', '¥1,234'],
    [1234, 'bhd', 'BHD 1.234'],
    [0, 'usd', '$0.00'],
  ])('formats %d %s as %s', (amountMinor, currency, formatted) => {
    expect(formatMinorUnits(amountMinor, currency).replace(/\u00a0/g, ' ')).toBe(formatted);
  });

  it("uses each currency's own minor-unit exponent", () => {
    expect([minorUnitExponent('usd'), minorUnitExponent('jpy'), minorUnitExponent('krw'), minorUnitExponent('kwd')]).toEqual([2, 0, 0, 3]);
  });

  it('knows ISO 4217 codes in any case, and nothing else', () => {
    expect([isKnownCurrency('usd'), isKnownCurrency('USD'), isKnownCurrency('xyz'), isKnownCurrency('us')]).toEqual([true, true, false, false]);
  });

  it('builds the GraphQL Money object', () => {
    expect(money(99_999_999, 'usd')).toEqual({ amountMinor: 99_999_999, currency: 'usd', formatted: '$999,999.99' });
  });
});
