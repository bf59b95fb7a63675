/**
 * The printable plan (print or save as PDF): client and preparer, date, the counsellor's case
 * record when there is one (contact, appointment, consent), budget, summary, debts, this month and
 * this week (shared with the handover pack: PrintedBlocks.tsx), the queue and the full schedule.
 * The print stylesheet shows only this.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import { makeLoanLabels } from '../model/labels';
import { owedNow, sortDebts } from '../model/planInput';
import { equivalentAnnualPercent } from '../model/rates';
import { InClientLanguage } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';
import { PrintedPractice, PrintedThisMonth, PrintedThisWeek } from './PrintedBlocks';
import { QueueTimelineText } from './QueueTimelineText';
import { Isolated, user } from './UserText';

/** The printed plan, in the client's language (their profile's `outputLocale`), whatever the screen's. */
export function PrintView(props: { plan: Plan; clientName: string; preparerName: string }) {
  return (
    <InClientLanguage>
      <Printed plan={props.plan} clientName={props.clientName} preparerName={props.preparerName} />
    </InClientLanguage>
  );
}

function Printed(props: { plan: Plan; clientName: string; preparerName: string }) {
  const planner = usePlanner();
  const labels = createMemo(() => makeLoanLabels(planner.state.debts));
  return (
    <article class="print-view card" aria-labelledby="print-title" data-testid="print-view">
      <h3 id="print-title">
        {planner.t('app.name')} · {planner.t('print.title')}
      </h3>
      <Show when={props.clientName}>
        <p>
          <Isolated text={planner.t('print.client', { name: user(props.clientName) })} />
        </p>
      </Show>
      <Show when={props.preparerName}>
        <p>
          <Isolated text={planner.t('print.preparer', { name: user(props.preparerName) })} />
        </p>
      </Show>
      <p>{planner.t('print.date', { date: planner.date(planner.clock.today()) })}</p>
      <Show when={planner.state.counsellorSession}>{(session) => <PrintedPractice session={session()} />}</Show>
      <p>{planner.t('print.budget', { amount: planner.money(planner.budgetAmount().amount) })}</p>
      <p>{planner.t('print.strategy', { name: planner.t(`plan.strategy.${planner.state.planSettings.strategy}`) })}</p>

      <h4>{planner.t('print.summary')}</h4>
      <dl class="metrics">
        <dt>{planner.t('plan.debtFreeDate')}</dt>
        <dd>{props.plan.debtFreeDate ? planner.date(props.plan.debtFreeDate) : '—'}</dd>
        <dt>{planner.t('plan.months')}</dt>
        <dd>{props.plan.periods.length}</dd>
        <dt>{planner.t('plan.interestAndFees')}</dt>
        <dd>{planner.money(planner.chosen().interestAndFees)}</dd>
        <dt>{planner.t('plan.totalPaid')}</dt>
        <dd>{planner.money(props.plan.totalPaid)}</dd>
      </dl>

      <h4>{planner.t('print.debts')}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{planner.t('plan.loan')}</th>
            <th scope="col">{planner.t('debts.owedNow')}</th>
            <th scope="col">{planner.t('form.rate')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={sortDebts(planner.state.debts)}>
            {(debt) => (
              <tr>
                <td>{labels().get(debt.id)}</td>
                <td class="num">{planner.money(owedNow(debt))}</td>
                <td>{planner.t('debts.annualEquivalent', { percent: equivalentAnnualPercent(debt.enteredRate) })}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>

      <PrintedThisMonth plan={props.plan} heading={planner.t('plan.thisMonth')} />
      <PrintedThisWeek plan={props.plan} />

      <h4>{planner.t('plan.timeline')}</h4>
      <QueueTimelineText plan={props.plan} />

      <h4>{planner.t('plan.schedule')}</h4>
      <table class="schedule">
        <thead>
          <tr>
            <th scope="col">{planner.t('plan.date')}</th>
            <th scope="col">{planner.t('plan.loan')}</th>
            <th scope="col">{planner.t('plan.paid')}</th>
            <th scope="col">{planner.t('plan.owed')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.plan.periods}>
            {(period) => (
              <For each={period.lines.filter((line) => line.paid !== '0.00')}>
                {(line) => (
                  <tr>
                    <td>{planner.date(period.date)}</td>
                    <td>{labels().get(line.id) ?? line.id}</td>
                    <td class="num">{planner.money(line.paid)}</td>
                    <td class="num">{planner.money(line.owed)}</td>
                  </tr>
                )}
              </For>
            )}
          </For>
        </tbody>
      </table>
      <p class="muted">{planner.t('print.footer')}</p>
    </article>
  );
}
