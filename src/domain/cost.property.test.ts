/**
 * Property tests for `annualCost`: agreement with an independent solver
 * (tests/reference/irrReference.ts), monotonic in the payments, and zero interest → 0.00.
 *
 * Mutation: cost.ts using 366 days instead of 365 for a daily rate (percentScale 36600) → the
 * agreement test fails (and the 14-day and largest-sum goldens in cost.test.ts).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anniversary, dayOfIso, isoOfDay, referenceCost } from '../../tests/reference/irrReference';
import { annualCost, type CostInput } from './cost';

const money = (min: number, max: number) =>
  fc.integer({ min, max }).map((v) => `${String(Math.floor(v / 100))}.${String(v % 100).padStart(2, '0')}`);

/** A start date, then either monthly anniversaries (day 28–31 often) or sorted random days. */
const scheduleArb: fc.Arbitrary<CostInput> = fc
  .record({
    startDay: fc.integer({ min: dayOfIso('2020-01-01'), max: dayOfIso('2030-12-31') }),
    monthlyShape: fc.boolean(),
    count: fc.integer({ min: 1, max: 24 }),
    received: money(1, 5_000_000),
    amounts: fc.array(money(0, 800_000), { minLength: 24, maxLength: 24 }),
    gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 24, maxLength: 24 }),
  })
  .map(({ startDay, monthlyShape, count, received, amounts, gaps }) => {
    const startDate = isoOfDay(startDay);
    let day = startDay;
    const payments = amounts.slice(0, count).map((amount, i) => {
      if (monthlyShape) return { date: anniversary(startDate, i + 1), amount };
      day += gaps[i]! + (i === 0 ? 1 : 0);
      return { date: isoOfDay(day), amount };
    });
    if (payments.every((p) => p.amount === '0.00')) payments[payments.length - 1]!.amount = '0.01';
    return { received, startDate, payments };
  });

describe('annualCost properties', { timeout: 120_000 }, () => {
  it('agrees with an independent bisection solver (method and the 2-decimal rate)', () => {
    fc.assert(
      fc.property(scheduleArb, (input) => {
        const reference = referenceCost(input.received, input.startDate, input.payments);
        fc.pre(reference.boundaryDistance > 1e-9); // too close to a boundary for the reference to settle
        const result = annualCost(input);
        expect(result.method).toBe(reference.method);
        expect(result.annualRate).toBe(reference.annualRate);
      }),
      { numRuns: 150 },
    );
  });

  it('paying more (any one payment raised) never gives a lower rate', () => {
    fc.assert(
      fc.property(scheduleArb, fc.nat(), fc.integer({ min: 1, max: 100_000 }), (input, which, extraFen) => {
        const i = which % input.payments.length;
        const raised = input.payments.map((p, j) =>
          j === i ? { ...p, amount: new Decimal(p.amount).plus(extraFen / 100).toFixed(2) } : p,
        );
        const before = new Decimal(annualCost(input).annualRate);
        const after = new Decimal(annualCost({ ...input, payments: raised }).annualRate);
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('repaying exactly what was received costs 0.00, on any schedule', () => {
    fc.assert(
      fc.property(scheduleArb, (input) => {
        const total = input.payments.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
        expect(annualCost({ ...input, received: total.toFixed(2) }).annualRate).toBe('0.00');
      }),
      { numRuns: 200 },
    );
  });
});
