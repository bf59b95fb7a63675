/**
 * "This week" on the first screen (issue 17): every planned payment due in the next 7 days (or
 * already due) that is not recorded yet, by date. Recording it in "this month" takes it off.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import { dueThisWeek } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { usePaymentsText } from './paymentsText';

export function ThisWeek(props: { plan: Plan }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const due = createMemo(() =>
    dueThisWeek(props.plan, planner.platforms(), planner.records.payments, planner.clock.today()),
  );
  return (
    <section class="card" aria-labelledby="this-week-title" data-testid="this-week">
      <h3 id="this-week-title">{pt('week.title')}</h3>
      <Show when={due().length > 0} fallback={<p>{pt('week.none')}</p>}>
        <ul>
          <For each={due()}>
            {(item) => (
              <li>
                {pt('week.item', {
                  date: planner.date(item.date),
                  amount: planner.money(item.amount),
                  name: item.name,
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
