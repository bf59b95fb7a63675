/**
 * The extremes of issue 13 for `npm run bench`: inputs the contract accepts at its limits. Each is
 * timed once cold and as a median of a few warm runs; the goal is under 2 s for every one. (Their
 * answers are asserted in src/domain/requiredBudget.test.ts; only timings live here.)
 */
import { planRepayment, requiredBudget } from '../src/domain/index';
import type { DebtInput, PlanInput } from '../src/domain/types';

const base = { asOf: '2026-01-01', firstPaymentDate: '2026-01-15', strategy: 'avalanche' as const };

/** 40 debts at the largest amount, long and large rates of every kind, current loans with penalties. */
function fortyLargest(withNewFields: boolean): DebtInput[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `d${String(i)}`,
    platform: `p${String(i % 13)}`,
    principal: '9999999999.99',
    interest: '9999999999.99',
    fees: '9999999999.99',
    ...(i % 3 === 0
      ? { dailyRate: '0.00049315068493150684931' }
      : i % 3 === 1
        ? { monthlyRate: '0.019708333333333335' }
        : { annualRate: '0.2365', ...(withNewFields && i % 2 === 0 ? { annualRateDayBasis: 360 as const } : {}) }),
    compound: i % 2 === 0,
    periodFee: '9999999999.99',
    tokenPayment: '9999999999.99',
    ...(withNewFields
      ? { penaltyRate: i % 3 === 2 ? '0.36' : '0.03', feeRate: '0.015', contractInstalment: '9999999.99' }
      : {}),
  }));
}

const dates = (count: number, from: number) =>
  Array.from({ length: count }, (_, i) => {
    const month = from + i;
    return `${String(2026 + Math.floor(month / 12))}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  });

const cases: [string, () => unknown][] = [
  [
    'requiredBudget, daily rate 999999999999 + a second debt',
    () =>
      requiredBudget(
        {
          ...base,
          debts: [
            { id: 'a', principal: '1000.00', dailyRate: '999999999999' },
            { id: 'b', principal: '5000.00', monthlyRate: '0.01' },
          ],
        },
        '2030-01-01',
      ),
  ],
  [
    'planRepayment, 40 largest debts, 1200 months, budget 0.01',
    () => planRepayment({ ...base, horizonMonths: 1200, monthlyBudget: '0.01', debts: fortyLargest(false) }),
  ],
  [
    'planRepayment, 40 largest debts at 2 %/month, all 1200 months run',
    () =>
      planRepayment({
        ...base,
        horizonMonths: 1200,
        monthlyBudget: '0.01',
        debts: Array.from({ length: 40 }, (_, i) => ({
          id: `d${String(i)}`,
          principal: '9999999999.99',
          monthlyRate: '0.02',
        })),
      }),
  ],
  [
    'requiredBudget, 40 largest debts, 1200 months',
    () => requiredBudget({ ...base, horizonMonths: 1200, debts: fortyLargest(false) }, '2125-12-15'),
  ],
  [
    'requiredBudget, 40 zero-rate largest debts, 1200 months',
    () =>
      requiredBudget(
        {
          ...base,
          horizonMonths: 1200,
          debts: fortyLargest(false).map(({ dailyRate: _d, monthlyRate: _m, annualRate: _a, ...debt }) => ({
            ...debt,
            monthlyRate: '0',
            periodFee: '0',
            tokenPayment: '0',
          })),
        },
        '2125-12-15',
      ),
  ],
  [
    'planRepayment, new fields: 40 current loans, 1200 changes and lump sums',
    () =>
      planRepayment(
        withDatedMoney({ ...base, horizonMonths: 1200, monthlyBudget: '99999999.99', debts: fortyLargest(true) }),
      ),
  ],
  [
    'requiredBudget, new fields: 40 current loans, 1200 changes and lump sums',
    () =>
      requiredBudget(
        withDatedMoney({ ...base, horizonMonths: 1200, monthlyBudget: '99999999.99', debts: fortyLargest(true) }),
        '2125-12-15',
      ),
  ],
];

function withDatedMoney(input: PlanInput): PlanInput {
  return {
    ...input,
    budgetChanges: dates(1200, 0).map((from, i) => ({ from, monthlyBudget: i % 12 === 5 ? '0' : '99999999.99' })),
    lumpSums: dates(1200, 0).map((date) => ({ date, amount: '9999999999.99' })),
  };
}

function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

console.log('Issue 13 extremes (goal: each under 2000 ms)');
for (const [name, run] of cases) {
  let started = performance.now();
  run();
  const cold = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    run();
    warm.push(performance.now() - started);
  }
  const worst = Math.max(cold, ...warm);
  console.log(
    `${name.padEnd(74)} cold ${cold.toFixed(1).padStart(8)} ms   median ${median(warm).toFixed(1).padStart(8)} ms` +
      (worst > 2000 ? '   OVER 2 s' : ''),
  );
}
