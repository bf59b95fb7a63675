/**
 * Local wall time of a log entry, read from its own ISO 8601 string. Pure: no clock, no time zone
 * database. An entry written with an offset ("+08:00") is read in that offset; one written in UTC
 * ("Z") or without an offset is shifted to `defaultOffsetMinutes` (China Standard Time, +480,
 * unless the caller says otherwise).
 */

export const CHINA_OFFSET_MINUTES = 480;

export interface LocalMoment {
  /** Milliseconds since the epoch (for ordering across offsets). */
  epochMs: number;
  /** Local date YYYY-MM-DD. */
  day: string;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
  /** Local "HH:MM". */
  clock: string;
  offsetMinutes: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The local moment of `iso`, or undefined when it is not an ISO 8601 date-time. */
export function localMoment(iso: string, defaultOffsetMinutes: number = CHINA_OFFSET_MINUTES): LocalMoment | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const date = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? '0');
  if (month < 1 || month > 12 || date < 1 || date > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const wallAsUtc = Date.UTC(year, month - 1, date, hour, minute, second, ms);
  // Reject impossible dates such as 2026-02-30 (Date.UTC would roll them over).
  const check = new Date(wallAsUtc);
  if (check.getUTCDate() !== date || check.getUTCMonth() !== month - 1) return undefined;

  let writtenOffset: number | undefined;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    writtenOffset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  } else if (zone === 'Z') {
    writtenOffset = 0;
  }
  const epochMs = wallAsUtc - (writtenOffset ?? defaultOffsetMinutes) * 60_000;
  // Entries written with an explicit non-UTC offset keep it; Z / none are shown in the default.
  const offsetMinutes = writtenOffset !== undefined && zone !== 'Z' ? writtenOffset : defaultOffsetMinutes;
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const localHour = local.getUTCHours();
  const localMinute = local.getUTCMinutes();
  return {
    epochMs,
    day: `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`,
    minuteOfDay: localHour * 60 + localMinute,
    clock: `${pad2(localHour)}:${pad2(localMinute)}`,
    offsetMinutes,
  };
}

/** 22:00 inclusive to 08:00 exclusive, local time. */
export const NIGHT_START_MINUTE = 22 * 60;
export const NIGHT_END_MINUTE = 8 * 60;

export function isNight(minuteOfDay: number): boolean {
  return minuteOfDay >= NIGHT_START_MINUTE || minuteOfDay < NIGHT_END_MINUTE;
}

/** "2026-11-28T23:15:00+08:00" for a wall time and offset (used by the UI's time field). */
export function isoFromLocal(day: string, clock: string, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${day}T${clock}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
