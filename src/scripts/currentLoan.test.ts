/**
 * Issue 16: a current loan (contract instalment, kept on time by the plan) is never told "no
 * monthly payment for now" while it waits for its turn; its letter states the instalment it keeps
 * being paid. Worked by hand: A owes 1000.00 (no interest), B owes 3000.00 with a contract
 * instalment of 300.00, budget 500.00, snowball: A is first, B waits and is paid 300.00 a month.
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../domain';
import { composeScript } from './index';

const input: PlanInput = {
  asOf: '2026-01-01',
  firstPaymentDate: '2026-01-15',
  monthlyBudget: '500.00',
  strategy: 'snowball',
  debts: [
    { id: 'a', platform: 'A', principal: '1000.00', monthlyRate: '0' },
    { id: 'b', platform: 'B', principal: '3000.00', monthlyRate: '0', contractInstalment: '300.00' },
  ],
};

describe('a current loan waiting its turn', () => {
  it.each(['zh-CN', 'en'] as const)('is told the instalment it keeps getting (%s)', (locale) => {
    // Break: drop `?? keptCurrent(debt, plan)` in facts.ts → the text says 暂时无法每月还款 and this fails.
    const plan = planRepayment(input);
    expect(plan.debts[1]?.overdueFrom).toBeUndefined();
    const { text } = composeScript({
      kind: 'proposal',
      locale,
      channel: 'letter',
      input,
      plan,
      platform: 'B',
      platformName: 'B',
    });
    expect(text).not.toMatch(/暂时无法每月还款|cannot pay a monthly amount/);
    expect(text).toMatch(/300\.00/);
  });
});
