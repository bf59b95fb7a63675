/**
 * Files a person can take away: the schedule as CSV and the payments as an iCalendar (ICS) file.
 *
 * Pure string builders; the UI turns them into Blob downloads (no network).
 * CSV: RFC 4180 quoting, plus spreadsheet-formula neutralising: a cell starting with = + - @
 * (or a tab / carriage return) gets a leading apostrophe so no spreadsheet runs it as a formula.
 * ICS (RFC 5545): CRLF line ends, lines folded at 75 octets (UTF-8, never inside a character),
 * TEXT values escaped (\\ ; , and newlines); one all-day event per platform payment per period,
 * and one per platform's turn start.
 */
import type { Plan } from '../../domain';
import { platformsInPlanOrder, queueTimeline, type PlatformIndex } from './analysis';
import { sumMoney, toFen } from '../../domain/money';

/** Neutralise formula-looking cells, then quote when needed. */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
          index.nameOf(line.id),
          loanLabel(line.id),
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
 * The plan's calendar: for each period, one event per platform that receives money (amount and
 * creditor), and one event on the date each platform's turn (focus) starts.
 * `stamp` is the creation moment (DTSTAMP), passed in so the output is deterministic.
 */
export function planIcs(plan: Plan, index: PlatformIndex, texts: IcsTexts, stamp: Date): string {
  const dtstamp = icsStamp(stamp);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shore 上岸//Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const platforms = platformsInPlanOrder(plan, index);
  const event = (uid: string, date: string, summary: string, description: string): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@shore.invalid`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(date))}`,
      `SUMMARY:${icsEscapeText(summary)}`,
      `DESCRIPTION:${icsEscapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  for (const row of queueTimeline(plan, index)) {
    if (row.focusStartPeriod === null) continue;
    const date = plan.periods[row.focusStartPeriod - 1]?.date;
    if (!date) continue;
    const number = platforms.indexOf(row.platform) + 1;
    event(
      `shore-turn-${String(number)}`,
      date,
      texts.turnSummary(row.platform.name),
      texts.turnDescription(row.platform.name),
    );
  }
  for (const period of plan.periods) {
    platforms.forEach((platform, platformNumber) => {
      const ids = new Set(platform.debtIds);
      const amount = sumMoney(period.lines.filter((line) => ids.has(line.id)).map((line) => line.paid));
      if (toFen(amount) === 0) return;
      event(
        `shore-pay-${String(period.index)}-${String(platformNumber + 1)}`,
        period.date,
        texts.paymentSummary(platform.name, amount),
        texts.paymentDescription(platform.name, amount, period.index),
      );
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(icsFoldLine).join('\r\n') + '\r\n';
}
