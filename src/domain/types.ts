/**
 * The engine's public contract: the shapes `planRepayment` and `requiredBudget` take and give
 * (`annualCost`'s are in cost.ts).
 *
 * These names and shapes are relied on by the UI, storage, letters and by checks outside the
 * project. Fields may be added; none may be renamed, retyped or removed.
 * Money is a decimal string (input: at most 2 decimals; output: exactly 2, e.g. "1234.50"),
 * rates are decimal strings ("0.0005" = 0.05 % a day) and dates are `YYYY-MM-DD`.
 */

export type Strategy = 'snowball' | 'avalanche' | 'custom';

export interface PlanInput {
  /** Date the balances were read. */
  asOf: string;
  /** Date of payment period 1 (on or after `asOf`). */
  firstPaymentDate: string;
  /** All money available for debts each period. */
  monthlyBudget: string;
  strategy: Strategy;
  /** `custom` only: every debt id exactly once. Ignored for other strategies. */
  order?: string[];
  /** Default 600; a whole number from 1 to 1200. */
  horizonMonths?: number;
  debts: DebtInput[];
  /**
   * Added (issue 17). Dated changes of the monthly budget: each applies to every period dated on
   * or after `from` until the next change; periods before the first change use `monthlyBudget`.
   * `from` dates strictly increasing, none before `asOf`; at most 1200. A month without income is
   * a change to "0" from that month's payment date and a change back after it. In a period whose
   * money comes from a change, commitments the money cannot cover are reported as missed
   * (`PeriodLine.missed`, `Plan.shortfall`), never as an infeasible plan.
   */
  budgetChanges?: BudgetChange[];
  /**
   * Added (issue 17). One-off sums: each is added to the money of the first period dated on or
   * after its `date` (none before `asOf`; at most 1200), and flows like the rest of that
   * period's money: commitments first (already covered in a normal month), then down the order,
   * so to the focus debt first and on to the next once it is cleared. Never carried over.
   */
  lumpSums?: LumpSum[];
}

/** A dated change of the monthly budget (issue 17). */
export interface BudgetChange {
  /** `YYYY-MM-DD`: the change applies to periods dated on or after this day. */
  from: string;
  /** The budget from then on (money string). */
  monthlyBudget: string;
}

/** A one-off sum for the debts (issue 17). */
export interface LumpSum {
  /** `YYYY-MM-DD`: it lands in the first period dated on or after this day. */
  date: string;
  /** Money string. */
  amount: string;
}

export interface DebtInput {
  id: string;
  /** Creditor/platform this loan belongs to; absent or empty: a platform of its own. */
  platform?: string;
  principal: string;
  /** Interest and penalty interest owed now (default "0"). */
  interest?: string;
  /** Fees owed now (default "0"). */
  fees?: string;
  /** Exactly one of dailyRate / monthlyRate / annualRate, e.g. "0.0005" = 0.05 % a day. */
  dailyRate?: string;
  /** e.g. "0.015" = 1.5 % a month. */
  monthlyRate?: string;
  /**
   * Added (issue 16). An annual rate kept exact, e.g. "0.18" = 18 % a year. Without
   * `annualRateDayBasis` it accrues by month: annual / 12 each period, exactly as a monthly rate
   * (so "0.18" a year charges what "0.015" a month charges and ties with it in the order).
   */
  annualRate?: string;
  /**
   * Added (issue 16). With `annualRate` only: 365 or 360 makes it accrue by day, interest =
   * base × annualRate × days / 365 (or / 360), one rounding, exactly as a daily rate of
   * annualRate / basis. Ranked as that daily rate × 365 (so 18 % on 360 days ranks as 18.25 %).
   */
  annualRateDayBasis?: 360 | 365;
  /**
   * Added (issue 16). The rate charged instead of the contractual rate while the debt is overdue,
   * in the same unit (daily, monthly, or annual with the same accrual), e.g. "0.00075" against a
   * dailyRate of "0.0005" (安逸花). A debt without `contractInstalment` is overdue from the start;
   * one with it is overdue from the period after it misses an instalment.
   */
  penaltyRate?: string;
  /**
   * Added (issue 16). 等本等息: a fee each period of feeRate × originalPrincipal, rounded half-up
   * to the fen, charged like `periodFee` (added to it) while anything is owed, e.g. "0.01" (月费率 1 %).
   */
  feeRate?: string;
  /** Added (issue 16). The principal the loan started with, the base of `feeRate`; default `principal`. */
  originalPrincipal?: string;
  /**
   * Added (issue 16). The instalment the contract requires each period of a loan that is still
   * current (not overdue), e.g. 1120.00 (分期乐). It is paid every period, after negotiated
   * instalments and before token payments, while the debt is owed; a period whose money cannot
   * pay it in full misses it: the debt is overdue from then on (`DebtOutcome.overdueFrom`), its
   * `penaltyRate` applies from the next period, and it waits in the queue like any overdue debt.
   * Not together with `fixedPayment`.
   */
  contractInstalment?: string;
  /** Interest also accrues on unpaid interest (default false). */
  compound?: boolean;
  /** A fee charged every period while anything is owed (e.g. a monthly service fee). */
  periodFee?: string;
  /** The most that interest + fees may total, those owed now included. */
  chargeCap?: string;
  /** Negotiated stop (停息): no new interest or fees. */
  frozen?: boolean;
  /** Negotiated instalment paid every period until cleared. */
  fixedPayment?: string;
  /** Small payment made every period while the debt waits for its turn. */
  tokenPayment?: string;
}

export type InfeasibleReason = 'commitments-exceed-budget' | 'not-cleared-within-horizon';

/**
 * Why a plan is not realistic (issue 16):
 * - `not-feasible`: see `Plan.reason`;
 * - `longer-than-5-years`: not cleared within 60 periods (cleared later, or not at all after more than 60);
 * - `interest-outgrows-payments`: not cleared, and in the last period carried out the interest and
 *   fees added were at least what was paid (the balance no longer falls).
 */
export type UnrealisticReason = 'not-feasible' | 'longer-than-5-years' | 'interest-outgrows-payments';

/** Commitments the money of some period could not pay (issues 16, 17). */
export interface Shortfall {
  /** Date of the first period with a commitment unpaid. */
  from: string;
  /** All commitments unpaid (negotiated instalments, contract instalments, token payments). */
  missed: string;
  /** Current loans (with `contractInstalment`) that missed an instalment, in the order they did. */
  overdueDebts: string[];
}

export interface Plan {
  feasible: boolean;
  /**
   * Added (issue 16). Present, and false, only when the plan is not realistic: not feasible, more
   * than 60 periods (5 years), or its balance has stopped falling (interest outgrows the payments);
   * the reasons are in `unrealisticReasons`. Absent for a realistic plan, so plans shaped as before
   * compare equal as before. The budgets for 3 and 5 years come from `realisticBudgets(input)`.
   */
  realistic?: false;
  /** Added (issue 16). Present (never empty) exactly when `realistic` is false. */
  unrealisticReasons?: UnrealisticReason[];
  /** Added (issues 16, 17). Only when some commitment went unpaid in some period. */
  shortfall?: Shortfall;
  /** Only when not feasible. */
  reason?: InfeasibleReason;
  /** Every debt id, in the order the focus money reaches them. */
  order: string[];
  /** Only the periods actually carried out. */
  periods: Period[];
  /** Date of the last period; `asOf` when nothing is owed; null when not feasible. */
  debtFreeDate: string | null;
  totalPaid: string;
  /** Interest added during the plan (not the interest owed at the start). */
  totalInterest: string;
  /** Fees added during the plan (not the fees owed at the start). */
  totalFees: string;
  /** In input order. */
  debts: DebtOutcome[];
}

export interface Period {
  /** 1-based. */
  index: number;
  date: string;
  /** Days since the previous period (period 1: since `asOf`). Added field, not in the original contract. */
  days: number;
  /** The debt the free money goes to first: the first debt in `order` still owed after charges. */
  focus: string | null;
  /** One line per debt, in input order, cleared debts included (all zeros). */
  lines: PeriodLine[];
}

export interface PeriodLine {
  id: string;
  /** Interest added this period. */
  interest: string;
  /** Fees added this period. */
  fees: string;
  paid: string;
  /** Owed after this period's payment. */
  owed: string;
  /**
   * Added (issues 16, 17). Only when > 0: the commitment due this period (negotiated instalment,
   * contract instalment or token payment) that the period's money did not pay.
   */
  missed?: string;
}

export interface DebtOutcome {
  id: string;
  focusStartDate: string | null;
  payoffDate: string | null;
  payoffPeriod: number | null;
  paid: string;
  interest: string;
  fees: string;
  /** Added (issue 16). Only for a current loan that misses an instalment: the date of that period. */
  overdueFrom?: string;
  /** Added (issues 16, 17). Only when > 0: all its commitments left unpaid. */
  missed?: string;
  /**
   * Added (issue 16). Only when its `penaltyRate` applied in some period: the interest charged
   * above what the contractual rate would have charged on the same balance and days (each
   * rounded half-up to the fen), summed: what being overdue cost in penalty interest.
   */
  penaltyExtraInterest?: string;
}
