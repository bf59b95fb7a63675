/**
 * Counsellor follow-up reviews, as pure functions: the plan baseline kept at handover, progress
 * against it at a review, and replanning from the review day without losing history.
 *
 * Invariants:
 * - Money is a decimal string throughout (sums and differences through UiDecimal, never floats).
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
import { UiDecimal } from './money';
import { owedNow } from './planInput';

/** The plan's path as agreed: owed at the start, then total owed and paid per period. */
export function makeBaseline(input: PlanInput, plan: Plan, takenOn: string): PlanBaseline {
  let startOwed = new UiDecimal(0);
  for (const debt of input.debts)
    startOwed = startOwed
      .plus(debt.principal)
      .plus(debt.interest ?? 0)
      .plus(debt.fees ?? 0);
  return {
    takenOn,
    asOf: input.asOf,
    startOwed: startOwed.toFixed(2),
    monthlyBudget: new UiDecimal(input.monthlyBudget).toFixed(2),
    debtFreeDate: plan.feasible ? plan.debtFreeDate : null,
    points: plan.periods.map((period) => {
      let owed = new UiDecimal(0);
      let paid = new UiDecimal(0);
      for (const line of period.lines) {
        owed = owed.plus(line.owed);
        paid = paid.plus(line.paid);
      }
      return { date: period.date, owed: owed.toFixed(2), paid: paid.toFixed(2) };
    }),
  };
}

/** What the baseline expected by `date`: owed after the last period on or before it, and paid by then. */
export function plannedBy(baseline: PlanBaseline, date: string): { owed: string; paid: string; periods: number } {
  let owed = new UiDecimal(baseline.startOwed);
  let paid = new UiDecimal(0);
  let periods = 0;
  for (const point of baseline.points) {
    if (point.date > date) break;
    owed = new UiDecimal(point.owed);
    paid = paid.plus(point.paid);
    periods += 1;
  }
  return { owed: owed.toFixed(2), paid: paid.toFixed(2), periods };
}

export type ProgressStatus = 'ahead' | 'on-track' | 'behind';

export interface Progress {
  /** The latest review's date. */
  on: string;
  plannedOwed: string;
  actualOwed: string;
  plannedPaid: string;
  actualPaid: string;
  /** plannedOwed − actualOwed: positive means less is owed than planned. */
  aheadBy: string;
  status: ProgressStatus;
  /** Share of the starting debt cleared so far, whole percent (0–100; 0 if more is owed than at the start). */
  clearedPercent: number;
  /** Periods the baseline expected by the review date. */
  plannedPeriods: number;
}

/** The tolerance for "on track": 1 % of what was owed at the start (at least ¥1.00). */
export function onTrackTolerance(baseline: PlanBaseline): string {
  const onePercent = new UiDecimal(baseline.startOwed).dividedBy(100).toDecimalPlaces(2);
  return UiDecimal.max(onePercent, 1).toFixed(2);
}

/** Sum of a review's payments. */
export function reviewPaid(review: Pick<ReviewRecord, 'payments'>): string {
  return review.payments.reduce((sum, payment) => sum.plus(payment.amount), new UiDecimal(0)).toFixed(2);
}

/** Sum of a review's new balances. */
export function reviewOwed(review: Pick<ReviewRecord, 'balances'>): string {
  return review.balances.reduce((sum, balance) => sum.plus(balance.after), new UiDecimal(0)).toFixed(2);
}

/**
 * Progress at the latest review against the baseline: payments recorded in every review on or
 * after the baseline day, and the balances of the latest one. Null without a review to compare.
 */
export function progressAgainstPlan(baseline: PlanBaseline, reviews: readonly ReviewRecord[]): Progress | null {
  const since = reviews.filter((review) => review.on >= baseline.takenOn);
  const latest = since.reduce<ReviewRecord | undefined>(
    (last, review) => (last === undefined || review.on >= last.on ? review : last),
    undefined,
  );
  if (latest === undefined) return null;
  const planned = plannedBy(baseline, latest.on);
  const actualOwed = new UiDecimal(reviewOwed(latest));
  const actualPaid = since.reduce((sum, review) => sum.plus(reviewPaid(review)), new UiDecimal(0));
  const aheadBy = new UiDecimal(planned.owed).minus(actualOwed);
  const tolerance = new UiDecimal(onTrackTolerance(baseline));
  const status: ProgressStatus = aheadBy.greaterThan(tolerance)
    ? 'ahead'
    : aheadBy.lessThan(tolerance.negated())
      ? 'behind'
      : 'on-track';
  const start = new UiDecimal(baseline.startOwed);
  const cleared = start.isZero()
    ? 100
    : UiDecimal.max(0, start.minus(actualOwed))
        .dividedBy(start)
        .times(100)
        .toDecimalPlaces(0, UiDecimal.ROUND_DOWN)
        .toNumber();
  return {
    on: latest.on,
    plannedOwed: planned.owed,
    actualOwed: actualOwed.toFixed(2),
    plannedPaid: planned.paid,
    actualPaid: actualPaid.toFixed(2),
    aheadBy: aheadBy.toFixed(2),
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
  const before = new UiDecimal(owedNow(debt));
  const target = new UiDecimal(newOwed);
  let fees = new UiDecimal(debt.fees || 0);
  let interest = new UiDecimal(debt.interest || 0);
  let principal = new UiDecimal(debt.principal || 0);
  if (target.greaterThanOrEqualTo(before)) {
    interest = interest.plus(target.minus(before));
  } else {
    let drop = before.minus(target);
    const take = (part: InstanceType<typeof UiDecimal>): InstanceType<typeof UiDecimal> => {
      const taken = UiDecimal.min(part, drop);
      drop = drop.minus(taken);
      return part.minus(taken);
    };
    fees = take(fees);
    interest = take(interest);
    principal = take(principal);
  }
  return { ...debt, principal: principal.toFixed(2), interest: interest.toFixed(2), fees: fees.toFixed(2), updatedAt };
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
