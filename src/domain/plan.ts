/**
 * The one-platform-at-a-time repayment engine (docs/engine.md, rules 1–9).
 *
 * Pure and synchronous: the same input always gives the same plan; no clock, no I/O.
 * All money is whole fen (see money.ts); the only rounding point is the interest of one debt in
 * one period (round half-up to the fen, in `chargeFen`). Everything else is exact integer sums.
 *
 * Invariants (checked by the property tests): for a feasible plan, total paid = owed at the
 * start + interest added + fees added; no balance goes below zero; no period pays more than the
 * budget; at most one platform gets more than its commitment, except in a period where one is cleared.
 */
import { chargeFen, formatFen, MAX_TRACKED_OWED_FEN, type Fen } from './money';
import { repaymentOrder } from './order';
import type { DebtOutcome, Period, PeriodLine, Plan, PlanInput, InfeasibleReason } from './types';
import { parsePlanInput, periodDate, periodDay, type ParsedPlanInput } from './validate';

/** The raw result of running the model with one budget. Amounts are whole fen. */
export interface Simulation {
  readonly feasible: boolean;
  readonly reason?: InfeasibleReason;
  /** Positions of the debts, in the order the focus money reaches them. */
  readonly order: readonly number[];
  /** Periods carried out. */
  readonly periodCount: number;
  /** Period in which the last debt was cleared; 0 when nothing was owed; -1 when not cleared. */
  readonly clearedInPeriod: number;
  /** True when the run stopped at `stopAfterDay` with something still owed. */
  readonly stoppedEarly: boolean;
  readonly periods: Period[];
  readonly paid: readonly Fen[];
  readonly interestAdded: readonly Fen[];
  readonly feesAdded: readonly Fen[];
  /** -1: not cleared. */
  readonly payoffPeriod: readonly number[];
  /** -1: never received focus money. */
  readonly focusStartPeriod: readonly number[];
}

export interface SimulationOptions {
  /** Build the `Period` objects (strings and all); off for searches that only need the outcome. */
  readonly record: boolean;
  /** Stop, not cleared, before any period dated after this day number. */
  readonly stopAfterDay?: number;
}

const ZERO = '0.00';

/** Run the model for one monthly budget (rules 1–8). */
export function simulate(input: ParsedPlanInput, budget: Fen, options: SimulationOptions): Simulation {
  const debts = input.debts;
  const count = debts.length;
  const order = repaymentOrder(input);

  const fees = new Array<number>(count);
  const interest = new Array<number>(count);
  const principal = new Array<number>(count);
  const chargedSoFar = new Array<number>(count); // interest and fees owed at the start + added, for the cap
  const interestAdded = new Array<number>(count).fill(0);
  const feesAdded = new Array<number>(count).fill(0);
  const paid = new Array<number>(count).fill(0);
  const payoffPeriod = new Array<number>(count).fill(-1);
  const focusStartPeriod = new Array<number>(count).fill(-1);
  // Per-period scratch.
  const interestNow = new Array<number>(count).fill(0);
  const feesNow = new Array<number>(count).fill(0);
  const owedNow = new Array<number>(count).fill(0);
  const payNow = new Array<number>(count).fill(0);

  let owedCount = 0;
  for (let i = 0; i < count; i++) {
    const debt = debts[i]!;
    fees[i] = debt.fees;
    interest[i] = debt.interest;
    principal[i] = debt.principal;
    chargedSoFar[i] = debt.interest + debt.fees;
    if (debt.fees + debt.interest + debt.principal === 0) payoffPeriod[i] = 0;
    else owedCount++;
  }

  const periods: Period[] = [];
  let reason: InfeasibleReason | undefined;
  let clearedInPeriod = owedCount === 0 ? 0 : -1;
  let stoppedEarly = false;
  let periodCount = 0;
  let previousDay = input.asOfDay;

  for (let k = 1; owedCount > 0; k++) {
    if (k > input.horizonMonths) {
      reason = 'not-cleared-within-horizon';
      break;
    }
    const day = periodDay(input, k);
    if (options.stopAfterDay !== undefined && day > options.stopAfterDay) {
      stoppedEarly = true;
      break;
    }
    const days = day - previousDay;

    // Rule 3: charges, for each debt still owed and not frozen.
    let totalOwed = 0;
    for (let i = 0; i < count; i++) {
      const debt = debts[i]!;
      const owed = fees[i]! + interest[i]! + principal[i]!;
      let newInterest = 0;
      let newFee = 0;
      if (owed > 0 && !debt.frozen) {
        const base = debt.compound ? principal[i]! + interest[i]! : principal[i]!;
        newInterest = chargeFen(base, debt.rate, debt.rateIsDaily ? days : 1);
        newFee = debt.periodFee;
        if (debt.chargeCap !== null) {
          let room = debt.chargeCap - chargedSoFar[i]!;
          if (room < 0) room = 0;
          if (newInterest > room) newInterest = room;
          room -= newInterest;
          if (newFee > room) newFee = room;
        }
      }
      interestNow[i] = newInterest;
      feesNow[i] = newFee;
      owedNow[i] = owed + newInterest + newFee;
      totalOwed += owedNow[i]!;
    }

    // Rule 4: the focus and the commitments.
    let focus = -1;
    for (let j = 0; j < count; j++) {
      const i = order[j]!;
      if (owedNow[i]! > 0) {
        focus = i;
        break;
      }
    }
    let committed = 0;
    for (let i = 0; i < count; i++) {
      const debt = debts[i]!;
      const owed = owedNow[i]!;
      let commitment = 0;
      if (owed > 0) {
        if (debt.fixedPayment !== null) commitment = debt.fixedPayment < owed ? debt.fixedPayment : owed;
        else if (i !== focus) commitment = debt.tokenPayment < owed ? debt.tokenPayment : owed;
      }
      payNow[i] = commitment;
      committed += commitment;
    }
    if (committed > budget) {
      reason = 'commitments-exceed-budget';
      break;
    }
    // Runaway growth: more is owed than the whole budget could repay in every period left, so the
    // plan cannot clear within the horizon. Stop before the figures outgrow exact integers.
    if (totalOwed > MAX_TRACKED_OWED_FEN && totalOwed > budget * (input.horizonMonths - k + 1)) {
      reason = 'not-cleared-within-horizon';
      break;
    }

    // Rule 5: the rest goes down the order, one debt at a time.
    let rest = budget - committed;
    for (let j = 0; j < count && rest > 0; j++) {
      const i = order[j]!;
      const remaining = owedNow[i]! - payNow[i]!;
      if (remaining > 0) {
        const amount = remaining < rest ? remaining : rest;
        payNow[i] = payNow[i]! + amount;
        rest -= amount;
        if (focusStartPeriod[i]! < 0) focusStartPeriod[i] = k;
      }
    }

    // Rule 6: apply charges, then payments to fees, then interest, then principal.
    periodCount = k;
    const lines: PeriodLine[] | undefined = options.record ? new Array<PeriodLine>(count) : undefined;
    for (let i = 0; i < count; i++) {
      const addedInterest = interestNow[i]!;
      const addedFee = feesNow[i]!;
      let payment = payNow[i]!;
      if (addedInterest !== 0 || addedFee !== 0) {
        interestAdded[i] = interestAdded[i]! + addedInterest;
        feesAdded[i] = feesAdded[i]! + addedFee;
        chargedSoFar[i] = chargedSoFar[i]! + addedInterest + addedFee;
      }
      if (payment > 0) {
        paid[i] = paid[i]! + payment;
        let owedFees = fees[i]! + addedFee;
        let owedInterest = interest[i]! + addedInterest;
        const toFees = payment < owedFees ? payment : owedFees;
        owedFees -= toFees;
        payment -= toFees;
        const toInterest = payment < owedInterest ? payment : owedInterest;
        owedInterest -= toInterest;
        payment -= toInterest;
        fees[i] = owedFees;
        interest[i] = owedInterest;
        principal[i] = principal[i]! - payment;
        if (owedNow[i] === payNow[i]) {
          payoffPeriod[i] = k;
          owedCount--;
        }
      } else {
        fees[i] = fees[i]! + addedFee;
        interest[i] = interest[i]! + addedInterest;
      }
      if (lines) {
        const owedAfter = owedNow[i]! - payNow[i]!;
        lines[i] = {
          id: debts[i]!.id,
          interest: addedInterest === 0 ? ZERO : formatFen(addedInterest),
          fees: addedFee === 0 ? ZERO : formatFen(addedFee),
          paid: payNow[i] === 0 ? ZERO : formatFen(payNow[i]!),
          owed: owedAfter === 0 ? ZERO : formatFen(owedAfter),
        };
      }
    }
    if (lines) {
      periods.push({ index: k, date: periodDate(input, k), days, focus: focus < 0 ? null : debts[focus]!.id, lines });
    }
    previousDay = day;
    if (owedCount === 0) clearedInPeriod = k;
  }

  return {
    feasible: clearedInPeriod >= 0,
    ...(clearedInPeriod < 0 && reason !== undefined ? { reason } : {}),
    order,
    periodCount,
    clearedInPeriod,
    stoppedEarly,
    periods,
    paid,
    interestAdded,
    feesAdded,
    payoffPeriod,
    focusStartPeriod,
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * A dated, one-platform-at-a-time repayment plan for a person's debts and monthly budget.
 * Infeasible plans are data (`feasible: false` with a `reason`), not errors.
 *
 * @throws PlanInputError when the input is malformed; its message names every offending field path.
 * @example
 * planRepayment({ asOf: '2026-01-01', firstPaymentDate: '2026-01-15', monthlyBudget: '100.00',
 *   strategy: 'snowball', debts: [{ id: 'a', principal: '1000.00', monthlyRate: '0.01' }] })
 *   // → 11 periods, totalInterest "58.98"
 */
export function planRepayment(input: PlanInput): Plan {
  const { input: parsed, budget } = parsePlanInput(input, { withBudget: true });
  const run = simulate(parsed, budget, { record: true });
  const dateOf = (period: number): string | null =>
    period < 0 ? null : period === 0 ? parsed.asOf : periodDate(parsed, period);
  const debts: DebtOutcome[] = parsed.debts.map((debt, i) => ({
    id: debt.id,
    focusStartDate: dateOf(run.focusStartPeriod[i]!),
    payoffDate: dateOf(run.payoffPeriod[i]!),
    payoffPeriod: run.payoffPeriod[i]! < 0 ? null : run.payoffPeriod[i]!,
    paid: formatFen(run.paid[i]!),
    interest: formatFen(run.interestAdded[i]!),
    fees: formatFen(run.feesAdded[i]!),
  }));
  return {
    feasible: run.feasible,
    ...(run.reason ? { reason: run.reason } : {}),
    order: run.order.map((position) => parsed.debts[position]!.id),
    periods: run.periods,
    debtFreeDate: run.feasible ? dateOf(run.clearedInPeriod) : null,
    totalPaid: formatFen(sum(run.paid)),
    totalInterest: formatFen(sum(run.interestAdded)),
    totalFees: formatFen(sum(run.feesAdded)),
    debts,
  };
}
