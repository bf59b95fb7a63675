/**
 * Plan: dates, "this week" and "this month" first (the next step; recording payments, issue 17),
 * what was paid, reconciling and progress (PaymentsPanel), the strategies side by side, the queue
 * timeline, the balance chart, the schedule, "debt-free by…", what-if, and plain explanations
 * when there is no workable plan. Everything recomputes from memos as the person types.
 */
import { Match, Show, Switch } from 'solid-js';
import type { Plan } from '../../domain';
import { usePlanner } from '../state/PlannerProvider';
import { BalanceChart } from './BalanceChart';
import { DebtFreeBy } from './DebtFreeBy';
import { TextField } from './Field';
import { InfeasibleExplanation, InputProblems } from './PlanProblems';
import { PlanWarnings } from './PlanWarnings';
import { loansText } from '../model/loansText';
import { QueueTimeline } from './QueueTimeline';
import { ScheduleTable } from './ScheduleTable';
import { StrategyCards } from './StrategyCards';
import { ThisMonth } from './ThisMonth';
import { ThisWeek } from './ThisWeek';
import { PaymentsPanel } from './PaymentsPanel';
import { WhatIf } from './WhatIf';
import { isIsoDate } from '../model/dates';

export function PlanScreen() {
  const planner = usePlanner();
  const run = () => planner.chosen().run;
  const feasiblePlan = (): Plan | undefined => {
    const current = run();
    return current.ok && current.plan.feasible ? current.plan : undefined;
  };
  const infeasiblePlan = (): Plan | undefined => {
    const current = run();
    return current.ok && !current.plan.feasible ? current.plan : undefined;
  };
  const issues = () => {
    const current = run();
    return current.ok ? undefined : current.issues;
  };
  return (
    <section aria-labelledby="plan-title" class="screen">
      <h2 id="plan-title">{planner.t('plan.title')}</h2>
      <Show when={planner.state.debts.length > 0} fallback={<p class="empty">{planner.t('plan.noDebts')}</p>}>
        <Show when={feasiblePlan()?.debtFreeDate}>
          {(date) => (
            <p class="headline">
              {feasiblePlan()?.realistic === false
                ? loansText(planner.state.locale, 'loans.headlineLong', {
                    date: planner.date(date()),
                    months: feasiblePlan()?.periods.length ?? 0,
                  })
                : planner.t('plan.debtFreeBy', { date: planner.date(date()) })}
            </p>
          )}
        </Show>
        <details class="card">
          <summary>{planner.t('plan.dates')}</summary>
          <div class="field-grid">
            <TextField
              label={planner.t('plan.asOf')}
              type="date"
              value={planner.state.planSettings.asOf}
              onInput={(asOf) => isIsoDate(asOf) && planner.actions.updatePlanSettings({ asOf })}
              name="asOf"
            />
            <TextField
              label={planner.t('plan.firstPayment')}
              type="date"
              value={planner.state.planSettings.firstPaymentDate}
              onInput={(firstPaymentDate) =>
                isIsoDate(firstPaymentDate) && planner.actions.updatePlanSettings({ firstPaymentDate })
              }
              name="firstPaymentDate"
            />
          </div>
        </details>
        <Switch>
          <Match when={issues()}>{(list) => <InputProblems issues={list()} />}</Match>
          <Match when={infeasiblePlan()}>{(plan) => <InfeasibleExplanation plan={plan()} />}</Match>
          <Match when={feasiblePlan()}>
            {(plan) => (
              <>
                <ThisWeek plan={plan()} />
                <ThisMonth plan={plan()} />
                <PaymentsPanel plan={plan()} />
              </>
            )}
          </Match>
        </Switch>
        <Show when={feasiblePlan() ?? infeasiblePlan()}>{(plan) => <PlanWarnings plan={plan()} />}</Show>
        <StrategyCards />
        <Show when={feasiblePlan()}>
          {(plan) => (
            <>
              <QueueTimeline plan={plan()} />
              <BalanceChart input={planner.planInput()} plan={plan()} />
              <ScheduleTable plan={plan()} />
            </>
          )}
        </Show>
        <DebtFreeBy />
        <WhatIf />
      </Show>
    </section>
  );
}
