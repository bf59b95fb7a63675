/**
 * Counsellor follow-up reviews, as pure functions: the plan baseline kept at handover, progress
 * against it at a review, and replanning from the review day without losing history.
 *
 * Invariants:
 * - Money is a decimal string throughout (sums and differences in whole fen, domain/money.ts; never floats).
 * - No clock: every date comes in as an argument (`YYYY-MM-DD`).
 * - Replanning never rewrites the past: the baseline and every earlier review stay as they were;
 *   only the debts' balances now and the plan's start dates move forward.
 *
 * Rebasing a balance follows the engine's rule 6 (a payment pays fees, then interest, then
 * principal): when less is owed than before, the drop comes off fees first, then interest, then
 * principal; when more is owed (new charges the platform added), the rise is counted as interest.
 */
import type { Plan, PlanInput } from '../../domain';
import type { DebtRecord, PlanBaseline, PlanSettingsRecord, ReviewRecord } from '../../domain/records';
import { addMonths } from './dates';
import { fromFen, mulDivFen, sumFen, sumMoney, toFen } from '../../domain/money';
import { owedAtStart } from './analysis';
import { owedNow } from './planInput';

/** The plan's path as agreed: owed at the start, then total owed and paid per period. */
export function makeBaseline(input: PlanInput, plan: Plan, takenOn: string): PlanBaseline {
  return {
    takenOn,
    asOf: input.asOf,
    startOwed: owedAtStart(input),
    monthlyBudget: fromFen(toFen(input.monthlyBudget)),
    debtFreeDate: plan.feasible ? plan.debtFreeDate : null,
    points: plan.periods.map((period) => ({
      date: period.date,
      owed: sumMoney(period.lines.map((line) => line.owed)),
      paid: sumMoney(period.lines.map((line) => line.paid)),
    })),
  };
}

/** What the baseline expected by `date`: owed after the last period on or before it, and paid by then. */
export function plannedBy(baseline: PlanBaseline, date: string): { owed: string; paid: string; periods: number } {
  const firstAfter = baseline.points.findIndex((point) => point.date > date);
  const reached = firstAfter < 0 ? baseline.points : baseline.points.slice(0, firstAfter);
  const owed = reached.at(-1)?.owed ?? baseline.startOwed;
  return { owed: fromFen(toFen(owed)), paid: sumMoney(reached.map((point) => point.paid)), periods: reached.length };
}

/** 'unknown': the latest review left a balance blank, so what is owed now is not known (issue 13). */
export type ProgressStatus = 'ahead' | 'on-track' | 'behind' | 'unknown';

export interface Progress {
  /** The latest review's date. */
  on: string;
  plannedOwed: string;
  /** What the latest review says is owed; null when a balance was left blank (not known). */
  actualOwed: string | null;
  plannedPaid: string;
  actualPaid: string;
  /** plannedOwed − actualOwed: positive means less is owed than planned; null when not known. */
  aheadBy: string | null;
  status: ProgressStatus;
  /**
   * Share of the starting debt cleared so far, whole percent (0–100; 0 if more is owed than at the
   * start); null when what is owed is not known. A blank balance is never read as "nothing cleared".
   */
  clearedPercent: number | null;
  /** Periods the baseline expected by the review date. */
  plannedPeriods: number;
}

/** The tolerance for "on track": 1 % of what was owed at the start (at least ¥1.00). */
export function onTrackTolerance(baseline: PlanBaseline): string {
  const onePercent = mulDivFen(Math.max(0, toFen(baseline.startOwed)), 1, 100, 'half-up');
  return fromFen(Math.max(onePercent, 100));
}

/** Sum of a review's payments. */
export function reviewPaid(review: Pick<ReviewRecord, 'payments'>): string {
  return sumMoney(review.payments.map((payment) => payment.amount));
}

/**
 * Sum of a review's new balances, or null when it is not known: the review lists a balance only
 * for the debts whose balance was typed (a blank field is "not known", never "unchanged" or zero),
 * so the total is known only when every one of `debtIds` (the person's debts) has one.
 */
export function reviewOwed(review: Pick<ReviewRecord, 'balances'>, debtIds: readonly string[]): string | null {
  const listed = new Set(review.balances.map((balance) => balance.debtId));
  if (debtIds.some((id) => !listed.has(id))) return null;
  return sumMoney(review.balances.map((balance) => balance.after));
}

/**
 * Progress at the latest review against the baseline: payments recorded in every review on or
 * after the baseline day, and the balances of the latest one. Null without a review to compare.
 * When the latest review left a balance of one of `debtIds` blank, what is owed is not known:
 * status 'unknown', and no owed, difference or cleared share (never 0 % cleared).
 */
export function progressAgainstPlan(
  baseline: PlanBaseline,
  reviews: readonly ReviewRecord[],
  debtIds: readonly string[],
): Progress | null {
  const since = reviews.filter((review) => review.on >= baseline.takenOn);
  const latest = since.reduce<ReviewRecord | undefined>(
    (last, review) => (last === undefined || review.on >= last.on ? review : last),
    undefined,
  );
  if (latest === undefined) return null;
  const planned = plannedBy(baseline, latest.on);
  const actualPaid = sumFen(since.map((review) => toFen(reviewPaid(review))));
  const owed = reviewOwed(latest, debtIds);
  if (owed === null) {
    return {
      on: latest.on,
      plannedOwed: planned.owed,
      actualOwed: null,
      plannedPaid: planned.paid,
      actualPaid: fromFen(actualPaid),
      aheadBy: null,
      status: 'unknown',
      clearedPercent: null,
      plannedPeriods: planned.periods,
    };
  }
  const actualOwed = toFen(owed);
  const aheadBy = toFen(planned.owed) - actualOwed;
  const tolerance = toFen(onTrackTolerance(baseline));
  const status: ProgressStatus = aheadBy > tolerance ? 'ahead' : aheadBy < -tolerance ? 'behind' : 'on-track';
  const start = toFen(baseline.startOwed);
  const cleared = start <= 0 ? 100 : mulDivFen(Math.max(0, start - actualOwed), 100, start, 'down');
  return {
    on: latest.on,
    plannedOwed: planned.owed,
    actualOwed: fromFen(actualOwed),
    plannedPaid: planned.paid,
    actualPaid: fromFen(actualPaid),
    aheadBy: fromFen(aheadBy),
    status,
    clearedPercent: Math.min(100, cleared),
    plannedPeriods: planned.periods,
  };
}

/**
 * The debt with `newOwed` as what it owes now: a drop comes off fees, then interest, then
 * principal (rule 6); a rise is added to interest. Other fields are kept.
 */
export function rebaseDebt(debt: DebtRecord, newOwed: string, updatedAt: string): DebtRecord {
  const before = toFen(owedNow(debt));
  const target = toFen(newOwed);
  const fenOf = (amount: string): number => (amount === '' ? 0 : toFen(amount));
  let fees = fenOf(debt.fees);
  let interest = fenOf(debt.interest);
  let principal = fenOf(debt.principal);
  if (target >= before) {
    interest += target - before;
  } else {
    let drop = before - target;
    const take = (part: number): number => {
      const taken = Math.min(part, drop);
      drop -= taken;
      return part - taken;
    };
    fees = take(fees);
    interest = take(interest);
    principal = take(principal);
  }
  return { ...debt, principal: fromFen(principal), interest: fromFen(interest), fees: fromFen(fees), updatedAt };
}

/** The first date of the payment schedule (same day of month as `firstPaymentDate`) strictly after `after`. */
export function nextPaymentDate(firstPaymentDate: string, after: string): string {
  if (firstPaymentDate > after) return firstPaymentDate;
  for (let months = 1; months <= 1200; months += 1) {
    const candidate = addMonths(firstPaymentDate, months);
    if (candidate > after) return candidate;
  }
  throw new RangeError(`no payment date after ${after} within 100 years of ${firstPaymentDate}`);
}

export interface Replan {
  /** Every debt with its balance from the review (debts the review does not list are unchanged). */
  debts: DebtRecord[];
  /** The plan restarts at the review: balances as of that day, the next payment date after it. */
  planSettings: Pick<PlanSettingsRecord, 'asOf' | 'firstPaymentDate'>;
}

/** Replan from a review: new balances as of its day, payments continuing on the same day of the month. */
export function replanFromReview(
  debts: readonly DebtRecord[],
  settings: Pick<PlanSettingsRecord, 'firstPaymentDate'>,
  review: Pick<ReviewRecord, 'on' | 'balances'>,
  updatedAt: string,
): Replan {
  const after = new Map(review.balances.map((balance) => [balance.debtId, balance.after]));
  return {
    debts: debts.map((debt) => {
      const owed = after.get(debt.id);
      return owed === undefined ? debt : rebaseDebt(debt, owed, updatedAt);
    }),
    planSettings: { asOf: review.on, firstPaymentDate: nextPaymentDate(settings.firstPaymentDate, review.on) },
  };
}
