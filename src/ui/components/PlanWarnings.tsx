/**
 * Plan warnings in plain words (issue 16): a plan that is not realistic (longer than 5 years, not
 * feasible, or interest outgrowing the payments) says so and gives the monthly budget that clears
 * everything within 3 and within 5 years; a budget that lets current loans go overdue says which,
 * from when, and what going overdue costs; a penalty rate charged on an overdue debt is priced.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import { makeLoanLabels } from '../model/labels';
import { loansText, type LoansKey } from '../model/loansText';
import { planWarnings, realisticBudgetsOf } from '../model/planWarnings';
import { usePlanner } from '../state/PlannerProvider';

export function PlanWarnings(props: { plan: Plan }) {
  const planner = usePlanner();
  const lt = (key: LoansKey, params?: Record<string, string | number>) => loansText(planner.state.locale, key, params);
  const warnings = createMemo(() => planWarnings(planner.planInput(), props.plan));
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  const name = (id: string): string => labels().get(id) ?? id;
  // Two budget searches: only for a plan that is not realistic.
  const budgets = createMemo(() => (warnings().unrealistic ? realisticBudgetsOf(planner.planInput()) : null));
  const budgetNow = () => planner.money(planner.budgetAmount().amount);
  const reasonText = (reason: string): string => {
    const unrealistic = warnings().unrealistic;
    if (reason === 'longer-than-5-years') {
      return unrealistic?.months != null && unrealistic.debtFreeDate !== null
        ? lt('loans.unrealistic.longer-than-5-years', {
            budget: budgetNow(),
            months: unrealistic.months,
            date: planner.date(unrealistic.debtFreeDate),
          })
        : lt('loans.unrealistic.longer-uncleared', { budget: budgetNow() });
    }
    if (reason === 'not-feasible') return lt('loans.unrealistic.not-feasible', { budget: budgetNow() });
    return lt('loans.unrealistic.interest-outgrows-payments');
  };
  return (
    <>
      <Show when={warnings().unrealistic}>
        {(unrealistic) => (
          <section class="card problem" aria-labelledby="unrealistic-title" data-testid="unrealistic">
            <h3 id="unrealistic-title">{lt('loans.unrealisticTitle')}</h3>
            <ul>
              <For each={unrealistic().reasons}>{(reason) => <li>{reasonText(reason)}</li>}</For>
            </ul>
            <Show when={budgets()}>
              {(found) => (
                <ul data-testid="realistic-budgets">
                  <li>
                    <strong>
                      {found().threeYears.monthlyBudget === null
                        ? lt('loans.realisticNoneThree')
                        : lt('loans.realisticThree', {
                            date: planner.date(found().threeYears.date),
                            amount: planner.money(found().threeYears.monthlyBudget ?? '0'),
                          })}
                    </strong>
                  </li>
                  <li>
                    <strong>
                      {found().fiveYears.monthlyBudget === null
                        ? lt('loans.realisticNoneFive')
                        : lt('loans.realisticFive', {
                            date: planner.date(found().fiveYears.date),
                            amount: planner.money(found().fiveYears.monthlyBudget ?? '0'),
                          })}
                    </strong>
                  </li>
                </ul>
              )}
            </Show>
            <p>{lt('loans.realisticAdvice')}</p>
          </section>
        )}
      </Show>
      <Show when={warnings().shortfall}>
        {(shortfall) => (
          <section class="card problem" aria-labelledby="shortfall-title" data-testid="shortfall">
            <h3 id="shortfall-title">{lt('loans.shortfallTitle')}</h3>
            <For each={shortfall().overdue}>
              {(loan) => (
                <p>
                  {lt('loans.shortfallOverdue', { name: name(loan.id), date: planner.date(loan.date) })}{' '}
                  {loan.penalty !== undefined
                    ? lt('loans.shortfallPenalty', { amount: planner.money(loan.penalty) })
                    : lt('loans.shortfallNoPenalty')}
                </p>
              )}
            </For>
            <p>
              {lt('loans.shortfallMissed', {
                date: planner.date(shortfall().from),
                amount: planner.money(shortfall().missed),
              })}
            </p>
            <Show when={shortfall().overdue.length > 0}>
              <p>
                <strong>{lt('loans.shortfallKeep', { amount: planner.money(shortfall().instalments) })}</strong>
              </p>
            </Show>
          </section>
        )}
      </Show>
      <For each={warnings().penalties}>
        {(penalty) => (
          <p class="card warning-note" data-testid="penalty-note">
            {lt('loans.penaltyNote', { name: name(penalty.id), amount: planner.money(penalty.amount) })}
          </p>
        )}
      </For>
    </>
  );
}
