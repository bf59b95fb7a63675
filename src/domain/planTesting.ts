/**
 * Test helpers shared by the engine's golden-plan tests (plan.test.ts, charges.test.ts): a plan
 * with the usual dates (asOf 2026-01-01, first payment 2026-01-15, budget 100.00, snowball) and
 * one debt's line in one period. Used only by tests.
 */
import { planRepayment } from './plan';
import type { DebtInput, Plan, PlanInput, PeriodLine } from './types';

export function plan(debts: DebtInput[], overrides: Partial<PlanInput> = {}): Plan {
  return planRepayment({
    asOf: '2026-01-01',
    firstPaymentDate: '2026-01-15',
    monthlyBudget: '100.00',
    strategy: 'snowball',
    debts,
    ...overrides,
  });
}

/** Debt `id`'s line in `period` (1-based). */
export const line = (p: Plan, period: number, id: string): PeriodLine =>
  p.periods[period - 1]!.lines.find((l) => l.id === id)!;
