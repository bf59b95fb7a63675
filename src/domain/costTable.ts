/**
 * The "what this loan really costs" check around `annualCost` (issue 16): turn what the person
 * typed from the contract and the bill into `annualCost`'s input (`costInputOf`), and lay the
 * result out as a table a counsellor can check by hand (`costTable`).
 *
 * Schedule: the money received is `borrowed − upfrontFee`; equal payments fall on the monthly
 * anniversaries of the start (day clamped to the month's end, like the plan's calendar), a list
 * keeps the bill's dates; `periodFee` is added to every payment.
 *
 * Table (docs/engine.md, "The true cost of a loan", the table): the period rate is taken from the
 * rounded annual rate shown (r = annualRate / 1200 a month, or annualRate / 36500 a day); each
 * row's interest is balance × ((1 + r)^n − 1) for the n months or days since the previous payment,
 * computed exactly (decimal.js, 60 digits) and then rounded to the fen, half up, on that row; the
 * principal part is payment − interest and the balance after is balance − principal part, both
 * exact in fen. Because the rate is rounded to 2 decimals and each interest to the fen, the last
 * balance is a few fen off 0.00: that is `roundingDifference`, shown, never hidden.
 * Pure and synchronous; money is whole fen (decimal.js only for the power of the rate).
 */
import Decimal from 'decimal.js';
import type { CostInput, CostResult } from './cost';
import { addMonthsClamped, formatIsoDate, parseIsoDate, toDayNumber } from './dates';
import { formatFen, parseMoney, type Fen } from './money';
import type { LoanSchedule } from './records';

/** What the person types on the cost screen (the fields of `LoanCost` that are input). */
export interface LoanCostTerms {
  /** The amount on the contract. */
  borrowed: string;
  /** Taken at drawdown ("0.00" or "" when none). */
  upfrontFee: string;
  startDate: string;
  schedule: LoanSchedule;
  /** Added to every payment ("0.00" or "" when none). */
  periodFee: string;
}

export type CostTermsIssueCode =
  'money-format' | 'not-positive' | 'fee-not-below-borrowed' | 'count' | 'date' | 'empty';

/** One field to correct; `path` names the field (`borrowed`, `schedule.count`, `schedule.payments[2].date` …). */
export interface CostTermsIssue {
  path: string;
  code: CostTermsIssueCode;
}

/** The most equal payments (100 years of months), as `annualCost` allows. */
export const MAX_EQUAL_PAYMENTS = 1200;

const readFen = (text: string, path: string, issues: CostTermsIssue[], optional: boolean): Fen | undefined => {
  const trimmed = text.trim();
  if (optional && trimmed === '') return 0;
  const fen = parseMoney(trimmed);
  if (fen === undefined) issues.push({ path, code: 'money-format' });
  return fen;
};

/**
 * `annualCost`'s input from the terms as typed, or every field to correct. Dates in order and
 * after the start are left to `annualCost`, which names `payments[i].date` (= list row i).
 */
export function costInputOf(
  terms: LoanCostTerms,
): { ok: true; input: CostInput } | { ok: false; issues: CostTermsIssue[] } {
  const issues: CostTermsIssue[] = [];
  const borrowed = readFen(terms.borrowed, 'borrowed', issues, false);
  if (borrowed === 0) issues.push({ path: 'borrowed', code: 'not-positive' });
  const upfront = readFen(terms.upfrontFee, 'upfrontFee', issues, true);
  if (borrowed !== undefined && borrowed > 0 && upfront !== undefined && upfront >= borrowed)
    issues.push({ path: 'upfrontFee', code: 'fee-not-below-borrowed' });
  const periodFee = readFen(terms.periodFee, 'periodFee', issues, true);
  const start = parseIsoDate(terms.startDate);
  if (!start) issues.push({ path: 'startDate', code: 'date' });

  const payments: { date: string; amount: string }[] = [];
  const schedule = terms.schedule;
  if (schedule.mode === 'equal') {
    const count = schedule.count;
    if (!Number.isInteger(count) || count < 1 || count > MAX_EQUAL_PAYMENTS)
      issues.push({ path: 'schedule.count', code: 'count' });
    const amount = readFen(schedule.amount, 'schedule.amount', issues, false);
    if (amount === 0 && (periodFee ?? 0) === 0) issues.push({ path: 'schedule.amount', code: 'not-positive' });
    if (issues.length === 0 && start && amount !== undefined && periodFee !== undefined) {
      const each = formatFen(amount + periodFee);
      for (let k = 1; k <= count; k++) payments.push({ date: formatIsoDate(addMonthsClamped(start, k)), amount: each });
    }
  } else {
    if (schedule.payments.length === 0) issues.push({ path: 'schedule.payments', code: 'empty' });
    if (schedule.payments.length > MAX_EQUAL_PAYMENTS) issues.push({ path: 'schedule.payments', code: 'count' });
    schedule.payments.slice(0, MAX_EQUAL_PAYMENTS).forEach((payment, i) => {
      const path = `schedule.payments[${String(i)}]`;
      const amount = readFen(payment.amount, `${path}.amount`, issues, false);
      if (!parseIsoDate(payment.date.trim())) issues.push({ path: `${path}.date`, code: 'date' });
      if (amount !== undefined && periodFee !== undefined)
        payments.push({ date: payment.date.trim(), amount: formatFen(amount + periodFee) });
    });
    if (issues.length === 0 && payments.every((payment) => payment.amount === '0.00'))
      issues.push({ path: 'schedule.payments', code: 'not-positive' });
  }
  if (issues.length > 0 || borrowed === undefined || upfront === undefined || !start) return { ok: false, issues };
  return { ok: true, input: { received: formatFen(borrowed - upfront), startDate: terms.startDate, payments } };
}

/** One payment of the table (money strings; `balance` may be negative only on the last row). */
export interface CostTableRow {
  date: string;
  /** Months (monthly) or days (daily) since the previous payment or the start. */
  periods: number;
  payment: string;
  interest: string;
  principal: string;
  balance: string;
}

export interface CostTable {
  received: string;
  /** The rate per period the table uses, as a fraction: annualRate / 1200 (monthly) or / 36500 (daily). */
  periodRate: string;
  unit: 'month' | 'day';
  rows: CostTableRow[];
  /** The last row's balance: what the rounding of the rate and of each interest left; the loan itself is repaid. */
  roundingDifference: string;
}

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

const signedFen = (fen: Fen): string => (fen < 0 ? '-' : '') + formatFen(Math.abs(fen));

/** Fen, read from a money string `annualCost` accepted ("1234.50"). */
const fenOf = (amount: string): Fen => parseMoney(amount) ?? 0;

/**
 * The table of a valid `input` at the rate `annualCost` gave for it: one row per payment.
 * Call only with an input `annualCost` accepted (the dates are then real and in order).
 */
export function costTable(input: CostInput, result: Pick<CostResult, 'method' | 'annualRate'>): CostTable {
  const monthly = result.method === 'monthly-irr';
  const periodRate = new D(result.annualRate).dividedBy(monthly ? 1200 : 36500);
  const startDay = toDayNumber(parseIsoDate(input.startDate)!);
  let balance = fenOf(input.received);
  let previous = 0;
  const rows = input.payments.map((payment, index) => {
    const time = monthly ? index + 1 : toDayNumber(parseIsoDate(payment.date)!) - startDay;
    const periods = time - previous;
    previous = time;
    const growth = periodRate.plus(1).pow(periods).minus(1);
    const interest = new D(balance).times(growth).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    const paid = fenOf(payment.amount);
    const principal = paid - interest;
    balance -= principal;
    return {
      date: payment.date,
      periods,
      payment: formatFen(paid),
      interest: signedFen(interest),
      principal: signedFen(principal),
      balance: signedFen(balance),
    };
  });
  return {
    received: input.received,
    periodRate: periodRate.toString(),
    unit: monthly ? 'month' : 'day',
    rows,
    roundingDifference: signedFen(balance),
  };
}
