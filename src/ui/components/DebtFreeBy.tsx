/**
 * "Debt-free by…": pick a date, get the monthly budget needed (the engine's requiredBudget). The
 * suggested goals are realistic dates (3 and 5 years, issue 16); a date beyond 5 years is flagged.
 */
import { Show, createMemo, createSignal } from 'solid-js';
import { isIsoDate } from '../model/dates';
import { budgetNeededBy } from '../model/infeasible';
import { loansText } from '../model/loansText';
import { realisticTargets } from '../model/planWarnings';
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
  const targets = createMemo(() => realisticTargets(planner.state.planSettings.firstPaymentDate));
  const onInput = (value: string): void => {
    setTyped(value);
    if (isIsoDate(value)) planner.actions.updatePlanSettings({ targetDate: value });
  };
  return (
    <section class="card" aria-labelledby="target-title">
      <h3 id="target-title">{planner.t('plan.target')}</h3>
      <TextField label={planner.t('plan.targetDate')} type="date" value={typed()} onInput={onInput} name="targetDate" />
      <div class="actions" role="group" aria-label={loansText(planner.state.locale, 'loans.suggestLegend')}>
        <button type="button" onClick={() => onInput(targets().threeYears)}>
          {loansText(planner.state.locale, 'loans.suggestThree', { date: planner.date(targets().threeYears) })}
        </button>
        <button type="button" onClick={() => onInput(targets().fiveYears)}>
          {loansText(planner.state.locale, 'loans.suggestFive', { date: planner.date(targets().fiveYears) })}
        </button>
      </div>
      <Show when={isIsoDate(typed()) && typed() > targets().fiveYears}>
        <p class="warning" data-testid="target-too-far">
          {loansText(planner.state.locale, 'loans.targetTooFar')}
        </p>
      </Show>
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
