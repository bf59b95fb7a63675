/** "This month": exactly what to pay to whom, and by when (period 1 of the plan in use). */
import { For, Show } from 'solid-js';
import type { Plan } from '../../domain';
import { thisMonth } from '../model/analysis';
import { usePlanner } from '../state/PlannerProvider';
import { Isolated, user } from './UserText';

export function ThisMonth(props: { plan: Plan }) {
  const planner = usePlanner();
  const month = () => thisMonth(props.plan, planner.platforms());
  return (
    <section class="card this-month" aria-labelledby="this-month-title" data-testid="this-month">
      <h3 id="this-month-title">{planner.t('plan.thisMonth')}</h3>
      <Show when={month()} fallback={<p>{planner.t('plan.nothingThisMonth')}</p>}>
        {(current) => (
          <>
            <p>
              {planner.t('plan.thisMonthIntro', {
                date: planner.date(current().dueDate),
                total: planner.money(current().total),
              })}
            </p>
            <ul class="payments">
              <For each={current().payments}>
                {(payment) => (
                  <li class={`payment payment--${payment.role}`}>
                    <p class="payment__what">
                      <strong>
                        <Isolated
                          text={planner.t('plan.payTo', {
                            amount: planner.money(payment.amount),
                            name: user(payment.platform.name),
                          })}
                        />
                      </strong>
                    </p>
                    <p class="muted">
                      {planner.t(`plan.role.${payment.role}`)} ·{' '}
                      {planner.t('plan.owedAfter', { amount: planner.money(payment.owedAfter) })}
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}
