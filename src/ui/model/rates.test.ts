/** Tests for rate normalisation (rates.ts): each quoted form → the engine's exact rate. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equivalentAnnualPercent, isAnnualAbove, isImplausibleRate, percentToFraction, toEngineRate } from './rates';

describe('toEngineRate', () => {
  it.each([
    [{ unit: 'daily-percent', percent: '0.05' } as const, { dailyRate: '0.0005' }],
    [{ unit: 'daily-percent', percent: '0' } as const, { dailyRate: '0' }],
    [{ unit: 'monthly-percent', percent: '1.5' } as const, { monthlyRate: '0.015' }],
    [{ unit: 'monthly-percent', percent: '0.333333333333333333' } as const, { monthlyRate: '0.00333333333333333333' }],
    // Annual rates stay exact (issue 16): 24 % on 365 days used to become 0.0006575342465753 a day.
    // Break: spread the annual rate over its basis again → these four fail.
    [{ unit: 'annual-percent', percent: '36', basis: 360 } as const, { annualRate: '0.36', annualRateDayBasis: 360 }],
    [{ unit: 'annual-percent', percent: '24', basis: 365 } as const, { annualRate: '0.24', annualRateDayBasis: 365 }],
    [{ unit: 'annual-percent', percent: '18', basis: 365 } as const, { annualRate: '0.18', annualRateDayBasis: 365 }],
    [
      { unit: 'annual-percent', percent: '0.0000001', basis: 365 } as const,
      { annualRate: '0.000000001', annualRateDayBasis: 365 },
    ],
  ])('%o → %o', (entered, expected) => {
    expect(toEngineRate(entered)).toEqual(expected);
  });

  it('never uses exponent notation', () => {
    const rate = toEngineRate({ unit: 'daily-percent', percent: '0.0000001' });
    expect(rate.dailyRate).toBe('0.000000001');
  });
});

describe('percentToFraction', () => {
  it('divides a percent by 100 exactly, without exponent notation', () => {
    // Break: return the percent unchanged → fails.
    expect(percentToFraction('0.075')).toBe('0.00075');
    expect(percentToFraction('1')).toBe('0.01');
    expect(percentToFraction('0.0000001')).toBe('0.000000001');
  });
});

describe('equivalentAnnualPercent', () => {
  it.each([
    [{ unit: 'daily-percent', percent: '0.05' } as const, '18.25'],
    [{ unit: 'monthly-percent', percent: '1.5' } as const, '18'],
    [{ unit: 'annual-percent', percent: '23.999', basis: 360 } as const, '24'],
    [{ unit: 'annual-percent', percent: '35.9', basis: 365 } as const, '35.9'],
  ])('%o → %s %%', (entered, expected) => {
    expect(equivalentAnnualPercent(entered)).toBe(expected);
  });

  it('flags rates above a limit', () => {
    expect(isAnnualAbove({ unit: 'daily-percent', percent: '0.1' }, '36')).toBe(true);
    expect(isAnnualAbove({ unit: 'monthly-percent', percent: '3' }, '36')).toBe(false);
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

describe('agreement with decimal.js (an independent exact model; rates.ts uses BigInt)', () => {
  const Model = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
  const plainText = (value: Decimal): string => new Model(value.toFixed()).toFixed();
  const percentText = fc
    .tuple(fc.nat({ max: 999 }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 }))
    .map(([whole, fraction]) => (fraction === '' ? String(whole) : `${String(whole)}.${fraction}`));
  const units = ['daily-percent', 'monthly-percent', 'annual-percent'] as const;

  // Break: round half-down in equivalentAnnualPercent (`>` for `>=` in divideHalfUp), or a scale off
  // by one in percentToFraction → fails.
  it('gives the same fraction and the same annual percent at any number of places', () => {
    fc.assert(
      fc.property(percentText, fc.constantFrom(...units), fc.integer({ min: 0, max: 8 }), (percent, unit, decimals) => {
        const entered = unit === 'annual-percent' ? { unit, percent, basis: 365 as const } : { unit, percent };
        expect(percentToFraction(percent)).toBe(plainText(new Model(percent).dividedBy(100)));
        const factor = unit === 'daily-percent' ? 365 : unit === 'monthly-percent' ? 12 : 1;
        expect(equivalentAnnualPercent(entered, decimals)).toBe(
          plainText(new Model(percent).times(factor).toDecimalPlaces(decimals)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a rate that is not a plain decimal', () => {
    expect(() => percentToFraction('5e-2')).toThrow(RangeError);
    expect(() => percentToFraction('-1')).toThrow(RangeError);
  });
});
