import { MAX_AMOUNT_MINOR, formatMinorUnits, majorUnitsText, minorUnitExponent, parseMajorUnits } from '../../admin-ui/src/money/money';

// The console takes amounts in the currency's major unit and sends minor units.
describe('amounts typed in the console', () => {
  it.each([
    ['12.34', 'usd', 1234],
    ['12.3', 'usd', 1230],
    ['12', 'eur', 1200],
    ['1,234.50', 'usd', 123450],
    ['0.01', 'gbp', 1],
    ['1000', 'jpy', 1000],
    ['10.0', 'jpy', 10],
    ['1.234', 'bhd', 1234],
    [' 999999.99 ', 'usd', MAX_AMOUNT_MINOR],
  ])('reads %s %s as %i minor units', (text, currency, amountMinor) => {
    expect(parseMajorUnits(text, currency)).toEqual({ ok: true, amountMinor });
  });

  it.each([
    ['12.345', 'usd', 'USD amounts have at most 2 decimal places.'],
    ['10.5', 'jpy', 'JPY has no minor unit: enter a whole amount.'],
    ['abc', 'usd', 'Enter an amount in USD, such as 25.00.'],
    ['', 'jpy', 'Enter an amount in JPY, such as 1000.'],
    ['-5', 'usd', 'Enter an amount in USD, such as 25.00.'],
    ['1e3', 'usd', 'Enter an amount in USD, such as 25.00.'],
    ['12,34', 'eur', 'Enter an amount in EUR, such as 25.00.'],
    ['0', 'usd', 'Enter an amount greater than zero.'],
    ['1000000', 'usd', 'The most one request can move is $999,999.99.'],
  ])('refuses %j in %s', (text, currency, message) => {
    expect(parseMajorUnits(text, currency)).toEqual({ ok: false, message });
  });

  it('knows each currency’s minor unit and shows amounts back in the major unit', () => {
    expect([minorUnitExponent('usd'), minorUnitExponent('jpy'), minorUnitExponent('bhd')]).toEqual([2, 0, 3]);
    expect(majorUnitsText(1230, 'usd')).toBe('12.30');
    expect(majorUnitsText(1234, 'jpy')).toBe('1234');
    expect(formatMinorUnits(1234, 'jpy')).toBe(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'JPY' }).format(1234));
  });
});
