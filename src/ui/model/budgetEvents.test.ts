/**
 * The changing budget's form checks (issue 17). Expected events and errors are worked by hand
 * from the rules in budgetEvents.ts: the plan starts on 2027-01-20.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetEvent } from '../../domain/records';
import { checkNoIncome, checkOneOff, putEvent, sortEvents } from './budgetEvents';

const ASOF = '2027-01-20';
const MARCH: BudgetEvent = { id: 'm', kind: 'no-income', month: '2027-03', note: '' };
const BONUS: BudgetEvent = { id: 'b', kind: 'one-off', date: '2027-02-05', amount: '8000.00', note: '年终奖' };

describe('checkNoIncome', () => {
  // Break: MONTH accepting month 13 (`(0[1-9]|1[0-3])`) → '2027-13' accepted → fails.
  it('takes a month typed or picked, and refuses what is not one', () => {
    const context = { asOf: ASOF, events: [] };
    expect(checkNoIncome({ id: 'n', month: ' 2027-04 ', note: ' 停工 ' }, context)).toEqual({
      ok: true,
      event: { id: 'n', kind: 'no-income', month: '2027-04', note: '停工' },
    });
    expect(checkNoIncome({ id: 'n', month: '', note: '' }, context)).toEqual({ ok: false, error: 'month' });
    expect(checkNoIncome({ id: 'n', month: '2027-13', note: '' }, context)).toEqual({ ok: false, error: 'month' });
    expect(checkNoIncome({ id: 'n', month: '三月', note: '' }, context)).toEqual({ ok: false, error: 'month' });
  });

  // Break: the month-over test on the month's first day (`addMonths(…, 0)`) → January refused → fails.
  it('refuses a month already over when the plan starts, and keeps the month the plan starts in', () => {
    const context = { asOf: ASOF, events: [] };
    expect(checkNoIncome({ id: 'n', month: '2026-12', note: '' }, context)).toEqual({ ok: false, error: 'month-over' });
    // January 2027 is not over on the 20th: its last days are still without income.
    expect(checkNoIncome({ id: 'n', month: '2027-01', note: '' }, context).ok).toBe(true);
  });

  // Break: dropping the `event.id !== context.editingId` test → changing March's own note is refused → fails.
  it('refuses a month listed twice, except the event being changed', () => {
    expect(checkNoIncome({ id: 'n', month: '2027-03', note: '' }, { asOf: ASOF, events: [MARCH] })).toEqual({
      ok: false,
      error: 'month-twice',
    });
    expect(
      checkNoIncome({ id: 'm', month: '2027-03', note: '生病' }, { asOf: ASOF, events: [MARCH], editingId: 'm' }).ok,
    ).toBe(true);
  });
});

describe('checkOneOff', () => {
  const context = { asOf: ASOF, events: [] };

  // Break: storing `typed.amount` instead of the parsed amount → '8,000元' stored as typed → fails.
  it('keeps the amount as a money string, from the ways people type it', () => {
    expect(checkOneOff({ id: 'x', date: '2027-02-05', amount: '8,000元', note: '年终奖' }, context)).toEqual({
      ok: true,
      event: { id: 'x', kind: 'one-off', date: '2027-02-05', amount: '8000.00', note: '年终奖' },
    });
    expect(checkOneOff({ id: 'x', date: '2027-01-20', amount: '０.５', note: '' }, context)).toEqual({
      ok: true,
      event: { id: 'x', kind: 'one-off', date: '2027-01-20', amount: '0.50', note: '' },
    });
  });

  // Break: dropping the `fen <= 0` test → '0' accepted → fails.
  it('refuses no amount, 0, three decimals, a negative amount and more than the engine takes', () => {
    for (const amount of ['', '0', '0.00', '12.345', '-5', '10000000000.00']) {
      expect(checkOneOff({ id: 'x', date: '2027-02-05', amount, note: '' }, context), amount).toEqual({
        ok: false,
        error: 'amount',
      });
    }
    // 9,999,999,999.99 is the largest amount the engine takes (MAX_MONEY_FEN).
    expect(checkOneOff({ id: 'x', date: '2027-02-05', amount: '9999999999.99', note: '' }, context).ok).toBe(true);
  });

  // Break: dropping the date-before test → 2027-01-19 accepted → fails.
  it('refuses an impossible date and one before the plan starts', () => {
    expect(checkOneOff({ id: 'x', date: '2027-02-30', amount: '1', note: '' }, context)).toEqual({
      ok: false,
      error: 'date',
    });
    expect(checkOneOff({ id: 'x', date: '2027-01-19', amount: '1', note: '' }, context)).toEqual({
      ok: false,
      error: 'date-before',
    });
  });

  // Break: EVENT_NOTE_MAX = 300 → a 201-character note accepted → fails.
  it('refuses a note longer than storage keeps', () => {
    expect(checkOneOff({ id: 'x', date: '2027-02-05', amount: '1', note: '奖'.repeat(201) }, context)).toEqual({
      ok: false,
      error: 'note',
    });
    expect(checkNoIncome({ id: 'x', month: '2027-02', note: '奖'.repeat(200) }, context).ok).toBe(true);
  });
});

describe('sortEvents and putEvent', () => {
  // Break: sortEvents returning the list as given → [MARCH, BONUS] → fails.
  it('lists events by the day they start, a month before a sum on its first day', () => {
    const first: BudgetEvent = { id: 'c', kind: 'one-off', date: '2027-03-01', amount: '1.00', note: '' };
    expect(sortEvents([first, MARCH, BONUS]).map((event) => event.id)).toEqual(['b', 'm', 'c']);
  });

  // Break: putEvent always appending → two events with id 'm' → fails.
  it('adds a new event and replaces a changed one in place', () => {
    const april: BudgetEvent = { ...MARCH, month: '2027-04' };
    expect(putEvent([MARCH, BONUS], april)).toEqual([april, BONUS]);
    expect(putEvent([MARCH], BONUS)).toEqual([MARCH, BONUS]);
  });
});
