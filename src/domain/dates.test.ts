/** The engine's calendar: month steps clamp to the month's length, forwards and backwards. */
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, formatIsoDate, parseIsoDate, toDayNumber } from './dates';

const step = (iso: string, months: number): string => formatIsoDate(addMonthsClamped(parseIsoDate(iso)!, months));

describe('calendar', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 2, '2024-03-31'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(step(from, months)).toBe(expected);
  });

  it('rejects impossible dates and counts days across a leap day', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(toDayNumber(parseIsoDate('2024-03-01')!) - toDayNumber(parseIsoDate('2024-02-01')!)).toBe(29);
    expect(toDayNumber(parseIsoDate('1970-01-01')!)).toBe(0);
  });
});
