/**
 * Tests for the CSV and ICS exports: escaping, formula neutralising, RFC 5545 folding and content,
 * reminders read back by a maintained iCalendar parser (ical.js), and download file names.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../domain';
import { indexPlatforms, runPlan } from './analysis';
import {
  alarmTrigger,
  csvCell,
  exportFileName,
  icsEscapeText,
  icsFoldLine,
  planIcs,
  scheduleCsv,
  withoutDirectionControls,
  type CsvLabels,
  type IcsOptions,
  type IcsTexts,
} from './exports';

const input: PlanInput = {
  asOf: '2026-11-28',
  firstPaymentDate: '2026-12-10',
  monthlyBudget: '700.00',
  strategy: 'avalanche',
  debts: [
    { id: 'a', platform: '=HYPERLINK("x"), Co; Ltd', principal: '1000.00', dailyRate: '0.0005' },
    { id: 'b', platform: '快借宝', principal: '300.00', monthlyRate: '0.01', tokenPayment: '20.00' },
  ],
};
const run = runPlan(input);
if (!run.ok) throw new Error('fixture must be valid');
const plan = run.plan;
const index = indexPlatforms(input);

const labels: CsvLabels = {
  period: 'Month',
  date: 'Date',
  platform: 'Platform',
  loan: 'Loan',
  focus: 'Focus',
  interest: 'Interest',
  fees: 'Fees',
  paid: 'Paid',
  owed: 'Owed',
  yes: 'yes',
  no: 'no',
};
const texts: IcsTexts = {
  paymentSummary: (name, amount) => `Pay ¥${amount} to ${name}`,
  paymentDescription: (name, amount, period) => `Month ${String(period)}: pay ${amount} to ${name}`,
  turnSummary: (name) => `${name}: its turn starts`,
  turnDescription: (name) => `Extra money now goes to ${name}.`,
  neutralSummary: 'Monthly reminder',
  neutralDescription: 'Open the app for the details.',
};
const options: IcsOptions = {
  stamp: new Date('2026-11-28T10:00:00Z'),
  profileId: 'profile-a',
  alarmDaysBefore: 1,
  neutral: false,
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=A1,B1', `"'=A1,B1"`],
    ['\t=1', "'\t=1"],
  ])('%s → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  // OWASP's CSV injection guidance: formula characters also count in their full-width forms and
  // behind leading spaces or zero-width characters, which spreadsheets skip. Each expected cell is
  // the input with one apostrophe in front (written out here, not computed).
  // Mutation: INVISIBLE_PREFIX → /^/ (no skipping) → every row from ' =1+1' down fails;
  // FORMULA_START without \uFF1D\uFF0B\uFF0D\uFF20 → the five rows with a full-width character fail.
  it.each([
    ['＝1+1', "'＝1+1"], // U+FF1D full-width equals
    ['＋86 138', "'＋86 138"], // U+FF0B full-width plus
    ['－5', "'－5"], // U+FF0D full-width hyphen-minus
    ['＠SUM(A1)', "'＠SUM(A1)"], // U+FF20 full-width commercial at
    [' =1+1', "' =1+1"], // a space
    ['   +1', "'   +1"], // several spaces
    ['\u3000=1+1', "'\u3000=1+1"], // ideographic space
    ['\u00A0@x', "'\u00A0@x"], // no-break space
    ['\u200B=1+1', "'\u200B=1+1"], // zero-width space
    ['\u200C\u200D-2', "'\u200C\u200D-2"], // zero-width non-joiner and joiner
    ['\u2060=1', "'\u2060=1"], // word joiner
    ['\uFEFF=1', "'\uFEFF=1"], // byte-order mark
    ['\u200E+1', "'\u200E+1"], // left-to-right mark
    ['\u2066=1\u2069', "'\u2066=1\u2069"], // an isolate around a formula
    ['\u200B ＝1', "'\u200B ＝1"], // zero-width, a space, then full-width
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['借呗＝1', '借呗＝1'],
    [' hello', ' hello'],
    ['\u200Bhello', '\u200Bhello'],
    ['1+1', '1+1'],
    ['a@b.cn', 'a@b.cn'],
    ['1234.50', '1234.50'],
  ])('leaves %j alone: no formula starts it', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('withoutDirectionControls', () => {
  // Mutation: the range \u2066-\u2069 left out → the isolate rows fail.
  it.each([
    ['abc\u202Efdp.exe', 'abcfdp.exe'], // right-to-left override
    ['\u202Aa\u202Bb\u202Cc\u202Dd', 'abcd'], // embeddings, pop, left-to-right override
    ['\u2066x\u2067y\u2068z\u2069', 'xyz'], // the four isolate controls
    ['快借宝', '快借宝'],
    ['\u200Ekeep marks\u200F', '\u200Ekeep marks\u200F'], // marks do not reorder text around them
  ])('%j → %j', (value, expected) => {
    expect(withoutDirectionControls(value)).toBe(expected);
  });
});

describe('scheduleCsv', () => {
  it('has a header, one row per loan per period, CRLF and a BOM', () => {
    const csv = scheduleCsv(plan, index, labels, (id) => `loan ${id}`);
    expect(csv.startsWith('\uFEFFMonth,Date,Platform,Loan,Focus,Interest,Fees,Paid,Owed\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + plan.periods.length * 2);
    expect(rows[1]).toMatch(/^1,2026-12-10,"'=HYPERLINK\(""x""\), Co; Ltd",loan a,yes,/);
    expect(csv).toContain('快借宝');
  });
});

describe('ICS', () => {
  it('escapes TEXT values', () => {
    expect(icsEscapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + '还款'.repeat(40);
    const folded = icsFoldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
  it('has one event per platform payment and one per turn start', () => {
    const ics = planIcs(plan, index, texts, options);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    const unfolded = ics.replace(/\r\n /g, '');
    const lines = unfolded.split('\r\n');
    const paymentEvents = plan.periods.reduce(
      (count, period) =>
        count + new Set(period.lines.filter((line) => line.paid !== '0.00').map((line) => index.keyOf(line.id))).size,
      0,
    );
    // A turn starts when the money left after commitments first reaches a platform (engine rule 9),
    // here also for 快借宝, which that money clears in the period it flows on to it.
    const turnEvents = new Set(
      plan.debts.filter((debt) => debt.focusStartDate !== null).map((debt) => index.keyOf(debt.id)),
    ).size;
    expect(turnEvents).toBe(2);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(paymentEvents + turnEvents);
    expect(lines).toContain('DTSTAMP:20261128T100000Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261210');
    expect(unfolded).toContain('SUMMARY:Pay ¥680.00 to =HYPERLINK("x")\\, Co\\; Ltd');
    expect(unfolded).toContain('SUMMARY:Pay ¥20.00 to 快借宝');
    const uids = lines.filter((line) => line.startsWith('UID:'));
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('names typed by the person, in CSV and ICS', () => {
  const overridden: PlanInput = {
    ...input,
    debts: [{ ...input.debts[0]!, platform: 'abc\u202Efdp.exe' }, input.debts[1]!],
  };
  const overriddenRun = runPlan(overridden);
  if (!overriddenRun.ok) throw new Error('fixture must be valid');
  const overriddenIndex = indexPlatforms(overridden);

  // Mutation: scheduleCsv writes index.nameOf(line.id) as it is → fails.
  it('lose direction overrides in the CSV', () => {
    const csv = scheduleCsv(overriddenRun.plan, overriddenIndex, labels, () => 'loan \u202Ex');
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(csv).toContain(',abcfdp.exe,loan x,');
  });

  // Mutation: planIcs passes platform.name as it is → fails.
  it('lose direction overrides in the calendar', () => {
    const ics = planIcs(overriddenRun.plan, overriddenIndex, texts, options);
    expect(ics).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(ics).toContain('SUMMARY:abcfdp.exe: its turn starts');
  });
});

/** The file's events as ical.js reads them. */
function parsedEvents(ics: string): ICAL.Component[] {
  // ICAL.parse returns one component's jCal array for a file holding one VCALENDAR.
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}
const uidOf = (event: ICAL.Component): string => String(event.getFirstPropertyValue('uid'));
const summaryOf = (event: ICAL.Component): string => String(event.getFirstPropertyValue('summary'));
const isPayment = (event: ICAL.Component): boolean => uidOf(event).includes('-pay-');

describe('reminders, read back by ical.js', () => {
  /** Payment events: one per platform that receives money in a period, counted from the plan. */
  const paymentEvents = plan.periods.reduce(
    (count, period) =>
      count + new Set(period.lines.filter((line) => line.paid !== '0.00').map((line) => index.keyOf(line.id))).size,
    0,
  );

  it('gives every payment an alarm at 09:00 the day before, or two days before', () => {
    for (const [days, seconds, firstAlarm] of [
      // -PT15H: 15 × 3600 s before midnight of 10 December → 9 December 09:00.
      [1, -54_000, '2026-12-09T09:00:00'],
      // -P1DT15H: (24 + 15) × 3600 s before → 8 December 09:00.
      [2, -140_400, '2026-12-08T09:00:00'],
    ] as const) {
      const events = parsedEvents(planIcs(plan, index, texts, { ...options, alarmDaysBefore: days }));
      const payments = events.filter(isPayment);
      expect(payments).toHaveLength(paymentEvents);
      for (const event of payments) {
        const alarms = event.getAllSubcomponents('valarm');
        expect(alarms).toHaveLength(1);
        expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(alarms[0]!.getFirstPropertyValue('description')).toBe(summaryOf(event));
        expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(seconds);
      }
      const first = payments[0]!;
      const start = (first.getFirstPropertyValue('dtstart') as ICAL.Time).clone();
      expect(start.toString()).toBe('2026-12-10');
      start.isDate = false;
      start.addDuration(first.getAllSubcomponents('valarm')[0]!.getFirstPropertyValue('trigger') as ICAL.Duration);
      expect(start.toString()).toBe(firstAlarm);
      // Turn events are notes, not reminders.
      for (const event of events.filter((candidate) => !isPayment(candidate))) {
        expect(event.getAllSubcomponents('valarm')).toEqual([]);
      }
    }
    expect(alarmTrigger(1)).toBe('-PT15H');
    expect(alarmTrigger(2)).toBe('-P1DT15H');
  });

  // Mutation: the month in the UID replaced by period.index → the moved-dates case fails.
  it('keeps every id across two exports, also when the payment day moves, and a later file is a newer revision', () => {
    const first = parsedEvents(planIcs(plan, index, texts, options));
    const again = parsedEvents(planIcs(plan, index, texts, { ...options, stamp: new Date('2026-12-20T08:30:00Z') }));
    expect(again.map(uidOf)).toEqual(first.map(uidOf));
    // SEQUENCE grows with the export time: 2026-12-20 08:30 is later than 2026-11-28 10:00.
    const sequence = (event: ICAL.Component): number => Number(event.getFirstPropertyValue('sequence'));
    expect(sequence(again[0]!)).toBeGreaterThan(sequence(first[0]!));

    // The person moves the payment day from the 10th to the 15th: new dates, the same events.
    const moved = runPlan({ ...input, firstPaymentDate: '2026-12-15' });
    if (!moved.ok) throw new Error('fixture must be valid');
    const movedEvents = parsedEvents(planIcs(moved.plan, index, texts, options));
    expect(new Set(movedEvents.filter(isPayment).map(uidOf))).toEqual(new Set(first.filter(isPayment).map(uidOf)));
    expect(String(movedEvents.find(isPayment)!.getFirstPropertyValue('dtstart'))).toBe('2026-12-15');
    // Ids name the profile and the month, never a platform name or an amount.
    for (const uid of first.map(uidOf)) {
      expect(uid).toMatch(/^shore-profile-a-(pay-[ab]-\d{4}-\d{2}|turn-[ab])@shore\.invalid$/);
    }
  });

  // Mutation: the profile id left out of the UID → fails.
  it('lets two clients with the same debts be imported into one calendar without a collision', () => {
    const clientA = parsedEvents(planIcs(plan, index, texts, options));
    const clientB = parsedEvents(planIcs(plan, index, texts, { ...options, profileId: 'profile-b' }));
    // One calendar holding both files, as a calendar app imports them.
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    for (const event of [...clientA, ...clientB]) calendar.addSubcomponent(event);
    const uids = calendar.getAllSubcomponents('vevent').map(uidOf);
    expect(uids).toHaveLength(clientA.length + clientB.length);
    expect(new Set(uids).size).toBe(uids.length);
  });

  // Mutation: neutral ignored for the summary → fails.
  it('in neutral mode: no platform name, no amount, no turn events, and the alarms still there', () => {
    const ics = planIcs(plan, index, texts, { ...options, neutral: true });
    for (const secret of ['快借宝', 'HYPERLINK', '680.00', '20.00', '¥', 'turn']) expect(ics).not.toContain(secret);
    const events = parsedEvents(ics);
    expect(events).toHaveLength(paymentEvents);
    expect(new Set(events.map(summaryOf))).toEqual(new Set(['Monthly reminder']));
    expect(events.every((event) => event.getAllSubcomponents('valarm').length === 1)).toBe(true);
  });
});

describe('exportFileName', () => {
  const at = new Date(2026, 11, 3, 14, 5); // local time: 3 December 2026, 14:05
  // Mutation: the time left out of the name → every row fails.
  it.each([
    [
      { kind: 'plan', extension: 'csv', displayName: '张三', profileId: '3fa2c1d4-9b', discreet: false },
      'shore-plan-张三-2026-12-03-1405.csv',
    ],
    [
      { kind: 'calendar', extension: 'ics', displayName: '张三', profileId: '3fa2c1d4-9b', discreet: true },
      '3fa2c1d4-2026-12-03-1405.ics',
    ],
    [{ kind: 'backup', extension: 'json', discreet: false }, 'shore-backup-2026-12-03-1405.json'],
    [{ kind: 'backup', extension: 'json', discreet: true }, 'file-2026-12-03-1405.json'],
    // Unsafe characters go, spaces become '-', direction overrides go.
    [
      { kind: 'plan', extension: 'csv', displayName: ' Li / Qiang: "李强"\u202E ', discreet: false },
      'shore-plan-Li-Qiang-李强-2026-12-03-1405.csv',
    ],
    // Issue 13 (safety): bidi marks, isolates, C0/C1 controls, separators and Windows' reserved
    // characters all go; a name of only those leaves the neutral code. Worked out by hand.
    // Break: drop \u200F and \u0085 from UNSAFE_IN_FILE_NAME → the first row fails; drop \u200E and \u2028 → the second fails.
    [
      { kind: 'backup', extension: 'json', displayName: '\u200F李\u2067强\u2069\u0085\\..\\x\u0007', discreet: false },
      'shore-backup-李强..x-2026-12-03-1405.json',
    ],
    [
      { kind: 'backup', extension: 'json', displayName: '\u202E\u200E\u2028', profileId: 'AB-cd_9', discreet: false },
      'shore-backup-abcd9-2026-12-03-1405.json',
    ],
    // Nothing left of the name: the neutral code stands in.
    [
      { kind: 'plan', extension: 'csv', displayName: '///', profileId: 'example', discreet: false },
      'shore-plan-example-2026-12-03-1405.csv',
    ],
    // At most 40 characters of the name.
    [
      { kind: 'handover', extension: 'json', displayName: '很'.repeat(50), discreet: false },
      `shore-handover-${'很'.repeat(40)}-2026-12-03-1405.json`,
    ],
  ] as const)('%j → %s', (parts, expected) => {
    expect(exportFileName({ ...parts, at })).toBe(expected);
  });

  it('pads the month, day, hour and minute', () => {
    expect(
      exportFileName({
        kind: 'plan',
        extension: 'csv',
        discreet: true,
        profileId: 'ab',
        at: new Date(2027, 0, 9, 7, 3),
      }),
    ).toBe('ab-2027-01-09-0703.csv');
  });
});
