/**
 * `npm run bench`: the engine's speed against a plain-float implementation of the same model.
 *
 * Cases: a 30-debt plan lasting about ten years; the four-strategy comparison the Plan screen
 * shows (snowball, avalanche and two custom orders); `requiredBudget` for a date five years out;
 * and the moneyfunx@3.0.12 comparison (issue 19): a 30-debt, ten-year avalanche plan whose
 * monthly rates are APRs / 12 with all their float digits, against moneyfunx's `payLoans`.
 * Each is timed as the median of many runs after a warm-up, exact and float interleaved so
 * both see the same machine load. Goals (issue 2): the 30-debt plan within 1.5× the float
 * baseline and under 2 ms; requiredBudget under 50 ms; (issue 19) within 1.0× of moneyfunx.
 */
import { planRepayment, requiredBudget } from '../src/domain/index';
import type { DebtInput, PlanInput } from '../src/domain/types';
import { floatPlan } from './floatModel';
import { moneyfunxCase } from './moneyfunxCase';
import { compareStrategies } from '../src/ui/model/analysis';

function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median milliseconds of each function, run alternately `runs` times after `warmup` rounds. */
function compare(fns: (() => unknown)[], runs: number, warmup = 50): number[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) fns.forEach((fn, j) => samples[j]!.push(time(fn)));
  return samples.map(median);
}

/** 30 debts on 12 platforms, mostly daily-rate online loans, some cards; clears in about 10 years. */
function thirtyDebts(): DebtInput[] {
  const debts: DebtInput[] = [];
  for (let i = 0; i < 30; i++) {
    const principal = 3000 + ((i * 7919) % 37) * 1000 + (i % 3) * 0.5;
    const daily = i % 4 !== 3;
    debts.push({
      id: `d${String(i)}`,
      platform: `platform-${String(i % 12)}`,
      principal: principal.toFixed(2),
      interest: ((i * 37) % 500).toFixed(2),
      fees: ((i * 13) % 90).toFixed(2),
      ...(daily ? { dailyRate: (0.0002 + (i % 5) * 0.00005).toFixed(5) } : { monthlyRate: '0.015' }),
      ...(i % 6 === 0 ? { tokenPayment: '50.00' } : {}),
      ...(i % 10 === 5 ? { periodFee: '20.00', chargeCap: '3000.00' } : {}),
      ...(i % 9 === 4 ? { compound: true } : {}),
      ...(i === 29 ? { fixedPayment: '300.00' } : {}),
    });
  }
  return debts;
}

const debts = thirtyDebts();
const input: PlanInput = {
  asOf: '2026-11-28',
  firstPaymentDate: '2026-12-10',
  monthlyBudget: '7000.00',
  strategy: 'avalanche',
  debts,
};
const plan = planRepayment(input);
const positions = new Map(debts.map((d, i) => [d.id, i]));
const order = plan.order.map((id) => positions.get(id)!);
const ids = debts.map((d) => d.id);
const strategies: PlanInput[] = [
  { ...input, strategy: 'snowball' },
  { ...input, strategy: 'avalanche' },
  { ...input, strategy: 'custom', order: ids },
  { ...input, strategy: 'custom', order: ids.slice().reverse() },
];
const strategyOrders = strategies.map((s) => planRepayment(s).order.map((id) => positions.get(id)!));

const float = floatPlan(input, order);
if (float.periods.length !== plan.periods.length) {
  throw new Error(
    `float baseline disagrees on the plan's length: ${String(float.periods.length)} vs ${String(plan.periods.length)}`,
  );
}

const [exactPlan, floatPlanMs] = compare([() => planRepayment(input), () => floatPlan(input, order)], 2000);
const [exactFour, floatFour] = compare(
  [() => strategies.map((s) => planRepayment(s)), () => strategies.map((s, i) => floatPlan(s, strategyOrders[i]!))],
  500,
);
const { monthlyBudget: _budget, ...withoutBudget } = input;
const [required] = compare([() => requiredBudget(withoutBudget, '2031-12-31')], 100, 10);

const row = (name: string, exact: number, baseline?: number): string =>
  `${name.padEnd(44)} ${exact.toFixed(3).padStart(8)} ms` +
  (baseline === undefined
    ? ''
    : `   float ${baseline.toFixed(3).padStart(7)} ms   ratio ${(exact / baseline).toFixed(2)}×`);

console.log(`Shore engine benchmark (node ${process.version}; medians)`);
console.log(
  `30-debt plan: ${String(plan.periods.length)} periods to ${String(plan.debtFreeDate)}, interest ${plan.totalInterest}`,
);
console.log(row('planRepayment, 30 debts', exactPlan!, floatPlanMs));
console.log(row('four-strategy comparison', exactFour!, floatFour));
console.log(row('requiredBudget(target 2031-12-31)', required!));
console.log(`  → ${String(requiredBudget(withoutBudget, '2031-12-31'))} a month`);

const versus = moneyfunxCase();
const versusPlan = planRepayment(versus.input);
const [engineVersus, moneyfunxVersus] = compare([() => planRepayment(versus.input), versus.runMoneyfunx], 1000);
console.log(
  `moneyfunx case: ${String(versusPlan.periods.length)} periods to ${String(versusPlan.debtFreeDate)}, ` +
    `rates like ${String(versus.input.debts[0]!.monthlyRate)}`,
);
console.log(
  `${'planRepayment vs moneyfunx@3.0.12 payLoans'.padEnd(44)} ${engineVersus!.toFixed(3).padStart(8)} ms` +
    `   moneyfunx ${moneyfunxVersus!.toFixed(3).padStart(7)} ms   ratio ${(engineVersus! / moneyfunxVersus!).toFixed(2)}× (goal ≤ 1.00×)`,
);

// Moved from src/ui/model/analysis.test.ts (issue 19: no timing in tests): the Plan screen's
// four-strategy comparison for 30 debts, run on every keystroke.
const keystrokeDebts = Array.from({ length: 30 }, (_, i) => ({
  id: `d${String(i)}`,
  platform: `P${String(i % 12)}`,
  principal: `${String(1000 + i * 137)}.00`,
  ...(i % 2 === 0 ? { dailyRate: '0.0005' } : { monthlyRate: '0.015' }),
  ...(i % 7 === 0 ? { tokenPayment: '20.00' } : {}),
}));
const keystrokeInput: PlanInput = { ...input, monthlyBudget: '3000.00', debts: keystrokeDebts };
const keystrokeOrder = keystrokeDebts.map((debt) => debt.id);
const [keystroke] = compare(
  [() => compareStrategies((strategy) => ({ ...keystrokeInput, strategy, order: keystrokeOrder }))],
  200,
  10,
);
console.log(row('compareStrategies per keystroke (goal < 100 ms)', keystroke!));
