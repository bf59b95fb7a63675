/**
 * "What if a creditor agrees?": apply negotiated terms to one loan and compare the plans,
 * before the person asks. Pure.
 */
import type { PlanInput } from '../../domain';
import { indexPlatforms, runPlan, summarisePlan, type StrategySummary } from './analysis';
import { fromFen, toFen } from '../../domain/money';

export type WhatIfChange = { kind: 'frozen' } | { kind: 'fixed'; amount: string } | { kind: 'cap'; amount: string };

/** The input with `change` applied to debt `debtId`. */
export function applyWhatIf(input: PlanInput, debtId: string, change: WhatIfChange): PlanInput {
  return {
    ...input,
    debts: input.debts.map((debt) => {
      if (debt.id !== debtId) return debt;
      if (change.kind === 'frozen') return { ...debt, frozen: true };
      if (change.kind === 'cap') return { ...debt, chargeCap: change.amount };
      return { ...debt, fixedPayment: change.amount };
    }),
  };
}

export interface WhatIfComparison {
  before: StrategySummary;
  after: StrategySummary;
  /** before − after: positive means the change saves money / months. */
  savedInterestAndFees: string;
  savedMonths: number;
}

/** Compare the plan with and without the change. */
export function compareWhatIf(input: PlanInput, debtId: string, change: WhatIfChange): WhatIfComparison {
  const changed = applyWhatIf(input, debtId, change);
  const before = summarisePlan(input.strategy, runPlan(input), indexPlatforms(input));
  const after = summarisePlan(changed.strategy, runPlan(changed), indexPlatforms(changed));
  return {
    before,
    after,
    savedInterestAndFees: fromFen(toFen(before.interestAndFees) - toFen(after.interestAndFees)),
    savedMonths: before.months - after.months,
  };
}
