/**
 * Budget: income and essential-expense lines giving the monthly amount for debts, or the amount
 * typed directly. The sum is exact (whole fen) and updates as the person types. Below it, the
 * months without income and one-off sums ahead (BudgetEvents, issue 17).
 */
import { For, Show, createEffect, untrack } from 'solid-js';
import type { BudgetLine, BudgetRecord } from '../../domain/records';
import { toStorableBudget } from '../model/planInput';
import { createDraft } from '../state/drafts';
import { usePlanner } from '../state/PlannerProvider';
import { BudgetEvents } from './BudgetEvents';
import { DraftNotice } from './DraftNotice';
import { TextField } from './Field';

type LineList = 'income' | 'expenses';

export function BudgetScreen() {
  const planner = usePlanner();
  const update = (change: (budget: BudgetRecord) => BudgetRecord): void => planner.actions.updateBudget(change);
  const setLine = (list: LineList, id: string, patch: Partial<BudgetLine>): void =>
    update((budget) => ({
      ...budget,
      [list]: budget[list].map((line) => (line.id === id ? { ...line, ...patch } : line)),
    }));
  const addLine = (list: LineList): void =>
    update((budget) => ({
      ...budget,
      [list]: [...budget[list], { id: planner.actions.newDebtId(), label: '', category: 'custom', amount: '' }],
    }));
  const removeLine = (list: LineList, id: string): void =>
    update((budget) => ({ ...budget, [list]: budget[list].filter((line) => line.id !== id) }));
  // The budget is stored as it is typed, except while an amount is not an amount yet (e.g. "12.3.4",
  // toStorableBudget): then what is shown is kept as a draft (issue 13), and brought back after a
  // reload; discarding it shows the budget as last stored.
  // Plain copies (JSON): the store's proxies cannot be cloned.
  const copy = (budget: BudgetRecord): BudgetRecord => JSON.parse(JSON.stringify(budget)) as BudgetRecord;
  const storable = (): BudgetRecord | undefined => {
    const budget = toStorableBudget(planner.state.budget);
    return budget && copy(budget);
  };
  let lastStored = untrack(storable);
  const kept = createDraft<BudgetRecord | null>('budget', {
    read: () => (toStorableBudget(planner.state.budget) === undefined ? planner.state.budget : null),
    apply(value) {
      const next = value ?? lastStored;
      if (next) update(() => copy(next));
    },
    nothing: null,
  });
  createEffect(() => {
    lastStored = storable() ?? lastStored;
  });
  const invalid = (id: string): boolean => planner.budgetAmount().invalidLineIds.includes(id);
  const isNegative = (): boolean => planner.budgetAmount().difference.startsWith('-');

  const lines = (list: LineList, title: string, addLabel: string) => (
    <fieldset class="budget-lines">
      <legend>{title}</legend>
      <For each={planner.state.budget[list]}>
        {(line, index) => (
          <div class="budget-line">
            <TextField
              label={`${planner.t('budget.lineLabel')} ${String(index() + 1)}`}
              value={line.label}
              onInput={(label) => setLine(list, line.id, { label })}
              name={`${list}-label-${String(index())}`}
            />
            <TextField
              label={`${line.label || planner.t('budget.lineAmount')} (¥)`}
              value={line.amount}
              inputMode="decimal"
              onInput={(amount) => setLine(list, line.id, { amount })}
              error={invalid(line.id) ? planner.t('budget.invalidLine') : undefined}
              name={`${list}-amount-${String(index())}`}
            />
            <button
              type="button"
              class="icon"
              aria-label={planner.t('budget.removeLine', { label: line.label || String(index() + 1) })}
              onClick={() => removeLine(list, line.id)}
            >
              ×
            </button>
          </div>
        )}
      </For>
      <button type="button" onClick={() => addLine(list)}>
        {addLabel}
      </button>
    </fieldset>
  );

  return (
    <section aria-labelledby="budget-title" class="screen">
      <h2 id="budget-title">{planner.t('budget.title')}</h2>
      <p>{planner.t('budget.intro')}</p>
      <DraftNotice draft={kept} />
      <fieldset class="card">
        <legend>{planner.t('budget.mode')}</legend>
        <label class="radio">
          <input
            type="radio"
            name="budget-mode"
            value="lines"
            checked={planner.state.budget.mode === 'lines'}
            onChange={() => update((budget) => ({ ...budget, mode: 'lines' }))}
          />
          <span>{planner.t('budget.modeLines')}</span>
        </label>
        <label class="radio">
          <input
            type="radio"
            name="budget-mode"
            value="direct"
            checked={planner.state.budget.mode === 'direct'}
            onChange={() => update((budget) => ({ ...budget, mode: 'direct' }))}
          />
          <span>{planner.t('budget.modeDirect')}</span>
        </label>
      </fieldset>
      <Show
        when={planner.state.budget.mode === 'lines'}
        fallback={
          <div class="card">
            <TextField
              label={planner.t('budget.direct')}
              value={planner.state.budget.directAmount}
              inputMode="decimal"
              onInput={(directAmount) => update((budget) => ({ ...budget, directAmount }))}
              error={
                invalid('direct') && planner.state.budget.directAmount !== '' ? planner.t('error.money') : undefined
              }
              name="budget-direct"
            />
          </div>
        }
      >
        <div class="budget-grid">
          {lines('income', planner.t('budget.income'), planner.t('budget.addIncome'))}
          {lines('expenses', planner.t('budget.expenses'), planner.t('budget.addExpense'))}
        </div>
      </Show>
      <p class="budget-total card" aria-live="polite" data-testid="budget-available">
        {planner.t('budget.available', { amount: planner.money(planner.budgetAmount().amount) })}
      </p>
      <Show when={planner.state.budget.mode === 'lines' && isNegative()}>
        <p class="warning" role="status">
          {planner.t('budget.shortfall', { amount: planner.money(planner.budgetAmount().difference.slice(1)) })}
        </p>
      </Show>
      <BudgetEvents />
    </section>
  );
}
