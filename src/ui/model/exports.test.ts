/** Tests for the CSV and ICS exports: escaping, formula neutralising, RFC 5545 folding and content. */
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../domain';
import { indexPlatforms, runPlan } from './analysis';
import { csvCell, icsEscapeText, icsFoldLine, planIcs, scheduleCsv, type CsvLabels, type IcsTexts } from './exports';

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
  ])('%s → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
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
    const ics = planIcs(plan, index, texts, new Date('2026-11-28T10:00:00Z'));
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
