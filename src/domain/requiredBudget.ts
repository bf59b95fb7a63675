/**
 * The least monthly budget, to the fen, that clears every debt by a target date (rule 9), and the
 * budgets a realistic plan needs (3 and 5 years, rule 14).
 *
 * More budget never clears later, so feasibility-by-the-date is monotone in the budget and a
 * binary search finds the least budget. The search is bounded: it only tries valid budgets
 * (at most `MAX_MONEY_FEN`, rule 10), first the largest, so a debt no valid budget can clear (say
 * a daily rate of 999999999999) is answered `null` after one trial; then at most 40 halvings
 * between two whole-fen bounds, each a simulation that stops at the target date or as soon as the
 * balance runs away. Every trial is bounded by the horizon (at most 1200 periods).
 */
import { chargeFen, formatFen, MAX_MONEY_FEN, type Fen } from './money';
import { REALISTIC_PERIODS, simulate } from './plan';
import { toDayNumber } from './dates';
import type { PlanInput } from './types';
import { parsePlanInput, periodDate, periodDay, type ParsedPlanInput } from './validate';

/** Everything owed after period 1's charges: a budget that clears every debt in period 1. */
function owedAfterFirstCharges(input: ParsedPlanInput): Fen {
  const days = periodDay(input, 1) - input.asOfDay;
  let total = 0;
  for (const debt of input.debts) {
    const owed = debt.principal + debt.interest + debt.fees;
    total += owed;
    if (owed === 0 || debt.frozen) continue;
    const rate = debt.contractInstalment === null && debt.penaltyRate !== null ? debt.penaltyRate : debt.rate;
    let interest = chargeFen(
      debt.compound ? debt.principal + debt.interest : debt.principal,
      rate,
      debt.rateIsDaily ? days : 1,
    );
    let fee = debt.periodFee;
    if (debt.chargeCap !== null) {
      let room = Math.max(0, debt.chargeCap - debt.interest - debt.fees);
      interest = Math.min(interest, room);
      room -= interest;
      fee = Math.min(fee, room);
    }
    total += interest + fee;
  }
  return total;
}

/** `requiredBudget`'s input: a plan input whose `monthlyBudget` is optional (the reference for budget changes). */
export type RequiredBudgetInput = Omit<PlanInput, 'monthlyBudget'> & { monthlyBudget?: string };

function leastBudget(parsed: ParsedPlanInput, reference: Fen, targetDay: number): string | null {
  const owedAtStart = parsed.debts.reduce((total, debt) => total + debt.principal + debt.interest + debt.fees, 0);
  if (owedAtStart === 0) return targetDay >= parsed.asOfDay ? '0.00' : null;
  if (targetDay < periodDay(parsed, 1)) return null;

  const changeReference = parsed.budgetChanges.length > 0 && reference > 0 ? reference : undefined;
  const clearsByTarget = (budget: Fen): boolean =>
    simulate(parsed, budget, { record: false, stopAfterDay: targetDay, changeReference }).feasible;

  // The upper bound: a budget known to clear. With nothing dated in effect in period 1, everything
  // owed after period 1's charges clears it all then; else (or if that is past the largest valid
  // budget) the largest valid budget, which decides at once when nothing valid can.
  const simpleFirstPeriod = parsed.budgetChanges.length === 0 || parsed.budgetChanges[0]!.day > periodDay(parsed, 1);
  let works = simpleFirstPeriod ? Math.min(owedAfterFirstCharges(parsed), MAX_MONEY_FEN) : MAX_MONEY_FEN;
  if (!clearsByTarget(works)) {
    if (works === MAX_MONEY_FEN || !clearsByTarget(MAX_MONEY_FEN)) return null;
    works = MAX_MONEY_FEN;
  }
  // The lower bound: a budget known to fail. Without dated money, one that pays less in all the
  // periods up to the target than is owed at the start; with it, none (−1: even 0.00 is tried).
  let fails = -1;
  if (parsed.budgetChanges.length === 0 && parsed.lumpSums.length === 0) {
    let periodsByTarget = 1;
    while (periodsByTarget < parsed.horizonMonths && periodDay(parsed, periodsByTarget + 1) <= targetDay) {
      periodsByTarget++;
    }
    fails = Math.min(works - 1, Math.ceil(owedAtStart / periodsByTarget) - 1);
  }
  // At most 40 halvings: the bounds are whole fen at most MAX_MONEY_FEN (< 2^40) apart.
  while (works - fails > 1) {
    const middle = fails + Math.floor((works - fails) / 2);
    if (clearsByTarget(middle)) works = middle;
    else fails = middle;
  }
  return formatFen(works);
}

/**
 * The least monthly budget (a money string) whose plan is feasible and debt-free on or before
 * `targetDate`. `null` when no valid budget can be: something is owed and `targetDate` is before
 * `firstPaymentDate`, or even the largest valid budget (9,999,999,999.99) does not clear by then.
 * When nothing is owed: "0.00" if `targetDate` ≥ `asOf`, else `null`.
 *
 * Dated money (issue 17): lump sums are kept as given. Budget changes are kept in proportion to
 * `monthlyBudget` when the input gives one (a change to X becomes floor(X × budget / monthlyBudget)
 * for each budget tried: a month without income stays 0, a change back to the normal budget follows
 * the budget being solved, a half month stays half); without `monthlyBudget` (or with "0") they are
 * kept as given.
 *
 * @throws PlanInputError when the input or `targetDate` is malformed.
 */
export function requiredBudget(input: RequiredBudgetInput, targetDate: string): string | null {
  const {
    input: parsed,
    budget: reference,
    extraDates,
  } = parsePlanInput(input, { withBudget: 'optional', extraDates: { targetDate } });
  return leastBudget(parsed, reference, toDayNumber(extraDates.targetDate!));
}

/** The budget a realistic plan needs: to clear within `periods` periods, by `date`. */
export interface RealisticBudget {
  /** Date of the last period allowed (period 36 or 60). */
  date: string;
  /** The least monthly budget that clears by `date` (as `requiredBudget`); null when none can. */
  monthlyBudget: string | null;
}

/**
 * Added (issue 16): the budgets that clear everything within 3 years (36 periods) and within
 * 5 years (60 periods, the longest realistic plan), for a plan marked not realistic, so the UI
 * can offer them and aim "debt-free by" suggestions at a realistic date. Each is one
 * `requiredBudget` search (budget changes kept in proportion to `monthlyBudget`).
 *
 * @throws PlanInputError when the input is malformed.
 */
export function realisticBudgets(input: PlanInput): { threeYears: RealisticBudget; fiveYears: RealisticBudget } {
  const { input: parsed, budget } = parsePlanInput(input, { withBudget: true });
  const within = (periods: number): RealisticBudget => {
    const day = periodDay(parsed, periods);
    return { date: periodDate(parsed, periods), monthlyBudget: leastBudget(parsed, budget, day) };
  };
  return { threeYears: within(36), fiveYears: within(REALISTIC_PERIODS) };
}
