/**
 * Calendar-date helpers for the UI, on `YYYY-MM-DD` strings, without time zones.
 *
 * The engine never reads a clock; the UI gets "today" from an injected clock (see state/clock.ts)
 * and does its own small date arithmetic here (month steps clamp to the month's length, as the
 * engine's periods do).
 */

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse a real `YYYY-MM-DD` date; `undefined` for malformed or impossible dates. */
export function parseIsoDateParts(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDateParts(text) !== undefined;
}

export function toIsoDate(parts: DateParts): string {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** `iso` plus `months` months, the day clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const parts = parseIsoDateParts(iso);
  if (!parts) throw new RangeError(`not a date: ${iso}`);
  const monthIndex = parts.month - 1 + months;
  const year = parts.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return toIsoDate({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
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
