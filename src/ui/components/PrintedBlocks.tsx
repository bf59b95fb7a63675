/**
 * Blocks the printed plan (PrintView) and the handover pack (HandoverPack) share, so each is
 * written once (issue 18): this month's payments, "this week" (the payments due within 7 days,
 * from ThisWeek's model `dueThisWeek`, plus the session's to-dos in the pack), and the case
 * record the client keeps (the counsellor's contact details, the next appointment, the consent).
 * They render inside `<InClientLanguage>`, so they speak the client's language.
 */
import { For, Show, createMemo } from 'solid-js';
import type { Plan } from '../../domain';
import type { CounsellorSession } from '../../domain/records';
import { thisMonth } from '../model/analysis';
import { dueThisWeek } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { usePaymentsText } from './paymentsText';
import { usePracticeText } from './practiceText';
import { Isolated, UserText, user } from './UserText';

/** This month: the due date, the total and what to pay to whom. */
export function PrintedThisMonth(props: { plan: Plan; heading: string; testId?: string }) {
  const planner = usePlanner();
  const month = () => thisMonth(props.plan, planner.platforms());
  return (
    <Show when={month()}>
      {(current) => (
        <>
          <h4>{props.heading}</h4>
          <p>
            {planner.t('plan.thisMonthIntro', {
              date: planner.date(current().dueDate),
              total: planner.money(current().total),
            })}
          </p>
          <ul data-testid={props.testId}>
            <For each={current().payments}>
              {(payment) => (
                <li>
                  <Isolated
                    text={planner.t('plan.payTo', {
                      amount: planner.money(payment.amount),
                      name: user(payment.platform.name),
                    })}
                  />
                </li>
              )}
            </For>
          </ul>
        </>
      )}
    </Show>
  );
}

/** "This week": payments due within 7 days of today not recorded yet, then any to-dos given. */
export function PrintedThisWeek(props: { plan: Plan; todos?: readonly string[] }) {
  const planner = usePlanner();
  const pt = usePracticeText();
  const payments = usePaymentsText();
  const due = createMemo(() =>
    dueThisWeek(props.plan, planner.platforms(), planner.records.payments, planner.clock.today()),
  );
  return (
    <>
      <h4>{pt('pack.thisWeek')}</h4>
      <ul data-testid="printed-this-week">
        <For each={due()}>
          {(item) => (
            <li>
              <Isolated
                text={payments('week.item', {
                  date: planner.date(item.date),
                  amount: planner.money(item.amount),
                  name: user(item.name),
                })}
              />
            </li>
          )}
        </For>
        <Show when={due().length === 0}>
          <li>{payments('week.none')}</li>
        </Show>
        <For each={props.todos ?? []}>
          {(todo) => (
            <li>
              ☐ <Isolated text={todo} />
            </li>
          )}
        </For>
      </ul>
    </>
  );
}

/** The case record the client keeps: the counsellor's contact details, the next appointment, the consent. */
export function PrintedPractice(props: { session: CounsellorSession }) {
  const planner = usePlanner();
  const pt = usePracticeText();
  const appointment = () => {
    const next = props.session.nextAppointment;
    if (!next) return null;
    const date = planner.date(next.on);
    return next.time ? pt('appointment.when', { date, time: next.time }) : date;
  };
  return (
    <>
      <Show when={props.session.counsellorContact}>
        {(contact) => (
          <>
            <h4>{pt('pack.contact')}</h4>
            <p class="pre-wrap" data-testid="printed-contact">
              <UserText text={contact()} />
            </p>
          </>
        )}
      </Show>
      <Show when={props.session.nextAppointment}>
        {(next) => (
          <>
            <h4>{pt('pack.appointment')}</h4>
            <p data-testid="printed-appointment">
              <Show when={next().place} fallback={appointment()}>
                <Isolated text={pt('appointment.where', { when: appointment() ?? '', place: user(next().place) })} />
              </Show>
            </p>
          </>
        )}
      </Show>
      <Show when={props.session.consent}>
        {(consent) => (
          <>
            <h4>{pt('pack.consent')}</h4>
            <ul data-testid="printed-consent">
              <li>{pt('pack.consentOn', { date: planner.date(consent().on) })}</li>
              <Show when={consent().agreed}>
                <li>
                  <Isolated text={pt('pack.consentAgreed', { text: user(consent().agreed) })} />
                </li>
              </Show>
              <Show when={consent().renewOn}>
                {(renewOn) => <li>{pt('pack.consentRenew', { date: planner.date(renewOn()) })}</li>}
              </Show>
            </ul>
          </>
        )}
      </Show>
    </>
  );
}
