/**
 * What a plan must warn about in plain words (issue 16), read from the engine's plan. Pure.
 * - not realistic (`plan.realistic === false`): why, and how long it would take;
 * - a shortfall: current loans (with a contract instalment) the budget lets go overdue, each with
 *   the date and what being overdue costs (`penaltyExtraInterest`), the commitments left unpaid,
 *   and the least monthly money that keeps every current loan on time (their instalments);
 * - debts overdue from the start that are charged a penalty rate, with what it costs.
 * The budgets for 3 and 5 years are the engine's `realisticBudgets` (two searches: the screen
 * asks for them only when a plan is not realistic).
 */
import type { Plan, PlanInput, UnrealisticReason } from '../../domain';
// The engine's file, not the domain's index (which also brings cost.ts and its decimal.js).
import { realisticBudgets } from '../../domain/requiredBudget';
import { sumMoney } from '../../domain/money';
import { addMonths } from './dates';

export interface OverdueLoan {
  id: string;
  /** The period it misses its instalment. */
  date: string;
  /** Penalty interest above the contract rate over the plan; absent when no penalty rate is known. */
  penalty?: string;
}

export interface PlanWarnings {
  unrealistic?: {
    reasons: UnrealisticReason[];
    /** Periods to clear everything, when the plan clears it (feasible). */
    months: number | null;
    debtFreeDate: string | null;
  };
  shortfall?: {
    from: string;
    missed: string;
    overdue: OverdueLoan[];
    /** Contract instalments of all current loans, per month: the least that keeps them all on time. */
    instalments: string;
  };
  /** Debts charged a penalty rate that are not among `shortfall.overdue`, with its extra cost (> 0). */
  penalties: { id: string; amount: string }[];
}

const isPositive = (amount: string | undefined): amount is string =>
  amount !== undefined && /[1-9]/.test(amount) && !amount.startsWith('-');

export function planWarnings(input: PlanInput, plan: Plan): PlanWarnings {
  const warnings: PlanWarnings = { penalties: [] };
  if (plan.realistic === false) {
    warnings.unrealistic = {
      reasons: plan.unrealisticReasons ?? [],
      months: plan.feasible ? plan.periods.length : null,
      debtFreeDate: plan.debtFreeDate,
    };
  }
  const outcomes = new Map(plan.debts.map((outcome) => [outcome.id, outcome]));
  const overdueIds = new Set(plan.shortfall?.overdueDebts ?? []);
  if (plan.shortfall) {
    warnings.shortfall = {
      from: plan.shortfall.from,
      missed: plan.shortfall.missed,
      overdue: plan.shortfall.overdueDebts.map((id) => {
        const outcome = outcomes.get(id);
        const loan: OverdueLoan = { id, date: outcome?.overdueFrom ?? plan.shortfall?.from ?? '' };
        if (isPositive(outcome?.penaltyExtraInterest)) loan.penalty = outcome.penaltyExtraInterest;
        return loan;
      }),
      instalments: sumMoney(input.debts.map((debt) => debt.contractInstalment)),
    };
  }
  for (const outcome of plan.debts) {
    if (!overdueIds.has(outcome.id) && isPositive(outcome.penaltyExtraInterest))
      warnings.penalties.push({ id: outcome.id, amount: outcome.penaltyExtraInterest });
  }
  return warnings;
}

/** The realistic budgets for 3 and 5 years, or null when the input is not valid. */
export function realisticBudgetsOf(input: PlanInput): ReturnType<typeof realisticBudgets> | null {
  try {
    return realisticBudgets(input);
  } catch {
    return null;
  }
}

/** The last payment dates of a 3-year and a 5-year plan (periods 36 and 60), for "debt-free by" goals. */
export function realisticTargets(firstPaymentDate: string): { threeYears: string; fiveYears: string } {
  return { threeYears: addMonths(firstPaymentDate, 35), fiveYears: addMonths(firstPaymentDate, 59) };
}
