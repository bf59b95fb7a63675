/** Rule 10: invalid input throws one PlanInputError naming every offending field path. */
import { describe, expect, it } from 'vitest';
import { PlanInputError, planRepayment, requiredBudget } from './index';
import type { PlanInput } from './types';

const valid: PlanInput = {
  asOf: '2026-01-01',
  firstPaymentDate: '2026-01-15',
  monthlyBudget: '100.00',
  strategy: 'snowball',
  debts: [
    { id: 'a', principal: '1000.00', monthlyRate: '0.01' },
    { id: 'b', principal: '500', dailyRate: '0.0005' },
    { id: 'c', principal: '20.5', dailyRate: '0.019708333333333335' },
  ],
};

function pathsOf(input: unknown): string[] {
  try {
    planRepayment(input as PlanInput);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return (error as PlanInputError).paths;
  }
  throw new Error('expected a PlanInputError');
}

function withDebt(index: number, patch: Record<string, unknown>): unknown {
  return { ...valid, debts: valid.debts.map((d, i) => (i === index ? { ...d, ...patch } : d)) };
}

describe('valid input', () => {
  it('accepts whole, one- and two-decimal money and long rates', () => {
    expect(() => planRepayment(valid)).not.toThrow();
  });
  it('accepts an empty debt list', () => {
    expect(planRepayment({ ...valid, debts: [] }).feasible).toBe(true);
  });
});

describe('each kind of invalid field', () => {
  it.each([
    ['malformed amount', withDebt(1, { principal: '1,000' }), ['debts[1].principal']],
    ['negative amount', withDebt(0, { fees: '-1.00' }), ['debts[0].fees']],
    ['three decimals', withDebt(0, { interest: '1.005' }), ['debts[0].interest']],
    ['exponent', withDebt(0, { tokenPayment: '1e3' }), ['debts[0].tokenPayment']],
    ['leading zero', withDebt(0, { periodFee: '01.00' }), ['debts[0].periodFee']],
    ['negative rate', withDebt(2, { dailyRate: '-0.001' }), ['debts[2].dailyRate']],
    ['rate with exponent', withDebt(2, { dailyRate: '5e-4' }), ['debts[2].dailyRate']],
    ['both rates', withDebt(0, { dailyRate: '0.001' }), ['debts[0].dailyRate', 'debts[0].monthlyRate']],
    ['neither rate', withDebt(0, { monthlyRate: undefined }), ['debts[0].dailyRate']],
    ['a number where a string is due', withDebt(0, { principal: 1000 }), ['debts[0].principal']],
    ['a flag that is not a boolean', withDebt(1, { frozen: 'yes' }), ['debts[1].frozen']],
    ['compound not a boolean', withDebt(1, { compound: 1 }), ['debts[1].compound']],
    ['empty id', withDebt(1, { id: '' }), ['debts[1].id']],
    ['missing id', withDebt(1, { id: undefined }), ['debts[1].id']],
    ['duplicate id: the later one', withDebt(2, { id: 'a' }), ['debts[2].id']],
    ['platform not a string', withDebt(0, { platform: 7 }), ['debts[0].platform']],
    ['impossible date', { ...valid, asOf: '2026-02-30' }, ['asOf']],
    ['malformed date', { ...valid, firstPaymentDate: '2026-1-15' }, ['firstPaymentDate']],
    ['first payment before asOf', { ...valid, firstPaymentDate: '2025-12-31' }, ['firstPaymentDate']],
    ['budget as a number', { ...valid, monthlyBudget: 100 }, ['monthlyBudget']],
    ['missing budget', { ...valid, monthlyBudget: undefined }, ['monthlyBudget']],
    ['unknown strategy', { ...valid, strategy: 'fastest' }, ['strategy']],
    ['horizon zero', { ...valid, horizonMonths: 0 }, ['horizonMonths']],
    ['horizon too long', { ...valid, horizonMonths: 1201 }, ['horizonMonths']],
    ['horizon fractional', { ...valid, horizonMonths: 12.5 }, ['horizonMonths']],
    ['horizon as a string', { ...valid, horizonMonths: '12' }, ['horizonMonths']],
    ['custom order missing', { ...valid, strategy: 'custom' }, ['order']],
    ['custom order with a repeat', { ...valid, strategy: 'custom', order: ['a', 'a', 'b'] }, ['order']],
    ['custom order missing an id', { ...valid, strategy: 'custom', order: ['a', 'b'] }, ['order']],
    ['custom order with a stranger', { ...valid, strategy: 'custom', order: ['a', 'b', 'z'] }, ['order']],
    ['debts not an array', { ...valid, debts: {} }, ['debts']],
    ['a debt that is not an object', { ...valid, debts: [null] }, ['debts[0]']],
    ['an absurd amount', withDebt(0, { principal: '10000000000.00' }), ['debts[0].principal']],
  ])('%s', (_name, input, expected) => {
    expect(pathsOf(input)).toEqual(expected);
  });
});

describe('the error', () => {
  it('names every offending path in one message', () => {
    const input = {
      ...valid,
      asOf: '2026-13-01',
      strategy: 'custom',
      order: ['a'],
      debts: [valid.debts[0], { id: 'b', principal: 'x', dailyRate: '0.1', monthlyRate: '0.1' }],
    };
    let error: PlanInputError | undefined;
    try {
      planRepayment(input as PlanInput);
    } catch (e) {
      error = e as PlanInputError;
    }
    expect(error?.name).toBe('PlanInputError');
    for (const path of ['asOf', 'order', 'debts[1].principal', 'debts[1].dailyRate', 'debts[1].monthlyRate']) {
      expect(error?.message).toContain(path);
    }
    expect(error?.issues.map((issue) => issue.code)).toContain('order-not-permutation');
  });

  it('requiredBudget validates the input and the target date the same way', () => {
    const { monthlyBudget: _ignored, ...rest } = valid;
    expect(() => requiredBudget({ ...rest, asOf: 'today' }, '2026-02-31')).toThrow(/asOf.*targetDate/);
  });
});
