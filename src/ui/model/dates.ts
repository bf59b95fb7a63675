/**
 * Calendar-date helpers for the UI, on `YYYY-MM-DD` strings, without time zones.
 *
 * The engine never reads a clock; the UI gets "today" from an injected clock (see state/clock.ts)
 * and does its small date arithmetic here, on the engine's own calendar (src/domain/dates.ts),
 * so a month step clamps exactly as the engine's periods do.
 */

import { addMonthsClamped, formatIsoDate, parseIsoDate, type CivilDate } from '../../domain/dates';

export type DateParts = CivilDate;

/** Parse a real `YYYY-MM-DD` date; `undefined` for malformed or impossible dates. */
export const parseIsoDateParts = parseIsoDate;
export const toIsoDate = formatIsoDate;

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** `iso` plus `months` months (may be negative), the day clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not a date: ${iso}`);
  return formatIsoDate(addMonthsClamped(parts, months));
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  const parts = parseIsoDateParts(iso);
  if (!parts) throw new RangeError(`not a date: ${iso}`);
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Milliseconds since the epoch at UTC midnight of `iso` (for Intl formatting in UTC). */
export function isoDateToUtcMillis(iso: string): number {
  const parts = parseIsoDateParts(iso);
  if (!parts) throw new RangeError(`not a date: ${iso}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

/** Today's date in the device's local time zone, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
