/**
 * The credit record on the debts screen (issue 17): the rule (征信业管理条例 第十六条, from
 * src/rules, docs/sources.md `plan.credit.record-ends`), then for each platform with a debt overdue
 * now the day the plan clears it and that day five years on (model/creditRecord.ts), worded as
 * the rule, not as a promise. Nothing is shown when no debt is overdue.
 */
import { For, Show, createMemo } from 'solid-js';
import { CREDIT_RECORD_ENDS } from '../../rules/reference';
import { creditRecordEnds } from '../model/creditRecord';
import { usePlanner } from '../state/PlannerProvider';
import { useBudgetText } from './budgetText';
import { UserText } from './UserText';

export function CreditRecord() {
  const planner = usePlanner();
  const bt = useBudgetText();
  const ends = createMemo(() => {
    const run = planner.chosen().run;
    const overdue = new Set(planner.state.debts.filter((debt) => debt.overdueSince).map((debt) => debt.id));
    return creditRecordEnds(run.ok ? run.plan : undefined, planner.platforms(), overdue);
  });
  const rule = () => (planner.state.locale === 'en' ? CREDIT_RECORD_ENDS.text.en : CREDIT_RECORD_ENDS.text.zh);
  return (
    <Show when={ends().length > 0}>
      <section class="card stack" aria-labelledby="credit-title" data-testid="credit-record">
        <h3 id="credit-title">{bt('credit.title')}</h3>
        <p class="muted">{rule()}</p>
        <ul class="credit-list">
          <For each={ends()}>
            {(end) => (
              <li data-testid="credit-record-platform" data-platform={end.name}>
                <strong>
                  <UserText text={end.name} />
                </strong>
                {bt('credit.separator')}
                {end.clearedOn !== null && end.keptUntil !== null
                  ? bt('credit.planned', { cleared: planner.date(end.clearedOn), until: planner.date(end.keptUntil) })
                  : bt('credit.notCleared')}
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
