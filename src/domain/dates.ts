/**
 * Calendar dates as day numbers, without the `Date` object or any clock.
 *
 * A date is a `YYYY-MM-DD` string at the edges and a day number (days since 1970-01-01,
 * proleptic Gregorian) inside, so a period's length is a plain subtraction.
 */

const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parse `YYYY-MM-DD`; `undefined` for a malformed or impossible date (2026-02-30). */
export function parseIsoDate(text: string): CivilDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate(date: CivilDate): string {
  return (
    String(date.year).padStart(4, '0') +
    '-' +
    String(date.month).padStart(2, '0') +
    '-' +
    String(date.day).padStart(2, '0')
  );
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (date.month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * `start` plus `months` months, the day taken from `start` and clamped to the month's length:
 * Jan 31 + 1 → Feb 28/29, Jan 31 + 2 → Mar 31.
 */
export function addMonthsClamped(start: CivilDate, months: number): CivilDate {
  const monthIndex = start.month - 1 + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1; // months may be negative
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}
