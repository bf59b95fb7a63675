/**
 * The budget as it changes (issue 17), on the budget screen, as a person says it: "a month
 * without income" (nothing goes to the debts that month, then the budget is back) and "a one-off
 * sum" (a year-end bonus on its day). Each is listed in date order, can be changed or removed,
 * and the plan follows at once: they are the budget's `events`, which planInput.ts turns into the
 * engine's `budgetChanges` and `lumpSums`. The checks are model/budgetEvents.ts (pure, tested).
 */
import { For, Show, createSignal, untrack } from 'solid-js';
import type { BudgetEvent } from '../../domain/records';
import { checkNoIncome, checkOneOff, sortEvents, putEvent, type EventError } from '../model/budgetEvents';
import { createDraft, draftedId, signalsBinding } from '../state/drafts';
import { usePlanner } from '../state/PlannerProvider';
import { monthLabel, useBudgetText } from './budgetText';
import { DraftNotice } from './DraftNotice';
import { TextField } from './Field';
import { UserText } from './UserText';

type EventKind = BudgetEvent['kind'];

/** Drafts of the event forms (issue 13): `budget-event:<kind>` to add one, `budget-event:edit:<id>` to change one. */
const DRAFT = 'budget-event:';
const EDIT_DRAFT = `${DRAFT}edit:`;

export function BudgetEvents() {
  const planner = usePlanner();
  const bt = useBudgetText();
  // An event's edit left with unsaved input (a draft, issue 13) opens again as it was left.
  const [editing, setEditing] = createSignal<string | null>(
    draftedId(EDIT_DRAFT, (id) => untrack(() => (planner.state.budget.events ?? []).some((event) => event.id === id))),
  );
  const [status, setStatus] = createSignal('');
  const events = () => sortEvents(planner.state.budget.events ?? []);
  const describe = (event: BudgetEvent): string =>
    event.kind === 'no-income'
      ? bt('events.item.noIncome', { month: monthLabel(event.month, planner.state.locale) })
      : bt('events.item.oneOff', { amount: planner.money(event.amount), date: planner.date(event.date) });
  const write = (next: readonly BudgetEvent[]): void =>
    planner.actions.updateBudget((budget) => {
      const { events: _old, ...rest } = budget;
      return next.length > 0 ? { ...rest, events: [...next] } : rest;
    });
  const remove = (event: BudgetEvent): void => {
    write((planner.state.budget.events ?? []).filter((item) => item.id !== event.id));
    setStatus(bt('events.removed', { what: describe(event) }));
  };
  const saved = (event: BudgetEvent, added: boolean): void => {
    write(putEvent(planner.state.budget.events ?? [], event));
    setEditing(null);
    setStatus(bt(added ? 'events.added' : 'events.saved', { what: describe(event) }));
  };
  const planLine = (): string => {
    const chosen = planner.chosen();
    return chosen.feasible && chosen.debtFreeDate !== null
      ? bt('events.planEnds', { date: planner.date(chosen.debtFreeDate) })
      : bt('events.planOpen');
  };

  return (
    <section class="card stack" aria-labelledby="events-title" data-testid="budget-events">
      <h3 id="events-title">{bt('events.title')}</h3>
      <p class="muted">{bt('events.intro')}</p>
      <Show when={events().length > 0} fallback={<p>{bt('events.none')}</p>}>
        <ul class="event-list">
          <For each={events()}>
            {(event) => (
              <li data-testid="budget-event">
                <Show
                  when={editing() === event.id}
                  fallback={
                    <>
                      <span>
                        {describe(event)}
                        <Show when={event.note}>
                          {' · '}
                          <UserText text={event.note} />
                        </Show>
                      </span>{' '}
                      <span class="actions">
                        <button
                          type="button"
                          aria-label={bt('events.editLabel', { what: describe(event) })}
                          onClick={() => setEditing(event.id)}
                        >
                          {bt('events.edit')}
                        </button>
                        <button
                          type="button"
                          class="danger"
                          aria-label={bt('events.removeLabel', { what: describe(event) })}
                          onClick={() => remove(event)}
                        >
                          {bt('events.remove')}
                        </button>
                      </span>
                    </>
                  }
                >
                  <EventForm
                    kind={event.kind}
                    event={event}
                    onSave={(changed) => saved(changed, false)}
                    onCancel={() => setEditing(null)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p role="status" classList={{ 'notice-inline': status() !== '' }} data-testid="events-status">
        {status()}
      </p>
      <p data-testid="events-plan">{planLine()}</p>
      <div class="budget-grid">
        <EventForm kind="no-income" onSave={(event) => saved(event, true)} />
        <EventForm kind="one-off" onSave={(event) => saved(event, true)} />
      </div>
    </section>
  );
}

/** Add (no `event`) or change one event; refuses what the plan could not use, with the reason. */
function EventForm(props: {
  kind: EventKind;
  event?: BudgetEvent;
  onSave: (event: BudgetEvent) => void;
  onCancel?: () => void;
}) {
  const planner = usePlanner();
  const bt = useBudgetText();
  // The event a form changes is fixed for the form's life (a changed event is a new form).
  const initial = untrack(() => props.event);
  const [month, setMonth] = createSignal(initial?.kind === 'no-income' ? initial.month : '');
  const [date, setDate] = createSignal(initial?.kind === 'one-off' ? initial.date : '');
  const [amount, setAmount] = createSignal(initial?.kind === 'one-off' ? initial.amount : '');
  const [note, setNote] = createSignal(initial?.note ?? '');
  // What is typed and not saved is kept as a draft (issue 13).
  const kept = createDraft(
    initial === undefined ? `${DRAFT}${untrack(() => props.kind)}` : `${EDIT_DRAFT}${initial.id}`,
    signalsBinding({
      month: [month, setMonth],
      date: [date, setDate],
      amount: [amount, setAmount],
      note: [note, setNote],
    }),
  );
  const [error, setError] = createSignal<EventError | null>(null);
  const message = (which: readonly EventError[]): string | undefined => {
    const current = error();
    if (current === null || !which.includes(current)) return undefined;
    const asOf = planner.date(planner.state.planSettings.asOf);
    return bt(`events.error.${current}`, { month: monthLabel(month().trim(), planner.state.locale), asOf });
  };
  const submit = (submitted: SubmitEvent): void => {
    submitted.preventDefault();
    const context = {
      asOf: planner.state.planSettings.asOf,
      events: planner.state.budget.events ?? [],
      editingId: initial?.id,
    };
    const id = initial?.id ?? planner.actions.newDebtId();
    const checked =
      props.kind === 'no-income'
        ? checkNoIncome({ id, month: month(), note: note() }, context)
        : checkOneOff({ id, date: date(), amount: amount(), note: note() }, context);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    props.onSave(checked.event);
    if (initial === undefined) {
      setMonth('');
      setDate('');
      setAmount('');
      setNote('');
    }
    kept.clear();
  };
  const title = () => bt(props.kind === 'no-income' ? 'events.noIncome.title' : 'events.oneOff.title');
  return (
    <form class="stack event-form" aria-label={title()} onSubmit={submit} noValidate>
      <Show when={initial === undefined}>
        <h4>{title()}</h4>
        <p class="hint">{bt(props.kind === 'no-income' ? 'events.noIncome.hint' : 'events.oneOff.hint')}</p>
      </Show>
      <DraftNotice draft={kept} />
      <Show
        when={props.kind === 'no-income'}
        fallback={
          <>
            <TextField
              label={bt('events.oneOff.date')}
              type="date"
              value={date()}
              onInput={setDate}
              error={message(['date', 'date-before'])}
              name="oneOffDate"
            />
            <TextField
              label={bt('events.oneOff.amount')}
              value={amount()}
              inputMode="decimal"
              onInput={setAmount}
              error={message(['amount'])}
              name="oneOffAmount"
            />
          </>
        }
      >
        <TextField
          label={bt('events.noIncome.month')}
          type="month"
          value={month()}
          onInput={setMonth}
          error={message(['month', 'month-over', 'month-twice'])}
          name="noIncomeMonth"
        />
      </Show>
      <TextField
        label={bt('events.note')}
        value={note()}
        onInput={setNote}
        error={message(['note'])}
        name={`${props.kind}-note`}
      />
      <div class="actions">
        <button type="submit" class={initial === undefined ? undefined : 'primary'}>
          {initial === undefined
            ? bt(props.kind === 'no-income' ? 'events.noIncome.add' : 'events.oneOff.add')
            : bt('events.save')}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button
              type="button"
              onClick={() => {
                kept.clear();
                cancel()();
              }}
            >
              {bt('events.cancel')}
            </button>
          )}
        </Show>
      </div>
    </form>
  );
}
