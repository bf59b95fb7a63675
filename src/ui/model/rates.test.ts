/**
 * Tests for rate normalisation (rates.ts): each quoted form → the engine's exact rate. Expected
 * values are worked by hand (the working beside each), and a property compares every function with
 * decimal.js, an independent exact decimal library (rates.ts itself uses BigInt).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnteredRate } from '../../domain/records';
import {
  annualPercentFromEngine,
  equivalentAnnualPercent,
  isAnnualAbove,
  isImplausibleRate,
  toEngineRate,
} from './rates';

describe('toEngineRate', () => {
  it.each([
    [{ unit: 'daily-percent', percent: '0.05' } as const, { dailyRate: '0.0005' }],
    [{ unit: 'daily-percent', percent: '0' } as const, { dailyRate: '0' }],
    [{ unit: 'monthly-percent', percent: '1.5' } as const, { monthlyRate: '0.015' }],
    [{ unit: 'monthly-percent', percent: '0.333333333333333333' } as const, { monthlyRate: '0.00333333333333333333' }],
    [{ unit: 'annual-percent', percent: '36', basis: 360 } as const, { dailyRate: '0.001' }],
    [{ unit: 'annual-percent', percent: '24', basis: 365 } as const, { dailyRate: '0.0006575342465753' }],
    [{ unit: 'annual-percent', percent: '18.25', basis: 365 } as const, { dailyRate: '0.0005' }],
    [{ unit: 'annual-percent', percent: '0.0000001', basis: 365 } as const, { dailyRate: '0.0000000000027397' }],
  ])('%o → %o', (entered, expected) => {
    expect(toEngineRate(entered)).toEqual(expected);
  });

  // 1 % a year on 365 days: 0.01 / 365 = 0.0000273972602739|726… → 16 places, the 17th digit 7 rounds up.
  // Break: truncate instead of rounding (drop the `+ 1n`) → fails.
  it('rounds an annual rate spread over its days to 16 places', () => {
    expect(toEngineRate({ unit: 'annual-percent', percent: '1', basis: 365 })).toEqual({
      dailyRate: '0.000027397260274',
    });
  });

  // 0.0000000000018 % / 100 / 360 = 0.00000000000000005 exactly: a half at the 17th place rounds up.
  // Break: `>=` → `>` in divideHalfUp (half-down) → fails.
  it('rounds an exact half up', () => {
    expect(toEngineRate({ unit: 'annual-percent', percent: '0.0000000000018', basis: 360 })).toEqual({
      dailyRate: '0.0000000000000001',
    });
  });

  it('refuses a rate that is not a plain decimal', () => {
    expect(() => toEngineRate({ unit: 'daily-percent', percent: '5e-2' })).toThrow(RangeError);
    expect(() => toEngineRate({ unit: 'daily-percent', percent: '-1' })).toThrow(RangeError);
  });

  it('never uses exponent notation', () => {
    const rate = toEngineRate({ unit: 'daily-percent', percent: '0.0000001' });
    expect(rate.dailyRate).toBe('0.000000001');
  });
});

describe('equivalentAnnualPercent', () => {
  it.each([
    [{ unit: 'daily-percent', percent: '0.05' } as const, '18.25'],
    [{ unit: 'monthly-percent', percent: '1.5' } as const, '18'],
    [{ unit: 'annual-percent', percent: '23.999', basis: 360 } as const, '24'],
    [{ unit: 'annual-percent', percent: '35.9', basis: 365 } as const, '35.9'],
    // 0.004999 × 365 = 1.824635 → 2 places: 1.82|4635 rounds down. Break: round up always → fails.
    [{ unit: 'daily-percent', percent: '0.004999' } as const, '1.82'],
    // 0.0137 × 365 = 5.0005 → 5.00|05 rounds down to 5. Break: keep trailing zeros → '5.00', fails.
    [{ unit: 'daily-percent', percent: '0.0137' } as const, '5'],
  ])('%o → %s %%', (entered, expected) => {
    expect(equivalentAnnualPercent(entered)).toBe(expected);
  });

  it('flags rates above a limit', () => {
    expect(isAnnualAbove({ unit: 'daily-percent', percent: '0.1' }, '36')).toBe(true);
    expect(isAnnualAbove({ unit: 'monthly-percent', percent: '3' }, '36')).toBe(false);
    // 3.0000001 % a month × 12 = 36.0000012 > 36 (at 6 places, not at 2). Break: compare at 2 places → fails.
    expect(isAnnualAbove({ unit: 'monthly-percent', percent: '3.0000001' }, '36')).toBe(true);
    expect(isAnnualAbove({ unit: 'annual-percent', percent: '36', basis: 360 }, '36.0')).toBe(false);
  });
});

describe('annualPercentFromEngine', () => {
  // 0.0005 × 36500 = 18.25; 0.015 × 1200 = 18; 0.0006575342465753 × 36500 = 23.99999999999845 → 24.
  it.each([
    [{ dailyRate: '0.0005' }, '18.25'],
    [{ monthlyRate: '0.015' }, '18'],
    [{ dailyRate: '0.0006575342465753' }, '24'],
  ] as const)('%o → %s %%', (rate, expected) => {
    expect(annualPercentFromEngine(rate)).toBe(expected);
  });
});

describe('agreement with decimal.js (an independent exact model)', () => {
  const Model = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
  const plainText = (value: Decimal): string => new Model(value.toFixed()).toFixed();
  const percentText = fc
    .tuple(fc.nat({ max: 999 }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 }))
    .map(([whole, fraction]) => (fraction === '' ? String(whole) : `${String(whole)}.${fraction}`));
  const entered: fc.Arbitrary<EnteredRate> = fc.oneof(
    percentText.map((percent) => ({ unit: 'daily-percent' as const, percent })),
    percentText.map((percent) => ({ unit: 'monthly-percent' as const, percent })),
    fc
      .tuple(percentText, fc.constantFrom(360 as const, 365 as const))
      .map(([percent, basis]) => ({ unit: 'annual-percent' as const, percent, basis })),
  );

  // Break: round the 16-place daily rate half-down (`>` for `>=`) or drop a digit of the scale → fails.
  it('gives the same engine rate and annual percent', () => {
    fc.assert(
      fc.property(entered, fc.integer({ min: 0, max: 8 }), (rate, decimals) => {
        const fraction = new Model(rate.percent).dividedBy(100);
        const expected =
          rate.unit === 'daily-percent'
            ? { dailyRate: plainText(fraction) }
            : rate.unit === 'monthly-percent'
              ? { monthlyRate: plainText(fraction) }
              : { dailyRate: plainText(fraction.dividedBy(rate.basis).toDecimalPlaces(16)) };
        expect(toEngineRate(rate)).toEqual(expected);
        const factor = rate.unit === 'daily-percent' ? 365 : rate.unit === 'monthly-percent' ? 12 : 1;
        expect(equivalentAnnualPercent(rate, decimals)).toBe(
          plainText(new Model(rate.percent).times(factor).toDecimalPlaces(decimals)),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('isImplausibleRate (issue 13: the form asks before saving)', () => {
  it('asks above 1,000 % a year, whatever the unit, and not at or below it', () => {
    // By hand: 999999999999 % a day is 364,999,999,999,635 % a year; 5 % a day (0.05 typed as 5) is
    // 1,825 %; 2.74 % a day is 1,000.1 %; 2.7397 % a day is 999.9905 %; 84 % a month is 1,008 %;
    // 83 % a month is 996 %; 1000 % a year is the line itself.
    // Break: compare with '36' instead of IMPLAUSIBLE_ANNUAL_PERCENT → the 0.1 %-a-day and 996 % cases fail.
    // Break: use the entered percent without the unit (no × 365) → the 5 %-a-day case fails.
    expect(isImplausibleRate({ unit: 'daily-percent', percent: '999999999999' })).toBe(true);
    expect(isImplausibleRate({ unit: 'daily-percent', percent: '5' })).toBe(true);
    expect(isImplausibleRate({ unit: 'daily-percent', percent: '2.74' })).toBe(true);
    expect(isImplausibleRate({ unit: 'daily-percent', percent: '2.7397' })).toBe(false);
    expect(isImplausibleRate({ unit: 'daily-percent', percent: '0.1' })).toBe(false);
    expect(isImplausibleRate({ unit: 'monthly-percent', percent: '84' })).toBe(true);
    expect(isImplausibleRate({ unit: 'monthly-percent', percent: '83' })).toBe(false);
    expect(isImplausibleRate({ unit: 'annual-percent', percent: '1000', basis: 365 })).toBe(false);
    expect(isImplausibleRate({ unit: 'annual-percent', percent: '1000.01', basis: 360 })).toBe(true);
  });
});
