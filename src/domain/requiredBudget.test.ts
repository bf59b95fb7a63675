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
