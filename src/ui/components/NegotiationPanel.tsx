/**
 * The negotiation record with one creditor (issue 5): where it stands, the agreed terms and
 * whether they are confirmed in writing, a timeline of events, a form to add one, and "apply the
 * agreed terms to the plan" as one action showing the plan before and after.
 *
 * Reads the planner store (usePlanner) and writes through its actions (saveNegotiation, saveDebt):
 * never storage directly. Pure logic lives in ../model/negotiation.ts. Written confirmation is
 * recorded only when the person ticks that they have it. User text is rendered as text only.
 */
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { DebtRecord, NegotiationRecord } from '../../domain/records';
import { negotiationText, type NegotiationMessageKey } from '../../i18n/negotiation';
import type { PlatformInfo, StrategySummary } from '../model/analysis';
import { isIsoDate } from '../model/dates';
import { parseMoneyInput, sumMoney } from '../model/money';
import {
  CONFIRMATION_CHANNELS,
  CREDITOR_ANSWERS,
  NEGOTIATION_STEPS,
  deriveNegotiationStatus,
  instalmentFor,
  negotiationTimeline,
  previewAgreement,
  stepOf,
  type AgreedTerms,
  type ConfirmationChannel,
  type CreditorAnswer,
  type NegotiationStep,
} from '../model/negotiation';
import { owedNow } from '../model/planInput';
import { usePlanner } from '../state/PlannerProvider';

type Params = Record<string, string | number>;

const TERM_FIELDS = ['frozen', 'fixedPayment', 'chargeCap', 'tokenPayment'] as const;

function sameTerms(a: readonly DebtRecord[], b: readonly DebtRecord[]): boolean {
  return a.every((debt, i) => TERM_FIELDS.every((field) => (debt[field] ?? undefined) === (b[i]?.[field] ?? undefined)));
}

export function NegotiationPanel(props: { platform: PlatformInfo }) {
  const planner = usePlanner();
  const ui = (key: NegotiationMessageKey, params?: Params): string => negotiationText(planner.state.locale, key, params);
  const titleId = createUniqueId();

  const events = createMemo(() => negotiationTimeline(planner.state.negotiations, props.platform.name));
  const status = createMemo(() => deriveNegotiationStatus(events()));
  const platformDebts = createMemo(() => {
    const ids = new Set(props.platform.debtIds);
    return planner.state.debts.filter((debt) => ids.has(debt.id));
  });
  const owed = createMemo(() => sumMoney(platformDebts().map((debt) => owedNow(debt))));
  const dateOf = (record: NegotiationRecord): string => planner.date(record.at.slice(0, 10));

  // ---- apply the agreed terms ----
  const [applied, setApplied] = createSignal<{ key: string; before: StrategySummary; after: StrategySummary } | null>(null);
  const preview = createMemo(() => {
    const agreement = status().agreement;
    if (!agreement) return null;
    const sources = { debts: unwrap(planner.state.debts), budget: unwrap(planner.state.budget), settings: unwrap(planner.state.planSettings) };
    return previewAgreement(sources, planner.state.planSettings.strategy, props.platform.debtIds, agreement.terms, planner.clock.now());
  });
  const alreadyApplied = (): boolean => {
    const current = preview();
    return current !== null && sameTerms(current.changedDebts, platformDebts());
  };
  const comparison = (): { before: StrategySummary; after: StrategySummary } | null => {
    const done = applied();
    if (done && done.key === props.platform.key) return done;
    const current = preview();
    return current && !alreadyApplied() ? current : null;
  };
  function applyTerms(): void {
    const current = preview();
    if (!current) return;
    for (const debt of current.changedDebts) planner.actions.saveDebt(debt);
    setApplied({ key: props.platform.key, before: current.before, after: current.after });
  }
  const dateOr = (date: string | null): string => (date ? planner.date(date) : ui('neg.compare.notCleared'));

  // ---- the add form ----
  const [step, setStep] = createSignal<NegotiationStep>('proposal');
  const [date, setDate] = createSignal(planner.clock.today());
  const [note, setNote] = createSignal('');
  const [answer, setAnswer] = createSignal<CreditorAnswer>('accepted');
  const [frozen, setFrozen] = createSignal(false);
  const [fixed, setFixed] = createSignal('');
  const [months, setMonths] = createSignal('');
  const [cap, setCap] = createSignal('');
  const [token, setToken] = createSignal('');
  const [waived, setWaived] = createSignal('');
  const [effective, setEffective] = createSignal(planner.clock.today());
  const [received, setReceived] = createSignal(false);
  const [channel, setChannel] = createSignal<ConfirmationChannel>('app-message');
  const [reference, setReference] = createSignal('');
  const [amount, setAmount] = createSignal('');
  const [dueDate, setDueDate] = createSignal('');
  const [formError, setFormError] = createSignal('');
  const [formStatus, setFormStatus] = createSignal('');

  const monthCount = (): number | undefined => {
    const n = Number(months());
    return months().trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 1200 ? n : undefined;
  };
  const suggested = (): string | undefined => {
    const n = monthCount();
    return n === undefined ? undefined : instalmentFor(owed(), n);
  };
  /** A typed amount: undefined when empty, null when malformed. */
  const money = (text: string): string | undefined | null => (text.trim() === '' ? undefined : (parseMoneyInput(text) ?? null));

  function resetForm(): void {
    setNote('');
    setFixed('');
    setMonths('');
    setCap('');
    setToken('');
    setWaived('');
    setFrozen(false);
    setReceived(false);
    setReference('');
    setAmount('');
    setDueDate('');
  }

  function save(): void {
    setFormStatus('');
    const profileId = planner.state.profile?.id;
    if (!profileId) return;
    const kind = step();
    const record: NegotiationRecord = {
      id: planner.actions.newDebtId(),
      profileId,
      platform: props.platform.name,
      at: `${isIsoDate(date()) ? date() : planner.clock.today()}T12:00:00.000Z`,
      kind: kind === 'payment-kept' || kind === 'payment-missed' ? 'note' : kind,
      summary: note().trim(),
      writtenConfirmation: false,
      updatedAt: planner.clock.now(),
    };
    if (kind === 'reply') record.answer = answer();
    if (kind === 'agreement') {
      const values = [money(fixed()), money(cap()), money(token()), money(waived())];
      if (values.some((value) => value === null)) return void setFormError(ui('neg.form.invalidMoney'));
      const [fixedPayment, chargeCap, tokenPayment, waivedAmount] = values as (string | undefined)[];
      const terms: AgreedTerms = { effectiveFrom: isIsoDate(effective()) ? effective() : planner.clock.today() };
      if (frozen()) terms.frozen = true;
      if (fixedPayment !== undefined) terms.fixedPayment = fixedPayment;
      if (monthCount() !== undefined) terms.months = monthCount();
      if (chargeCap !== undefined) terms.chargeCap = chargeCap;
      if (tokenPayment !== undefined) terms.tokenPayment = tokenPayment;
      if (waivedAmount !== undefined) terms.waivedAmount = waivedAmount;
      if (!terms.frozen && !fixedPayment && !chargeCap && !tokenPayment && waivedAmount === undefined) {
        return void setFormError(ui('neg.form.needTerms'));
      }
      record.answer = 'accepted';
      record.agreedTerms = terms;
    }
    if (kind === 'confirmation') {
      if (!status().agreement) return void setFormError(ui('neg.form.noAgreement'));
      if (!received()) return void setFormError(ui('neg.form.needReceived'));
      record.writtenConfirmation = true;
      record.confirmation = { channel: channel(), reference: reference().trim().slice(0, 500) };
    }
    if (kind === 'payment-kept' || kind === 'payment-missed') {
      const paid = money(amount());
      if (paid === null) return void setFormError(ui('neg.form.invalidMoney'));
      const payment: NonNullable<NegotiationRecord['payment']> = { outcome: kind === 'payment-kept' ? 'kept' : 'missed' };
      if (paid !== undefined) payment.amount = paid;
      if (isIsoDate(dueDate())) payment.dueDate = dueDate();
      record.payment = payment;
    }
    setFormError('');
    planner.actions.saveNegotiation(record);
    resetForm();
    setFormStatus(ui('neg.saved'));
  }

  // ---- display helpers ----
  const termsLines = (terms: AgreedTerms): string[] => {
    const lines: string[] = [];
    if (terms.frozen) lines.push(ui('neg.terms.frozen'));
    if (terms.fixedPayment) {
      const base = ui('neg.terms.fixed', { amount: planner.money(terms.fixedPayment) });
      lines.push(terms.months ? `${base}, ${ui('neg.terms.months', { months: terms.months })}` : base);
    } else if (terms.months) lines.push(ui('neg.terms.months', { months: terms.months }));
    if (terms.chargeCap) lines.push(ui('neg.terms.cap', { amount: planner.money(terms.chargeCap) }));
    if (terms.tokenPayment) lines.push(ui('neg.terms.token', { amount: planner.money(terms.tokenPayment) }));
    if (terms.waivedAmount) lines.push(ui('neg.terms.waived', { amount: planner.money(terms.waivedAmount) }));
    lines.push(ui('neg.terms.effective', { date: planner.date(terms.effectiveFrom) }));
    return lines;
  };
  const stageText = (): string => {
    const current = status();
    if (current.stage === 'answered') return ui('neg.stage.answered', { answer: current.answer ? ui(`neg.answer.${current.answer}`) : '—' });
    return ui(`neg.stage.${current.stage}`);
  };
  const eventLine = (record: NegotiationRecord): string => {
    const parts: string[] = [ui(`neg.step.${stepOf(record)}`)];
    if (record.kind === 'reply' && record.answer && record.answer !== 'pending') parts.push(ui(`neg.answer.${record.answer}`));
    if (record.agreedTerms) parts.push(termsLines(record.agreedTerms).join('; '));
    if (record.confirmation) parts.push(ui(`neg.channel.${record.confirmation.channel}`) + (record.confirmation.reference ? ` ${record.confirmation.reference}` : ''));
    if (record.payment?.amount) parts.push(planner.money(record.payment.amount));
    if (record.payment?.dueDate) parts.push(planner.date(record.payment.dueDate));
    if (record.summary !== '') parts.push(record.summary);
    return parts.join(' · ');
  };

  return (
    <section class="card negotiation" aria-labelledby={titleId} data-testid="negotiation-panel">
      <h2 id={titleId}>{ui('neg.title', { platform: props.platform.name })}</h2>
      <p class="muted">{ui('neg.intro')}</p>

      <h3>{ui('neg.status')}</h3>
      <p data-testid="negotiation-stage">{stageText()}</p>
      <Show when={status().paymentsKept + status().paymentsMissed > 0}>
        <p>{ui('neg.payments', { kept: status().paymentsKept, missed: status().paymentsMissed })}</p>
      </Show>

      <Show when={status().agreement}>
        {(agreement) => (
          <>
            <h3>{ui('neg.terms')}</h3>
            <ul>
              <For each={termsLines(agreement().terms)}>{(line) => <li>{line}</li>}</For>
            </ul>
            <Show
              when={status().confirmed ? status().confirmation : null}
              fallback={
                <p class="warning" role="note" data-testid="written-missing">
                  {ui('neg.writtenMissing')}
                </p>
              }
            >
              {(confirmation) => (
                <p data-testid="written-received">
                  {ui('neg.writtenReceived', {
                    date: dateOf(confirmation().record),
                    evidence: (() => {
                      const evidence = confirmation().evidence;
                      if (!evidence) return '';
                      return ui('neg.writtenEvidence', {
                        channel: ui(`neg.channel.${evidence.channel}`),
                        reference: evidence.reference ? ` ${evidence.reference}` : '',
                      });
                    })(),
                  })}
                </p>
              )}
            </Show>

            <div class="negotiation-apply">
              <h3>{ui('neg.apply.title')}</h3>
              <p class="muted">{ui('neg.apply.explain', { platform: props.platform.name })}</p>
              <Show when={!status().confirmed}>
                <p class="warning">{ui('neg.apply.unconfirmed')}</p>
              </Show>
              <Show
                when={!alreadyApplied()}
                fallback={
                  <p role="status" data-testid="apply-status">
                    {applied()?.key === props.platform.key ? ui('neg.apply.applied') : ui('neg.apply.same')}
                  </p>
                }
              >
                <button type="button" onClick={applyTerms}>
                  {ui('neg.apply.button')}
                </button>
              </Show>
              <Show when={comparison()}>
                {(result) => (
                  <div aria-live="polite">
                    <div class="table-scroll" tabindex="0" role="region" aria-label={ui('neg.compare.title')}>
                      <table data-testid="agreement-compare">
                        <caption>{ui('neg.compare.title')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{ui('neg.compare.measure')}</th>
                            <th scope="col">{ui('neg.compare.before')}</th>
                            <th scope="col">{ui('neg.compare.after')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <tr>
                            <th scope="row">{ui('neg.compare.debtFree')}</th>
                            <td data-testid="before-debt-free">{dateOr(result().before.debtFreeDate)}</td>
                            <td data-testid="after-debt-free">{dateOr(result().after.debtFreeDate)}</td>
                          </tr>
                          <tr>
                            <th scope="row">{ui('neg.compare.interest')}</th>
                            <td data-testid="before-interest">{planner.money(result().before.interestAndFees)}</td>
                            <td data-testid="after-interest">{planner.money(result().after.interestAndFees)}</td>
                          </tr>
                          <tr>
                            <th scope="row">{ui('neg.compare.months')}</th>
                            <td>{result().before.months}</td>
                            <td>{result().after.months}</td>
                          </tr>
                        </tbody>
                      </table>
                    </div>
                    <Show when={!result().after.feasible}>
                      <p class="warning">{ui('neg.compare.infeasible')}</p>
                    </Show>
                  </div>
                )}
              </Show>
            </div>
          </>
        )}
      </Show>

      <h3>{ui('neg.timeline')}</h3>
      <Show when={events().length > 0} fallback={<p class="muted">{ui('neg.timeline.empty')}</p>}>
        <ol class="negotiation-timeline" data-testid="negotiation-timeline">
          <For each={events()}>
            {(record) => (
              <li>
                <span class="negotiation-date">{dateOf(record)}</span> <span>{eventLine(record)}</span>{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={ui('neg.deleteLabel', { date: dateOf(record), step: ui(`neg.step.${stepOf(record)}`) })}
                  onClick={() => planner.actions.deleteNegotiation(record.id)}
                >
                  {ui('neg.delete')}
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <form
        class="negotiation-form"
        aria-label={ui('neg.add')}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h3>{ui('neg.add')}</h3>
        <label>
          {ui('neg.addStep')}
          <select
            value={step()}
            onChange={(e) => {
              setStep(e.currentTarget.value as NegotiationStep);
              setFormError('');
            }}
          >
            <For each={NEGOTIATION_STEPS}>{(value) => <option value={value}>{ui(`neg.step.${value}`)}</option>}</For>
          </select>
        </label>
        <label>
          {ui('neg.date')}
          <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>

        <Show when={step() === 'reply'}>
          <label>
            {ui('neg.answer')}
            <select value={answer()} onChange={(e) => setAnswer(e.currentTarget.value as CreditorAnswer)}>
              <For each={CREDITOR_ANSWERS}>{(value) => <option value={value}>{ui(`neg.answer.${value}`)}</option>}</For>
            </select>
          </label>
        </Show>

        <Show when={step() === 'agreement'}>
          <label>
            <input type="checkbox" checked={frozen()} onChange={(e) => setFrozen(e.currentTarget.checked)} />
            {ui('neg.form.frozen')}
          </label>
          <label>
            {ui('neg.form.months')}
            <input type="number" min="1" max="1200" step="1" value={months()} onInput={(e) => setMonths(e.currentTarget.value)} />
          </label>
          <label>
            {ui('neg.form.fixed')}
            <input inputmode="decimal" value={fixed()} onInput={(e) => setFixed(e.currentTarget.value)} />
          </label>
          <Show when={suggested()}>
            {(value) => (
              <p class="hint">
                {ui('neg.form.suggested', { months: monthCount() ?? '', amount: planner.money(value()) })}{' '}
                <button type="button" class="link" onClick={() => setFixed(value())}>
                  {ui('neg.form.useSuggested', { amount: planner.money(value()) })}
                </button>
              </p>
            )}
          </Show>
          <label>
            {ui('neg.form.cap')}
            <input inputmode="decimal" value={cap()} onInput={(e) => setCap(e.currentTarget.value)} />
          </label>
          <label>
            {ui('neg.form.token')}
            <input inputmode="decimal" value={token()} onInput={(e) => setToken(e.currentTarget.value)} />
          </label>
          <label>
            {ui('neg.form.waived')}
            <input inputmode="decimal" value={waived()} onInput={(e) => setWaived(e.currentTarget.value)} />
          </label>
          <label>
            {ui('neg.form.effective')}
            <input type="date" value={effective()} onInput={(e) => setEffective(e.currentTarget.value)} />
          </label>
        </Show>

        <Show when={step() === 'confirmation'}>
          <label>
            <input type="checkbox" checked={received()} onChange={(e) => setReceived(e.currentTarget.checked)} />
            {ui('neg.form.received')}
          </label>
          <label>
            {ui('neg.form.channel')}
            <select value={channel()} onChange={(e) => setChannel(e.currentTarget.value as ConfirmationChannel)}>
              <For each={CONFIRMATION_CHANNELS}>{(value) => <option value={value}>{ui(`neg.channel.${value}`)}</option>}</For>
            </select>
          </label>
          <label>
            {ui('neg.form.reference')}
            <input value={reference()} onInput={(e) => setReference(e.currentTarget.value)} />
          </label>
          <p class="hint">{ui('neg.form.attachmentHint')}</p>
        </Show>

        <Show when={step() === 'payment-kept' || step() === 'payment-missed'}>
          <label>
            {ui('neg.form.amount')}
            <input inputmode="decimal" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
          </label>
          <label>
            {ui('neg.form.dueDate')}
            <input type="date" value={dueDate()} onInput={(e) => setDueDate(e.currentTarget.value)} />
          </label>
        </Show>

        <label>
          {ui('neg.note')}
          <textarea rows="2" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <Show when={formError() !== ''}>
          <p class="error" role="alert">
            {formError()}
          </p>
        </Show>
        <button type="submit">{ui('neg.form.save')}</button>
        <p role="status" aria-live="polite">
          {formStatus()}
        </p>
      </form>
    </section>
  );
}
