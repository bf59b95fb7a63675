/**
 * The month-by-month schedule, collapsed by default (and not rendered until opened, so typing
 * elsewhere stays instant). Every figure the engine gives: interest and fees added, paid, owed.
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Plan } from '../../domain';
import { makeLoanLabels } from '../model/labels';
import { usePlanner } from '../state/PlannerProvider';

export function ScheduleTable(props: { plan: Plan }) {
  const planner = usePlanner();
  const [open, setOpen] = createSignal(false);
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  return (
    <section class="card" aria-labelledby="schedule-title">
      <h3 id="schedule-title">{planner.t('plan.schedule')}</h3>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{planner.t('plan.scheduleShow')}</summary>
        <Show when={open()}>
          <div class="table-scroll" tabindex="0" role="region" aria-label={planner.t('plan.schedule')}>
            <table class="schedule">
              <thead>
                <tr>
                  <th scope="col">{planner.t('plan.period')}</th>
                  <th scope="col">{planner.t('plan.date')}</th>
                  <th scope="col">{planner.t('plan.loan')}</th>
                  <th scope="col">{planner.t('plan.interest')}</th>
                  <th scope="col">{planner.t('plan.fees')}</th>
                  <th scope="col">{planner.t('plan.paid')}</th>
                  <th scope="col">{planner.t('plan.owed')}</th>
                </tr>
              </thead>
              <For each={props.plan.periods}>
                {(period) => (
                  <tbody>
                    <For each={period.lines}>
                      {(line, index) => (
                        <tr classList={{ focus: period.focus === line.id }}>
                          <Show when={index() === 0} fallback={<td />}>
                            <th scope="row">{period.index}</th>
                          </Show>
                          <td>{index() === 0 ? planner.date(period.date) : ''}</td>
                          <td>
                            {labels().get(line.id) ?? line.id}
                            <Show when={period.focus === line.id}>
                              <span class="badge"> {planner.t('plan.focusMark')}</span>
                            </Show>
                          </td>
                          <td class="num">{planner.money(line.interest)}</td>
                          <td class="num">{planner.money(line.fees)}</td>
                          <td class="num">{planner.money(line.paid)}</td>
                          <td class="num">{planner.money(line.owed)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                )}
              </For>
            </table>
          </div>
        </Show>
      </details>
    </section>
  );
}
