/**
 * Shore's repayment engine: the public surface of `src/domain/`.
 *
 * Pure and synchronous; imports nothing from storage or UI and never reads a clock.
 * The contract (names and shapes) is described in docs/engine.md and types.ts.
 */
export { planRepayment } from './plan';
export { requiredBudget } from './requiredBudget';
export { PlanInputError, type PlanInputIssue, type PlanInputIssueCode } from './validate';
export type { DebtInput, DebtOutcome, InfeasibleReason, Period, PeriodLine, Plan, PlanInput, Strategy } from './types';
