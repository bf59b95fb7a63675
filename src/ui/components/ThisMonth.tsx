/**
 * "This month": exactly what to pay to whom, and by when: the first plan period whose payments are
 * not all recorded (issue 17). Each line records in one tap as paid (the planned amount, today) or
 * missed; a recorded line shows what was recorded and can be changed (amount and date; partial
 * payments allowed).
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Plan } from '../../domain';
import type { PaymentRecord } from '../../domain/records';
import { thisMonth, type ThisMonthPayment } from '../model/analysis';
import { isIsoDate } from '../model/dates';
import { parseMoneyInput } from '../model/money';
import { currentPeriodIndex, recordsOf } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { TextField } from './Field';
import { Isolated, user, userLabel } from './UserText';
import { usePaymentActions } from './paymentActions';
import { usePaymentsText } from './paymentsText';

export function ThisMonth(props: { plan: Plan }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const payments = () => planner.records.payments;
  const periodIndex = createMemo(() => {
    const index = currentPeriodIndex(props.plan, planner.platforms(), payments());
    // Every period answered: show the last one with what was recorded.
    return Math.min(index, Math.max(0, props.plan.periods.length - 1));
  });
  const allAnswered = () =>
    currentPeriodIndex(props.plan, planner.platforms(), payments()) >= props.plan.periods.length;
  const month = () => thisMonth(props.plan, planner.platforms(), periodIndex());
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
            <Show when={allAnswered()}>
              <p class="muted">{pt('pay.allAnswered')}</p>
            </Show>
            <ul class="payments">
              <For each={current().payments}>{(payment) => <PaymentLine payment={payment} />}</For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}

function PaymentLine(props: { payment: ThisMonthPayment }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const actions = usePaymentActions();
  const [editing, setEditing] = createSignal(false);
  const [amount, setAmount] = createSignal('');
  const [on, setOn] = createSignal('');
  const [problem, setProblem] = createSignal(false);
  const recorded = (): PaymentRecord | undefined =>
    recordsOf(planner.records.payments, props.payment.platform.key).find(
      (row) => (row.kind === 'paid' || row.kind === 'missed') && row.dueDate === props.payment.dueDate,
    );
  const name = () => props.payment.platform.name;
  // In attributes (aria-label) the name goes through userLabel; in the visible sentence through
  // user + <Isolated> (each name in its own <bdi>, issue 13).
  const params = () => ({ amount: planner.money(props.payment.amount), name: userLabel(name()) });
  const quick = (kind: 'paid' | 'missed'): void =>
    actions.record({
      key: props.payment.platform.key,
      kind,
      // Paid today; on the plan's start day itself (nothing can be paid before the balances were
      // read) or when missed, the payment date.
      on:
        kind === 'paid' && planner.clock.today() > planner.state.planSettings.asOf
          ? planner.clock.today()
          : props.payment.dueDate,
      amount: props.payment.amount,
      dueDate: props.payment.dueDate,
      planned: props.payment.amount,
    });
  const startEdit = (): void => {
    const row = recorded();
    setAmount(row?.kind === 'paid' ? row.amount : props.payment.amount);
    setOn(row?.kind === 'paid' ? row.on : planner.clock.today());
    setProblem(false);
    setEditing(true);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const parsed = parseMoneyInput(amount());
    if (parsed === undefined || !isIsoDate(on())) {
      setProblem(true);
      return;
    }
    const row = recorded();
    actions.record({
      ...(row ? { id: row.id } : {}),
      key: props.payment.platform.key,
      kind: 'paid',
      on: on(),
      amount: parsed,
      dueDate: props.payment.dueDate,
      planned: props.payment.amount,
    });
    setEditing(false);
  };
  const recordedText = (row: PaymentRecord): string => {
    if (row.kind === 'missed') return pt('pay.missedLine', { date: planner.date(row.dueDate ?? row.on) });
    if (row.planned !== undefined && row.amount !== row.planned) {
      return pt('pay.partialLine', {
        amount: planner.money(row.amount),
        planned: planner.money(row.planned),
        date: planner.date(row.on),
      });
    }
    return pt('pay.paidLine', { amount: planner.money(row.amount), date: planner.date(row.on) });
  };
  return (
    <li class={`payment payment--${props.payment.role}`} data-platform={name()}>
      <p class="payment__what">
        <strong>
          <Isolated
            text={planner.t('plan.payTo', { amount: planner.money(props.payment.amount), name: user(name()) })}
          />
        </strong>
      </p>
      <p class="muted">
        {planner.t(`plan.role.${props.payment.role}`)} ·{' '}
        {planner.t('plan.owedAfter', { amount: planner.money(props.payment.owedAfter) })}
      </p>
      <Show
        when={recorded()}
        fallback={
          <Show when={!editing()}>
            <div class="row-actions">
              <button type="button" aria-label={pt('pay.markPaidLabel', params())} onClick={() => quick('paid')}>
                {pt('pay.markPaid')}
              </button>
              <button type="button" aria-label={pt('pay.markMissedLabel', params())} onClick={() => quick('missed')}>
                {pt('pay.markMissed')}
              </button>
              <button type="button" aria-label={pt('pay.editLabel', { name: userLabel(name()) })} onClick={startEdit}>
                {pt('pay.edit')}
              </button>
            </div>
          </Show>
        }
      >
        {(row) => (
          <Show when={!editing()}>
            <p class="payment__recorded" data-testid="payment-recorded">
              {recordedText(row())}{' '}
              <button type="button" aria-label={pt('pay.editLabel', { name: userLabel(name()) })} onClick={startEdit}>
                {pt('pay.edit')}
              </button>
            </p>
          </Show>
        )}
      </Show>
      <Show when={editing()}>
        <form class="stack" onSubmit={save}>
          <TextField
            label={pt('pay.amount')}
            value={amount()}
            onInput={setAmount}
            inputMode="decimal"
            name="paidAmount"
          />
          <TextField label={pt('pay.date')} type="date" value={on()} onInput={setOn} name="paidOn" />
          <Show when={problem()}>
            <p role="alert" class="error">
              {pt('pay.invalid')}
            </p>
          </Show>
          <div class="row-actions">
            <button type="submit">{pt('pay.save')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {pt('pay.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}
