/**
 * When there is no plan: invalid details (engine input issues, in the person's language, naming
 * the debt), or an infeasible plan explained in plain words with what would make it work.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan, PlanInputIssue } from '../../domain';
import { infeasibleKey, issueKey, type MessageKey } from '../../i18n';
import { explainInfeasible } from '../model/infeasible';
import { makeLoanLabels } from '../model/labels';
import { usePlanner } from '../state/PlannerProvider';

/** Messages for engine input issues, with the field named in words. */
export function InputProblems(props: { issues: readonly PlanInputIssue[] }) {
  const planner = usePlanner();
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  const fieldName = (path: string): string => {
    const debt = /^debts\[(\d+)\]/.exec(path);
    if (debt) {
      const input = planner.planInput().debts[Number(debt[1])];
      return planner.t('field.debt', { name: (input && labels().get(input.id)) ?? path });
    }
    const root = path.split('.')[0] ?? path;
    const key = `field.${root}` as MessageKey;
    return ['asOf', 'firstPaymentDate', 'monthlyBudget', 'order'].includes(root) ? planner.t(key) : path;
  };
  return (
    <section class="card problem" role="alert" aria-labelledby="input-problems-title">
      <h3 id="input-problems-title">{planner.t('plan.inputProblems')}</h3>
      <ul>
        <For each={props.issues}>
          {(issue) => <li>{planner.t(issueKey(issue.code), { field: fieldName(issue.path) })}</li>}
        </For>
      </ul>
    </section>
  );
}

/** Why the plan does not work, and the budget (or commitment change) that would make it work. */
export function InfeasibleExplanation(props: { plan: Plan }) {
  const planner = usePlanner();
  const explanation = createMemo(() => explainInfeasible(planner.planInput(), props.plan));
  return (
    <Show when={explanation()}>
      {(why) => (
        <section class="card problem" aria-labelledby="infeasible-title" data-testid="infeasible">
          <h3 id="infeasible-title">{planner.t('plan.infeasibleTitle')}</h3>
          <p>
            {planner.t(infeasibleKey(why().reason), {
              total: planner.money(why().commitmentsTotal),
              budget: planner.money(why().budget),
              date: planner.date(why().horizonEndDate),
            })}
          </p>
          <Show when={why().reason === 'commitments-exceed-budget' && why().commitments.length > 0}>
            <ul>
              <For each={why().commitments}>
                {(commitment) => (
                  <li>
                    {planner.t('plan.commitmentLine', {
                      name: commitment.platformName,
                      kind: planner.t(`plan.commitmentKind.${commitment.kind}`),
                      amount: planner.money(commitment.amount),
                    })}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={why().reason === 'commitments-exceed-budget'}>
            <p>
              <strong>
                {(() => {
                  const needed = why().budgetNeeded;
                  return needed === null
                    ? planner.t('plan.budgetNeededNone')
                    : planner.t('plan.budgetNeeded', { amount: planner.money(needed) });
                })()}
              </strong>
            </p>
          </Show>
        </section>
      )}
    </Show>
  );
}
