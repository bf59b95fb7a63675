/** Tests for rate normalisation (rates.ts): each quoted form → the engine's exact rate. */
import { describe, expect, it } from 'vitest';
import { equivalentAnnualPercent, isAnnualAbove, toEngineRate } from './rates';

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
  ])('%o → %s %%', (entered, expected) => {
    expect(equivalentAnnualPercent(entered)).toBe(expected);
  });

  it('flags rates above a limit', () => {
    expect(isAnnualAbove({ unit: 'daily-percent', percent: '0.1' }, '36')).toBe(true);
    expect(isAnnualAbove({ unit: 'monthly-percent', percent: '3' }, '36')).toBe(false);
  });
});
