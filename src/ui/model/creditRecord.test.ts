/**
 * The credit record's end date (issue 17): five years from the day the plan clears a platform's
 * overdue debts. Every date below is worked by hand from the rule in creditRecord.ts (same month
 * and day five years on; 29 February → 28 February).
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../../domain';
import { indexPlatforms } from './analysis';
import { creditRecordEnds, fiveYearsOn } from './creditRecord';

describe('fiveYearsOn', () => {
  // Break: RECORD_KEPT_YEARS = 4 → every case fails (2031-09-30 …).
  it('is the same month and day five years later', () => {
    expect(fiveYearsOn('2027-09-30')).toBe('2032-09-30');
    expect(fiveYearsOn('2027-03-01')).toBe('2032-03-01');
    expect(fiveYearsOn('2031-12-31')).toBe('2036-12-31');
    // 2024-02-28 is an ordinary day: 2029-02-28.
    expect(fiveYearsOn('2024-02-28')).toBe('2029-02-28');
  });

  // Break: RECORD_KEPT_YEARS = 4 → 2028-02-29 gives 2032-02-29 → fails.
  it('turns 29 February into 28 February: five years on is never a leap year’s twin', () => {
    expect(fiveYearsOn('2028-02-29')).toBe('2033-02-28');
    expect(fiveYearsOn('2032-02-29')).toBe('2037-02-28');
  });
});

/**
 * 甲 owes 1000.00 at 1 % a month and is overdue; 乙 owes 100.00, not overdue. Budget 300.00 a
 * month from 2027-01-15, avalanche (乙 at 0.5 % comes second, with no payment of its own until
 * then), so the whole budget goes to 甲 first:
 * 01-15: 甲 1000 + 10.00 = 1010.00 − 300 = 710.00; 02-15: + 7.10 = 717.10 − 300 = 417.10;
 * 03-15: + 4.17 = 421.27 − 300 = 121.27; 04-15: + 1.21 = 122.48, paid: 甲 cleared on 2027-04-15.
 * Its record: kept until 2032-04-15.
 */
const INPUT: PlanInput = {
  asOf: '2027-01-01',
  firstPaymentDate: '2027-01-15',
  monthlyBudget: '300',
  strategy: 'avalanche',
  debts: [
    { id: 'a', platform: '甲', principal: '1000.00', monthlyRate: '0.01' },
    { id: 'b', platform: '乙', principal: '100.00', monthlyRate: '0.005' },
  ],
};

describe('creditRecordEnds', () => {
  const index = indexPlatforms(INPUT);

  // Break: creditRecordEnds keeping platforms with no overdue debt → 乙 appears → fails.
  it('gives each overdue platform the day the plan clears it and that day five years on', () => {
    const plan = planRepayment(INPUT);
    expect(creditRecordEnds(plan, index, new Set(['a']))).toEqual([
      { key: index.platforms[0]!.key, name: '甲', clearedOn: '2027-04-15', keptUntil: '2032-04-15' },
    ]);
  });

  // Break: taking the first overdue debt's payoff (`.sort()[0]`) → 2027-02-15 → fails.
  it('takes the later payoff when a platform has two overdue debts', () => {
    const two = indexPlatforms({
      debts: [
        { id: 'x', platform: '丙' },
        { id: 'y', platform: '丙' },
      ] as PlanInput['debts'],
    });
    const plan = {
      debts: [
        { id: 'x', payoffDate: '2027-02-15' },
        { id: 'y', payoffDate: '2028-02-29' },
      ],
    } as Parameters<typeof creditRecordEnds>[0];
    expect(creditRecordEnds(plan, two, new Set(['x', 'y']))).toEqual([
      { key: two.platforms[0]!.key, name: '丙', clearedOn: '2028-02-29', keptUntil: '2033-02-28' },
    ]);
  });

  // Break: treating a null payoff as "cleared at the start" (`?? asOf`) → a date appears → fails.
  it('gives no date when the plan does not clear an overdue debt, or there is no plan', () => {
    const plan = { debts: [{ id: 'a', payoffDate: null }] } as unknown as Parameters<typeof creditRecordEnds>[0];
    const none = { key: index.platforms[0]!.key, name: '甲', clearedOn: null, keptUntil: null };
    expect(creditRecordEnds(plan, index, new Set(['a']))).toEqual([none]);
    expect(creditRecordEnds(undefined, index, new Set(['a']))).toEqual([none]);
    expect(creditRecordEnds(planRepayment(INPUT), index, new Set())).toEqual([]);
  });
});
