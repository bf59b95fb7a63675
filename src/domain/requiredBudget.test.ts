/** Rule 9: the least budget, to the fen, that clears everything by a target date. */
import { describe, expect, it } from 'vitest';
import { planRepayment, requiredBudget } from './index';
import type { DebtInput, PlanInput } from './types';

const base = { asOf: '2026-01-01', firstPaymentDate: '2026-01-15', strategy: 'snowball' as const };

function clearsBy(input: Omit<PlanInput, 'monthlyBudget'>, budget: string, target: string): boolean {
  const p = planRepayment({ ...input, monthlyBudget: budget });
  return p.feasible && p.debtFreeDate !== null && p.debtFreeDate <= target;
}

function lessByOneFen(money: string): string {
  const fen = BigInt(money.replace('.', '')) - 1n;
  const text = fen.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

describe('requiredBudget', () => {
  it('splits an interest-free debt evenly over the periods up to the target', () => {
    // Periods on 01-15, 02-15, 03-15, 04-15: 1000.00 / 4 = 250.00.
    const input = { ...base, debts: [{ id: 'a', principal: '1000.00', monthlyRate: '0' }] };
    expect(requiredBudget(input, '2026-04-15')).toBe('250.00');
    expect(requiredBudget(input, '2026-04-14')).toBe('333.34'); // 3 periods: 333.333… rounded up to the fen
    expect(requiredBudget(input, '2026-01-15')).toBe('1000.00');
  });

  it('covers period 1’s interest when the target is the first payment date', () => {
    // 1000.00 × 0.01 = 10.00 interest in period 1.
    const input = { ...base, debts: [{ id: 'a', principal: '1000.00', monthlyRate: '0.01' }] };
    expect(requiredBudget(input, '2026-01-15')).toBe('1010.00');
  });

  it('is null when something is owed and the target is before the first payment', () => {
    const input = { ...base, debts: [{ id: 'a', principal: '1.00', monthlyRate: '0' }] };
    expect(requiredBudget(input, '2026-01-14')).toBeNull();
  });

  it('when nothing is owed: 0.00 from asOf on, null before', () => {
    const input = { ...base, debts: [{ id: 'a', principal: '0', monthlyRate: '0.02' }] };
    expect(requiredBudget(input, '2026-01-01')).toBe('0.00');
    expect(requiredBudget({ ...base, debts: [] }, '2025-12-31')).toBeNull();
  });

  it('is the least budget: one fen less misses the date (commitments, interest, platforms)', () => {
    const debts: DebtInput[] = [
      { id: 'a', platform: 'P', principal: '3200.50', dailyRate: '0.0005', tokenPayment: '50' },
      { id: 'b', platform: 'P', principal: '800', interest: '35.20', monthlyRate: '0.015', compound: true },
      { id: 'c', principal: '12000', fees: '300', dailyRate: '0.0003', periodFee: '15', chargeCap: '2400' },
      { id: 'd', principal: '5000', monthlyRate: '0.01', fixedPayment: '400' },
    ];
    for (const strategy of ['snowball', 'avalanche'] as const) {
      for (const target of ['2026-06-30', '2027-01-15', '2028-12-31']) {
        const input = { ...base, strategy, debts };
        const budget = requiredBudget(input, target);
        expect(budget).not.toBeNull();
        expect(clearsBy(input, budget!, target)).toBe(true);
        expect(clearsBy(input, lessByOneFen(budget!), target)).toBe(false);
      }
    }
  });

  it('respects the horizon', () => {
    const input = { ...base, horizonMonths: 3, debts: [{ id: 'a', principal: '900', monthlyRate: '0' }] };
    // Only 3 periods may run, even if the target is years away.
    expect(requiredBudget(input, '2030-01-01')).toBe('300.00');
  });
});

describe('extremes: every valid input is answered (issue 13; timings in `npm run bench`)', () => {
  it('a daily rate of 999999999999 next to a second debt: no valid budget can clear it → null', () => {
    // Period 1 (14 days) alone adds 1000.00 × 999999999999 × 14 ≈ 1.4 × 10^16 yuan of interest, far above the
    // largest valid budget (9,999,999,999.99), and every later period as much again: nothing valid clears it.
    // Before the fix this never returned (the search's upper bound, 1.4e18 fen, was past 2^53).
    // Mutation: dropping the "largest valid budget fails → null" test (searching up to the owed 1.4e18 fen
    // again) → the bisection stalls past 2^53 and the test times out → fails.
    const input = {
      ...base,
      debts: [
        { id: 'a', principal: '1000.00', dailyRate: '999999999999' },
        { id: 'b', principal: '5000.00', monthlyRate: '0.01' },
      ],
    };
    expect(requiredBudget(input, '2027-01-01')).toBeNull();
    expect(planRepayment({ ...input, monthlyBudget: '2000' })).toMatchObject({
      feasible: false,
      reason: 'not-cleared-within-horizon',
      realistic: false,
    });
  });

  it('40 debts at the largest amount over 1200 months: 333333333.34 a month', () => {
    // 40 × 999,999,999,999 fen = 39,999,999,999,960 fen over 1200 periods (the last on 2125-12-15):
    // 39,999,999,999,960 / 1200 = 33,333,333,333.3 fen → 33,333,333,334 fen (× 1200 = 40,000,000,000,800 ≥ owed;
    // one fen less gives 39,999,999,999,600 < owed).
    const debts = Array.from({ length: 40 }, (_, i) => ({
      id: `d${String(i)}`,
      principal: '9999999999.99',
      monthlyRate: '0',
    }));
    expect(requiredBudget({ ...base, horizonMonths: 1200, debts }, '2125-12-15')).toBe('333333333.34');
  });

  it('runs all 1200 periods for 40 debts at the largest amount that are never cleared', () => {
    // Each debt: 999,999,999,999 fen × 0.02 = 19,999,999,999.98 fen → 200000000.00 a period, simple interest;
    // 0.01 a month never clears. Owed grows by 40 × 2e10 fen a period to about 1e15 fen: still tracked exactly.
    const debts = Array.from({ length: 40 }, (_, i) => ({
      id: `d${String(i)}`,
      principal: '9999999999.99',
      monthlyRate: '0.02',
    }));
    const p = planRepayment({ ...base, horizonMonths: 1200, monthlyBudget: '0.01', debts });
    expect(p.reason).toBe('not-cleared-within-horizon');
    expect(p.periods).toHaveLength(1200);
    expect(p.periods[1199]!.lines[39]!.interest).toBe('200000000.00');
    expect(p.unrealisticReasons).toEqual(['not-feasible', 'longer-than-5-years', 'interest-outgrows-payments']);
  });

  it('answers with the new fields at their limits: 40 current loans, 1200 budget changes and 1200 lump sums', () => {
    const months = Array.from(
      { length: 1200 },
      (_, i) => `${String(2026 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    );
    // Budget changes are kept in proportion to monthlyBudget (5000.00): every sixth month 0, the others the
    // budget being tried. So the plan for a budget B is the same input with those changes written as B.
    const changesFor = (budget: string) =>
      months.map((from, i) => ({ from, monthlyBudget: i % 12 === 5 ? '0' : budget }));
    const input = {
      ...base,
      horizonMonths: 1200,
      debts: Array.from({ length: 40 }, (_, i) => ({
        id: `d${String(i)}`,
        principal: '10000.00',
        annualRate: '0.2365',
        penaltyRate: '0.36',
        feeRate: '0.01',
        contractInstalment: '300.00',
      })),
      lumpSums: months.map((date) => ({ date, amount: '10.00' })),
    };
    const budget = requiredBudget(
      { ...input, monthlyBudget: '5000.00', budgetChanges: changesFor('5000.00') },
      '2030-12-31',
    );
    expect(budget).not.toBeNull();
    expect(clearsBy({ ...input, budgetChanges: changesFor(budget!) }, budget!, '2030-12-31')).toBe(true);
    const less = lessByOneFen(budget!);
    expect(clearsBy({ ...input, budgetChanges: changesFor(less) }, less, '2030-12-31')).toBe(false);
  });
});
