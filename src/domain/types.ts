/**
 * The engine's public contract: the shapes `planRepayment` and `requiredBudget` take and give.
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
  /** Exactly one of dailyRate / monthlyRate, e.g. "0.0005" = 0.05 % a day. */
  dailyRate?: string;
  /** e.g. "0.015" = 1.5 % a month. */
  monthlyRate?: string;
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

export interface Plan {
  feasible: boolean;
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
}

export interface DebtOutcome {
  id: string;
  focusStartDate: string | null;
  payoffDate: string | null;
  payoffPeriod: number | null;
  paid: string;
  interest: string;
  fees: string;
}
