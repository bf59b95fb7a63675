/**
 * The instalment a platform is asked for (个性化分期还款 for cards, 分期还款 for other lenders),
 * computed with the engine so that the whole plan still works. Pure.
 *
 * Model: the platform's debts are merged into one debt for what is owed now (its principal,
 * interest and fees kept apart, so a settlement from that plan still splits truthfully), interest
 * stopped (frozen: the request asks for a stop), paid a fixed amount every period from period 1.
 * Merging again gives the same input, so a plan version that already holds the instalment is
 * left as it is (`applyInstalment` is idempotent). For N months
 * the amount is the owed total divided by N, rounded UP to the fen. We look for the SMALLEST N
 * (1–60; 60 = the 5-year maximum reported for credit-card personalised instalments) whose plan
 * is feasible: the fixed amount plus every other commitment fits the budget and every platform
 * is still cleared within the horizon. A larger N never needs more money each month, so the
 * search is a binary search, checked once more at the end.
 */
import { planRepayment, type DebtInput, type Plan, type PlanInput } from '../domain';
import { fromFen, mulDivFen, parseFen, sumMoney, toFen } from '../domain/money';
import type { PlatformFacts } from './facts';

export const MAX_INSTALMENT_MONTHS = 60;

export interface InstalmentOption {
  months: number;
  /** The amount each month, 2 decimals. */
  amount: string;
  /** The last month's amount (may be less), 2 decimals. */
  lastAmount: string;
  /** Periods actually needed (≤ months). */
  periods: number;
  firstDate: string;
  /** The date the platform is cleared in the re-run plan. */
  lastDate: string | null;
  /** The input with the instalment applied (`applyInstalment`). */
  input: PlanInput;
  /** The re-run plan (with the instalment). */
  plan: Plan;
  feasible: boolean;
}

export interface InstalmentResult {
  /** The option the script proposes; null when no N ≤ 60 keeps the plan feasible. */
  chosen: InstalmentOption | null;
  /** The months the person asked for, when they did and it did not fit. */
  requestedUnfit: InstalmentOption | null;
  /** The option over 60 months (for the honest "even over 60 months…" text). */
  longest: InstalmentOption;
}

/** owed / months, rounded up to the fen. */
export function instalmentAmount(owed: string, months: number): string {
  return fromFen(mulDivFen(toFen(owed), 1, months, 'up'));
}

/**
 * `input` with the platform's debts merged into one frozen debt paying `amount` each period (the
 * first debt's id; principal, interest and fees summed). Applying it again changes nothing.
 */
export function applyInstalment(input: PlanInput, facts: PlatformFacts, amount: string): PlanInput {
  const ids = new Set(facts.debtIds);
  const first = facts.debts[0];
  if (!first) throw new Error('scripts: platform without debts');
  const merged: DebtInput = {
    id: first.id,
    principal: facts.principal,
    interest: sumMoney(facts.debts.map((debt) => debt.interest)),
    fees: sumMoney(facts.debts.map((debt) => debt.fees)),
    dailyRate: '0',
    frozen: true,
    fixedPayment: fromFen(toFen(amount)),
    ...(first.platform !== undefined && first.platform !== '' ? { platform: first.platform } : {}),
  };
  const debts: DebtInput[] = [];
  for (const debt of input.debts) {
    if (!ids.has(debt.id)) debts.push(debt);
    else if (debt.id === first.id) debts.push(merged);
  }
  const next: PlanInput = { ...input, debts };
  if (input.order) {
    const order: string[] = [];
    for (const id of input.order) {
      if (!ids.has(id)) order.push(id);
      else if (id === first.id) order.push(id);
    }
    // A custom order must list every debt exactly once: put the merged id where the platform's first id stood.
    if (!order.includes(first.id)) order.push(first.id);
    next.order = order;
  }
  return next;
}

function option(input: PlanInput, facts: PlatformFacts, months: number): InstalmentOption {
  const amount = instalmentAmount(facts.owed, months);
  const applied = applyInstalment(input, facts, amount);
  const plan = planRepayment(applied);
  const owedFen = toFen(facts.owed);
  const amountFen = toFen(amount);
  // Payments of `amount` until the owed total is paid: owed / amount rounded up; the last pays the rest.
  const periods = amountFen === 0 ? 0 : mulDivFen(owedFen, 1, amountFen, 'up');
  const lastAmount = fromFen(owedFen - amountFen * (periods - 1));
  const outcome = plan.debts.find((debt) => debt.id === facts.debtIds[0]);
  return {
    months,
    amount,
    lastAmount,
    periods,
    firstDate: input.firstPaymentDate,
    lastDate: outcome?.payoffDate ?? null,
    input: applied,
    plan,
    feasible: plan.feasible,
  };
}

/**
 * True when the platform already pays exactly this instalment with interest stopped in `facts`'
 * input: the request's plan is the plan version that holds it, and letters say so.
 */
export function isInstalmentInPlan(facts: PlatformFacts, option: InstalmentOption): boolean {
  const only = facts.debts.length === 1 ? facts.debts[0] : undefined;
  return (
    only !== undefined &&
    only.frozen === true &&
    only.fixedPayment !== undefined &&
    parseFen(only.fixedPayment) === toFen(option.amount)
  );
}

/** The instalment to propose. Call only for a platform that owes something. */
export function computeInstalment(input: PlanInput, facts: PlatformFacts, requestedMonths?: number): InstalmentResult {
  const longest = option(input, facts, MAX_INSTALMENT_MONTHS);
  let requestedUnfit: InstalmentOption | null = null;
  if (
    requestedMonths !== undefined &&
    Number.isInteger(requestedMonths) &&
    requestedMonths >= 1 &&
    requestedMonths <= MAX_INSTALMENT_MONTHS
  ) {
    const asked = option(input, facts, requestedMonths);
    if (asked.feasible) return { chosen: asked, requestedUnfit: null, longest };
    requestedUnfit = asked;
  }
  if (!longest.feasible) return { chosen: null, requestedUnfit, longest };
  let lo = 1;
  let hi = MAX_INSTALMENT_MONTHS;
  let best = longest;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const candidate = option(input, facts, mid);
    if (candidate.feasible) {
      best = candidate;
      hi = mid;
    } else lo = mid + 1;
  }
  if (best.months !== lo) {
    const candidate = option(input, facts, lo);
    if (candidate.feasible) best = candidate;
  }
  return { chosen: best, requestedUnfit, longest };
}
