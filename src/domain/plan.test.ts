/**
 * Hand-checked golden plans. Every expected figure below was worked out by hand from the model
 * in docs/engine.md (the working is in the comments), not copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { line, plan } from './planTesting';
import type { DebtInput } from './types';

describe('worked checks from the issue', () => {
  it('1000.00 at 1 %/month with a 100.00 budget: 11 periods, 58.98 interest', () => {
    const p = plan([{ id: 'a', principal: '1000.00', monthlyRate: '0.01' }]);
    expect(p.feasible).toBe(true);
    expect(p.periods).toHaveLength(11);
    expect(p.totalInterest).toBe('58.98');
    expect(p.totalPaid).toBe('1058.98');
    expect(p.debtFreeDate).toBe('2026-11-15');
    // Period 1: 1000.00 × 0.01 = 10.00 interest; 100.00 pays 10.00 interest + 90.00 principal.
    expect(line(p, 1, 'a')).toEqual({ id: 'a', interest: '10.00', fees: '0.00', paid: '100.00', owed: '910.00' });
    // Period 2: 910.00 × 0.01 = 9.10.
    expect(line(p, 2, 'a')).toEqual({ id: 'a', interest: '9.10', fees: '0.00', paid: '100.00', owed: '819.10' });
  });

  const twoDebts: DebtInput[] = [
    { id: 'small', principal: '600', monthlyRate: '0.0075', tokenPayment: '30' },
    { id: 'large', principal: '2500', monthlyRate: '0.02', tokenPayment: '75' },
  ];
  it.each([
    ['snowball', 15, '476.58', ['small', 'large']],
    ['avalanche', 15, '409.58', ['large', 'small']],
  ] as const)('two debts, budget 250, %s: %i periods, %s interest', (strategy, periods, interest, order) => {
    const p = plan(twoDebts, { monthlyBudget: '250', strategy });
    expect(p.periods).toHaveLength(periods);
    expect(p.totalInterest).toBe(interest);
    expect(p.order).toEqual(order);
  });
});

describe('dates', () => {
  it('keeps the day of firstPaymentDate, clamped to short months (leap year)', () => {
    const p = plan([{ id: 'a', principal: '400.00', dailyRate: '0' }], {
      asOf: '2024-01-01',
      firstPaymentDate: '2024-01-31',
    });
    expect(p.periods.map((x) => x.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(p.periods.map((x) => x.days)).toEqual([30, 29, 31, 30]);
  });

  it('uses 28 days from Jan 31 to Feb 28 in a common year', () => {
    // 1000.00 × 0.001 × 28 = 28.00 in period 2.
    const p = plan([{ id: 'a', principal: '1000.00', dailyRate: '0.001' }], {
      asOf: '2023-01-31',
      firstPaymentDate: '2023-01-31',
      monthlyBudget: '0.01',
      horizonMonths: 2,
    });
    expect(p.periods[0]!.days).toBe(0);
    expect(line(p, 1, 'a').interest).toBe('0.00');
    expect(p.periods[1]!.date).toBe('2023-02-28');
    expect(line(p, 2, 'a').interest).toBe('28.00');
  });
});

describe('rounding', () => {
  it('rounds each period’s interest half-up to the fen', () => {
    // P1 (1 day): 100.00 × 0.00005 × 1 = 0.005 → 0.01; pay 50.00 → interest 0.01, principal 49.99 → owed 50.01.
    // P2 (31 days): 50.01 × 0.00005 × 31 = 0.0775155 → 0.08; owed 50.09; pay 50.00 → 0.09.
    // P3 (28 days): 0.09 × 0.00005 × 28 = 0.000126 → 0.00; pay 0.09 → cleared.
    const p = plan([{ id: 'a', principal: '100.00', dailyRate: '0.00005' }], {
      firstPaymentDate: '2026-01-02',
      monthlyBudget: '50.00',
    });
    expect(p.periods.map((x) => line(p, x.index, 'a'))).toEqual([
      { id: 'a', interest: '0.01', fees: '0.00', paid: '50.00', owed: '50.01' },
      { id: 'a', interest: '0.08', fees: '0.00', paid: '50.00', owed: '0.09' },
      { id: 'a', interest: '0.00', fees: '0.00', paid: '0.09', owed: '0.00' },
    ]);
    expect(p.totalInterest).toBe('0.09');
    expect(p.totalPaid).toBe('100.09');
    expect(p.debtFreeDate).toBe('2026-03-02');
  });

  it('rounds 0.49 fen down', () => {
    // 98.00 × 0.00005 × 1 = 0.0049 → 0.00
    const p = plan([{ id: 'a', principal: '98.00', dailyRate: '0.00005' }], { firstPaymentDate: '2026-01-02' });
    expect(line(p, 1, 'a').interest).toBe('0.00');
  });

  it('charges a full month for a monthly rate, whatever the days of period 1', () => {
    const p = plan([{ id: 'a', principal: '1000.00', monthlyRate: '0.015' }], { firstPaymentDate: '2026-01-01' });
    expect(p.periods[0]!.days).toBe(0);
    expect(line(p, 1, 'a').interest).toBe('15.00');
  });

  it('computes exactly with long rates and large balances (BigInt path)', () => {
    // 9,000,000,000.00 × 0.019708333333333335 = 177,375,000.000000015 → 177375000.00
    const p = plan([{ id: 'a', principal: '9000000000.00', monthlyRate: '0.019708333333333335' }], {
      monthlyBudget: '9999999999.99',
    });
    expect(line(p, 1, 'a').interest).toBe('177375000.00');
  });

  it('rounds an exact half up on the BigInt path (product above 2^53)', () => {
    // 150,000,000.00 = 15,000,000,000 fen × 0.1234567891 = 1,851,851,836.5 fen exactly (15e9 × 1234567891 / 1e10).
    // The product 1.85e19 is past 2^53, and an exact half is never settled by the float estimate, so this
    // goes to chargeFenBig: half-up → 1,851,851,837 fen = 18518518.37.
    // Break (2026-12-04, perf): chargeFenBig rounding half-down (`* 2n > rate.divisor`) → 18518518.36 → fails.
    const p = plan([{ id: 'a', principal: '150000000.00', monthlyRate: '0.1234567891' }], { monthlyBudget: '1.00' });
    expect(line(p, 1, 'a').interest).toBe('18518518.37');
  });

  it('rounds long rates exactly on the checked float estimate, up and down', () => {
    // 15e9 fen × 0.12345678911 = 1,851,851,836.65 fen → 1,851,851,837 (18518518.37);
    // 15e9 fen × 0.12345678909 = 1,851,851,836.35 fen → 1,851,851,836 (18518518.36).
    // Mutation: the estimate returning `whole` when the fraction is above one half → 18518518.36 → fails;
    // returning `whole + 1` below one half → 18518518.37 → fails.
    const up = plan([{ id: 'a', principal: '150000000.00', monthlyRate: '0.12345678911' }], { monthlyBudget: '1.00' });
    const down = plan([{ id: 'a', principal: '150000000.00', monthlyRate: '0.12345678909' }], {
      monthlyBudget: '1.00',
    });
    expect(line(up, 1, 'a').interest).toBe('18518518.37');
    expect(line(down, 1, 'a').interest).toBe('18518518.36');
  });
});

describe('allocation: one platform at a time', () => {
  it('pays tokens first, then the focus; money left after clearing flows on in the same period', () => {
    // Snowball: A (100.00) then B (500.00 at 1 %/month, token 20.00); budget 200.00.
    // P1: B interest 5.00 → owed 505.00; token 20 to B; rest 180 → A 100 (cleared) → B 80; B owed 405.00.
    // P2: B interest 4.05 → 409.05; pay 200 → 209.05.  P3: 2.0905 → 2.09 → 211.14; pay 200 → 11.14.
    // P4: 0.1114 → 0.11 → 11.25; pay 11.25 → cleared. Interest 5 + 4.05 + 2.09 + 0.11 = 11.25.
    const p = plan(
      [
        { id: 'B', principal: '500.00', monthlyRate: '0.01', tokenPayment: '20.00' },
        { id: 'A', principal: '100.00', monthlyRate: '0' },
      ],
      { monthlyBudget: '200.00' },
    );
    expect(p.order).toEqual(['A', 'B']);
    expect(p.periods[0]!.focus).toBe('A');
    expect(line(p, 1, 'A')).toMatchObject({ paid: '100.00', owed: '0.00' });
    expect(line(p, 1, 'B')).toMatchObject({ interest: '5.00', paid: '100.00', owed: '405.00' });
    expect(p.periods[1]!.focus).toBe('B');
    expect(line(p, 2, 'A')).toEqual({ id: 'A', interest: '0.00', fees: '0.00', paid: '0.00', owed: '0.00' });
    expect(line(p, 3, 'B')).toMatchObject({ interest: '2.09', owed: '11.14' });
    expect(line(p, 4, 'B')).toMatchObject({ interest: '0.11', paid: '11.25', owed: '0.00' });
    expect(p.totalInterest).toBe('11.25');
    expect(p.totalPaid).toBe('611.25');
    const [b, a] = p.debts;
    expect(a).toMatchObject({ id: 'A', payoffPeriod: 1, payoffDate: '2026-01-15', focusStartDate: '2026-01-15' });
    // B received focus money in period 1 (the 80.00 that flowed on from A).
    expect(b).toMatchObject({ id: 'B', payoffPeriod: 4, payoffDate: '2026-04-15', focusStartDate: '2026-01-15' });
    expect(b!.paid).toBe('511.25');
  });

  it('pays fees first, then interest, then principal; caps interest then fees', () => {
    // Owed at start 1000 + 50 interest + 20 fees; cap 100 leaves room 30.
    // P1: interest 1000 × 0.02 = 20.00 (room 10 left), period fee 10.00 (room 0). Owed 1100.00.
    //     Pay 300: fees 30 → interest 70 → principal 200 → 800.00 owed, all principal.
    // P2–P4: room 0, no charges: 500.00, 200.00, cleared.
    const p = plan(
      [
        {
          id: 'a',
          principal: '1000',
          interest: '50',
          fees: '20',
          monthlyRate: '0.02',
          periodFee: '10',
          chargeCap: '100',
        },
      ],
      { monthlyBudget: '300' },
    );
    expect(line(p, 1, 'a')).toEqual({ id: 'a', interest: '20.00', fees: '10.00', paid: '300.00', owed: '800.00' });
    expect(line(p, 2, 'a')).toEqual({ id: 'a', interest: '0.00', fees: '0.00', paid: '300.00', owed: '500.00' });
    expect(p.periods).toHaveLength(4);
    expect(p.totalInterest).toBe('20.00');
    expect(p.totalFees).toBe('10.00');
    expect(p.totalPaid).toBe('1100.00');
  });

  it('charges nothing on a frozen debt', () => {
    const p = plan([{ id: 'a', principal: '250', monthlyRate: '0.05', periodFee: '3', frozen: true }]);
    expect(p.periods).toHaveLength(3);
    expect(p.totalInterest).toBe('0.00');
    expect(p.totalFees).toBe('0.00');
  });

  it('bears interest on unpaid interest only when compound', () => {
    // 29 days (2024-02-01 → 2024-03-01). Simple: 1000 × 0.001 × 29 = 29.00; compound: 1100 × 0.001 × 29 = 31.90.
    const debts = (compound: boolean): DebtInput[] => [
      { id: 'a', principal: '1000', interest: '100', fees: '5', dailyRate: '0.001', compound },
    ];
    const options = { asOf: '2024-02-01', firstPaymentDate: '2024-03-01', monthlyBudget: '10' };
    expect(line(plan(debts(false), options), 1, 'a').interest).toBe('29.00');
    expect(line(plan(debts(true), options), 1, 'a').interest).toBe('31.90');
  });

  it('pays fixed instalments as commitments; the focus money passes them until the order reaches them', () => {
    // Snowball; A has a fixed 100.00 so it ranks last. P1: A 100 (commitment), B focus 50.
    // P2: A 100, B 50. P3: A 100 → cleared, B 50 → 50 left. P4: B 50 cleared.
    const p = plan(
      [
        { id: 'A', principal: '300', monthlyRate: '0', fixedPayment: '100' },
        { id: 'B', principal: '200', monthlyRate: '0' },
      ],
      { monthlyBudget: '150' },
    );
    expect(p.order).toEqual(['B', 'A']);
    expect(p.periods.map((x) => x.lines.map((l) => l.paid))).toEqual([
      ['100.00', '50.00'],
      ['100.00', '50.00'],
      ['100.00', '50.00'],
      ['0.00', '50.00'],
    ]);
    expect(p.debts[0]).toMatchObject({ payoffPeriod: 3, focusStartDate: null });
    expect(p.debts[1]).toMatchObject({ payoffPeriod: 4, focusStartDate: '2026-01-15' });
  });

  it('gives a fixed-payment debt the rest of the budget once the order reaches it', () => {
    // Only debt: fixed 100 of 500, budget 300 → commitment 100 + focus money 200 = 300 a period.
    const p = plan([{ id: 'A', principal: '500', monthlyRate: '0', fixedPayment: '100' }], { monthlyBudget: '300' });
    expect(p.periods.map((x) => x.lines[0]!.paid)).toEqual(['300.00', '200.00']);
    expect(p.debts[0]!.focusStartDate).toBe('2026-01-15');
  });

  it('does not spend money left when nothing is owed', () => {
    const p = plan([{ id: 'a', principal: '40.00', monthlyRate: '0' }], { monthlyBudget: '100.00' });
    expect(p.totalPaid).toBe('40.00');
    expect(p.periods).toHaveLength(1);
  });
});

describe('nothing owed and infeasible plans', () => {
  it('an empty debt list is debt-free on asOf', () => {
    const p = plan([]);
    expect(p).toEqual({
      feasible: true,
      order: [],
      periods: [],
      debtFreeDate: '2026-01-01',
      totalPaid: '0.00',
      totalInterest: '0.00',
      totalFees: '0.00',
      debts: [],
    });
  });

  it('a debt with nothing owed is cleared at period 0 and gets all-zero lines', () => {
    const p = plan([
      { id: 'zero', principal: '0', monthlyRate: '0.02' },
      { id: 'a', principal: '150', monthlyRate: '0' },
    ]);
    expect(p.debts[0]).toMatchObject({ payoffPeriod: 0, payoffDate: '2026-01-01', paid: '0.00' });
    expect(p.periods).toHaveLength(2);
    for (const period of p.periods) {
      expect(period.lines[0]).toEqual({ id: 'zero', interest: '0.00', fees: '0.00', paid: '0.00', owed: '0.00' });
    }
  });

  it('stops before period 1 when commitments exceed the budget, counting nothing', () => {
    const p = plan(
      [
        { id: 'a', principal: '1000', monthlyRate: '0.01', tokenPayment: '100' },
        { id: 'b', principal: '2000', monthlyRate: '0.01', tokenPayment: '100' },
        { id: 'c', principal: '3000', monthlyRate: '0.01', tokenPayment: '100' },
      ],
      { monthlyBudget: '150' },
    );
    // Focus a; commitments b 100 + c 100 = 200 > 150.
    expect(p).toMatchObject({
      feasible: false,
      reason: 'commitments-exceed-budget',
      periods: [],
      debtFreeDate: null,
      totalPaid: '0.00',
      totalInterest: '0.00',
      totalFees: '0.00',
    });
    expect(p.debts.every((d) => d.payoffDate === null && d.focusStartDate === null && d.interest === '0.00')).toBe(
      true,
    );
  });

  it('is not feasible when the debt outlives the horizon, keeping the periods carried out', () => {
    // 1000 × 0.02 = 20.00 a month, all of the budget: the balance never falls.
    const p = plan([{ id: 'a', principal: '1000', monthlyRate: '0.02' }], { monthlyBudget: '20', horizonMonths: 12 });
    expect(p.feasible).toBe(false);
    expect(p.reason).toBe('not-cleared-within-horizon');
    expect(p.periods).toHaveLength(12);
    expect(p.debtFreeDate).toBeNull();
    expect(p.totalInterest).toBe('240.00');
    expect(p.periods[11]!.lines[0]!.owed).toBe('1000.00');
  });
});

describe('runaway growth', () => {
  it('reports a debt that compounds beyond any budget as not cleared, without throwing', () => {
    // 10,000.00 at 0.2 %/day compounding with 500.00 a month grows faster than it is paid.
    const p = plan([{ id: 'a', principal: '10000.00', dailyRate: '0.002', compound: true }], {
      monthlyBudget: '500.00',
    });
    expect(p.feasible).toBe(false);
    expect(p.reason).toBe('not-cleared-within-horizon');
    expect(p.debtFreeDate).toBeNull();
    // The balance is still exact where the plan stops: every figure is a whole number of fen.
    expect(p.periods.at(-1)!.lines[0]!.owed).toMatch(/^[0-9]+\.[0-9]{2}$/);
  });

  it('keeps the largest valid amounts exact', () => {
    const p = plan([{ id: 'a', principal: '9999999999.99', dailyRate: '0.0100001' }], {
      monthlyBudget: '0',
      horizonMonths: 3,
    });
    // P1 (14 days): 999999999999 fen × 0.0100001 × 14 = 140001399999.86 fen → 140001400000 fen.
    expect(p.periods[0]!.lines[0]).toMatchObject({ interest: '1400014000.00', owed: '11400013999.99' });
  });
});
