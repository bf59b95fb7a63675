/**
 * Plan against reality on the plan screen (issue 17): progress in plain words with the planned
 * and actual chart, reconciling with each lender (the difference from Shore's figure and why,
 * then restarting the plan from those balances), a new charge, and each platform's history.
 * The arithmetic is model/tracking.ts (pure, unit-tested).
 */
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Plan } from '../../domain';
import type { PlatformKey } from '../../domain/platform';
import { isIsoDate } from '../model/dates';
import { parseMoneyInput } from '../model/money';
import { plannedBy } from '../model/progress';
import { explainDifference, recordsOf, shoreFigure, trackProgress, type DifferenceReason } from '../model/tracking';
import { usePlanner } from '../state/PlannerProvider';
import { SelectField, TextField } from './Field';
import { usePaymentActions } from './paymentActions';
import { PlatformHistory } from './PaymentHistory';
import { usePaymentsText } from './paymentsText';
import { ProgressChart } from './ProgressChart';

export function PaymentsPanel(props: { plan: Plan }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const baseline = () => planner.state.planSettings.baseline;
  const progress = createMemo(() => {
    const base = baseline();
    if (base === undefined) return undefined;
    return trackProgress(
      base,
      planner.records.payments,
      { asOf: planner.state.planSettings.asOf, plan: props.plan },
      planner.platforms(),
    );
  });
  const money = (amount: string): string => planner.money(amount.replace('-', ''));
  return (
    <section class="card stack" aria-labelledby="track-title" data-testid="tracking">
      <h3 id="track-title">{pt('track.title')}</h3>
      <p class="muted">{pt('track.intro')}</p>
      <Show when={progress()} fallback={<p>{pt('track.nothingYet')}</p>}>
        {(current) => (
          <div class="stack" data-testid="progress">
            <For each={current().milestones}>
              {(milestone) => (
                <p class="headline" data-testid="milestone">
                  {pt(`milestone.${milestone}`)}
                </p>
              )}
            </For>
            <p data-testid="paid-so-far">{pt('track.paidSoFar', { amount: planner.money(current().paidSoFar) })}</p>
            <Show when={current().aheadBy !== null && current().comparedOn !== null}>
              <p data-testid="ahead-behind">
                {(() => {
                  const ahead = current().aheadBy ?? '0.00';
                  const on = planner.date(current().comparedOn ?? '');
                  const owed = current().basis === 'owed';
                  if (ahead === '0.00') return pt(owed ? 'track.onPlanOwed' : 'track.onPlanPaid', { date: on });
                  const key = ahead.startsWith('-')
                    ? owed
                      ? 'track.behindOwed'
                      : 'track.behindPaid'
                    : owed
                      ? 'track.aheadOwed'
                      : 'track.aheadPaid';
                  return pt(key, { amount: money(ahead), date: on });
                })()}
              </p>
            </Show>
            <p data-testid="interest-avoided">
              {current().interestAvoided.startsWith('-')
                ? pt('track.extraCost', { amount: money(current().interestAvoided) })
                : pt('track.avoided', { amount: planner.money(current().interestAvoided) })}
            </p>
            <Show when={current().cleared.length > 0}>
              <p>
                {pt('track.cleared', { names: current().cleared.join(planner.state.locale === 'en' ? ', ' : '、') })}
              </p>
            </Show>
            <Show when={baseline()}>
              {(base) => (
                <ProgressChart
                  baseline={base()}
                  actual={current().actual}
                  plannedOn={(date) => plannedBy(base(), date).owed}
                />
              )}
            </Show>
          </div>
        )}
      </Show>
      <Reconcile plan={props.plan} />
      <NewCharge />
      <History />
    </section>
  );
}

function Reconcile(props: { plan: Plan }) {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const actions = usePaymentActions();
  const [on, setOn] = createSignal(planner.clock.today());
  const [typed, setTyped] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<{ text: string; error: boolean }>();
  const validDay = () => isIsoDate(on()) && on() > planner.state.planSettings.asOf;
  const figureOf = (key: PlatformKey) => {
    const platform = planner.platforms().platforms.find((item) => item.key === key);
    if (!platform || !validDay()) return undefined;
    return shoreFigure(planner.planInput(), props.plan, platform, planner.records.payments, on());
  };
  const reasonText = (reason: DifferenceReason): string =>
    reason.kind === 'unrecorded'
      ? pt('reason.unrecorded', { amount: planner.money(reason.amount), date: planner.date(reason.dueDate) })
      : pt(`reason.${reason.kind}`);
  const submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const lender = new Map<PlatformKey, string>();
    let valid = validDay();
    for (const platform of planner.platforms().platforms) {
      const text = (typed()[platform.key] ?? '').trim();
      if (text === '') continue;
      const amount = parseMoneyInput(text);
      if (amount === undefined) valid = false;
      else lender.set(platform.key, amount);
    }
    if (!valid) {
      setMessage({ text: pt('rec.invalid', { date: planner.date(planner.state.planSettings.asOf) }), error: true });
      return;
    }
    if (lender.size === 0) {
      setMessage({ text: pt('rec.nothingTyped'), error: true });
      return;
    }
    const day = on();
    await actions.restart(day, lender);
    setTyped({});
    setMessage({ text: pt('rec.done', { date: planner.date(day) }), error: false });
  };
  return (
    <form class="stack" aria-labelledby="rec-title" onSubmit={(event) => void submit(event)} data-testid="reconcile">
      <h4 id="rec-title">{pt('rec.title')}</h4>
      <p class="muted">{pt('rec.intro')}</p>
      <TextField label={pt('rec.date')} type="date" value={on()} onInput={setOn} name="reconcileOn" />
      <For each={planner.platforms().platforms}>
        {(platform) => {
          const text = () => (typed()[platform.key] ?? '').trim();
          const figure = () => figureOf(platform.key);
          const lender = () => (text() === '' ? undefined : parseMoneyInput(text()));
          const missed = () =>
            recordsOf(planner.records.payments, platform.key).some(
              (row) => row.kind === 'missed' && row.on > planner.state.planSettings.asOf,
            );
          return (
            <div class="stack reconcile-line" data-platform={platform.name}>
              <TextField
                label={pt('rec.lenderShows', { name: platform.name })}
                value={typed()[platform.key] ?? ''}
                onInput={(value) => setTyped({ ...typed(), [platform.key]: value })}
                inputMode="decimal"
                name={`lender-${platform.name}`}
              />
              <Show when={figure()}>
                {(shown) => (
                  <div class="muted" data-testid="shore-figure">
                    <p>
                      {pt('rec.shoreSays', { amount: planner.money(shown().expected) })} ·{' '}
                      {pt('rec.makeUp', {
                        start: planner.money(shown().start),
                        interest: planner.money(shown().interest),
                        paid: planner.money(shown().paid),
                        charges: planner.money(shown().charges),
                      })}
                    </p>
                    <Show when={lender()} fallback={<p>{pt('rec.notKnown')}</p>}>
                      {(amount) => {
                        const explained = () => explainDifference(amount(), shown(), missed());
                        return (
                          <div data-testid="difference">
                            <p>{pt('rec.difference', { amount: planner.money(explained().difference) })}</p>
                            <ul>
                              <For each={explained().reasons}>{(reason) => <li>{reasonText(reason)}</li>}</For>
                            </ul>
                          </div>
                        );
                      }}
                    </Show>
                  </div>
                )}
              </Show>
            </div>
          );
        }}
      </For>
      <FormMessage message={message()} />
      <button type="submit">{pt('rec.restart')}</button>
    </form>
  );
}

function NewCharge() {
  const planner = usePlanner();
  const pt = usePaymentsText();
  const actions = usePaymentActions();
  const [platform, setPlatform] = createSignal<string>('');
  const [amount, setAmount] = createSignal('');
  const [on, setOn] = createSignal(planner.clock.today());
  const [message, setMessage] = createSignal<{ text: string; error: boolean }>();
  const options = () => planner.platforms().platforms.map((item) => ({ value: item.key, label: item.name }));
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const key = (platform() || options()[0]?.value) as PlatformKey | undefined;
    const parsed = parseMoneyInput(amount());
    if (key === undefined || parsed === undefined || parsed === '0.00' || !isIsoDate(on())) {
      setMessage({ text: pt('pay.invalid'), error: true });
      return;
    }
    actions.record({ key, kind: 'charge', on: on(), amount: parsed });
    setAmount('');
    setMessage({ text: pt('charge.added'), error: false });
  };
  return (
    <form class="stack" aria-labelledby="charge-title" onSubmit={submit}>
      <h4 id="charge-title">{pt('charge.title')}</h4>
      <SelectField
        label={pt('charge.platform')}
        value={platform() || (options()[0]?.value ?? '')}
        options={options()}
        onChange={setPlatform}
        name="chargePlatform"
      />
      <TextField
        label={pt('charge.amount')}
        value={amount()}
        onInput={setAmount}
        inputMode="decimal"
        name="chargeAmount"
      />
      <TextField label={pt('charge.date')} type="date" value={on()} onInput={setOn} name="chargeOn" />
      <FormMessage message={message()} />
      <button type="submit">{pt('charge.add')}</button>
    </form>
  );
}

/** Every platform's records, newest first (also shown beside each debt on the debts screen). */
function History() {
  const planner = usePlanner();
  const pt = usePaymentsText();
  return (
    <section class="stack" aria-labelledby="history-title">
      <h4 id="history-title">{pt('history.title')}</h4>
      <For each={planner.platforms().platforms}>
        {(platform) => (
          <div data-testid="history" data-platform={platform.name}>
            <h5>{platform.name}</h5>
            <PlatformHistory platformKey={platform.key} />
          </div>
        )}
      </For>
    </section>
  );
}

/** A form's outcome: an error as an alert, a success as a status line. */
function FormMessage(props: { message: { text: string; error: boolean } | undefined }) {
  return (
    <Show when={props.message}>
      {(shown) => (
        <p role={shown().error ? 'alert' : 'status'} class={shown().error ? 'error' : 'notice-inline'}>
          {shown().text}
        </p>
      )}
    </Show>
  );
}
