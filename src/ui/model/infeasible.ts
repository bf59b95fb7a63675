/**
 * Why a plan cannot work, and what would make it work, as data the UI puts into plain words.
 *
 * - commitments-exceed-budget: the negotiated instalments and token payments together need more
 *   than the budget; we list them (largest first; the first platform's token payments are left out,
 *   as it gets the focus money instead) and give the budget needed.
 * - not-cleared-within-horizon: the budget is too small to ever finish (charges eat it); we give
 *   the budget needed to finish within the horizon.
 * The budget needed comes from the engine's `requiredBudget` with the horizon's last period as target.
 */
import type { InfeasibleReason, Plan, PlanInput } from '../../domain';
// The engine's files, not the domain's index: the index also brings cost.ts and its decimal.js,
// which the plan screen does not need (it would load with the plan for a returning person).
import { requiredBudget } from '../../domain/requiredBudget';
import { PlanInputError } from '../../domain/validate';
import { addMonths } from './dates';
import { fromFen, sumFen, toFen } from '../../domain/money';
import { indexPlatforms } from './analysis';

export const DEFAULT_HORIZON_MONTHS = 600;

export interface Commitment {
  debtId: string;
  platformName: string;
  kind: 'fixed' | 'token';
  amount: string;
}

export interface InfeasibleExplanation {
  reason: InfeasibleReason;
  budget: string;
  /** Negotiated instalments and token payments, largest first. */
  commitments: Commitment[];
  commitmentsTotal: string;
  /** Least monthly budget that works within the horizon; null when none can. */
  budgetNeeded: string | null;
  /** Last date the plan may run to. */
  horizonEndDate: string;
}

/** The least budget that clears everything by `targetDate`, or null (none can, or the input is invalid). */
export function budgetNeededBy(input: PlanInput, targetDate: string): string | null {
  const { monthlyBudget: _ignored, ...withoutBudget } = input;
  void _ignored;
  try {
    return requiredBudget(withoutBudget, targetDate);
  } catch (error) {
    if (error instanceof PlanInputError) return null;
    throw error;
  }
}

/** Explain an infeasible plan; null when the plan is feasible. */
export function explainInfeasible(input: PlanInput, plan: Plan): InfeasibleExplanation | null {
  if (plan.feasible) return null;
  const platforms = indexPlatforms(input);
  const commitments: Commitment[] = [];
  const committed: number[] = [];
  // The first platform in the queue gets the focus money from period 1, so its token payments never apply.
  const firstId = plan.order[0];
  const firstPlatform = firstId === undefined ? undefined : platforms.keyOf(firstId);
  for (const debt of input.debts) {
    if (debt.fixedPayment && toFen(debt.fixedPayment) !== 0) {
      commitments.push({
        debtId: debt.id,
        platformName: platforms.nameOf(debt.id),
        kind: 'fixed',
        amount: debt.fixedPayment,
      });
      committed.push(toFen(debt.fixedPayment));
    } else if (debt.tokenPayment && toFen(debt.tokenPayment) !== 0 && platforms.keyOf(debt.id) !== firstPlatform) {
      commitments.push({
        debtId: debt.id,
        platformName: platforms.nameOf(debt.id),
        kind: 'token',
        amount: debt.tokenPayment,
      });
      committed.push(toFen(debt.tokenPayment));
    }
  }
  commitments.sort((a, b) => toFen(b.amount) - toFen(a.amount));
  const horizonEndDate = addMonths(input.firstPaymentDate, (input.horizonMonths ?? DEFAULT_HORIZON_MONTHS) - 1);
  return {
    reason: plan.reason ?? 'not-cleared-within-horizon',
    budget: input.monthlyBudget,
    commitments,
    commitmentsTotal: fromFen(sumFen(committed)),
    budgetNeeded: budgetNeededBy(input, horizonEndDate),
    horizonEndDate,
  };
}
