/**
 * The plan, derived from the records on screen with `createMemo` over the pure engine: the budget's
 * monthly amount, the engine input, the platforms, every strategy compared, the chosen one and each
 * platform's place in its queue. Recomputed on every keystroke that changes a record.
 */
import { createMemo, type Accessor } from 'solid-js';
import type { PlanInput, Strategy } from '../../domain';
import type { BudgetRecord, DebtRecord, PlanSettingsRecord } from '../../domain/records';
import {
  compareStrategies,
  indexPlatforms,
  platformsInPlanOrder,
  type PlatformIndex,
  type StrategySummary,
} from '../model/analysis';
import { toBudgetAmount, toPlanInput, type BudgetAmount } from '../model/planInput';

export interface PlanView {
  budgetAmount: Accessor<BudgetAmount>;
  planInput: Accessor<PlanInput>;
  platforms: Accessor<PlatformIndex>;
  comparison: Accessor<StrategySummary[]>;
  /** The summary (and run) of the chosen strategy. */
  chosen: Accessor<StrategySummary>;
  /** Queue place (1-based) of each platform key in the chosen plan. */
  queuePlaces: Accessor<ReadonlyMap<string, number>>;
  /** Input for any strategy (for comparisons and what-ifs). */
  inputFor: (strategy: Strategy) => PlanInput;
}

/** The plan views over `records` (a reactive store: read inside the memos). */
export function createPlanView(records: {
  readonly debts: DebtRecord[];
  readonly budget: BudgetRecord;
  readonly planSettings: PlanSettingsRecord;
}): PlanView {
  const sources = createMemo(() => ({ debts: records.debts, budget: records.budget, settings: records.planSettings }));
  const inputFor = (strategy: Strategy): PlanInput => toPlanInput(sources(), strategy);
  const planInput = createMemo(() => inputFor(records.planSettings.strategy));
  const platforms = createMemo(() => indexPlatforms(planInput()));
  const comparison = createMemo(() => compareStrategies(inputFor));
  const chosen = createMemo(() => {
    const summaries = comparison();
    return summaries.find((summary) => summary.strategy === records.planSettings.strategy) ?? summaries[0]!;
  });
  const queuePlaces = createMemo(() => {
    const run = chosen().run;
    const places = new Map<string, number>();
    if (run.ok) platformsInPlanOrder(run.plan, platforms()).forEach((platform, i) => places.set(platform.key, i + 1));
    return places;
  });
  const budgetAmount = createMemo(() => toBudgetAmount(records.budget));
  return { budgetAmount, planInput, platforms, comparison, chosen, queuePlaces, inputFor };
}
