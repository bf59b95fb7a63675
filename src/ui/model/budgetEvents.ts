/**
 * The changing budget as a person says it (issue 17): "a month without income" and "a one-off
 * sum" (a year-end bonus), checked before they join the budget's `events`, listed in date order.
 * The engine sees them through `budgetEventsToInput` (planInput.ts). Pure: dates come in.
 *
 * An event is only accepted when the plan can use it: a month not already over on the plan's
 * `asOf`, a one-off sum dated on or after it (budgetEventsToInput leaves earlier ones out), an
 * amount above 0 with at most 2 decimals and within the engine's limit (`parseMoney`, MAX_MONEY_FEN) (a money string, never a float).
 */
import { parseMoney } from '../../domain/money';
import type { BudgetEvent } from '../../domain/records';
import { addMonths, isIsoDate } from './dates';
import { parseMoneyInput } from './money';

/** Longest note kept (storage's short-text limit is 200; a note is a few words). */
export const EVENT_NOTE_MAX = 200;

const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

export type EventError = 'month' | 'month-over' | 'month-twice' | 'date' | 'date-before' | 'amount' | 'note';

export type EventCheck = { ok: true; event: BudgetEvent } | { ok: false; error: EventError };

export interface EventContext {
  /** The plan's start (`YYYY-MM-DD`). */
  asOf: string;
  /** The events already stored. */
  events: readonly BudgetEvent[];
  /** The event being changed (its own month is not "already listed"). */
  editingId?: string;
}

/** A month without income, from what was typed: `YYYY-MM` (also read from a `YYYY-MM-DD`). */
export function checkNoIncome(typed: { id: string; month: string; note: string }, context: EventContext): EventCheck {
  const month = typed.month.trim().slice(0, 7);
  if (!MONTH.test(month)) return { ok: false, error: 'month' };
  if (addMonths(`${month}-01`, 1) <= context.asOf) return { ok: false, error: 'month-over' };
  const twice = context.events.some(
    (event) => event.kind === 'no-income' && event.month === month && event.id !== context.editingId,
  );
  if (twice) return { ok: false, error: 'month-twice' };
  const note = typed.note.trim();
  if (note.length > EVENT_NOTE_MAX) return { ok: false, error: 'note' };
  return { ok: true, event: { id: typed.id, kind: 'no-income', month, note } };
}

/** A one-off sum, from what was typed: a real date from the plan's start on, an amount above 0. */
export function checkOneOff(
  typed: { id: string; date: string; amount: string; note: string },
  context: EventContext,
): EventCheck {
  const date = typed.date.trim();
  if (!isIsoDate(date)) return { ok: false, error: 'date' };
  if (date < context.asOf) return { ok: false, error: 'date-before' };
  const amount = parseMoneyInput(typed.amount);
  const fen = amount === undefined ? undefined : parseMoney(amount);
  if (amount === undefined || fen === undefined || fen <= 0) return { ok: false, error: 'amount' };
  const note = typed.note.trim();
  if (note.length > EVENT_NOTE_MAX) return { ok: false, error: 'note' };
  return { ok: true, event: { id: typed.id, kind: 'one-off', date, amount, note } };
}

/** The day an event starts: a month's first day, or the sum's date. */
export function eventStart(event: BudgetEvent): string {
  return event.kind === 'no-income' ? `${event.month}-01` : event.date;
}

/** Events in date order (a month before a sum on its first day; then by id, so the order is stable). */
export function sortEvents(events: readonly BudgetEvent[]): BudgetEvent[] {
  const rank = (event: BudgetEvent): string => `${eventStart(event)} ${event.kind === 'no-income' ? 0 : 1} ${event.id}`;
  return [...events].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

/** `events` with `event` added, or replacing the one with its id (in place). */
export function putEvent(events: readonly BudgetEvent[], event: BudgetEvent): BudgetEvent[] {
  return events.some((item) => item.id === event.id)
    ? events.map((item) => (item.id === event.id ? event : item))
    : [...events, event];
}
