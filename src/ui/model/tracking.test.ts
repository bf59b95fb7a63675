/**
 * Plan against reality (issue 17): Shore's own figure, the difference from the lender's and why,
 * restarting from reconciled balances, and progress. Every expected figure is worked by hand in
 * the comments from docs/engine.md's rules (a monthly rate charges a full month per period).
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../../domain';
import { platformKeyOf } from '../../domain/platform';
import type { PaymentRecord, ProfileId } from '../../domain/records';
import { indexPlatforms } from './analysis';
import { debtRecord } from './fixtures';
import { makeBaseline } from './progress';
import {
  actualSeries,
  currentPeriodIndex,
  explainDifference,
  restartDebts,
  restartSettings,
  shoreFigure,
  trackProgress,
} from './tracking';

const T = '2027-01-01T10:00:00.000Z';

/**
 * 1000.00 at 1 % a month, 300.00 a month from 2027-01-15. By hand:
 * 01-15: interest 10.00, pays 300.00, owes 710.00; 02-15: interest 7.10, owes 417.10;
 * 03-15: interest 4.17 (4.171), owes 121.27; 04-15: interest 1.21 (1.2127), pays 122.48, owes 0.
 */
const INPUT: PlanInput = {
  asOf: '2027-01-01',
  firstPaymentDate: '2027-01-15',
  monthlyBudget: '300',
  strategy: 'avalanche',
  debts: [{ id: 'a', platform: '甲', principal: '1000.00', monthlyRate: '0.01' }],
};
const PLAN = planRepayment(INPUT);
const INDEX = indexPlatforms(INPUT);
const A = INDEX.platforms[0]!;

function record(
  kind: PaymentRecord['kind'],
  on: string,
  amount: string,
  more: Partial<PaymentRecord> = {},
): PaymentRecord {
  return {
    id: `${kind}-${on}`,
    profileId: 'p1' as ProfileId,
    platform: '甲',
    kind,
    on,
    amount,
    note: '',
    recordedAt: T,
    updatedAt: T,
    ...more,
  };
}

const PAID_JAN = record('paid', '2027-01-14', '300.00', { dueDate: '2027-01-15', planned: '300.00' });
const PARTIAL_FEB = record('paid', '2027-02-15', '200.00', { dueDate: '2027-02-15', planned: '300.00' });

describe('the plan as worked by hand', () => {
  it('matches the figures the tests below rely on', () => {
    expect(PLAN.periods.map((period) => period.lines[0]?.owed)).toEqual(['710.00', '417.10', '121.27', '0.00']);
  });
});

describe('currentPeriodIndex', () => {
  it('is the first period with a planned payment neither paid nor missed', () => {
    // Break: treat every record as answering (ignore dueDate) → the second expectation gives 4.
    expect(currentPeriodIndex(PLAN, INDEX, [])).toBe(0);
    expect(currentPeriodIndex(PLAN, INDEX, [PAID_JAN])).toBe(1);
    const missedFeb = record('missed', '2027-02-15', '300.00', { dueDate: '2027-02-15' });
    expect(currentPeriodIndex(PLAN, INDEX, [PAID_JAN, missedFeb])).toBe(2);
  });
});

describe('shoreFigure and explainDifference', () => {
  it('adds the planned interest, takes off payments recorded and adds charges', () => {
    // Break: count interest of periods after the day too → interest 22.48, expected 522.48.
    // By 02-20: 1000.00 + (10.00 + 7.10) − (300.00 + 200.00) = 517.10.
    const figure = shoreFigure(INPUT, PLAN, A, [PAID_JAN, PARTIAL_FEB], '2027-02-20');
    expect(figure).toEqual({
      start: '1000.00',
      interest: '17.10',
      paid: '500.00',
      charges: '0.00',
      expected: '517.10',
      unrecorded: [],
    });
    // A 25.00 late fee recorded on 02-18: 542.10.
    const withCharge = shoreFigure(
      INPUT,
      PLAN,
      A,
      [PAID_JAN, PARTIAL_FEB, record('charge', '2027-02-18', '25.00')],
      '2027-02-20',
    );
    expect(withCharge.expected).toBe('542.10');
  });

  it('names a payment not yet recorded when the lender shows less', () => {
    // Break: leave `unrecorded` empty → the reasons lose the 02-15 payment.
    // Only January recorded: 1000.00 + 17.10 − 300.00 = 717.10; the lender shows 417.10: −300.00.
    const figure = shoreFigure(INPUT, PLAN, A, [PAID_JAN], '2027-02-20');
    expect(figure.expected).toBe('717.10');
    expect(explainDifference('417.10', figure, false)).toEqual({
      difference: '-300.00',
      reasons: [{ kind: 'unrecorded', dueDate: '2027-02-15', amount: '300.00' }, { kind: 'less-interest' }],
    });
  });

  it('points to penalty interest after a missed payment when the lender shows more, and says when they match', () => {
    // Break: swap the sign of the difference → 'matches' still holds but 520.00 gives −2.90.
    const figure = shoreFigure(INPUT, PLAN, A, [PAID_JAN, PARTIAL_FEB], '2027-02-20');
    expect(explainDifference('520.00', figure, true)).toEqual({
      difference: '2.90',
      reasons: [{ kind: 'missed-penalty' }, { kind: 'more-interest' }, { kind: 'charge-not-recorded' }],
    });
    expect(explainDifference('517.10', figure, false)).toEqual({ difference: '0.00', reasons: [{ kind: 'matches' }] });
  });
});

describe('restart', () => {
  it('shares a platform figure over its debts in proportion to what each owed, and rebases each', () => {
    // Break: give the whole figure to the first debt → 400.00 / 200.00 instead of 300.00 / 100.00.
    // 乙 owes 600.00 + 200.00 = 800.00; the lender shows 400.00: 400 × 600/800 = 300.00 and 100.00.
    const debts = [
      debtRecord({ id: 'b1', platform: '乙', principal: '600.00', interest: '', fees: '' }),
      debtRecord({ id: 'b2', platform: '乙', principal: '200.00', interest: '', fees: '' }),
      debtRecord({ id: 'c', platform: '丙', principal: '900.00', interest: '', fees: '' }),
    ];
    const index = indexPlatforms({
      debts: debts.map((debt) => ({
        id: debt.id,
        platform: debt.platform,
        principal: debt.principal,
        monthlyRate: '0.01',
      })),
    });
    const restarted = restartDebts(debts, index, new Map([[platformKeyOf(debts[0]!), '400.00']]), T);
    expect(restarted.map((debt) => debt.principal)).toEqual(['300.00', '100.00', '900.00']);
    expect(restarted[2]).toBe(debts[2]);
  });

  it('moves asOf to the reconcile day and the first payment to the next payment day after it', () => {
    // Break: keep the old first payment date → '2027-01-15'.
    expect(restartSettings({ firstPaymentDate: '2027-01-15' }, '2027-02-20')).toEqual({
      asOf: '2027-02-20',
      firstPaymentDate: '2027-03-15',
    });
  });
});

describe('trackProgress', () => {
  const baseline = makeBaseline(INPUT, PLAN, '2027-01-01');

  it('before any reconcile compares what was paid with what the plan asked by the last payment answered', () => {
    // Break: compare with the whole plan's payments → behind by 522.48, not 100.00.
    // Paid 300.00 + 200.00 = 500.00; the plan asked 300.00 + 300.00 = 600.00 by 02-15: 100.00 behind.
    const progress = trackProgress(baseline, [PAID_JAN, PARTIAL_FEB], { asOf: INPUT.asOf, plan: PLAN }, INDEX);
    expect(progress).toMatchObject({
      paidSoFar: '500.00',
      aheadBy: '-100.00',
      basis: 'paid',
      comparedOn: '2027-02-15',
      interestAvoided: '0.00',
      cleared: [],
      milestones: [],
    });
  });

  it('after a restart compares what is owed, and counts the interest against the original plan', () => {
    // Break: leave the payments before the restart out of the projected total → +495.03 instead of −4.97.
    // The lender shows 520.00 on 02-20; the plan expected 417.10 by then (after 02-15): 102.90 behind.
    // Restarted: 03-15 interest 5.20, pays 300.00, owes 225.20; 04-15 interest 2.25 (2.252), pays 227.45.
    // Original: 1022.48 in all. Now: 500.00 paid + 527.45 planned = 1027.45. Avoided: −4.97.
    const balance = record('balance', '2027-02-20', '520.00', { expected: '517.10' });
    const restarted: PlanInput = {
      ...INPUT,
      asOf: '2027-02-20',
      firstPaymentDate: '2027-03-15',
      debts: [{ id: 'a', platform: '甲', principal: '520.00', monthlyRate: '0.01' }],
    };
    const progress = trackProgress(
      baseline,
      [PAID_JAN, PARTIAL_FEB, balance],
      { asOf: restarted.asOf, plan: planRepayment(restarted) },
      INDEX,
    );
    expect(progress).toMatchObject({
      paidSoFar: '500.00',
      aheadBy: '-102.90',
      basis: 'owed',
      comparedOn: '2027-02-20',
      interestAvoided: '-4.97',
    });
    expect(progress.actual).toEqual([
      { date: '2027-01-01', owed: '1000.00', estimated: false },
      { date: '2027-02-20', owed: '520.00', estimated: false },
    ]);
  });

  it('counts a platform cleared only when its balance is known to be 0.00, never when it is not known', () => {
    // Break: treat '' as 0.00 → 甲 counts as cleared and the first list is ['甲'].
    const unknown = record('balance', '2027-03-20', '', { expected: '0.00' });
    expect(trackProgress(baseline, [unknown], { asOf: INPUT.asOf, plan: PLAN }, INDEX).cleared).toEqual([]);
    const zero = record('balance', '2027-04-20', '0.00', { expected: '0.00' });
    const progress = trackProgress(baseline, [unknown, zero], { asOf: INPUT.asOf, plan: PLAN }, INDEX);
    expect(progress.cleared).toEqual(['甲']);
    expect(progress.milestones).toEqual(['first-platform', 'half-way', 'all-platforms']);
  });
});

describe('actualSeries', () => {
  it('adds each reconcile day, with Shore’s figure standing in (flagged) for a balance not known', () => {
    // Break: read a balance not known as 0 → 03-20 would be 300.00, not 420.00.
    // 03-20: 甲 300.00 known + 乙 not known, Shore's 120.00 = 420.00, estimated.
    const baseline = makeBaseline(INPUT, PLAN, '2027-01-01');
    const points = actualSeries(baseline, [
      record('balance', '2027-03-20', '300.00'),
      record('balance', '2027-03-20', '', { platform: '乙', expected: '120.00', id: 'x' }),
    ]);
    expect(points.at(-1)).toEqual({ date: '2027-03-20', owed: '420.00', estimated: true });
  });
});
