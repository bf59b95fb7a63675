/**
 * The cost screen's pure helpers (issue 16): building `annualCost`'s input from what was typed
 * (`costInputOf`) and the table a counsellor checks by hand (`costTable`). Every expected figure
 * is worked out by hand in the comments (interest = balance × rate / 12, rounded half-up to the fen).
 */
import { describe, expect, it } from 'vitest';
import { annualCost } from './cost';
import { costInputOf, costTable, type LoanCostTerms } from './costTable';

const terms = (overrides: Partial<LoanCostTerms> = {}): LoanCostTerms => ({
  borrowed: '12000.00',
  upfrontFee: '0.00',
  startDate: '2027-01-15',
  schedule: { mode: 'equal', count: 12, amount: '1120.00' },
  periodFee: '0.00',
  ...overrides,
});

const inputOf = (t: LoanCostTerms) => {
  const built = costInputOf(t);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.input;
};

describe('costInputOf: the schedule from what was typed', () => {
  it('equal payments fall on the monthly anniversaries, the day clamped to the month end', () => {
    // Break: addMonthsClamped(start, k − 1) (first payment on the start day) → first date 2027-01-31 → fails.
    const input = inputOf(terms({ startDate: '2027-01-31', schedule: { mode: 'equal', count: 3, amount: '100' } }));
    expect(input.payments).toEqual([
      { date: '2027-02-28', amount: '100.00' },
      { date: '2027-03-31', amount: '100.00' },
      { date: '2027-04-30', amount: '100.00' },
    ]);
    expect(input.received).toBe('12000.00');
  });

  it('a fee at drawdown reduces what was received; a fee each period adds to every payment', () => {
    // 12000 − 10 % (1200.00) = 10800.00; list payments 500 and 600 each + 15.50 = 515.50 and 615.50.
    // Break: received = borrowed (fee ignored) → 12000.00 → fails; periodFee not added → 500.00 → fails.
    const input = inputOf(
      terms({
        upfrontFee: '1200',
        periodFee: '15.50',
        schedule: {
          mode: 'list',
          payments: [
            { date: '2027-02-20', amount: '500' },
            { date: '2027-03-20', amount: '600' },
          ],
        },
      }),
    );
    expect(input.received).toBe('10800.00');
    expect(input.payments).toEqual([
      { date: '2027-02-20', amount: '515.50' },
      { date: '2027-03-20', amount: '615.50' },
    ]);
  });

  it('names every field to correct and never throws', () => {
    // Break: drop the fee-not-below-borrowed check → upfrontFee missing from the list → fails.
    const bad = costInputOf(
      terms({
        borrowed: '1000',
        upfrontFee: '1000',
        startDate: '2027-02-30',
        schedule: { mode: 'equal', count: 0, amount: 'x' },
      }),
    );
    expect(bad).toEqual({
      ok: false,
      issues: [
        { path: 'upfrontFee', code: 'fee-not-below-borrowed' },
        { path: 'startDate', code: 'date' },
        { path: 'schedule.count', code: 'count' },
        { path: 'schedule.amount', code: 'money-format' },
      ],
    });
    const list = costInputOf(
      terms({ borrowed: '', schedule: { mode: 'list', payments: [{ date: '2027-13-01', amount: '-5' }] } }),
    );
    expect(list).toEqual({
      ok: false,
      issues: [
        { path: 'borrowed', code: 'money-format' },
        { path: 'schedule.payments[0].amount', code: 'money-format' },
        { path: 'schedule.payments[0].date', code: 'date' },
      ],
    });
    expect(costInputOf(terms({ schedule: { mode: 'list', payments: [] } }))).toEqual({
      ok: false,
      issues: [{ path: 'schedule.payments', code: 'empty' }],
    });
  });
});

describe('costTable: each payment split into interest at the shown rate and principal', () => {
  it('12,000 received, 12 × 1,120.00 at 21.46 %: rows worked by hand, the rounding difference shown', () => {
    // m = 21.46 / 1200 = 0.0178833…
    // Row 1: 12000.00 × 0.2146 / 12 = 2575.20 / 12 = 214.60; principal 1120 − 214.60 = 905.40; balance 11094.60.
    // Row 2: 11094.60 × 0.2146 / 12 = 2380.88116 / 12 = 198.4067… → 198.41; principal 921.59; balance 10173.01.
    // Rows 3–12 the same way (interest 181.93, 165.15, 148.08, 130.69, 113.00, 94.99, 76.66, 58.00, 39.01, 19.68):
    // total interest 1440.20, so 13440.00 − 1440.20 = 11999.80 repaid as principal, and 0.20 is left: the rate
    // 21.46 is rounded down from 21.4572 %, so the table's interest is a little high.
    // Break: rounding interest down instead of half up → row 2 interest 198.40 → fails.
    const input = inputOf(terms());
    const result = annualCost(input);
    expect(result).toMatchObject({ method: 'monthly-irr', annualRate: '21.46' });
    const table = costTable(input, result);
    expect(table.unit).toBe('month');
    expect(table.rows[0]).toEqual({
      date: '2027-02-15',
      periods: 1,
      payment: '1120.00',
      interest: '214.60',
      principal: '905.40',
      balance: '11094.60',
    });
    expect(table.rows[1]).toEqual({
      date: '2027-03-15',
      periods: 1,
      payment: '1120.00',
      interest: '198.41',
      principal: '921.59',
      balance: '10173.01',
    });
    expect(table.rows[11]).toMatchObject({ interest: '19.68', balance: '0.20' });
    expect(table.roundingDifference).toBe('0.20');
  });

  it('10 % taken at drawdown: 10,800 received → 42.43 %, rows by hand', () => {
    // Rate: a(12, m) = 10800 / 1120 = 9.642857; m ≈ 3.5361 % → 42.43 % (above 40 %, as the issue says).
    // Row 1: 10800 × 0.4243 / 12 = 4582.44 / 12 = 381.87; principal 738.13; balance 10061.87.
    // Row 2: 10061.87 × 0.4243 / 12 = 4269.251441 / 12 = 355.7709… → 355.77; principal 764.23; balance 9297.64.
    // Break: costInputOf ignoring upfrontFee → 21.46 → fails.
    const input = inputOf(terms({ upfrontFee: '1200.00' }));
    const result = annualCost(input);
    expect(result.annualRate).toBe('42.43');
    const [first, second] = costTable(input, result).rows;
    expect(first).toMatchObject({ interest: '381.87', principal: '738.13', balance: '10061.87' });
    expect(second).toMatchObject({ interest: '355.77', principal: '764.23', balance: '9297.64' });
  });

  it('a 14-day loan at ¥60 per ¥1,000: daily, compound over the days', () => {
    // Rate: 1000 = 1060 / (1+d)^14 → d = 1.06^(1/14) − 1 = e^(0.0582689 / 14) − 1 = 0.00417074; × 365 = 152.23 %.
    // Row: d' = 152.23 / 36500 = 0.00417068…; 1000 × ((1 + d')^14 − 1) = 59.9992 → 60.00; principal 1000.00;
    // balance 0.00 (the rounding of the rate is absorbed by the fen here).
    // Break: simple interest balance × d' × 14 → 58.39 and a difference of 1.61 → fails.
    const input = inputOf(
      terms({ borrowed: '1000', schedule: { mode: 'list', payments: [{ date: '2027-01-29', amount: '1060' }] } }),
    );
    const result = annualCost(input);
    expect(result).toMatchObject({ method: 'daily-irr', annualRate: '152.23' });
    const table = costTable(input, result);
    expect(table.unit).toBe('day');
    expect(table.rows).toEqual([
      { date: '2027-01-29', periods: 14, payment: '1060.00', interest: '60.00', principal: '1000.00', balance: '0.00' },
    ]);
    expect(table.roundingDifference).toBe('0.00');
  });

  it('a negative difference keeps its sign', () => {
    // 100.00 received, one payment of 110.00 a month later: m = 10 % → 120.00 % a year exactly;
    // 100 × 0.10 = 10.00, principal 100.00, balance 0.00. At a rate shown lower (119.99 %):
    // 100 × 1.1999 / 12 = 9.99917 → 10.00 as well. At 100.00 %: 8.33, principal 101.67, balance −1.67.
    // Break: formatting the balance without its sign → '1.67' → fails.
    const input = inputOf(terms({ borrowed: '100', schedule: { mode: 'equal', count: 1, amount: '110' } }));
    expect(annualCost(input).annualRate).toBe('120.00');
    const table = costTable(input, { method: 'monthly-irr', annualRate: '100.00' });
    expect(table.rows[0]).toMatchObject({ interest: '8.33', principal: '101.67', balance: '-1.67' });
    expect(table.roundingDifference).toBe('-1.67');
  });
});
