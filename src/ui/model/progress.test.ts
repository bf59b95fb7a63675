/** Progress against the handover baseline, rebasing balances and replanning from a review. */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../../domain';
import type { DebtRecord, PlanBaseline, ProfileId, ReviewRecord } from '../../domain/records';
import {
  makeBaseline,
  nextPaymentDate,
  onTrackTolerance,
  plannedBy,
  progressAgainstPlan,
  rebaseDebt,
  replanFromReview,
} from './progress';

const T = '2026-11-28T10:00:00.000Z';
const LATER = '2027-02-01T10:00:00.000Z';

/** 1000.00 at 1 % a month, 100.00 a month: 11 periods, 58.98 interest (docs/engine.md). */
const INPUT: PlanInput = {
  asOf: '2026-01-01',
  firstPaymentDate: '2026-01-31',
  monthlyBudget: '100',
  strategy: 'avalanche',
  debts: [{ id: 'a', platform: '甲', principal: '1000.00', monthlyRate: '0.01' }],
};

function debt(overrides: Partial<DebtRecord> = {}): DebtRecord {
  return {
    id: 'a',
    profileId: 'p' as ProfileId,
    platform: '甲',
    kind: 'online-loan',
    contractNumber: '',
    principal: '1000.00',
    interest: '30.00',
    fees: '20.00',
    enteredRate: { unit: 'monthly-percent', percent: '1' },
    compound: false,
    frozen: false,
    collectionStatus: 'none',
    notes: '',
    position: 0,
    updatedAt: T,
    ...overrides,
  };
}

function review(on: string, paid: string[], after: string, id = on): ReviewRecord {
  return {
    id,
    on,
    payments: paid.map((amount) => ({ platform: '甲', amount })),
    balances: [{ debtId: 'a', before: '1000.00', after }],
    note: '',
    debtFreeBefore: null,
    debtFreeAfter: null,
  };
}

describe('makeBaseline', () => {
  const baseline = makeBaseline(INPUT, planRepayment(INPUT), '2026-01-01');

  it('keeps the start, the budget, the debt-free date and one point per period', () => {
    expect(baseline.startOwed).toBe('1000.00');
    expect(baseline.monthlyBudget).toBe('100.00');
    expect(baseline.points).toHaveLength(11);
    // 11 monthly payments from 2026-01-31, on the 31st or the month's last day: 01-31, 02-28, 03-31,
    // 04-30, 05-31, 06-30, 07-31, 08-31, 09-30, 10-31, 11-30 (worked by hand, not read from the plan).
    // Break: debtFreeDate from plan.periods[0] (or null for a feasible plan) in makeBaseline → fails.
    expect(baseline.debtFreeDate).toBe('2026-11-30');
    expect(baseline.points.map((point) => point.date.slice(5))).toEqual([
      '01-31',
      '02-28',
      '03-31',
      '04-30',
      '05-31',
      '06-30',
      '07-31',
      '08-31',
      '09-30',
      '10-31',
      '11-30',
    ]);
    // Period 1: 10.00 interest, 100.00 paid → 910.00 owed.
    expect(baseline.points[0]).toEqual({ date: '2026-01-31', owed: '910.00', paid: '100.00' });
    // Everything paid = 1000.00 + 58.98 interest.
    expect(plannedBy(baseline, '2099-01-01')).toEqual({ owed: '0.00', paid: '1058.98', periods: 11 });
  });

  it('expects nothing paid before period 1, and sums the periods up to a date', () => {
    expect(plannedBy(baseline, '2026-01-30')).toEqual({ owed: '1000.00', paid: '0.00', periods: 0 });
    // Period 2: 910.00 × 1 % = 9.10 interest, 100.00 paid → 819.10.
    expect(plannedBy(baseline, '2026-03-15')).toEqual({ owed: '819.10', paid: '200.00', periods: 2 });
  });
});

describe('progressAgainstPlan', () => {
  const baseline = makeBaseline(INPUT, planRepayment(INPUT), '2026-01-01');

  it('is null without a review since the baseline', () => {
    expect(progressAgainstPlan(baseline, [])).toBeNull();
    expect(progressAgainstPlan(baseline, [review('2025-12-01', ['5.00'], '990.00')])).toBeNull();
  });

  it('says ahead when less is owed than planned by more than the tolerance', () => {
    const progress = progressAgainstPlan(baseline, [
      review('2026-02-10', ['100.00'], '905.00', 'r1'),
      review('2026-03-15', ['150.00'], '700.00', 'r2'),
    ]);
    expect(progress).toEqual({
      on: '2026-03-15',
      plannedOwed: '819.10',
      actualOwed: '700.00',
      plannedPaid: '200.00',
      actualPaid: '250.00',
      aheadBy: '119.10',
      status: 'ahead',
      clearedPercent: 30,
      plannedPeriods: 2,
    });
  });

  it('says behind when more is owed than planned, and on track within 1 % of the start', () => {
    expect(onTrackTolerance(baseline)).toBe('10.00');
    expect(progressAgainstPlan(baseline, [review('2026-03-15', ['50.00'], '900.00')])?.status).toBe('behind');
    expect(progressAgainstPlan(baseline, [review('2026-03-15', ['200.00'], '829.10')])?.status).toBe('on-track');
    expect(progressAgainstPlan(baseline, [review('2026-03-15', ['200.00'], '829.11')])?.status).toBe('behind');
    expect(progressAgainstPlan(baseline, [review('2026-03-15', ['200.00'], '809.10')])?.status).toBe('on-track');
  });

  it('counts nothing cleared when more is owed than at the start, and takes the latest review by date', () => {
    const progress = progressAgainstPlan(baseline, [
      review('2026-04-01', [], '1100.00', 'late'),
      review('2026-02-01', ['1.00'], '999.00', 'early'),
    ]);
    expect(progress?.on).toBe('2026-04-01');
    expect(progress?.clearedPercent).toBe(0);
    expect(progress?.actualPaid).toBe('1.00');
  });

  it('uses the minimum tolerance of ¥1.00 for a small debt', () => {
    const small: PlanBaseline = { ...baseline, startOwed: '50.00', points: [] };
    expect(onTrackTolerance(small)).toBe('1.00');
  });
});

describe('rebaseDebt', () => {
  it('takes a drop off fees, then interest, then principal', () => {
    expect(rebaseDebt(debt(), '1040.00', LATER)).toMatchObject({
      fees: '10.00',
      interest: '30.00',
      principal: '1000.00',
    });
    expect(rebaseDebt(debt(), '1010.00', LATER)).toMatchObject({
      fees: '0.00',
      interest: '10.00',
      principal: '1000.00',
    });
    expect(rebaseDebt(debt(), '700.00', LATER)).toMatchObject({
      fees: '0.00',
      interest: '0.00',
      principal: '700.00',
      updatedAt: LATER,
    });
    expect(rebaseDebt(debt(), '0', LATER)).toMatchObject({ fees: '0.00', interest: '0.00', principal: '0.00' });
  });

  it('counts a rise as interest and keeps every other field', () => {
    const rebased = rebaseDebt(debt({ tokenPayment: '50.00', frozen: true }), '1075.55', LATER);
    expect(rebased).toEqual({ ...debt({ tokenPayment: '50.00', frozen: true }), interest: '55.55', updatedAt: LATER });
  });
});

describe('nextPaymentDate and replanFromReview', () => {
  it('keeps the payment day of the month, strictly after the review day', () => {
    expect(nextPaymentDate('2027-01-31', '2026-12-01')).toBe('2027-01-31');
    expect(nextPaymentDate('2026-01-31', '2026-01-31')).toBe('2026-02-28');
    expect(nextPaymentDate('2026-01-31', '2026-03-01')).toBe('2026-03-31');
    expect(nextPaymentDate('2026-01-15', '2027-06-20')).toBe('2027-07-15');
  });

  it('rebases the reviewed debts, leaves the others, and restarts the plan at the review', () => {
    const other = debt({ id: 'b', platform: '乙', position: 1 });
    const result = replanFromReview(
      [debt(), other],
      { firstPaymentDate: '2026-01-31' },
      review('2026-03-10', ['300.00'], '800.00'),
      LATER,
    );
    expect(result.debts[0]).toMatchObject({ id: 'a', principal: '800.00', interest: '0.00', fees: '0.00' });
    expect(result.debts[1]).toBe(other);
    expect(result.planSettings).toEqual({ asOf: '2026-03-10', firstPaymentDate: '2026-03-31' });
    // The engine accepts the replanned input and clears it.
    const replanned = planRepayment({
      ...INPUT,
      asOf: result.planSettings.asOf,
      firstPaymentDate: result.planSettings.firstPaymentDate,
      debts: [{ id: 'a', principal: result.debts[0]!.principal, monthlyRate: '0.01' }],
    });
    expect(replanned.feasible).toBe(true);
    expect(replanned.periods[0]?.date).toBe('2026-03-31');
  });
});
