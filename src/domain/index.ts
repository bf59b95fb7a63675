/**
 * Shore's repayment engine: the public surface of `src/domain/`.
 *
 * Pure and synchronous; imports nothing from storage or UI and never reads a clock.
 * The contract (names and shapes) is described in docs/engine.md and types.ts.
 */
export { planRepayment } from './plan';
export { realisticBudgets, requiredBudget, type RealisticBudget, type RequiredBudgetInput } from './requiredBudget';
export { annualCost, MAX_COST_PAYMENTS, MAX_COST_SPAN_DAYS, type CostInput, type CostResult } from './cost';
export {
  costInputOf,
  costTable,
  MAX_EQUAL_PAYMENTS,
  type CostTable,
  type CostTableRow,
  type CostTermsIssue,
  type CostTermsIssueCode,
  type LoanCostTerms,
} from './costTable';
export { PlanInputError, type PlanInputIssue, type PlanInputIssueCode } from './validate';
export type {
  BudgetChange,
  DebtInput,
  DebtOutcome,
  InfeasibleReason,
  LumpSum,
  Period,
  PeriodLine,
  Plan,
  PlanInput,
  Shortfall,
  Strategy,
  UnrealisticReason,
} from './types';
