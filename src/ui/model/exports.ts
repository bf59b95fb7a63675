/**
 * Files a person can take away: the schedule as CSV and the payments as an iCalendar (ICS) file,
 * and the names of every file Shore offers for download.
 *
 * Pure string builders; the UI turns them into Blob downloads (no network).
 * CSV: RFC 4180 quoting, plus spreadsheet-formula neutralising (OWASP's CSV injection guidance):
 * a cell whose first visible character is = + - @ (or their full-width forms ＝ ＋ － ＠), or that
 * starts with a tab or carriage return, gets a leading apostrophe so no spreadsheet runs it as a
 * formula, also when spaces or zero-width characters come first.
 * ICS (RFC 5545): CRLF line ends, lines folded at 75 octets (UTF-8, never inside a character),
 * TEXT values escaped (\\ ; , and newlines); one all-day event per platform payment per month,
 * each with an alarm, and one per platform's turn start. Event ids are stable per profile,
 * platform and month, so a calendar that imports a newer file updates the events it has.
 * Names typed by the person lose any direction override (U+202A–U+202E, U+2066–U+2069) in both.
 */
import type { Plan } from '../../domain';
import { platformsInPlanOrder, queueTimeline, type PlatformIndex, type PlatformInfo } from './analysis';
import { sumMoney, toFen } from '../../domain/money';

/** Embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder text around them. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` without direction controls: a name typed as `abc\u202Efdp.exe` cannot scramble the text around it. */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/**
 * What a spreadsheet may skip before it reads a formula: any whitespace (ideographic and no-break
 * spaces too), zero-width characters, direction marks and controls, the soft hyphen and the BOM.
 */
const INVISIBLE_PREFIX = /^[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*/;
/** First characters that make a spreadsheet read a cell as a formula (OWASP), and their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutralise formula-looking cells, then quote when needed. */
export function csvCell(value: string): string {
  const looksLikeFormula = /^[\t\r]/.test(value) || FORMULA_START.test(value.replace(INVISIBLE_PREFIX, ''));
  const neutral = looksLikeFormula ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

export interface CsvLabels {
  period: string;
  date: string;
  platform: string;
  loan: string;
  focus: string;
  interest: string;
  fees: string;
  paid: string;
  owed: string;
  yes: string;
  no: string;
}

/**
 * The month-by-month schedule, one row per loan per period. Amounts are plain money strings
 * ("1234.50") so spreadsheets read them as numbers. Starts with a UTF-8 BOM so Excel shows
 * Chinese correctly; lines end with CRLF (RFC 4180).
 */
export function scheduleCsv(
  plan: Plan,
  index: PlatformIndex,
  labels: CsvLabels,
  loanLabel: (debtId: string) => string,
): string {
  const lines = [
    csvLine([
      labels.period,
      labels.date,
      labels.platform,
      labels.loan,
      labels.focus,
      labels.interest,
      labels.fees,
      labels.paid,
      labels.owed,
    ]),
  ];
  for (const period of plan.periods) {
    for (const line of period.lines) {
      lines.push(
        csvLine([
          String(period.index),
          period.date,
          withoutDirectionControls(index.nameOf(line.id)),
          withoutDirectionControls(loanLabel(line.id)),
          period.focus === line.id ? labels.yes : labels.no,
          line.interest,
          line.fees,
          line.paid,
          line.owed,
        ]),
      );
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Escape an RFC 5545 TEXT value. */
export function icsEscapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold one content line at 75 octets; continuation lines start with one space. */
export function icsFoldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = 75;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = ' ';
      currentOctets = 1;
      limit = 75;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export interface IcsTexts {
  /** e.g. "Pay ¥1,200.00 to QuickLoan". */
  paymentSummary(platformName: string, amount: string): string;
  paymentDescription(platformName: string, amount: string, periodIndex: number): string;
  turnSummary(platformName: string): string;
  turnDescription(platformName: string): string;
  /** Neutral titles: no platform, no amount, nothing about debts (for a phone others see). */
  neutralSummary: string;
  neutralDescription: string;
}

/** How many days before a payment its alarm rings (at 09:00 that day). */
export type AlarmDaysBefore = 1 | 2;
export const ALARM_DAYS: readonly AlarmDaysBefore[] = [1, 2];

export interface IcsOptions {
  /** The moment the file is made (DTSTAMP, LAST-MODIFIED, SEQUENCE), passed in so the output is deterministic. */
  stamp: Date;
  /** The profile the plan belongs to: in every event id, so two clients' calendars never collide. */
  profileId: string;
  alarmDaysBefore: AlarmDaysBefore;
  /** Neutral titles and descriptions, and no turn events. */
  neutral: boolean;
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + 1));
  return date.toISOString().slice(0, 10);
}

/** DTSTAMP form of a moment: 20261128T102900Z. */
export function icsStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The alarm's trigger before an all-day event (which starts at midnight): 09:00 on the day
 * `days` before it. 1 → -PT15H (midnight less 15 hours); 2 → -P1DT15H.
 */
export function alarmTrigger(days: AlarmDaysBefore): string {
  return days === 1 ? '-PT15H' : `-P${String(days - 1)}DT15H`;
}

/** An id made safe for a UID: letters, digits and '-' stay; anything else becomes `_` and its code in hex. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}`);
}

/**
 * The debt that names a platform in event ids: the smallest of its debt ids. It does not change
 * when the platform is renamed, the debts are reordered or the plan changes; only when that debt
 * itself is removed from the platform.
 */
function anchorDebtId(platform: PlatformInfo): string {
  return [...platform.debtIds].sort()[0]!;
}

/** Minutes since 2020-01-01 UTC: a SEQUENCE that grows with every later export of the same events. */
function sequenceOf(stamp: Date): number {
  return Math.floor((stamp.getTime() - Date.UTC(2020, 0, 1)) / 60_000);
}

/**
 * The plan's calendar: for each month, one event per platform that receives money (amount and
 * creditor, or neutral words), with an alarm; and, unless neutral, one event on the date each
 * platform's turn (focus) starts.
 *
 * Event ids: `shore-<profile>-pay-<debt>-<YYYY-MM>` and `shore-<profile>-turn-<debt>`, where
 * <debt> is the platform's anchor debt. The month, not the plan's period number, so a re-export
 * after the plan moves updates the same month's event; the profile id, not the name, so two
 * clients with the same platforms never share an id.
 */
export function planIcs(plan: Plan, index: PlatformIndex, texts: IcsTexts, options: IcsOptions): string {
  const dtstamp = icsStamp(options.stamp);
  const profile = uidPart(options.profileId);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shore 上岸//Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const platforms = platformsInPlanOrder(plan, index);
  const nameOf = (platform: PlatformInfo): string => withoutDirectionControls(platform.name);
  const event = (uid: string, date: string, summary: string, description: string, alarm: boolean): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@shore.invalid`,
      `DTSTAMP:${dtstamp}`,
      `LAST-MODIFIED:${dtstamp}`,
      `SEQUENCE:${String(sequenceOf(options.stamp))}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(date))}`,
      `SUMMARY:${icsEscapeText(summary)}`,
      `DESCRIPTION:${icsEscapeText(description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (alarm) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${alarmTrigger(options.alarmDaysBefore)}`,
        `DESCRIPTION:${icsEscapeText(summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  };
  if (!options.neutral) {
    for (const row of queueTimeline(plan, index)) {
      if (row.focusStartPeriod === null) continue;
      const date = plan.periods[row.focusStartPeriod - 1]?.date;
      if (!date) continue;
      const name = nameOf(row.platform);
      event(
        `shore-${profile}-turn-${uidPart(anchorDebtId(row.platform))}`,
        date,
        texts.turnSummary(name),
        texts.turnDescription(name),
        false,
      );
    }
  }
  for (const period of plan.periods) {
    for (const platform of platforms) {
      const ids = new Set(platform.debtIds);
      const amount = sumMoney(period.lines.filter((line) => ids.has(line.id)).map((line) => line.paid));
      if (toFen(amount) === 0) continue;
      const name = nameOf(platform);
      event(
        `shore-${profile}-pay-${uidPart(anchorDebtId(platform))}-${period.date.slice(0, 7)}`,
        period.date,
        options.neutral ? texts.neutralSummary : texts.paymentSummary(name, amount),
        options.neutral ? texts.neutralDescription : texts.paymentDescription(name, amount, period.index),
        true,
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(icsFoldLine).join('\r\n') + '\r\n';
}

/** What a downloaded file holds; part of its name outside discreet mode. */
export type ExportKind = 'plan' | 'calendar' | 'backup' | 'handover';

export interface ExportFileName {
  kind: ExportKind;
  /** Without the dot: 'csv', 'ics', 'json'. */
  extension: string;
  /** The client's display name; absent for a file of the whole device. */
  displayName?: string;
  /** The client's profile id: its first characters are the neutral code in discreet mode. */
  profileId?: string;
  /** Discreet mode: no app name, no kind, no name; a neutral code instead. */
  discreet: boolean;
  /** When the file is made; its local date and time go into the name. */
  at: Date;
}

/**
 * Characters no file name should hold: path separators, Windows' reserved ones, control characters
 * (C0, DEL, C1), direction marks (LRM, RLM, ALM) and the line and paragraph separators. Direction
 * overrides and isolates go through `withoutDirectionControls` first.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029]/g;
const MAX_NAME_CHARACTERS = 40;

/** A person's name made safe for a file name: no direction controls or unsafe characters; spaces become '-'. */
function fileNamePart(name: string): string {
  const safe = withoutDirectionControls(name)
    .replace(UNSAFE_IN_FILE_NAME, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^\.+|\.+$/g, '');
  return [...safe].slice(0, MAX_NAME_CHARACTERS).join('');
}

/** A code that says which client without saying who: the id's first eight letters and digits. */
function neutralCode(profileId: string | undefined): string {
  return (
    (profileId ?? '')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toLowerCase() || 'file'
  );
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * The name of every file Shore offers for download (issues 13 and 18), in one place:
 * `shore-<kind>-<name>-<YYYY-MM-DD>-<HHMM>.<ext>`, e.g. `shore-plan-张三-2026-12-03-1430.csv`;
 * in discreet mode `<code>-<YYYY-MM-DD>-<HHMM>.<ext>`, e.g. `3fa2c1d4-2026-12-03-1430.csv`.
 * A file of the whole device has no name part.
 */
export function exportFileName(file: ExportFileName): string {
  const { at } = file;
  const when =
    `${String(at.getFullYear())}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}` +
    `-${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}`;
  if (file.discreet) return `${neutralCode(file.profileId)}-${when}.${file.extension}`;
  const name = file.displayName === undefined ? '' : fileNamePart(file.displayName);
  const who = name === '' ? (file.profileId === undefined ? '' : `-${neutralCode(file.profileId)}`) : `-${name}`;
  return `shore-${file.kind}${who}-${when}.${file.extension}`;
}
