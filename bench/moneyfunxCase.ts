/**
 * The moneyfunx comparison case for `npm run bench` (issue 19): 30 debts, a ten-year avalanche
 * plan, monthly rates that are APRs divided by 12 and printed with all their float digits
 * ("0.019708333333333335"), as annual rates become once kept exact. The same loans go to
 * moneyfunx@3.0.12's `payLoans` (floats) and to the engine's `planRepayment` (exact fen).
 */
import { loan as moneyfunxLoan, payments as moneyfunxPayments, sorting as moneyfunxSorting } from 'moneyfunx';
import type { DebtInput, PlanInput } from '../src/domain/types';

export interface MoneyfunxCase {
  readonly input: PlanInput;
  /** Runs moneyfunx on the same loans and budget. */
  readonly runMoneyfunx: () => unknown;
}

export function moneyfunxCase(): MoneyfunxCase {
  const aprs: number[] = [];
  const principals: number[] = [];
  for (let i = 0; i < 30; i++) {
    aprs.push(0.0899 + ((i * 7) % 30) * 0.00687); // 8.99 % … 28.91 % a year
    principals.push(2000 + ((i * 7919) % 41) * 950 + (i % 4) * 0.25);
  }
  const loans = () =>
    moneyfunxSorting.sortWith(
      aprs.map((apr, i) => new moneyfunxLoan.Loan(principals[i]!, apr, 12, 15, `d${String(i)}`)),
      moneyfunxSorting.avalanche,
    );
  const minimums = loans().reduce((total, loan) => total + loan.minPayment, 0);
  const budget = Math.ceil(minimums * 1.06);
  const debts: DebtInput[] = aprs.map((apr, i) => {
    const minimum = new moneyfunxLoan.Loan(principals[i]!, apr, 12, 15, 'x').minPayment;
    return {
      id: `d${String(i)}`,
      principal: principals[i]!.toFixed(2),
      monthlyRate: String(apr / 12),
      tokenPayment: (Math.ceil(minimum * 100) / 100).toFixed(2),
    };
  });
  const input: PlanInput = {
    asOf: '2026-12-01',
    firstPaymentDate: '2027-01-01',
    monthlyBudget: budget.toFixed(2),
    strategy: 'avalanche',
    debts,
  };
  const prepared = loans();
  return { input, runMoneyfunx: () => moneyfunxPayments.payLoans(prepared, budget) };
}
