/**
 * The least monthly budget, to the fen, that clears every debt by a target date (rule 9).
 *
 * More budget never clears later, so feasibility-by-the-date is monotone in the budget and a
 * binary search finds the least budget. The search is bracketed tightly: below, no budget that
 * pays less in all the periods up to the date than is owed at the start can work; above, a
 * budget equal to everything owed after period 1's charges clears it all in period 1.
 * Each trial stops as soon as a period falls after the target date.
 */
import { chargeFen, formatFen, type Fen } from './money';
import { simulate } from './plan';
import { toDayNumber } from './dates';
import type { PlanInput } from './types';
import { parsePlanInput, periodDay, type ParsedPlanInput } from './validate';

/** Everything owed after period 1's charges: a budget that clears every debt in period 1. */
function owedAfterFirstCharges(input: ParsedPlanInput): Fen {
  const days = periodDay(input, 1) - input.asOfDay;
  let total = 0;
  for (const debt of input.debts) {
    const owed = debt.principal + debt.interest + debt.fees;
    total += owed;
    if (owed === 0 || debt.frozen) continue;
    let interest = chargeFen(
      debt.compound ? debt.principal + debt.interest : debt.principal,
      debt.rate,
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

/**
 * The least monthly budget (a money string) whose plan is feasible and debt-free on or before
 * `targetDate`; `null` only when no budget can be: something is owed and `targetDate` is before
 * `firstPaymentDate`. When nothing is owed: "0.00" if `targetDate` ≥ `asOf`, else `null`.
 *
 * @throws PlanInputError when the input or `targetDate` is malformed.
 */
export function requiredBudget(input: Omit<PlanInput, 'monthlyBudget'>, targetDate: string): string | null {
  const { input: parsed, extraDates } = parsePlanInput(input, { withBudget: false, extraDates: { targetDate } });
  const targetDay = toDayNumber(extraDates.targetDate!);
  const owedAtStart = parsed.debts.reduce((total, debt) => total + debt.principal + debt.interest + debt.fees, 0);
  if (owedAtStart === 0) return targetDay >= parsed.asOfDay ? '0.00' : null;
  if (targetDay < periodDay(parsed, 1)) return null;

  const clearsByTarget = (budget: Fen): boolean =>
    simulate(parsed, budget, { record: false, stopAfterDay: targetDay }).feasible;

  // Periods on or before the target, within the horizon.
  let periodsByTarget = 1;
  while (periodsByTarget < parsed.horizonMonths && periodDay(parsed, periodsByTarget + 1) <= targetDay) {
    periodsByTarget++;
  }
  let works = owedAfterFirstCharges(parsed);
  let fails = Math.ceil(owedAtStart / periodsByTarget) - 1; // pays less than owed at the start: cannot work
  while (works - fails > 1) {
    const middle = fails + Math.floor((works - fails) / 2);
    if (clearsByTarget(middle)) works = middle;
    else fails = middle;
  }
  return formatFen(works);
}
