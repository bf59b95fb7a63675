/**
 * Hand-checked golden plans for the charge models and dated money of issues 16 and 17 (rules
 * 11–14 of docs/engine.md). Every expected figure is worked out by hand in the comments, never
 * copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, realisticBudgets, requiredBudget } from './index';
import { line, plan } from './planTesting';
import type { DebtInput, PlanInput } from './types';

describe('penalty rate while overdue (安逸花: 0.075 %/day overdue against 0.05 %)', () => {
  it('charges the penalty rate from period 1 on a debt that is overdue, and reports what it cost', () => {
    // 10,000.00, overdue (no contract instalment); budget 2000.00; periods end 01-31, 02-28, 03-31, 04-30, 05-31, 06-30.
    // P1 (30 days): 10000 × 0.00075 × 30 = 225.00 (contractual 10000 × 0.0005 × 30 = 150.00, extra 75.00);
    //   2000 pays 225.00 interest + 1775.00 principal → 8225.00.
    // P2 (28): 8225 × 0.00075 × 28 = 172.725 → 172.73 (contractual 115.15, extra 57.58) → 8225 − 1827.27 = 6397.73.
    // P3 (31): 148.7472 → 148.75 (99.1648 → 99.16, extra 49.59) → 4546.48.
    // P4 (30): 102.2958 → 102.30 (68.1972 → 68.20, extra 34.10) → 2648.78.
    // P5 (31): 61.5841 → 61.58 (41.0561 → 41.06, extra 20.52) → 710.36.
    // P6 (30): 15.9831 → 15.98 (10.6554 → 10.66, extra 5.32) → owed 726.34, paid, cleared.
    // Interest 225 + 172.73 + 148.75 + 102.30 + 61.58 + 15.98 = 726.34; extra 75 + 57.58 + 49.59 + 34.10 + 20.52 + 5.32 = 242.11.
    // Mutation: charging the contractual rate while overdue (penalty ignored) → P1 interest 150.00 → fails.
    const p = plan([{ id: 'a', principal: '10000.00', dailyRate: '0.0005', penaltyRate: '0.00075' }], {
      firstPaymentDate: '2026-01-31',
      monthlyBudget: '2000.00',
    });
    expect(line(p, 1, 'a')).toEqual({ id: 'a', interest: '225.00', fees: '0.00', paid: '2000.00', owed: '8225.00' });
    expect(line(p, 2, 'a')).toEqual({ id: 'a', interest: '172.73', fees: '0.00', paid: '2000.00', owed: '6397.73' });
    expect(p.periods).toHaveLength(6);
    expect(p.totalInterest).toBe('726.34');
    expect(p.debts[0]!.penaltyExtraInterest).toBe('242.11');
    expect(p.debts[0]!.overdueFrom).toBeUndefined(); // overdue from the start, not a current loan that fell behind
  });
});

describe('等本等息 fee on the original principal, and a current loan’s instalment (分期乐: 12 × 1120.00, 3 paid)', () => {
  it('charges feeRate × originalPrincipal each period and pays the instalment before the focus', () => {
    // A: 12,000 over 12 months at 月费率 1 %, 3 paid: principal 9000.00, fee 0.01 × 12000 = 120.00 a period,
    //    instalment 1120.00 (current). B: 3000.00 overdue at 1 %/month. Budget 1500.00.
    // Order: A pays every period anyway, so it ranks after B (rule 7): B is the focus.
    // Each period A: fee 120 → instalment 1120 pays fee 120 + principal 1000. B gets 1500 − 1120 = 380.
    // B: 3000 → (30.00) 2650.00 → (26.50) 2296.50 → (22.965 → 22.97) 1939.47 → (19.39) 1578.86 →
    //    (15.79) 1214.65 → (12.15) 846.80 → (8.47) 475.27 → (4.75) 100.02 → P9: (1.00) owes 101.02, cleared;
    //    the 278.98 left flows on to A, which the instalment already clears (1000 + 120 = 1120).
    // 9 periods; fees 9 × 120 = 1080.00; B's interest 141.02; paid 9000 + 1080 + 3000 + 141.02 = 13221.02
    // (= 8 × 1500 + 1221.02).
    // Mutation: feeRate ignored (no 120.00 fee) → A clears with 1000.00 in P9 and fees 0.00 → fails.
    const p = plan(
      [
        {
          id: 'a',
          principal: '9000.00',
          originalPrincipal: '12000.00',
          monthlyRate: '0',
          feeRate: '0.01',
          contractInstalment: '1120.00',
        },
        { id: 'b', principal: '3000.00', monthlyRate: '0.01' },
      ],
      { monthlyBudget: '1500.00', strategy: 'avalanche' },
    );
    expect(p.order).toEqual(['b', 'a']);
    expect(line(p, 1, 'a')).toEqual({ id: 'a', interest: '0.00', fees: '120.00', paid: '1120.00', owed: '8000.00' });
    expect(line(p, 1, 'b')).toEqual({ id: 'b', interest: '30.00', fees: '0.00', paid: '380.00', owed: '2650.00' });
    expect(line(p, 9, 'b')).toEqual({ id: 'b', interest: '1.00', fees: '0.00', paid: '101.02', owed: '0.00' });
    expect(line(p, 9, 'a')).toEqual({ id: 'a', interest: '0.00', fees: '120.00', paid: '1120.00', owed: '0.00' });
    expect(p.periods).toHaveLength(9);
    expect(p.totalFees).toBe('1080.00');
    expect(p.totalInterest).toBe('141.02');
    expect(p.totalPaid).toBe('13221.02');
    expect(p.shortfall).toBeUndefined();
    expect(p.realistic).toBeUndefined(); // realistic: the field is only there when false
  });

  it('reports when the budget cannot keep a current loan current, from when, and the penalty that follows', () => {
    // A current loan 3000.00 at 1 %/month, instalment 300.00, penalty 1.5 %/month; budget 250.00.
    // P1: interest 30.00 (still current: contractual rate) → owed 3030.00; the instalment 300 does not fit in 250:
    //   missed 300.00, overdue from P1 (2026-01-15). A is the only debt, so the 250 still reaches it as the focus:
    //   pays interest 30 + principal 220 → 2780.00.
    // P2: penalty 2780 × 0.015 = 41.70 (contractual 27.80, extra 13.90); no instalment any more; pays 250 → 2571.70.
    // Mutation: keeping the contractual rate after the missed instalment → P2 interest 27.80 → fails.
    const p = plan(
      [{ id: 'a', principal: '3000.00', monthlyRate: '0.01', penaltyRate: '0.015', contractInstalment: '300.00' }],
      { monthlyBudget: '250.00' },
    );
    expect(line(p, 1, 'a')).toEqual({
      id: 'a',
      interest: '30.00',
      fees: '0.00',
      paid: '250.00',
      owed: '2780.00',
      missed: '300.00',
    });
    expect(line(p, 2, 'a')).toEqual({ id: 'a', interest: '41.70', fees: '0.00', paid: '250.00', owed: '2571.70' });
    expect(p.shortfall).toEqual({ from: '2026-01-15', missed: '300.00', overdueDebts: ['a'] });
    expect(p.debts[0]).toMatchObject({ overdueFrom: '2026-01-15', missed: '300.00' });
  });
});

describe('annual rates kept exact', () => {
  it('18 % a year ties with 1.5 % a month: the same interest, ranked by input position', () => {
    // 1000.00 × 0.18 / 12 = 15.00 and 1000.00 × 0.015 = 15.00; equal rate and owed → input order.
    // Mutation: accruing annualRate as annual / 365 per day → 1000 × 0.18 × 14 / 365 = 6.90 → fails.
    const debts: DebtInput[] = [
      { id: 'monthly', principal: '1000.00', monthlyRate: '0.015' },
      { id: 'annual', principal: '1000.00', annualRate: '0.18' },
    ];
    const p = plan(debts, { strategy: 'avalanche', monthlyBudget: '50.00' });
    expect(p.order).toEqual(['monthly', 'annual']);
    expect(line(p, 1, 'annual').interest).toBe('15.00');
    expect(line(p, 1, 'monthly').interest).toBe('15.00');
    const swapped = plan(debts.slice().reverse(), { strategy: 'avalanche', monthlyBudget: '50.00' });
    expect(swapped.order).toEqual(['annual', 'monthly']);
  });

  it('ranks 18 % a year above the 16-decimal daily rate it used to be stored as', () => {
    // 0.0004931506849315 × 365 = 0.1799999999999975 < 0.18, so the annual rate goes first under avalanche.
    const p = plan(
      [
        { id: 'daily', principal: '1000.00', dailyRate: '0.0004931506849315' },
        { id: 'annual', principal: '1000.00', annualRate: '0.18' },
      ],
      { strategy: 'avalanche' },
    );
    expect(p.order).toEqual(['annual', 'daily']);
  });

  it('accrues by day on a 365- or 360-day basis', () => {
    // asOf 01-01 → first payment 02-01: 31 days. 1000 × 0.18 × 31 / 365 = 15.2877 → 15.29; / 360 = 15.50.
    // On 360 days it ranks as 0.18 / 360 × 365 = 18.25 % a year, above 18 % on 365 days.
    const p = plan(
      [
        { id: 'd365', principal: '1000.00', annualRate: '0.18', annualRateDayBasis: 365 },
        { id: 'd360', principal: '1000.00', annualRate: '0.18', annualRateDayBasis: 360 },
      ],
      { firstPaymentDate: '2026-02-01', strategy: 'avalanche' },
    );
    expect(line(p, 1, 'd365').interest).toBe('15.29');
    expect(line(p, 1, 'd360').interest).toBe('15.50');
    expect(p.order).toEqual(['d360', 'd365']);
  });
});

describe('budget changes and lump sums (issue 17)', () => {
  it('a month without income, then a lump sum that lands in the next period and clears the debt', () => {
    // 1000.00 at 1 %/month (simple), budget 300.00; 0 from 02-01, 300 again from 03-01; 500.00 on 03-10.
    // P1 01-15: 10.00 → 1010.00, pays 300 → 710.00.
    // P2 02-15: budget 0; 7.10 → 717.10 unpaid (no commitment was due: the focus has none, so nothing missed).
    // P3 03-15: 300 + 500 (03-10 lands here) = 800; 710 × 0.01 = 7.10 → 724.20, paid in full. 75.80 left unspent.
    // Interest 10 + 7.10 + 7.10 = 24.20; paid 300 + 724.20 = 1024.20.
    // Mutation: the lump sum landing in the period before its date (P2) → P2 pays 500 → fails.
    const p = plan([{ id: 'a', principal: '1000.00', monthlyRate: '0.01' }], {
      monthlyBudget: '300.00',
      budgetChanges: [
        { from: '2026-02-01', monthlyBudget: '0' },
        { from: '2026-03-01', monthlyBudget: '300.00' },
      ],
      lumpSums: [{ date: '2026-03-10', amount: '500.00' }],
    });
    expect(p.periods.map((x) => line(p, x.index, 'a'))).toEqual([
      { id: 'a', interest: '10.00', fees: '0.00', paid: '300.00', owed: '710.00' },
      { id: 'a', interest: '7.10', fees: '0.00', paid: '0.00', owed: '717.10' },
      { id: 'a', interest: '7.10', fees: '0.00', paid: '724.20', owed: '0.00' },
    ]);
    expect(p.debtFreeDate).toBe('2026-03-15');
    expect(p.totalPaid).toBe('1024.20');
    expect(p.shortfall).toBeUndefined();
  });

  it('a zero-budget month leaves token payments unpaid and says so, without making the plan infeasible', () => {
    // A 1000.00 and B 2000.00, no interest; B has a token payment of 100.00; budget 400.00; snowball: A first.
    // Budget 0 from 02-01, 400 again from 03-01.
    // P1: B token 100, A 300 → A 700, B 1900.  P2 (0): B's token missed (100.00); nothing paid.
    // P3: 100 + 300 → A 400, B 1800.  P4: A 100, B 1700.  P5: B 100; A takes 100 (cleared), 200 flows to B → 1400.
    // P6–P9: 400 each to B → 1000, 600, 200, 0 (P9 pays 200). 9 periods (8 without the month off), paid 3000.00.
    // Mutation: treating the 0 month like the base budget (commitments-exceed-budget) → infeasible → fails.
    const p = plan(
      [
        { id: 'a', principal: '1000.00', monthlyRate: '0' },
        { id: 'b', principal: '2000.00', monthlyRate: '0', tokenPayment: '100.00' },
      ],
      {
        monthlyBudget: '400.00',
        budgetChanges: [
          { from: '2026-02-01', monthlyBudget: '0' },
          { from: '2026-03-01', monthlyBudget: '400.00' },
        ],
      },
    );
    expect(p.feasible).toBe(true);
    expect(line(p, 2, 'b')).toEqual({
      id: 'b',
      interest: '0.00',
      fees: '0.00',
      paid: '0.00',
      owed: '1900.00',
      missed: '100.00',
    });
    expect(line(p, 5, 'b').paid).toBe('300.00');
    expect(p.periods).toHaveLength(9);
    expect(p.debtFreeDate).toBe('2026-09-15');
    expect(p.shortfall).toEqual({ from: '2026-02-15', missed: '100.00', overdueDebts: [] });
    expect(p.debts[1]!.missed).toBe('100.00');
  });

  it('still reports commitments above the base budget as infeasible, as before', () => {
    const p = plan([{ id: 'a', principal: '1000.00', monthlyRate: '0', fixedPayment: '200.00' }], {
      monthlyBudget: '100.00',
    });
    expect(p).toMatchObject({ feasible: false, reason: 'commitments-exceed-budget', realistic: false });
  });
});

describe('requiredBudget with dated money', () => {
  const base = { asOf: '2026-01-01', firstPaymentDate: '2026-01-15', strategy: 'snowball' as const };
  const debts: DebtInput[] = [{ id: 'a', principal: '1200.00', monthlyRate: '0' }];
  const monthOff = [
    { from: '2026-02-01', monthlyBudget: '0' },
    { from: '2026-03-01', monthlyBudget: '500.00' },
  ];

  it('keeps budget changes in proportion to monthlyBudget: a month off stays 0, the return follows the budget', () => {
    // Periods 01-15, 02-15 (0), 03-15, 04-15 by the target: 3 paying periods of B → 3B ≥ 1200 → 400.00.
    // Mutation: keeping the change back to 500.00 as given → B + 500 + 500 ≥ 1200 → 200.00 → fails.
    expect(requiredBudget({ ...base, debts, monthlyBudget: '500.00', budgetChanges: monthOff }, '2026-04-15')).toBe(
      '400.00',
    );
  });

  it('keeps changes as given without monthlyBudget, and lump sums always as given', () => {
    // As given: B + 0 + 500 + 500 ≥ 1200 → 200.00.
    expect(requiredBudget({ ...base, debts, budgetChanges: monthOff }, '2026-04-15')).toBe('200.00');
    // In proportion with 300.00 on 03-01: 3B + 300 ≥ 1200 → 300.00.
    expect(
      requiredBudget(
        {
          ...base,
          debts,
          monthlyBudget: '500.00',
          budgetChanges: monthOff,
          lumpSums: [{ date: '2026-03-01', amount: '300.00' }],
        },
        '2026-04-15',
      ),
    ).toBe('300.00');
  });
});

describe('realistic plans (rule 14)', () => {
  it('marks a plan longer than 5 years and gives the budgets for 3 and 5 years', () => {
    // 1000.00, no interest, 10.00 a month: 100 periods > 60.
    // 36 periods (by 2028-12-15): 1000 / 36 = 27.78 (27.77 × 36 = 999.72 falls short); 60 (by 2030-12-15): 16.67.
    const input: PlanInput = {
      asOf: '2026-01-01',
      firstPaymentDate: '2026-01-15',
      monthlyBudget: '10.00',
      strategy: 'snowball',
      debts: [{ id: 'a', principal: '1000.00', monthlyRate: '0' }],
    };
    const p = planRepayment(input);
    expect(p.feasible).toBe(true);
    expect(p.realistic).toBe(false);
    expect(p.unrealisticReasons).toEqual(['longer-than-5-years']);
    expect(realisticBudgets(input)).toEqual({
      threeYears: { date: '2028-12-15', monthlyBudget: '27.78' },
      fiveYears: { date: '2030-12-15', monthlyBudget: '16.67' },
    });
    // 60 periods exactly is still realistic: 1000 / 16.67 → 60 periods (59 × 16.67 = 983.53, the 60th pays 16.47).
    expect(planRepayment({ ...input, monthlyBudget: '16.67' }).realistic).toBeUndefined();
  });

  it('says when interest outgrows the payments', () => {
    // 1000.00 at 1 %/month, budget 10.00: each period adds 10.00 and pays 10.00; the balance never falls.
    const p = plan([{ id: 'a', principal: '1000.00', monthlyRate: '0.01' }], { monthlyBudget: '10.00' });
    expect(p.reason).toBe('not-cleared-within-horizon');
    expect(p.unrealisticReasons).toEqual(['not-feasible', 'longer-than-5-years', 'interest-outgrows-payments']);
  });
});
