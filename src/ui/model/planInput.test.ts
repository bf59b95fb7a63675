/** Tests for records → PlanInput: exact budget sums, optional fields, custom order upkeep. */
import { describe, expect, it } from 'vitest';
import { platformKeyOf } from '../../domain/platform';
import type { BudgetEvent } from '../../domain/records';
import { budgetRecord, debtRecord, planSettings } from './fixtures';
import {
  budgetEventsToInput,
  movePlatform,
  owedNow,
  reconcileCustomOrder,
  toBudgetAmount,
  toPlanInput,
  toStorableBudget,
} from './planInput';

const line = (id: string, amount: string) => ({ id, label: id, category: 'custom', amount });

describe('toBudgetAmount', () => {
  it('sums income minus expenses exactly (no float drift)', () => {
    const budget = budgetRecord({
      mode: 'lines',
      income: [line('a', '0.10'), line('b', '0.20'), line('c', '5000')],
      expenses: [line('d', '1,200.30'), line('e', '')],
    });
    expect(toBudgetAmount(budget)).toEqual({ amount: '3800.00', difference: '3800.00', invalidLineIds: [] });
  });
  it('floors a shortfall at zero and reports the difference', () => {
    const budget = budgetRecord({ mode: 'lines', income: [line('a', '100')], expenses: [line('b', '250.5')] });
    expect(toBudgetAmount(budget)).toMatchObject({ amount: '0.00', difference: '-150.50' });
  });
  it('ignores and reports invalid lines', () => {
    const budget = budgetRecord({ mode: 'lines', income: [line('a', '100'), line('b', '-5')], expenses: [] });
    expect(toBudgetAmount(budget)).toMatchObject({ amount: '100.00', invalidLineIds: ['b'] });
  });
  it('uses the direct amount in direct mode', () => {
    expect(toBudgetAmount(budgetRecord({ directAmount: '２５００元' })).amount).toBe('2500.00');
    expect(toBudgetAmount(budgetRecord({ directAmount: 'abc' })).invalidLineIds).toEqual(['direct']);
  });
});

describe('toPlanInput', () => {
  const debts = [
    debtRecord({ id: 'b', platform: 'B', principal: '500.00', position: 1, fixedPayment: '50.00' }),
    debtRecord({
      id: 'a',
      platform: 'A',
      principal: '100.00',
      position: 0,
      enteredRate: { unit: 'monthly-percent', percent: '1.5' },
    }),
  ];
  it('orders debts by position and normalises rates', () => {
    const input = toPlanInput({ debts, budget: budgetRecord(), settings: planSettings() });
    expect(input.debts.map((debt) => debt.id)).toEqual(['a', 'b']);
    expect(input.debts[0]).toMatchObject({ monthlyRate: '0.015', platform: 'A' });
    expect(input.debts[0]?.dailyRate).toBeUndefined();
    expect(input.debts[1]).toMatchObject({ dailyRate: '0.0005', fixedPayment: '50.00' });
    expect(input.debts[0]).not.toHaveProperty('fixedPayment');
    expect(input.monthlyBudget).toBe('1000.00');
    expect(input.order).toBeUndefined();
  });
  it('gives a full custom order for the custom strategy', () => {
    const input = toPlanInput({
      debts,
      budget: budgetRecord(),
      settings: planSettings({ strategy: 'custom', customOrder: ['b', 'gone'] }),
    });
    expect(input.order).toEqual(['b', 'a']);
  });
});

describe('custom order', () => {
  const debts = [
    debtRecord({ id: 'x1', platform: 'X', principal: '1', position: 0 }),
    debtRecord({ id: 'y1', platform: 'Y', principal: '1', position: 1 }),
    debtRecord({ id: 'x2', platform: 'X', principal: '1', position: 2 }),
    debtRecord({ id: 'z1', platform: 'Z', principal: '1', position: 3 }),
  ];
  it('keeps a platform’s loans together', () => {
    expect(reconcileCustomOrder(debts, [])).toEqual(['x1', 'x2', 'y1', 'z1']);
    expect(reconcileCustomOrder(debts, ['z1', 'x2'])).toEqual(['z1', 'x2', 'x1', 'y1']);
  });
  it('moves whole platforms up and down, and stops at the ends', () => {
    const key = (platform: string) => platformKeyOf({ id: '', platform });
    expect(movePlatform(debts, [], key('Y'), -1)).toEqual(['y1', 'x1', 'x2', 'z1']);
    expect(movePlatform(debts, [], key('X'), 1)).toEqual(['y1', 'x1', 'x2', 'z1']);
    expect(movePlatform(debts, [], key('X'), -1)).toEqual(['x1', 'x2', 'y1', 'z1']);
    expect(movePlatform(debts, [], key('Z'), 1)).toEqual(['x1', 'x2', 'y1', 'z1']);
  });
});

it('owedNow adds principal, interest and fees exactly', () => {
  expect(owedNow({ principal: '0.10', interest: '0.20', fees: '0.30' })).toBe('0.60');
});

describe('toStorableBudget', () => {
  it('normalises amounts to money strings, empty lines to 0.00', () => {
    const budget = budgetRecord({
      mode: 'lines',
      income: [line('a', '1,200.5')],
      expenses: [line('b', '')],
      directAmount: '',
    });
    expect(toStorableBudget(budget)).toMatchObject({
      income: [{ amount: '1200.50' }],
      expenses: [{ amount: '0.00' }],
      directAmount: '0.00',
    });
  });
  it('refuses while an amount is invalid', () => {
    expect(toStorableBudget(budgetRecord({ mode: 'lines', income: [line('a', '12.345')] }))).toBeUndefined();
  });
});

describe('budgetEventsToInput (issue 17)', () => {
  const noIncome = (month: string): BudgetEvent => ({ id: month, kind: 'no-income', month, note: '' });

  it('makes a month without income a change to 0 and back, joining months in a row', () => {
    // Break: always add the change back (ignore the next month being without income too) → an
    // extra change on 2027-04-01 (fails).
    // March and April without income, from 2027-01-10: 0 from 03-01, 300.00 again from 05-01.
    expect(budgetEventsToInput([noIncome('2027-04'), noIncome('2027-03')], '300.00', '2027-01-10')).toEqual({
      budgetChanges: [
        { from: '2027-03-01', monthlyBudget: '0' },
        { from: '2027-05-01', monthlyBudget: '300.00' },
      ],
      lumpSums: [],
    });
  });

  it('starts a month already begun on asOf, leaves out months and sums in the past, and keeps one-off sums', () => {
    // Break: drop the clamp to asOf → the engine would get a change dated 2027-01-01, before asOf.
    const events: BudgetEvent[] = [
      noIncome('2026-12'),
      noIncome('2027-01'),
      { id: 'b', kind: 'one-off', date: '2027-02-08', amount: '5000.00', note: '年终奖' },
      { id: 'old', kind: 'one-off', date: '2027-01-01', amount: '100.00', note: '' },
    ];
    expect(budgetEventsToInput(events, '300.00', '2027-01-10')).toEqual({
      budgetChanges: [
        { from: '2027-01-10', monthlyBudget: '0' },
        { from: '2027-02-01', monthlyBudget: '300.00' },
      ],
      lumpSums: [{ date: '2027-02-08', amount: '5000.00' }],
    });
  });
});
