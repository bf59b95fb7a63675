/** "Debt-free by…": pick a date, get the monthly budget needed (the engine's requiredBudget). */
import { Show, createMemo, createSignal } from 'solid-js';
import { isIsoDate } from '../model/dates';
import { budgetNeededBy } from '../model/infeasible';
import { usePlanner } from '../state/PlannerProvider';
import { TextField } from './Field';

type Answer = { kind: 'none' } | { kind: 'impossible' } | { kind: 'amount'; amount: string };

export function DebtFreeBy() {
  const planner = usePlanner();
  const [typed, setTyped] = createSignal(planner.state.planSettings.targetDate ?? '');
  const answer = createMemo<Answer>(() => {
    const target = typed();
    if (!isIsoDate(target)) return { kind: 'none' };
    const amount = budgetNeededBy(planner.planInput(), target);
    return amount === null ? { kind: 'impossible' } : { kind: 'amount', amount };
  });
  const onInput = (value: string): void => {
    setTyped(value);
    if (isIsoDate(value)) planner.actions.updatePlanSettings({ targetDate: value });
  };
  return (
    <section class="card" aria-labelledby="target-title">
      <h3 id="target-title">{planner.t('plan.target')}</h3>
      <TextField label={planner.t('plan.targetDate')} type="date" value={typed()} onInput={onInput} name="targetDate" />
      <p aria-live="polite" data-testid="target-answer">
        <Show when={answer().kind === 'none'}>{planner.t('plan.targetInvalid')}</Show>
        <Show when={answer().kind === 'impossible'}>{planner.t('plan.targetImpossible')}</Show>
        <Show
          when={(() => {
            const current = answer();
            return current.kind === 'amount' ? current.amount : undefined;
          })()}
        >
          {(amount) => (
            <strong>
              {planner.t('plan.targetAnswer', {
                amount: planner.money(amount()),
                budget: planner.money(planner.budgetAmount().amount),
              })}
            </strong>
          )}
        </Show>
      </p>
    </section>
  );
}
