/** Rule 7: how snowball, avalanche and custom orders are formed. Expected orders worked by hand. */
import { describe, expect, it } from 'vitest';
import { planRepayment } from './index';
import type { DebtInput, Strategy } from './types';

function orderOf(debts: DebtInput[], strategy: Strategy, order?: string[]): string[] {
  return planRepayment({
    asOf: '2026-01-01',
    firstPaymentDate: '2026-02-01',
    monthlyBudget: '100000',
    strategy,
    debts,
    ...(order ? { order } : {}),
  }).order;
}

// Platform P: p1 300 @ 1 %/month (12 %/yr), p2 400 @ 0.1 %/day (36.5 %/yr) → total 700, highest 36.5 %.
// Platform Q: q1 500 @ 3 %/month (36 %/yr). Unnamed u: 600 @ 0.05 %/day (18.25 %/yr).
const platforms: DebtInput[] = [
  { id: 'p1', platform: 'P', principal: '300', monthlyRate: '0.01' },
  { id: 'u', principal: '600', dailyRate: '0.0005' },
  { id: 'q1', platform: 'Q', principal: '500', monthlyRate: '0.03' },
  { id: 'p2', platform: 'P', principal: '400', dailyRate: '0.001' },
];

describe('platform ranking', () => {
  it('snowball ranks platforms by total owed and keeps a platform’s loans together', () => {
    // Q 500 < u 600 < P 700; inside P: p1 300 < p2 400.
    expect(orderOf(platforms, 'snowball')).toEqual(['q1', 'u', 'p1', 'p2']);
  });

  it('avalanche ranks platforms by their highest annual rate', () => {
    // P 36.5 % > Q 36 % > u 18.25 %; inside P: p2 36.5 % > p1 12 %.
    expect(orderOf(platforms, 'avalanche')).toEqual(['p2', 'p1', 'q1', 'u']);
  });

  it('never merges unnamed debts with each other or with a named platform', () => {
    const debts: DebtInput[] = [
      { id: 'x', principal: '100', monthlyRate: '0' },
      { id: 'y', principal: '100', monthlyRate: '0' },
      { id: 'n', platform: 'N', principal: '150', monthlyRate: '0' },
    ];
    // Merged, x+y (200) would rank after N (150); separately each 100 ranks first.
    expect(orderOf(debts, 'snowball')).toEqual(['x', 'y', 'n']);
  });

  it('counts interest and fees owed now in the total owed', () => {
    const debts: DebtInput[] = [
      { id: 'a', principal: '100', interest: '60', monthlyRate: '0' },
      { id: 'b', principal: '150', monthlyRate: '0' },
    ];
    expect(orderOf(debts, 'snowball')).toEqual(['b', 'a']);
  });
});

describe('tie-breaks', () => {
  it('compares rates exactly: 0.009 %/day equals 0.27375 %/month', () => {
    // 0.00009 × 365 = 0.03285 = 0.0027375 × 12, so avalanche falls back to owed ascending.
    const debts: DebtInput[] = [
      { id: 'big', principal: '900', dailyRate: '0.00009' },
      { id: 'small', principal: '800', monthlyRate: '0.0027375' },
    ];
    expect(orderOf(debts, 'avalanche')).toEqual(['small', 'big']);
  });

  it('snowball breaks an owed tie by annual rate, then by input position', () => {
    const debts: DebtInput[] = [
      { id: 'low', principal: '500', monthlyRate: '0.01' },
      { id: 'high', principal: '500', monthlyRate: '0.02' },
      { id: 'high2', principal: '500', dailyRate: '0.0006575342465753424' }, // × 365 = 0.239999999999999976
    ];
    // high 24 %/yr; high2 just under 24 %/yr; low 12 %/yr.
    expect(orderOf(debts, 'snowball')).toEqual(['high', 'high2', 'low']);
  });

  it('avalanche breaks a full tie by input position', () => {
    const debts: DebtInput[] = [
      { id: 'first', principal: '500', monthlyRate: '0.01' },
      { id: 'second', principal: '500', monthlyRate: '0.01' },
    ];
    expect(orderOf(debts, 'avalanche')).toEqual(['first', 'second']);
  });

  it('treats a frozen debt’s rate as 0', () => {
    const debts: DebtInput[] = [
      { id: 'frozen', principal: '100', monthlyRate: '0.05', frozen: true },
      { id: 'live', principal: '900', monthlyRate: '0.001' },
    ];
    expect(orderOf(debts, 'avalanche')).toEqual(['live', 'frozen']);
  });
});

describe('fixed payments', () => {
  it('ranks a platform whose debts all have a fixed payment after all others', () => {
    const debts: DebtInput[] = [
      { id: 'fixed', platform: 'F', principal: '50', monthlyRate: '0.05', fixedPayment: '10' },
      { id: 'other', principal: '5000', monthlyRate: '0.001' },
    ];
    expect(orderOf(debts, 'snowball')).toEqual(['other', 'fixed']);
    expect(orderOf(debts, 'avalanche')).toEqual(['other', 'fixed']);
  });

  it('inside a platform, ranks debts with a fixed payment after those without', () => {
    const debts: DebtInput[] = [
      { id: 'f', platform: 'M', principal: '10', monthlyRate: '0.05', fixedPayment: '5' },
      { id: 'g', platform: 'M', principal: '999', monthlyRate: '0.001' },
    ];
    expect(orderOf(debts, 'snowball')).toEqual(['g', 'f']);
  });
});

describe('custom order', () => {
  it('uses the order as given, and ignores `order` for other strategies', () => {
    expect(orderOf(platforms, 'custom', ['u', 'p2', 'q1', 'p1'])).toEqual(['u', 'p2', 'q1', 'p1']);
    expect(orderOf(platforms, 'snowball', ['u', 'p2', 'q1', 'p1'])).toEqual(['q1', 'u', 'p1', 'p2']);
  });
});
