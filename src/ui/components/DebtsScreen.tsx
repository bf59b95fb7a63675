/**
 * Debts: grouped by platform in queue order, each platform with what is owed now and its place
 * in the queue; each loan with its rate (and the annual equivalent) and negotiated terms.
 * Add and edit happen inline with DebtForm. Beside each platform, its payment history (folded;
 * PaymentHistory.tsx); above the list, the credit record's end date for overdue platforms
 * (CreditRecord.tsx) (issue 17). Each loan's "What this loan really costs" button opens
 * the cost screen on it (issue 16).
 */
import { For, Show, Suspense, createMemo, createSignal, lazy, untrack } from 'solid-js';
import type { DebtRecord } from '../../domain/records';
import { sumMoney } from '../../domain/money';
import { platformKeyOf, type PlatformKey } from '../../domain/platform';
import { owedNow, sortDebts } from '../model/planInput';
import { equivalentAnnualPercent } from '../model/rates';
import { setCostDebtId } from '../state/costTarget';
import { draftedId, forgetDraftsOfGone } from '../state/drafts';
import { usePlanner } from '../state/PlannerProvider';
import { loansText } from '../model/loansText';
import { DebtForm } from './DebtForm';
import { DebtHistory } from './PaymentHistory';

// The rule's text comes from src/rules: loaded after the list, so the debts show at once.
const CreditRecord = lazy(() => import('./CreditRecord').then((module) => ({ default: module.CreditRecord })));

interface PlatformGroup {
  key: PlatformKey;
  name: string;
  debts: DebtRecord[];
}

export function DebtsScreen() {
  const planner = usePlanner();
  // A debt form left with unsaved input (a draft, issue 13) opens again as it was left.
  const [editing, setEditing] = createSignal<string | null>(draftOpen());
  // The draft of a debt that is gone (deleted here or in another tab) is dropped; a new debt's is kept (issue 13).
  forgetDraftsOfGone(
    'debt:',
    () => planner.state.profile?.id,
    () => planner.state.debts,
    (id) => id === 'new',
  );

  function draftOpen(): string | null {
    const ids = new Set(untrack(() => planner.state.debts.map((debt) => debt.id)));
    return draftedId('debt:', (id) => id === 'new' || ids.has(id));
  }

  const groups = createMemo<PlatformGroup[]>(() => {
    const map = new Map<PlatformKey, PlatformGroup>();
    for (const debt of sortDebts(planner.state.debts)) {
      const key = platformKeyOf(debt);
      const group = map.get(key);
      if (group) group.debts.push(debt);
      else map.set(key, { key, name: debt.platform || debt.id, debts: [debt] });
    }
    const places = planner.queuePlaces();
    return [...map.values()].sort((a, b) => (places.get(a.key) ?? Infinity) - (places.get(b.key) ?? Infinity));
  });
  const total = createMemo(() => sumMoney(planner.state.debts.map(owedNow)));
  const platformNames = createMemo(() => groups().map((group) => group.name));
  // The list is keyed by platform, not by the group objects `groups()` rebuilds whenever the plan
  // changes (e.g. another tab's budget edit): an open DebtForm is never unmounted and re-made from
  // the stored record under the person's fingers (issue 13).
  const groupKeys = createMemo(() => groups().map((group) => group.key), [], {
    equals: (a, b) => a.length === b.length && a.every((key, index) => key === b[index]),
  });

  const remove = (debt: DebtRecord): void => {
    if (window.confirm(planner.t('debts.deleteConfirm'))) planner.actions.deleteDebt(debt.id);
  };

  return (
    <section aria-labelledby="debts-title" class="screen">
      <h2 id="debts-title">{planner.t('debts.title')}</h2>
      <Show when={planner.state.debts.length > 0} fallback={<p class="empty">{planner.t('debts.empty')}</p>}>
        <p class="total">{planner.t('debts.total', { amount: planner.money(total()) })}</p>
        <Suspense>
          <CreditRecord />
        </Suspense>
      </Show>
      <Show
        when={editing() === 'new'}
        fallback={
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            {planner.t('debts.add')}
          </button>
        }
      >
        <DebtForm platformNames={platformNames()} onDone={() => setEditing(null)} />
      </Show>
      <ul class="platform-list">
        <For each={groupKeys()}>
          {(key) => (
            <Show when={groups().find((candidate) => candidate.key === key)}>
              {(group) => (
                <li class="card platform">
                  <div class="platform__head">
                    <h3>{group().name}</h3>
                    <p class="platform__place">
                      {planner.queuePlaces().has(group().key)
                        ? planner.t('debts.queuePlace', { place: planner.queuePlaces().get(group().key) ?? 0 })
                        : planner.t('debts.queueUnknown')}
                    </p>
                    <p class="platform__owed">
                      {planner.t('debts.owedNow')}:{' '}
                      <strong>{planner.money(sumMoney(group().debts.map(owedNow)))}</strong>
                      <Show when={group().debts.length > 1}>
                        <span class="muted"> · {planner.t('debts.loans', { count: group().debts.length })}</span>
                      </Show>
                    </p>
                  </div>
                  <ul class="loan-list">
                    <For each={group().debts}>
                      {(debt) => (
                        <li class="loan">
                          <Show
                            when={editing() === debt.id}
                            fallback={
                              <>
                                <p class="loan__title">
                                  {planner.t(`kind.${debt.kind}`)}
                                  <Show when={debt.contractNumber}> · {debt.contractNumber}</Show>
                                  {' — '}
                                  <strong>{planner.money(owedNow(debt))}</strong>
                                </p>
                                <p class="muted">
                                  {planner.t(`rateUnit.${debt.enteredRate.unit}`)} {debt.enteredRate.percent}% ·{' '}
                                  {planner.t('debts.annualEquivalent', {
                                    percent: equivalentAnnualPercent(debt.enteredRate),
                                  })}
                                  <Show when={debt.overdueSince}>
                                    {(since) => (
                                      <> · {planner.t('debts.overdueSince', { date: planner.date(since()) })}</>
                                    )}
                                  </Show>
                                </p>
                                <p class="badges">
                                  <Show when={debt.frozen}>
                                    <span class="badge">{planner.t('debts.frozenBadge')}</span>
                                  </Show>
                                  <Show when={debt.fixedPayment}>
                                    {(amount) => (
                                      <span class="badge">
                                        {planner.t('debts.fixedBadge', { amount: planner.money(amount()) })}
                                      </span>
                                    )}
                                  </Show>
                                  <Show when={debt.tokenPayment}>
                                    {(amount) => (
                                      <span class="badge">
                                        {planner.t('debts.tokenBadge', { amount: planner.money(amount()) })}
                                      </span>
                                    )}
                                  </Show>
                                  <Show when={debt.chargeCap}>
                                    {(amount) => (
                                      <span class="badge">
                                        {planner.t('debts.capBadge', { amount: planner.money(amount()) })}
                                      </span>
                                    )}
                                  </Show>
                                </p>
                                <div class="actions">
                                  <button
                                    type="button"
                                    aria-label={`${planner.t('debts.edit')}: ${group().name} ${debt.contractNumber}`.trim()}
                                    onClick={() => setEditing(debt.id)}
                                  >
                                    {planner.t('debts.edit')}
                                  </button>
                                  <button
                                    type="button"
                                    aria-label={`${loansText(planner.state.locale, 'loans.costLink')}: ${group().name} ${debt.contractNumber}`.trim()}
                                    onClick={() => {
                                      setCostDebtId(debt.id);
                                      planner.actions.setScreen('cost');
                                    }}
                                  >
                                    {loansText(planner.state.locale, 'loans.costLink')}
                                  </button>
                                  <button
                                    type="button"
                                    class="danger"
                                    aria-label={`${planner.t('debts.delete')}: ${group().name} ${debt.contractNumber}`.trim()}
                                    onClick={() => remove(debt)}
                                  >
                                    {planner.t('debts.delete')}
                                  </button>
                                </div>
                              </>
                            }
                          >
                            <DebtForm debt={debt} platformNames={platformNames()} onDone={() => setEditing(null)} />
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                  <DebtHistory platformKey={group().key} name={group().name} />
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
    </section>
  );
}
