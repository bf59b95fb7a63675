/**
 * What if a creditor agrees? Pick a loan and a change (stop interest, an instalment, a cap on
 * charges) and see the plan before and after, without changing anything stored.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { makeLoanLabels } from '../model/labels';
import { parseMoneyInput } from '../model/money';
import { compareWhatIf, type WhatIfChange } from '../model/whatIf';
import { usePlanner } from '../state/PlannerProvider';
import { SelectField, TextField } from './Field';

type ChangeKind = WhatIfChange['kind'];

export function WhatIf() {
  const planner = usePlanner();
  const debtSelectId = createUniqueId();
  const [debtId, setDebtId] = createSignal('');
  const [kind, setKind] = createSignal<ChangeKind>('frozen');
  const [amount, setAmount] = createSignal('');
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  const selected = () => debtId() || planner.planInput().debts[0]?.id || '';
  const change = createMemo<WhatIfChange | undefined>(() => {
    if (kind() === 'frozen') return { kind: 'frozen' };
    const parsed = parseMoneyInput(amount());
    return parsed === undefined ? undefined : { kind: kind() as 'fixed' | 'cap', amount: parsed };
  });
  const result = createMemo(() => {
    const current = change();
    if (!current || !selected()) return undefined;
    return compareWhatIf(planner.planInput(), selected(), current);
  });
  const dateOr = (date: string | null): string => (date ? planner.date(date) : planner.t('plan.notCleared'));
  return (
    <section class="card" aria-labelledby="what-if-title">
      <h3 id="what-if-title">{planner.t('plan.whatIf')}</h3>
      <p class="muted">{planner.t('plan.whatIfIntro')}</p>
      <div class="field-grid">
        <div class="field">
          <label for={debtSelectId}>{planner.t('plan.whatIfDebt')}</label>
          <select id={debtSelectId} onChange={(event) => setDebtId(event.currentTarget.value)}>
            <For each={planner.planInput().debts}>
              {(debt) => (
                <option value={debt.id} selected={debt.id === selected()}>
                  {labels().get(debt.id) ?? debt.id}
                </option>
              )}
            </For>
          </select>
        </div>
        <SelectField
          label={planner.t('plan.whatIfChange')}
          value={kind()}
          options={[
            { value: 'frozen', label: planner.t('plan.whatIfChange.frozen') },
            { value: 'fixed', label: planner.t('plan.whatIfChange.fixed') },
            { value: 'cap', label: planner.t('plan.whatIfChange.cap') },
          ]}
          onChange={setKind}
          name="whatIfChange"
        />
        <Show when={kind() !== 'frozen'}>
          <TextField
            label={planner.t('plan.whatIfAmount')}
            value={amount()}
            onInput={setAmount}
            inputMode="decimal"
            error={amount() !== '' && change() === undefined ? planner.t('error.money') : undefined}
            name="whatIfAmount"
          />
        </Show>
      </div>
      <div aria-live="polite" data-testid="what-if-result">
        <Show when={result()}>
          {(comparison) => (
            <Show
              when={comparison().after.feasible}
              fallback={<p class="warning">{planner.t('plan.whatIfInfeasible')}</p>}
            >
              <p>
                {planner.t('plan.whatIfResult', {
                  date: dateOr(comparison().after.debtFreeDate),
                  before: dateOr(comparison().before.debtFreeDate),
                  after: planner.money(comparison().after.interestAndFees),
                  beforeCharges: planner.money(comparison().before.interestAndFees),
                })}
              </p>
              <Show when={comparison().before.feasible}>
                <p>
                  <strong>
                    {planner.t('plan.whatIfSaves', {
                      amount: planner.money(comparison().savedInterestAndFees),
                      months: comparison().savedMonths,
                    })}
                  </strong>
                </p>
              </Show>
            </Show>
          )}
        </Show>
      </div>
    </section>
  );
}
