/** Tests for plan views: comparison, queue timeline, this month, infeasibility, what-if. */
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../domain';
import { platformFacts } from '../../scripts';
import {
  compareStrategies,
  indexPlatforms,
  queueTimeline,
  runPlan,
  segmentKindsIn,
  summarisePlan,
  thisMonth,
  balanceSeries,
  type TimelineRow,
} from './analysis';
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
    // Budget 500. Period 1: B owes 800 + 16 interest, takes all 500 (316 left); A waits, paid nothing.
    // Period 2: B owes 316 + 6.32 and is cleared; the other 177.68 flows on to A (to a2, the smaller
    // loan, first): A's turn starts.
    const input: PlanInput = { ...base, monthlyBudget: '500.00' };
    const plan = planOf(input);
    const rows = queueTimeline(plan, indexPlatforms(input));
    expect(rows.map((row) => row.platform.name)).toEqual(['B', 'A']);
    const [b, a] = rows;
    expect(b?.segments.map((segment) => [segment.kind, segment.fromPeriod, segment.toPeriod])).toEqual([
      ['focus', 1, 2],
      ['cleared', 3, plan.periods.length],
    ]);
    expect(b?.segments[0]).toMatchObject({ fromDate: '2026-12-10', toDate: '2027-01-10' });
    expect(plan.periods[1]?.lines.find((line) => line.id === 'a2')?.paid).toBe('177.68');
    expect(a?.segments.map((segment) => [segment.kind, segment.fromPeriod, segment.toPeriod])).toEqual([
      ['waiting', 1, 1],
      ['focus', 2, plan.periods.length],
    ]);
    expect(a).toMatchObject({ focusStartPeriod: 2, waitingMonths: 1 });
  });
});

/**
 * Agreed instalments on the queue timeline. The plans are small and frozen (no interest, no fees),
 * so every period can be worked by hand; the comments show the working (what each debt owes after
 * the period). Dates: period 1 is 2026-12-10, then the 10th of each month.
 */
describe('queueTimeline with agreed instalments', () => {
  const frozen = { monthlyRate: '0.01', frozen: true } as const;
  const instalmentInput = (monthlyBudget: string, debts: PlanInput['debts'], order?: string[]): PlanInput => ({
    ...base,
    monthlyBudget,
    debts,
    ...(order ? { strategy: 'custom' as const, order } : {}),
  });
  const spans = (row: TimelineRow | undefined) =>
    row?.segments.map((segment) => [segment.kind, segment.fromPeriod, segment.toPeriod]);
  const rowOf = (rows: TimelineRow[], name: string) => rows.find((row) => row.platform.name === name);

  it('shows a platform its instalment clears before its turn as paying instalments, never waiting', () => {
    // Budget 300. B (all instalment) queues after A. B pays 100 a period: 200, 100, 0 (cleared in
    // period 3). A gets 300 − 100 = 200 a period while B pays: 800, 600, 400; then 300: 100; then 100: cleared in period 5.
    const input = instalmentInput('300.00', [
      { id: 'a', platform: 'A', principal: '1000.00', ...frozen },
      { id: 'b', platform: 'B', principal: '300.00', ...frozen, fixedPayment: '100.00' },
    ]);
    const plan = planOf(input);
    expect(plan.periods).toHaveLength(5);
    const rows = queueTimeline(plan, indexPlatforms(input));
    expect(rows.map((row) => row.platform.name)).toEqual(['A', 'B']);
    const b = rowOf(rows, 'B');
    expect(spans(b)).toEqual([
      ['instalment', 1, 3],
      ['cleared', 4, 5],
    ]);
    expect(b?.segments[0]).toMatchObject({ fromDate: '2026-12-10', toDate: '2027-02-10' });
    expect(b).toMatchObject({ focusStartPeriod: null, clearedPeriod: 3, waitingMonths: 0 });
    expect(spans(rowOf(rows, 'A'))).toEqual([['focus', 1, 5]]);
  });

  it('on a platform with one instalment debt among others, shows instalments, then real waiting once it is cleared', () => {
    // Custom order a1, b1, b2; budget 300. B's b1 has a 50 token payment, b2 a 50 instalment.
    // Period 1: b1 50 (350), b2 50 (50), a1 200 (800).  Period 2: b1 50 (300), b2 50 (0), a1 200 (600).
    // Period 3: b1 50 (250), a1 250 (350).  Period 4: b1 50 (200), a1 250 (100).
    // Period 5: b1 token 50; a1 takes 100 (cleared) and the other 150 flows on to b1 (cleared).
    const input = instalmentInput(
      '300.00',
      [
        { id: 'a1', platform: 'A', principal: '1000.00', ...frozen },
        { id: 'b1', platform: 'B', principal: '400.00', ...frozen, tokenPayment: '50.00' },
        { id: 'b2', platform: 'B', principal: '100.00', ...frozen, fixedPayment: '50.00' },
      ],
      ['a1', 'b1', 'b2'],
    );
    const plan = planOf(input);
    expect(plan.periods).toHaveLength(5);
    expect(plan.periods[4]?.lines.find((line) => line.id === 'b1')?.paid).toBe('200.00');
    const index = indexPlatforms(input);
    const b = rowOf(queueTimeline(plan, index), 'B');
    expect(spans(b)).toEqual([
      ['instalment', 1, 2],
      ['waiting', 3, 4],
      ['focus', 5, 5],
    ]);
    // Its turn is period 5, when the money flows on to it, although period 5's focus is still a1.
    expect(plan.periods[4]?.focus).toBe('a1');
    expect(b).toMatchObject({ focusStartPeriod: 5, clearedPeriod: 5, waitingMonths: 2 });
    expect(summarisePlan('custom', runPlan(input), index).waitingPlatformMonths).toBe(2);
  });

  it('hands over from instalments to the turn when the queue reaches the platform', () => {
    // Budget 300. B (instalment 100) queues after A. Period 1: B 700, A 200. Period 2: B 600, A 0
    // (A takes the whole 200). Period 3: B's turn: 100 + 200 = 300 (300). Period 4: 300, cleared.
    const input = instalmentInput('300.00', [
      { id: 'a', platform: 'A', principal: '400.00', ...frozen },
      { id: 'b', platform: 'B', principal: '800.00', ...frozen, fixedPayment: '100.00' },
    ]);
    const plan = planOf(input);
    const rows = queueTimeline(plan, indexPlatforms(input));
    expect(spans(rowOf(rows, 'B'))).toEqual([
      ['instalment', 1, 2],
      ['focus', 3, 4],
    ]);
    expect(rowOf(rows, 'B')).toMatchObject({ focusStartPeriod: 3, clearedPeriod: 4, waitingMonths: 0 });
    expect(spans(rowOf(rows, 'A'))).toEqual([
      ['focus', 1, 2],
      ['cleared', 3, 4],
    ]);
  });

  it('keeps instalments to the end when the instalment clears the platform in the period it reaches the front', () => {
    // Budget 300. B (instalment 100) after A. Period 1: B 150, A 200. Period 2: B 50, A 0.
    // Period 3: B is the first debt still owed, but its instalment (the 50 it owes) clears it, so
    // no money left over ever reaches it: no turn.
    const input = instalmentInput('300.00', [
      { id: 'a', platform: 'A', principal: '400.00', ...frozen },
      { id: 'b', platform: 'B', principal: '250.00', ...frozen, fixedPayment: '100.00' },
    ]);
    const plan = planOf(input);
    expect(plan.periods).toHaveLength(3);
    expect(plan.periods[2]?.focus).toBe('b');
    const b = rowOf(queueTimeline(plan, indexPlatforms(input)), 'B');
    expect(spans(b)).toEqual([['instalment', 1, 3]]);
    expect(b).toMatchObject({ focusStartPeriod: null, clearedPeriod: 3, waitingMonths: 0 });
  });

  it("starts a platform's turn in the period money flows on to it (docs/engine.md worked example)", () => {
    const input: PlanInput = {
      asOf: '2026-01-10',
      firstPaymentDate: '2026-01-31',
      monthlyBudget: '600.00',
      strategy: 'snowball',
      debts: [
        { id: 'A', platform: '甲', principal: '1000.00', dailyRate: '0.0005' },
        { id: 'B', platform: '乙', principal: '3000.00', monthlyRate: '0.01', tokenPayment: '50.00' },
      ],
    };
    const rows = queueTimeline(planOf(input), indexPlatforms(input));
    // B gets its 50.00 token payment in period 1, then 83.05 flows on to it in period 2.
    expect(rowOf(rows, '乙')?.segments.map((segment) => [segment.kind, segment.fromDate, segment.toDate])).toEqual([
      ['waiting', '2026-01-31', '2026-01-31'],
      ['focus', '2026-02-28', '2026-07-31'],
    ]);
    expect(spans(rowOf(rows, '甲'))).toEqual([
      ['focus', 1, 2],
      ['cleared', 3, 7],
    ]);
  });

  it('lists the kinds shown, in legend order', () => {
    const input = instalmentInput('300.00', [
      { id: 'a', platform: 'A', principal: '400.00', ...frozen },
      { id: 'b', platform: 'B', principal: '800.00', ...frozen, fixedPayment: '100.00' },
    ]);
    expect(segmentKindsIn(queueTimeline(planOf(input), indexPlatforms(input)))).toEqual([
      'instalment',
      'focus',
      'cleared',
    ]);
    expect(segmentKindsIn([])).toEqual([]);
  });

  it('agrees with the negotiation scripts on the start of the turn and on "instalment only"', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T00:00:00Z');
    const inputs: PlanInput[] = [
      base,
      toPlanInput({ debts: example.debts, budget: example.budget, settings: example.settings }, 'avalanche'),
      instalmentInput('300.00', [
        { id: 'a', platform: 'A', principal: '1000.00', ...frozen },
        { id: 'b', platform: 'B', principal: '300.00', ...frozen, fixedPayment: '100.00' },
      ]),
      instalmentInput('300.00', [
        { id: 'a', platform: 'A', principal: '400.00', ...frozen },
        { id: 'b', platform: 'B', principal: '250.00', ...frozen, fixedPayment: '100.00' },
      ]),
      instalmentInput('300.00', [
        { id: 'a', platform: 'A', principal: '400.00', ...frozen },
        { id: 'b', platform: 'B', principal: '800.00', ...frozen, fixedPayment: '100.00' },
      ]),
    ];
    let instalmentOnly = 0;
    for (const input of inputs) {
      const plan = planOf(input);
      expect(plan.feasible).toBe(true);
      for (const row of queueTimeline(plan, indexPlatforms(input))) {
        const facts = platformFacts(input, plan, row.platform.name);
        const turnDate = row.focusStartPeriod === null ? null : (plan.periods[row.focusStartPeriod - 1]?.date ?? '');
        expect(turnDate).toBe(facts.focusStart);
        const owingKinds = new Set(
          row.segments.filter((segment) => segment.kind !== 'cleared').map((segment) => segment.kind),
        );
        const onlyInstalments = owingKinds.size === 1 && owingKinds.has('instalment');
        expect(onlyInstalments).toBe(facts.status === 'instalment-only');
        if (onlyInstalments) instalmentOnly++;
      }
    }
    expect(instalmentOnly).toBeGreaterThanOrEqual(2);
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

/**
 * Worked by hand: A 1,500.00 at no interest, B 800.00 at 1 % a month (a full month's interest each
 * period); budget 1,000.00 from 2026-12-10.
 * B first (avalanche: the higher rate; snowball: the smaller balance): 12-10 B 808.00 cleared, A gets
 * the 192.00 left → 1,308.00; 01-10 A 1,000.00 → 308.00; 02-10 A 308.00, cleared. Interest 8.00,
 * paid 2,308.00, 3 months, B cleared first on 2026-12-10.
 * A first (custom): 12-10 A 1,000.00 → 500.00, B 808.00; 01-10 B's interest is simple, on its
 * principal (800.00 × 1 % = 8.00; not compounded, docs/engine.md) → 816.00, A 500.00 cleared, B gets
 * 500.00: 16.00 interest, then 484.00 principal → 316.00; 02-10 B 316.00 × 1 % = 3.16, pays 319.16,
 * cleared. Interest 8.00 + 8.00 + 3.16 = 19.16, paid 2,319.16, A cleared first on 2027-01-10.
 */
const twoLoans: PlanInput = {
  asOf: '2026-11-28',
  firstPaymentDate: '2026-12-10',
  monthlyBudget: '1000.00',
  strategy: 'snowball',
  debts: [
    { id: 'a1', platform: 'A', principal: '1500.00', monthlyRate: '0' },
    { id: 'b1', platform: 'B', principal: '800.00', monthlyRate: '0.01' },
  ],
};

describe('compareStrategies', () => {
  // Break: summarisePlan counting interest twice, or months from the periods' count + 1, or the first
  // cleared platform as the last → fails.
  it('summarises each strategy', () => {
    const summaries = compareStrategies((strategy) => ({ ...twoLoans, strategy, order: ['a1', 'b1'] }));
    const figures = summaries.map((summary) => [
      summary.strategy,
      summary.feasible,
      summary.debtFreeDate,
      summary.months,
      summary.interestAndFees,
      summary.totalPaid,
      summary.firstCleared,
    ]);
    expect(figures).toEqual([
      ['avalanche', true, '2027-02-10', 3, '8.00', '2308.00', { name: 'B', date: '2026-12-10' }],
      ['snowball', true, '2027-02-10', 3, '8.00', '2308.00', { name: 'B', date: '2026-12-10' }],
      ['custom', true, '2027-02-10', 3, '19.16', '2319.16', { name: 'A', date: '2027-01-10' }],
    ]);
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
    expect(why?.commitments.map((commitment) => [commitment.platformName, commitment.kind, commitment.amount])).toEqual(
      [['A', 'fixed', '120.00']],
    );
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
  // Worked by hand (twoLoans, snowball): B first, so stopping its interest saves the 8.00 of
  // period 1 (12-10 B 800.00, A 1,300.00 left; 01-10 A 300.00 left; 02-10 cleared): no month saved.
  // With A first (custom), stopping B's interest saves all 19.16, still 3 months.
  // Break: savedInterestAndFees as after − before (−8.00), or the change applied to another debt → fails.
  it('shows what stopping interest on one loan saves', () => {
    const comparison = compareWhatIf(twoLoans, 'b1', { kind: 'frozen' });
    expect(comparison.after.feasible).toBe(true);
    expect(comparison.after.interestAndFees).toBe('0.00');
    expect(comparison.after.totalPaid).toBe('2300.00');
    expect(comparison.savedInterestAndFees).toBe('8.00');
    expect(comparison.savedMonths).toBe(0);
    const custom = compareWhatIf({ ...twoLoans, strategy: 'custom', order: ['a1', 'b1'] }, 'b1', { kind: 'frozen' });
    expect(custom.savedInterestAndFees).toBe('19.16');
    expect(custom.savedMonths).toBe(0);
  });
});
