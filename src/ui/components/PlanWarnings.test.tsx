/**
 * PlanWarnings (issue 16), worked by hand:
 * - 1000.00 owed without interest at 10.00 a month takes 100 months (first payment 2026-12-08, last
 *   2035-03-08): not realistic. Within 3 years (36 payments, last 2029-11-08): 1000 ÷ 36 = 27.777…,
 *   27.77 × 36 = 999.72 falls short, so 27.78; within 5 years (60, last 2031-11-08): 16.67.
 * - 3000.00 at 1 % a month with a 300.00 contract instalment and a 1.5 % penalty rate, budget 250.00:
 *   the first instalment cannot be paid, so the loan is overdue from 2026-12-08 and 300.00 is missed.
 */
import { fireEvent, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import type { DebtRecord } from '../../domain/records';
import { makeExampleProfile, type ProfileSnapshot } from '../model/example';
import { FIXED_CLOCK, renderPlanner } from '../testing/renderPlanner';
import { PlanScreen } from './PlanScreen';

function profileWith(locale: 'en' | 'zh-CN', budget: string, debt: Partial<DebtRecord>): ProfileSnapshot {
  const example = makeExampleProfile(locale, FIXED_CLOCK.today(), FIXED_CLOCK.now());
  const base = example.debts[0]!;
  return {
    ...example,
    debts: [
      {
        ...base,
        platform: 'Lender A',
        contractNumber: '',
        principal: '1000.00',
        interest: '0.00',
        fees: '0.00',
        enteredRate: { unit: 'monthly-percent', percent: '0' },
        compound: false,
        frozen: false,
        fixedPayment: undefined,
        tokenPayment: undefined,
        periodFee: undefined,
        chargeCap: undefined,
        ...debt,
      },
    ],
    budget: { ...example.budget, mode: 'direct', directAmount: budget },
  };
}

describe('PlanWarnings', () => {
  it('says a 100-month plan is not realistic and gives the budgets for 3 and 5 years', async () => {
    // Break: drop the `realisticBudgetsOf` call (budgets → null) → the budget lines are missing and this fails.
    await renderPlanner(() => <PlanScreen />, { seed: profileWith('en', '10', {}) });
    const box = await screen.findByTestId('unrealistic', {}, { timeout: 10_000 });
    expect(box).toHaveTextContent('This plan is not realistic');
    expect(box).toHaveTextContent('At ¥10.00 a month it takes 100 months, until March 8, 2035: more than 5 years.');
    expect(box).toHaveTextContent('To be debt-free within 3 years (by November 8, 2029): ¥27.78 a month.');
    expect(box).toHaveTextContent('To be debt-free within 5 years (by November 8, 2031): ¥16.67 a month.');
    expect(screen.getByText(/That is not a realistic plan/)).toBeInTheDocument();
    // "Debt-free by" suggests the realistic dates, never the 100-month one.
    // Break: make realisticTargets add 99 months → the button names the wrong date and this fails.
    fireEvent.click(screen.getByRole('button', { name: 'Within 5 years (by November 8, 2031)' }));
    expect(screen.getByTestId('target-answer')).toHaveTextContent('You would need ¥16.67 a month for debts');
    expect(screen.queryByTestId('target-too-far')).toBeNull();
  }, 30_000);

  it('says it in Chinese too', async () => {
    await renderPlanner(() => <PlanScreen />, { seed: profileWith('zh-CN', '10', {}), locale: 'zh-CN' });
    const box = await screen.findByTestId('unrealistic', {}, { timeout: 10_000 });
    expect(box).toHaveTextContent('这个计划不现实');
    expect(box).toHaveTextContent(/要100个月/);
    expect(box).toHaveTextContent(/要在3年内（2029年11月8日前）还清，每月需要.*27\.78/);
    expect(box).toHaveTextContent(/要在5年内（2031年11月8日前）还清，每月需要.*16\.67/);
  }, 30_000);

  it('warns when the budget lets a current loan go overdue, and what it costs', async () => {
    // Break: stop passing `contractInstalment` to the engine (planInput.ts) → no shortfall and this fails.
    const seed = profileWith('en', '250', {
      principal: '3000.00',
      enteredRate: { unit: 'monthly-percent', percent: '1' },
      penaltyPercent: '1.5',
      contractInstalment: '300.00',
    });
    await renderPlanner(() => <PlanScreen />, { seed });
    const box = await screen.findByTestId('shortfall', {}, { timeout: 10_000 });
    expect(box).toHaveTextContent('At the current budget, Lender A goes overdue from December 8, 2026.');
    expect(box).toHaveTextContent(/Once overdue it is charged the penalty rate: ¥[\d,.]+ more penalty interest/);
    expect(box).toHaveTextContent('From December 8, 2026, ¥300.00 of payments due cannot be paid in all.');
    expect(box).toHaveTextContent('the budget must at least cover their instalments: ¥300.00 a month');
  }, 30_000);
});
