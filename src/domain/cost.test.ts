/**
 * `annualCost` (issue 16): the worked check and the table from the issue, edge cases of the
 * calendar and of rounding, and input errors. Each figure is worked out by hand in the comment
 * (annuity factors a(n, m) = (1 − (1+m)^−n) / m, interpolated), never copied from the code.
 */
import { describe, expect, it } from 'vitest';
import { annualCost, MAX_COST_PAYMENTS } from './cost';
import { PlanInputError } from './validate';

/** `count` payments of `amount` on the monthly anniversaries of `start` (day kept, as written). */
function monthly(start: string, count: number, amount: string): { date: string; amount: string }[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = m - 1 + i + 1;
    const month = String((index % 12) + 1).padStart(2, '0');
    return { date: `${String(y + Math.floor(index / 12))}-${month}-${String(d).padStart(2, '0')}`, amount };
  });
}

function pathsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return (error as PlanInputError).paths;
  }
  throw new Error('expected a PlanInputError');
}

describe('the worked check and the table in the issue', () => {
  it('12,000 received, 12 × 1,120.00 monthly → monthly-irr 21.46', () => {
    // 12000 / 1120 = 10.71429 = a(12, m). a(12, 1.78%) = 10.7156, a(12, 1.79%) = 10.7098 → m ≈ 1.7880 %,
    // 12 × 1.7880 = 21.46 %.
    const result = annualCost({
      received: '12000.00',
      startDate: '2027-01-15',
      payments: monthly('2027-01-15', 12, '1120.00'),
    });
    expect(result.method).toBe('monthly-irr');
    expect(result.annualRate).toBe('21.46');
    expect(result.totalPaid).toBe('13440.00');
    expect(result.totalCost).toBe('1440.00');
  });

  it('the same with 10 % taken at drawdown (10,800 received) → above 40 %: 42.43', () => {
    // 10800 / 1120 = 9.64286. a(12, 3.50%) = 9.66333, a(12, 3.55%) = 9.63471 →
    // m ≈ 3.50 + 0.05 × (9.66333 − 9.64286) / (9.66333 − 9.63471) = 3.5358 %, × 12 = 42.43 %.
    const result = annualCost({
      received: '10800.00',
      startDate: '2027-01-15',
      payments: monthly('2027-01-15', 12, '1120.00'),
    });
    expect(result.annualRate).toBe('42.43');
  });

  it('日息万五 plus a 1.5 % monthly guarantee fee → near 50 %: 48.25', () => {
    // 10,000 over 12 months at 0.05 %/day, taken as 1.5 % a month (30 days), equal instalments:
    // 10000 × 0.015 / (1 − 1.015^−12) = 916.80; plus the guarantee fee 1.5 % × 10000 = 150.00 → 1066.80.
    // 10000 / 1066.80 = 9.37383. a(12, 4.00%) = 9.38507, a(12, 4.05%) = 9.35776 →
    // m ≈ 4.00 + 0.05 × (9.38507 − 9.37383) / 0.02731 = 4.0206 %, × 12 = 48.25 %.
    const result = annualCost({
      received: '10000.00',
      startDate: '2027-03-10',
      payments: monthly('2027-03-10', 12, '1066.80'),
    });
    expect(result.annualRate).toBe('48.25');
  });

  it('a 14-day loan at ¥60 per ¥1,000 → daily-irr above 150 %: 152.23', () => {
    // 1000 × (1+d)^14 = 1060 → d = 1.06^(1/14) − 1 = e^(0.0582689/14) − 1 = e^0.00416207 − 1 = 0.00417074;
    // × 36500 = 152.23 %.
    const result = annualCost({
      received: '1000.00',
      startDate: '2027-01-01',
      payments: [{ date: '2027-01-15', amount: '1060.00' }],
    });
    expect(result.method).toBe('daily-irr');
    expect(result.annualRate).toBe('152.23');
  });
});

describe('schedules', () => {
  it('one payment one month later: 1000 → 1010 is exactly 1 % a month, 12.00', () => {
    const result = annualCost({
      received: '1000.00',
      startDate: '2026-05-20',
      payments: [{ date: '2026-06-20', amount: '1010.00' }],
    });
    expect(result).toMatchObject({ method: 'monthly-irr', annualRate: '12.00' });
  });

  it('no interest gives 0.00, monthly or daily', () => {
    expect(
      annualCost({ received: '1200.00', startDate: '2026-01-10', payments: monthly('2026-01-10', 12, '100.00') })
        .annualRate,
    ).toBe('0.00');
    const daily = annualCost({
      received: '300.00',
      startDate: '2026-01-10',
      payments: [
        { date: '2026-01-20', amount: '100.00' },
        { date: '2026-02-03', amount: '100.00' },
        { date: '2026-02-03', amount: '100.00' },
      ],
    });
    expect(daily).toMatchObject({ method: 'daily-irr', annualRate: '0.00', totalCost: '0.00' });
  });

  it('payments from the 31st keep the 31st, clamped in short months (leap year): monthly', () => {
    // Anniversaries of 2024-01-31: 02-29, 03-31, 04-30. 3 × 340 = 1020 on 1000 received.
    // a(3, m) = 1000/340 = 2.94118; a(3, 1%) = 2.94099, a(3, 0.99%) = 2.94157 → m ≈ 0.99 + 0.01 × (2.94157 − 2.94118)/0.00058
    // = 0.9967 %, × 12 = 11.96 %.
    const payments = ['2024-02-29', '2024-03-31', '2024-04-30'].map((date) => ({ date, amount: '340.00' }));
    expect(annualCost({ received: '1000.00', startDate: '2024-01-31', payments })).toMatchObject({
      method: 'monthly-irr',
      annualRate: '11.96',
    });
  });

  it('a payment off the anniversary makes it daily (03-28 is not the 2nd anniversary of 01-31)', () => {
    const payments = ['2023-02-28', '2023-03-28'].map((date) => ({ date, amount: '505.00' }));
    expect(annualCost({ received: '1000.00', startDate: '2023-01-31', payments }).method).toBe('daily-irr');
  });

  it('less repaid than received gives a negative rate: 1000 → 990 after one month is −12.00', () => {
    // 1 + m = 0.99 → m = −1 %, × 12 = −12.00.
    const result = annualCost({
      received: '1000.00',
      startDate: '2026-05-20',
      payments: [{ date: '2026-06-20', amount: '990.00' }],
    });
    expect(result.annualRate).toBe('-12.00');
    expect(result.totalCost).toBe('-10.00');
  });

  it('a root exactly on a rounding boundary rounds half-up: 2400.00 → 2400.01 is exactly 0.005 %', () => {
    // m = 0.01 / 2400 = 1/240000; 1200 × m = 0.005 exactly → half-up → 0.01.
    // Mutation: settle() returning round2(low) at a tie (half-down) → "0.00" → fails.
    const result = annualCost({
      received: '2400.00',
      startDate: '2026-05-20',
      payments: [{ date: '2026-06-20', amount: '2400.01' }],
    });
    expect(result.annualRate).toBe('0.01');
  });

  it('answers the largest sums and the extreme rates', () => {
    // 0.01 received, 9,999,999,999.99 repaid a day later: d = 999,999,999,998, × 36500 = 36,499,999,999,927,000.
    expect(
      annualCost({
        received: '0.01',
        startDate: '2027-01-01',
        payments: [{ date: '2027-01-02', amount: '9999999999.99' }],
      }).annualRate,
    ).toBe('36499999999927000.00');
    // 9,999,999,999.99 received, 0.01 repaid a day later: d = 10^−12 − 1, × 36500 = −36499.99999996… → −36500.00.
    expect(
      annualCost({
        received: '9999999999.99',
        startDate: '2027-01-01',
        payments: [{ date: '2027-01-02', amount: '0.01' }],
      }).annualRate,
    ).toBe('-36500.00');
  });

  it('answers the most payments allowed (1200 monthly payments: 100 years)', () => {
    // 1200 × 100.00 on 100,000.00: a(1200, m) = 1000 → m is tiny; at m = 0.0167 %: (1 − 1.000167^−1200)/0.000167
    // = (1 − 0.81847)/0.000167 = 1087; at 0.03 %: (1 − 0.69768)/0.0003 = 1007.7; at 0.031 %: (1−0.68937)/0.00031 = 1002.0;
    // at 0.0315 %: (1 − 0.68524)/0.000315 = 999.2 → m ≈ 0.03143 %, × 12 = 0.377 → 0.38.
    const result = annualCost({
      received: '100000.00',
      startDate: '2026-01-31',
      payments: monthly('2026-01-28', 1200, '100.00'),
    });
    expect(result.method).toBe('daily-irr'); // the 28th is not the anniversary of the 31st
    const monthlyResult = annualCost({
      received: '100000.00',
      startDate: '2026-01-28',
      payments: monthly('2026-01-28', 1200, '100.00'),
    });
    expect(monthlyResult).toMatchObject({ method: 'monthly-irr', annualRate: '0.38' });
  });
});

describe('invalid input names each bad path', () => {
  const good = { received: '1000.00', startDate: '2027-01-01', payments: [{ date: '2027-02-01', amount: '1010.00' }] };

  it('received, startDate, and the amount and date of a payment', () => {
    expect(pathsOf(() => annualCost({ ...good, received: '-5' }))).toEqual(['received']);
    expect(pathsOf(() => annualCost({ ...good, received: '0' }))).toEqual(['received']);
    expect(pathsOf(() => annualCost({ ...good, startDate: '2027-02-30' }))).toEqual(['startDate']);
    expect(
      pathsOf(() =>
        annualCost({
          ...good,
          payments: [
            { date: '2027-01-01', amount: '10.00' },
            { date: '2027-03-01', amount: '1e3' },
          ],
        }),
      ),
    ).toEqual(['payments[1].amount', 'payments[0].date']);
  });

  it('payments: missing, empty, all zero, out of order, too many, too far', () => {
    expect(pathsOf(() => annualCost({ received: '1.00', startDate: '2027-01-01' } as never))).toEqual(['payments']);
    expect(pathsOf(() => annualCost({ ...good, payments: [] }))).toEqual(['payments']);
    expect(pathsOf(() => annualCost({ ...good, payments: [{ date: '2027-02-01', amount: '0.00' }] }))).toEqual([
      'payments',
    ]);
    const outOfOrder = [
      { date: '2027-03-01', amount: '1.00' },
      { date: '2027-02-01', amount: '1.00' },
    ];
    expect(pathsOf(() => annualCost({ ...good, payments: outOfOrder }))).toEqual(['payments[1].date']);
    const tooMany = Array.from({ length: MAX_COST_PAYMENTS + 1 }, () => ({ date: '2027-02-01', amount: '1.00' }));
    expect(pathsOf(() => annualCost({ ...good, payments: tooMany }))).toEqual(['payments']);
    expect(pathsOf(() => annualCost({ ...good, payments: [{ date: '2127-06-01', amount: '1.00' }] }))).toEqual([
      'payments[0].date',
    ]);
  });

  it('everything wrong at once is reported at once', () => {
    expect(pathsOf(() => annualCost({ received: 'x', startDate: 'y', payments: 'z' } as never))).toEqual([
      'received',
      'startDate',
      'payments',
    ]);
  });
});
