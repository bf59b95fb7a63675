/** Tests for plan views: comparison, queue timeline, this month, infeasibility, what-if. */
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../domain';
import { compareStrategies, indexPlatforms, queueTimeline, runPlan, thisMonth, balanceSeries } from './analysis';
import { makeExampleProfile } from './example';
import { explainInfeasible } from './infeasible';
import { toPlanInput } from './planInput';
import { compareWhatIf } from './whatIf';

const base: PlanInput = {
  asOf: '2026-11-28',
  firstPaymentDate: '2026-12-10',
  monthlyBudget: '1000.00',
  strategy: 'snowball',
  debts: [
    { id: 'a1', platform: 'A', principal: '1500.00', dailyRate: '0.0005' },
    { id: 'a2', platform: 'A', principal: '500.00', dailyRate: '0.0005' },
    { id: 'b1', platform: 'B', principal: '800.00', monthlyRate: '0.02', tokenPayment: '50.00' },
  ],
};

function planOf(input: PlanInput) {
  const run = runPlan(input);
  if (!run.ok) throw new Error('invalid input');
  return run.plan;
}

describe('runPlan', () => {
  it('turns invalid input into issues', () => {
    const run = runPlan({ ...base, monthlyBudget: '-1' });
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.issues.map((issue) => issue.code)).toEqual(['money-format']);
  });
});

describe('queueTimeline', () => {
  it('shows waiting, focus and cleared spans per platform in plan order', () => {
    const plan = planOf(base);
    const rows = queueTimeline(plan, indexPlatforms(base));
    expect(rows.map((row) => row.platform.name)).toEqual(['B', 'A']);
    const [b, a] = rows;
    expect(b?.segments[0]).toMatchObject({ kind: 'focus', fromPeriod: 1, fromDate: '2026-12-10' });
    expect(a?.segments[0]).toMatchObject({ kind: 'waiting', fromPeriod: 1 });
    expect(a?.waitingMonths).toBe((a?.focusStartPeriod ?? 0) - 1);
    const last = a?.segments[a.segments.length - 1];
    expect(last?.kind).toBe('focus');
    expect(last?.toPeriod).toBe(plan.periods.length);
  });
});

describe('thisMonth', () => {
  it('lists who to pay, focus first, amounts summing to what period 1 pays', () => {
    const plan = planOf({ ...base, strategy: 'avalanche' });
    const month = thisMonth(plan, indexPlatforms(base));
    expect(month?.dueDate).toBe('2026-12-10');
    // The focus platform comes first; here period 1 clears it.
    expect(month?.payments[0]?.platform.name).toBe('B');
    expect(month?.payments[0]?.role).toBe('clears');
    expect(month?.payments[1]).toMatchObject({ role: 'focus' });
    expect(month?.total).toBe('1000.00');
  });
});

describe('compareStrategies', () => {
  it('summarises each strategy', () => {
    const summaries = compareStrategies((strategy) => ({ ...base, strategy, order: ['a2', 'a1', 'b1'] }));
    expect(summaries.map((summary) => summary.strategy)).toEqual(['avalanche', 'snowball', 'custom']);
    for (const summary of summaries) {
      expect(summary.feasible).toBe(true);
      expect(summary.debtFreeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(summary.firstCleared).not.toBeNull();
      expect(summary.months).toBeGreaterThan(0);
    }
  });

  it('ranks the example sensibly: avalanche costs no more than snowball', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T00:00:00Z');
    const sources = { debts: example.debts, budget: example.budget, settings: example.settings };
    const [avalanche, snowball] = compareStrategies((strategy) => toPlanInput(sources, strategy));
    expect(avalanche?.feasible && snowball?.feasible).toBe(true);
    expect(Number(avalanche?.interestAndFees)).toBeLessThanOrEqual(Number(snowball?.interestAndFees));
  });
});

describe('balanceSeries', () => {
  it('starts with everything owed and ends at zero', () => {
    const series = balanceSeries(base, planOf(base));
    expect(series[0]).toEqual({ date: '2026-11-28', owed: '2800.00' });
    expect(series[series.length - 1]?.owed).toBe('0.00');
  });
});

describe('explainInfeasible', () => {
  it('names commitments that exceed the budget and the budget needed', () => {
    const input: PlanInput = {
      ...base,
      monthlyBudget: '100.00',
      debts: [
        { id: 'a1', platform: 'A', principal: '1500.00', dailyRate: '0.0005', fixedPayment: '120.00' },
        { id: 'b1', platform: 'B', principal: '800.00', monthlyRate: '0.02', tokenPayment: '50.00' },
      ],
    };
    const plan = planOf(input);
    expect(plan.reason).toBe('commitments-exceed-budget');
    const why = explainInfeasible(input, plan);
    // B is first in the queue (A has a fixed instalment), so B's token payment never applies.
    expect(why?.commitments.map((commitment) => [commitment.platformName, commitment.kind, commitment.amount])).toEqual([
      ['A', 'fixed', '120.00'],
    ]);
    expect(why?.commitmentsTotal).toBe('120.00');
    const needed = why?.budgetNeeded ?? '';
    expect(Number(needed)).toBeGreaterThanOrEqual(120);
    expect(planOf({ ...input, monthlyBudget: needed }).feasible).toBe(true);
  });
  it('gives the budget needed when charges outpace the budget', () => {
    const input: PlanInput = { ...base, monthlyBudget: '10.00', horizonMonths: 24 };
    const plan = planOf(input);
    expect(plan.reason).toBe('not-cleared-within-horizon');
    const why = explainInfeasible(input, plan);
    expect(why?.horizonEndDate).toBe('2028-11-10');
    const needed = why?.budgetNeeded ?? '';
    expect(planOf({ ...input, monthlyBudget: needed }).feasible).toBe(true);
    expect(explainInfeasible(base, planOf(base))).toBeNull();
  });
});

describe('compareWhatIf', () => {
  it('shows what stopping interest on one loan saves', () => {
    const comparison = compareWhatIf(base, 'a1', { kind: 'frozen' });
    expect(comparison.after.feasible).toBe(true);
    expect(Number(comparison.savedInterestAndFees)).toBeGreaterThan(0);
    expect(comparison.savedMonths).toBeGreaterThanOrEqual(0);
  });
});

describe('speed', () => {
  it('compares all strategies for 30 debts fast enough to run on every keystroke', () => {
    const debts = Array.from({ length: 30 }, (_, i) => ({
      id: `d${String(i)}`,
      platform: `P${String(i % 12)}`,
      principal: `${String(1000 + i * 137)}.00`,
      ...(i % 2 === 0 ? { dailyRate: '0.0005' } : { monthlyRate: '0.015' }),
      ...(i % 7 === 0 ? { tokenPayment: '20.00' } : {}),
    }));
    const input: PlanInput = { ...base, monthlyBudget: '3000.00', debts };
    compareStrategies((strategy) => ({ ...input, strategy, order: debts.map((debt) => debt.id) })); // warm up
    const started = performance.now();
    const runs = 10;
    for (let i = 0; i < runs; i++) compareStrategies((strategy) => ({ ...input, strategy, order: debts.map((debt) => debt.id) }));
    const perKeystroke = (performance.now() - started) / runs;
    expect(perKeystroke).toBeLessThan(100); // generous for slow CI machines; typically a few ms
  });
});
