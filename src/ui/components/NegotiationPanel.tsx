/**
 * The negotiation record with one creditor (issue 5): where it stands, the agreed terms and
 * whether they are confirmed in writing, a timeline of events, a form to add one and the same
 * form to edit one in place, and "apply the agreed terms to the plan" as one action showing the
 * plan before and after.
 *
 * Reads the planner store (usePlanner) and writes through its actions (saveNegotiation, saveDebt):
 * never storage directly. Pure logic lives in ../model/negotiation.ts. Written confirmation is
 * recorded only when the person ticks that they have it. User text is rendered as text only.
 *
 * Editing: each event's Edit button (named after the event) opens the form under it, pre-filled,
 * and moves focus into it; Save or Cancel closes it and puts focus back on that Edit button. An
 * edit never touches the debts: when the plan used the terms as they were, the panel says so and
 * offers "Apply" again.
 */
import { For, Show, createMemo, createSignal, createUniqueId, onCleanup, onMount, untrack } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import type { DebtRecord, NegotiationRecord } from '../../domain/records';
import { negotiationText, type NegotiationMessageKey } from '../../i18n/negotiation';
import type { PlatformInfo, StrategySummary } from '../model/analysis';
import { sumMoney } from '../../domain/money';
import {
  CONFIRMATION_CHANNELS,
  CREDITOR_ANSWERS,
  NEGOTIATION_STEPS,
  addNegotiationEvent,
  deriveNegotiationStatus,
  editNegotiationEvent,
  emptyNegotiationForm,
  formFromEvent,
  instalmentFor,
  monthCountOf,
  negotiationTimeline,
  planTermsChange,
  previewAgreement,
  stepOf,
  type AgreedTerms,
  type ConfirmationChannel,
  type CreditorAnswer,
  type NegotiationForm,
  type NegotiationFormProblem,
  type NegotiationFormResult,
  type NegotiationStep,
} from '../model/negotiation';
import { owedNow } from '../model/planInput';
import { createDraft, draftedId, forgetDraftsOfGone, storeBinding } from '../state/drafts';
import { usePlanner } from '../state/PlannerProvider';
import { DraftNotice } from './DraftNotice';
import { Isolated, user } from './UserText';

type Params = Record<string, string | number>;

const TERM_FIELDS = ['frozen', 'fixedPayment', 'chargeCap', 'tokenPayment'] as const;

function sameTerms(a: readonly DebtRecord[], b: readonly DebtRecord[]): boolean {
  return a.every((debt, i) =>
    TERM_FIELDS.every((field) => (debt[field] ?? undefined) === (b[i]?.[field] ?? undefined)),
  );
}

const PROBLEM_MESSAGES: Readonly<Record<NegotiationFormProblem, NegotiationMessageKey>> = {
  'invalid-money': 'neg.form.invalidMoney',
  'need-terms': 'neg.form.needTerms',
  'need-received': 'neg.form.needReceived',
  'no-agreement': 'neg.form.noAgreement',
  gone: 'neg.edit.gone',
};

/** "Edit: Sent a proposal on November 3, 2026": the Edit button's name and the edit form's title. */
function editLabelFor(
  ui: (key: NegotiationMessageKey, params?: Params) => string,
  date: string,
  record: NegotiationRecord,
): string {
  return ui('neg.editLabel', { date, step: ui(`neg.step.${stepOf(record)}`) });
}

export function NegotiationPanel(props: { platform: PlatformInfo }) {
  const planner = usePlanner();
  const ui = (key: NegotiationMessageKey, params?: Params): string =>
    negotiationText(planner.state.locale, key, params);
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
  const [applied, setApplied] = createSignal<{ key: string; before: StrategySummary; after: StrategySummary } | null>(
    null,
  );
  const preview = createMemo(() => {
    const agreement = status().agreement;
    if (!agreement) return null;
    const sources = {
      debts: unwrap(planner.state.debts),
      budget: unwrap(planner.state.budget),
      settings: unwrap(planner.state.planSettings),
    };
    return previewAgreement(
      sources,
      planner.state.planSettings.strategy,
      props.platform.debtIds,
      agreement.terms,
      planner.clock.now(),
    );
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
    setEditedFrom(null);
  }
  const dateOr = (date: string | null): string => (date ? planner.date(date) : ui('neg.compare.notCleared'));

  // ---- editing an event ----
  // The draft of an edit whose event is gone (deleted here or in another tab) is dropped (issue 13).
  forgetDraftsOfGone(
    EDIT_DRAFT,
    () => planner.state.profile?.id,
    () => planner.state.negotiations,
  );
  // An edit left with unsaved input (a draft, issue 13) opens again as it was left.
  const [editingId, setEditingId] = createSignal<string | null>(
    draftedId(EDIT_DRAFT, (id) => untrack(() => events().some((record) => record.id === id))),
  );
  const [timelineStatus, setTimelineStatus] = createSignal('');
  /** The terms the plan was using when an edit changed them (until applied again), per platform. */
  const [editedFrom, setEditedFrom] = createSignal<{ key: string; terms: AgreedTerms } | null>(null);
  /** The plan still uses terms that an edit changed: shown until the new ones are applied. */
  const earlierTerms = createMemo(() => {
    const edited = editedFrom();
    if (!edited || edited.key !== props.platform.key) return null;
    const change = planTermsChange(edited.terms, status().agreement?.terms ?? null);
    return change.changed ? change : null;
  });
  const editFormId = createUniqueId();
  const editButtons = new Map<string, HTMLButtonElement>();

  function toggleEdit(id: string): void {
    setTimelineStatus('');
    setEditingId((current) => (current === id ? null : id));
  }
  function closeEdit(id: string, message: string): void {
    setEditingId(null);
    setTimelineStatus(message);
    editButtons.get(id)?.focus();
  }
  function saveEdit(record: NegotiationRecord): void {
    const agreed = status().agreement?.terms;
    // A plain copy: the store updates the stored terms in place when the edit lands.
    const termsBefore: AgreedTerms | null = agreed ? { ...agreed } : null;
    const planUsedThem = alreadyApplied();
    planner.actions.saveNegotiation(record);
    const change = planTermsChange(termsBefore, status().agreement?.terms ?? null);
    if (change.changed) setApplied(null);
    if (change.changed && planUsedThem && termsBefore) setEditedFrom({ key: props.platform.key, terms: termsBefore });
    const messages = [ui('neg.edit.saved')];
    const earlier = earlierTerms();
    if (earlier) messages.push(ui('neg.apply.edited'));
    if (earlier?.removed) messages.push(ui('neg.apply.editedRemoved'));
    closeEdit(record.id, messages.join(' '));
  }
  function deleteEvent(id: string): void {
    if (editingId() === id) setEditingId(null);
    planner.actions.deleteNegotiation(id);
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
    if (current.stage === 'answered')
      return ui('neg.stage.answered', { answer: current.answer ? ui(`neg.answer.${current.answer}`) : '—' });
    return ui(`neg.stage.${current.stage}`);
  };
  const eventLine = (record: NegotiationRecord): string => {
    const parts: string[] = [ui(`neg.step.${stepOf(record)}`)];
    if (record.kind === 'reply' && record.answer && record.answer !== 'pending')
      parts.push(ui(`neg.answer.${record.answer}`));
    if (record.agreedTerms) parts.push(termsLines(record.agreedTerms).join('; '));
    if (record.confirmation)
      parts.push(
        ui(`neg.channel.${record.confirmation.channel}`) +
          (record.confirmation.reference ? ` ${record.confirmation.reference}` : ''),
      );
    if (record.payment?.amount) parts.push(planner.money(record.payment.amount));
    if (record.payment?.dueDate) parts.push(planner.date(record.payment.dueDate));
    if (record.summary !== '') parts.push(record.summary);
    return parts.join(' · ');
  };

  return (
    <section class="card negotiation" aria-labelledby={titleId} data-testid="negotiation-panel">
      <h2 id={titleId}>
        <Isolated text={ui('neg.title', { platform: user(props.platform.name) })} />
      </h2>
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
              <p class="muted">
                <Isolated text={ui('neg.apply.explain', { platform: user(props.platform.name) })} />
              </p>
              <Show when={!status().confirmed}>
                <p class="warning">{ui('neg.apply.unconfirmed')}</p>
              </Show>
              <Show when={earlierTerms()}>
                {(earlier) => (
                  <p class="warning" data-testid="earlier-terms">
                    {ui('neg.apply.edited')}
                    {earlier().removed ? ` ${ui('neg.apply.editedRemoved')}` : ''}
                  </p>
                )}
              </Show>
              <Show
                when={!alreadyApplied()}
                fallback={
                  <Show when={!earlierTerms()}>
                    <p role="status" data-testid="apply-status">
                      {applied()?.key === props.platform.key ? ui('neg.apply.applied') : ui('neg.apply.same')}
                    </p>
                  </Show>
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
            {(record) => {
              const id = record.id;
              let editButton: HTMLButtonElement | undefined;
              onMount(() => {
                if (editButton) editButtons.set(id, editButton);
              });
              onCleanup(() => {
                if (editButtons.get(id) === editButton) editButtons.delete(id);
              });
              const isEditing = (): boolean => editingId() === id;
              return (
                <li>
                  <span class="negotiation-date">{dateOf(record)}</span> <span>{eventLine(record)}</span>{' '}
                  <button
                    ref={editButton}
                    type="button"
                    class="link"
                    aria-label={editLabelFor(ui, dateOf(record), record)}
                    aria-expanded={isEditing()}
                    aria-controls={isEditing() ? editFormId : undefined}
                    onClick={() => toggleEdit(id)}
                  >
                    {ui('neg.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    class="link"
                    aria-label={ui('neg.deleteLabel', { date: dateOf(record), step: ui(`neg.step.${stepOf(record)}`) })}
                    onClick={() => deleteEvent(id)}
                  >
                    {ui('neg.delete')}
                  </button>
                  <Show when={isEditing()}>
                    <NegotiationEventForm
                      platform={props.platform}
                      owed={owed()}
                      editing={record}
                      formId={editFormId}
                      onSave={saveEdit}
                      onCancel={() => closeEdit(id, ui('neg.edit.cancelled'))}
                    />
                  </Show>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
      <p role="status" aria-live="polite" data-testid="timeline-status">
        {timelineStatus()}
      </p>

      <NegotiationEventForm
        platform={props.platform}
        owed={owed()}
        onSave={(record) => planner.actions.saveNegotiation(record)}
      />
    </section>
  );
}

/**
 * Drafts of the event forms (issue 13): `neg:new` (the add form, one for every platform, as on
 * screen) and `neg:edit:<event id>`.
 */
const NEW_DRAFT = 'neg:new';
const EDIT_DRAFT = 'neg:edit:';

interface NegotiationEventFormProps {
  platform: PlatformInfo;
  /** Owed on this platform now, for the suggested instalment. */
  owed: string;
  /** The event to edit, read once when the form opens; absent: the form adds a new event. */
  editing?: NegotiationRecord;
  /** The form element's id (the Edit button controls it). */
  formId?: string;
  /** Called with the checked event; the caller writes it. */
  onSave: (record: NegotiationRecord) => void;
  /** Editing only: close without saving. */
  onCancel?: () => void;
}

/**
 * The form that adds an event or, given `editing`, edits that one (pre-filled, focused when it
 * opens). The checks are the model's (`addNegotiationEvent` / `editNegotiationEvent`): when they
 * fail the form says why in the person's language and nothing is written.
 */
function NegotiationEventForm(props: NegotiationEventFormProps) {
  const planner = usePlanner();
  const ui = (key: NegotiationMessageKey, params?: Params): string =>
    negotiationText(planner.state.locale, key, params);
  const headingId = createUniqueId();
  // The event being edited is fixed for the form's life: its Edit button opened this form.
  const editing = untrack(() => props.editing);
  const today = planner.clock.today();
  const [form, setForm] = createStore<NegotiationForm>(
    editing ? formFromEvent(editing, today) : emptyNegotiationForm(today),
  );
  // What is typed and not saved is kept as a draft (issue 13).
  const kept = createDraft(editing ? `${EDIT_DRAFT}${editing.id}` : NEW_DRAFT, storeBinding(form, setForm));
  const [formError, setFormError] = createSignal('');
  const [formStatus, setFormStatus] = createSignal('');
  let stepField: HTMLSelectElement | undefined;
  onMount(() => {
    if (editing) stepField?.focus();
  });

  const suggested = (): string | undefined => {
    const n = monthCountOf(form.months);
    return n === undefined ? undefined : instalmentFor(props.owed, n);
  };

  function save(): void {
    setFormStatus('');
    const records = unwrap(planner.state.negotiations);
    const clock = { today: planner.clock.today(), now: planner.clock.now() };
    let result: NegotiationFormResult;
    if (editing) {
      result = editNegotiationEvent(records, editing.id, form, clock);
    } else {
      const profileId = planner.state.profile?.id;
      if (!profileId) return;
      result = addNegotiationEvent(records, form, {
        ...clock,
        id: planner.actions.newDebtId(),
        profileId,
        platform: props.platform.name,
      });
    }
    if (!result.ok) return void setFormError(ui(PROBLEM_MESSAGES[result.problem]));
    setFormError('');
    props.onSave(result.record);
    if (editing) return kept.clear();
    setForm({
      note: '',
      fixed: '',
      months: '',
      cap: '',
      token: '',
      waived: '',
      frozen: false,
      received: false,
      reference: '',
      amount: '',
      dueDate: '',
    });
    kept.clear();
    setFormStatus(ui('neg.saved'));
  }

  return (
    <form
      class="negotiation-form"
      id={props.formId}
      aria-label={editing ? undefined : ui('neg.add')}
      aria-labelledby={editing ? headingId : undefined}
      data-testid={editing ? 'negotiation-edit-form' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {editing ? (
        <h4 id={headingId}>{editLabelFor(ui, planner.date(editing.at.slice(0, 10)), editing)}</h4>
      ) : (
        <h3>{ui('neg.add')}</h3>
      )}
      <DraftNotice draft={kept} />
      <label>
        {ui('neg.addStep')}
        <select
          ref={stepField}
          value={form.step}
          onChange={(e) => {
            setForm('step', e.currentTarget.value as NegotiationStep);
            setFormError('');
          }}
        >
          <For each={NEGOTIATION_STEPS}>{(value) => <option value={value}>{ui(`neg.step.${value}`)}</option>}</For>
        </select>
      </label>
      <label>
        {ui('neg.date')}
        <input type="date" value={form.date} onInput={(e) => setForm('date', e.currentTarget.value)} />
      </label>

      <Show when={form.step === 'reply'}>
        <label>
          {ui('neg.answer')}
          <select value={form.answer} onChange={(e) => setForm('answer', e.currentTarget.value as CreditorAnswer)}>
            <For each={CREDITOR_ANSWERS}>{(value) => <option value={value}>{ui(`neg.answer.${value}`)}</option>}</For>
          </select>
        </label>
      </Show>

      <Show when={form.step === 'agreement'}>
        <label>
          <input type="checkbox" checked={form.frozen} onChange={(e) => setForm('frozen', e.currentTarget.checked)} />
          {ui('neg.form.frozen')}
        </label>
        <label>
          {ui('neg.form.months')}
          <input
            type="number"
            min="1"
            max="1200"
            step="1"
            value={form.months}
            onInput={(e) => setForm('months', e.currentTarget.value)}
          />
        </label>
        <label>
          {ui('neg.form.fixed')}
          <input inputmode="decimal" value={form.fixed} onInput={(e) => setForm('fixed', e.currentTarget.value)} />
        </label>
        <Show when={suggested()}>
          {(value) => (
            <p class="hint">
              {ui('neg.form.suggested', { months: monthCountOf(form.months) ?? '', amount: planner.money(value()) })}{' '}
              <button type="button" class="link" onClick={() => setForm('fixed', value())}>
                {ui('neg.form.useSuggested', { amount: planner.money(value()) })}
              </button>
            </p>
          )}
        </Show>
        <label>
          {ui('neg.form.cap')}
          <input inputmode="decimal" value={form.cap} onInput={(e) => setForm('cap', e.currentTarget.value)} />
        </label>
        <label>
          {ui('neg.form.token')}
          <input inputmode="decimal" value={form.token} onInput={(e) => setForm('token', e.currentTarget.value)} />
        </label>
        <label>
          {ui('neg.form.waived')}
          <input inputmode="decimal" value={form.waived} onInput={(e) => setForm('waived', e.currentTarget.value)} />
        </label>
        <label>
          {ui('neg.form.effective')}
          <input type="date" value={form.effective} onInput={(e) => setForm('effective', e.currentTarget.value)} />
        </label>
      </Show>

      <Show when={form.step === 'confirmation'}>
        <label>
          <input
            type="checkbox"
            checked={form.received}
            onChange={(e) => setForm('received', e.currentTarget.checked)}
          />
          {ui('neg.form.received')}
        </label>
        <label>
          {ui('neg.form.channel')}
          <select
            value={form.channel}
            onChange={(e) => setForm('channel', e.currentTarget.value as ConfirmationChannel)}
          >
            <For each={CONFIRMATION_CHANNELS}>
              {(value) => <option value={value}>{ui(`neg.channel.${value}`)}</option>}
            </For>
          </select>
        </label>
        <label>
          {ui('neg.form.reference')}
          <input value={form.reference} onInput={(e) => setForm('reference', e.currentTarget.value)} />
        </label>
        <p class="hint">{ui('neg.form.attachmentHint')}</p>
      </Show>

      <Show when={form.step === 'payment-kept' || form.step === 'payment-missed'}>
        <label>
          {ui('neg.form.amount')}
          <input inputmode="decimal" value={form.amount} onInput={(e) => setForm('amount', e.currentTarget.value)} />
        </label>
        <label>
          {ui('neg.form.dueDate')}
          <input type="date" value={form.dueDate} onInput={(e) => setForm('dueDate', e.currentTarget.value)} />
        </label>
      </Show>

      <label>
        {ui('neg.note')}
        <textarea rows="2" value={form.note} onInput={(e) => setForm('note', e.currentTarget.value)} />
      </label>
      <Show when={formError() !== ''}>
        <p class="error" role="alert">
          {formError()}
        </p>
      </Show>
      {editing ? (
        <div class="button-row">
          <button type="submit">{ui('neg.edit.save')}</button>
          <button
            type="button"
            onClick={() => {
              kept.clear();
              props.onCancel?.();
            }}
          >
            {ui('neg.edit.cancel')}
          </button>
        </div>
      ) : (
        <>
          <button type="submit">{ui('neg.form.save')}</button>
          <p role="status" aria-live="polite">
            {formStatus()}
          </p>
        </>
      )}
    </form>
  );
}
