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
import type { DebtOutcome, InfeasibleReason, Period, PeriodLine, Plan, PlanInput, UnrealisticReason } from './types';
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
  /** Commitments left unpaid, per debt. */
  readonly missed: readonly Fen[];
  /** Period in which a current loan missed its instalment; -1: never. */
  readonly overdueFromPeriod: readonly number[];
  /** Penalty interest above the contractual rate's; -1: the penalty rate never applied. */
  readonly penaltyExtra: readonly Fen[];
  /** First period with a commitment unpaid; -1: none. */
  readonly shortfallFromPeriod: number;
  /** Debt positions in the order they went overdue. */
  readonly wentOverdue: readonly number[];
  /** In the last period carried out: interest and fees added were at least the payments. */
  readonly lastPeriodNotFalling: boolean;
}

export interface SimulationOptions {
  /** Build the `Period` objects (strings and all); off for searches that only need the outcome. */
  readonly record: boolean;
  /** Stop, not cleared, before any period dated after this day number. */
  readonly stopAfterDay?: number;
  /**
   * `requiredBudget`: the budget the input's `budgetChanges` were written against. Each change is
   * then scaled to the trial budget, floor(change × budget / reference), instead of kept as given.
   */
  readonly changeReference?: Fen | undefined;
}

const ZERO = '0.00';

/** Each budget change's amount for this run: as given, or scaled from `reference` to `budget`. */
function changeBudgets(input: ParsedPlanInput, budget: Fen, reference: Fen | undefined): number[] {
  if (reference === undefined || reference === 0) return input.budgetChanges.map((change) => change.fen);
  return input.budgetChanges.map((change) => Number((BigInt(change.fen) * BigInt(budget)) / BigInt(reference)));
}

/** Run the model for one monthly budget (rules 1–8, 11–13 of docs/engine.md). */
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
  const current = new Array<boolean>(count); // a current loan still paying its contract instalment
  const missed = new Array<number>(count).fill(0);
  const overdueFromPeriod = new Array<number>(count).fill(-1);
  const penaltyExtra = new Array<number>(count).fill(-1);
  const wentOverdue: number[] = [];
  // Per-period scratch.
  const interestNow = new Array<number>(count).fill(0);
  const feesNow = new Array<number>(count).fill(0);
  const extraNow = new Array<number>(count).fill(-1);
  const owedNow = new Array<number>(count).fill(0);
  const payNow = new Array<number>(count).fill(0);
  const dueNow = new Array<number>(count).fill(0);

  let owedCount = 0;
  for (let i = 0; i < count; i++) {
    const debt = debts[i]!;
    fees[i] = debt.fees;
    interest[i] = debt.interest;
    principal[i] = debt.principal;
    chargedSoFar[i] = debt.interest + debt.fees;
    current[i] = debt.contractInstalment !== null;
    if (debt.fees + debt.interest + debt.principal === 0) payoffPeriod[i] = 0;
    else owedCount++;
  }

  // The money of each period: the budget or the change in effect, plus lump sums landing in it.
  const changes = input.budgetChanges;
  const changeAmounts = changes.length > 0 ? changeBudgets(input, budget, options.changeReference) : [];
  const lumps = input.lumpSums;
  let changeIndex = -1;
  let lumpIndex = 0;
  // The most any period can bring, for the runaway test below.
  let moneyCeiling = budget;
  for (const amount of changeAmounts) if (amount > moneyCeiling) moneyCeiling = amount;
  let lumpsLeft = 0;
  for (const lump of lumps) lumpsLeft += lump.fen;

  const periods: Period[] = [];
  let reason: InfeasibleReason | undefined;
  let clearedInPeriod = owedCount === 0 ? 0 : -1;
  let stoppedEarly = false;
  let periodCount = 0;
  let previousDay = input.asOfDay;
  let shortfallFromPeriod = -1;
  let lastPeriodNotFalling = false;

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

    // Rule 11: this period's money.
    while (changeIndex + 1 < changes.length && changes[changeIndex + 1]!.day <= day) changeIndex++;
    const fromChange = changeIndex >= 0;
    let money = fromChange ? changeAmounts[changeIndex]! : budget;
    let lumpsNow = 0;
    while (lumpIndex < lumps.length && lumps[lumpIndex]!.day <= day) lumpsNow += lumps[lumpIndex++]!.fen;
    money += lumpsNow;

    // Rule 3: charges, for each debt still owed and not frozen.
    let totalOwed = 0;
    for (let i = 0; i < count; i++) {
      const debt = debts[i]!;
      const owed = fees[i]! + interest[i]! + principal[i]!;
      let newInterest = 0;
      let newFee = 0;
      let extra = -1;
      if (owed > 0 && !debt.frozen) {
        const base = debt.compound ? principal[i]! + interest[i]! : principal[i]!;
        const multiplier = debt.rateIsDaily ? days : 1;
        const penalty = current[i] ? null : debt.penaltyRate;
        newInterest = chargeFen(base, penalty ?? debt.rate, multiplier);
        newFee = debt.periodFee;
        if (debt.chargeCap !== null) {
          let room = debt.chargeCap - chargedSoFar[i]!;
          if (room < 0) room = 0;
          if (newInterest > room) newInterest = room;
          room -= newInterest;
          if (newFee > room) newFee = room;
        }
        if (penalty !== null) {
          extra = newInterest - chargeFen(base, debt.rate, multiplier);
          if (extra < 0) extra = 0;
        }
      }
      interestNow[i] = newInterest;
      feesNow[i] = newFee;
      extraNow[i] = extra;
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
    let fixedAndTokens = 0;
    let instalments = 0;
    for (let i = 0; i < count; i++) {
      const debt = debts[i]!;
      const owed = owedNow[i]!;
      let due = 0;
      if (owed > 0) {
        if (debt.fixedPayment !== null) {
          due = debt.fixedPayment < owed ? debt.fixedPayment : owed;
          fixedAndTokens += due;
        } else if (current[i]) {
          due = debt.contractInstalment! < owed ? debt.contractInstalment! : owed;
          instalments += due;
        } else if (i !== focus) {
          due = debt.tokenPayment < owed ? debt.tokenPayment : owed;
          fixedAndTokens += due;
        }
      }
      dueNow[i] = due;
      payNow[i] = due;
    }
    if (fixedAndTokens > money && !fromChange) {
      reason = 'commitments-exceed-budget';
      break;
    }
    // Runaway growth: more is owed than all the money could repay in every period left, so the
    // plan cannot clear within the horizon. Stop before the figures outgrow exact integers.
    if (totalOwed > MAX_TRACKED_OWED_FEN && totalOwed > moneyCeiling * (input.horizonMonths - k + 1) + lumpsLeft) {
      reason = 'not-cleared-within-horizon';
      break;
    }
    lumpsLeft -= lumpsNow;

    let rest = money - fixedAndTokens - instalments;
    if (rest < 0) {
      // Rules 12–13: the money does not cover every commitment (a budget change, or a current
      // loan's instalment). Pay negotiated instalments, then contract instalments (each in full
      // or not at all), then token payments, each kind in the repayment order, as far as the
      // money goes. What is not paid is missed (kept in `dueNow` as a negative amount for the
      // line); a current loan that misses its instalment is overdue from now on.
      let left = money;
      for (let kind = 0; kind < 3; kind++) {
        for (let j = 0; j < count; j++) {
          const i = order[j]!;
          const due = dueNow[i]!;
          // due ≤ 0: nothing due, or already missed this period (a loan just gone overdue is not paid twice).
          if (due <= 0 || kind !== (debts[i]!.fixedPayment !== null ? 0 : current[i] ? 1 : 2)) continue;
          const pay = due <= left ? due : kind === 1 ? 0 : left;
          payNow[i] = pay;
          left -= pay;
          if (pay < due) {
            missed[i] = missed[i]! + due - pay;
            dueNow[i] = pay - due;
            if (shortfallFromPeriod < 0) shortfallFromPeriod = k;
            if (kind === 1) {
              current[i] = false;
              overdueFromPeriod[i] = k;
              wentOverdue.push(i);
            }
          }
        }
      }
      rest = left;
    }

    // Rule 5: the rest goes down the order, one debt at a time.
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
    let addedThisPeriod = 0;
    let paidThisPeriod = 0;
    for (let i = 0; i < count; i++) {
      const addedInterest = interestNow[i]!;
      const addedFee = feesNow[i]!;
      let payment = payNow[i]!;
      if (addedInterest !== 0 || addedFee !== 0) {
        interestAdded[i] = interestAdded[i]! + addedInterest;
        feesAdded[i] = feesAdded[i]! + addedFee;
        chargedSoFar[i] = chargedSoFar[i]! + addedInterest + addedFee;
        addedThisPeriod += addedInterest + addedFee;
      }
      if (extraNow[i]! >= 0) penaltyExtra[i] = (penaltyExtra[i]! < 0 ? 0 : penaltyExtra[i]!) + extraNow[i]!;
      if (payment > 0) {
        paid[i] = paid[i]! + payment;
        paidThisPeriod += payment;
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
        const line: PeriodLine = {
          id: debts[i]!.id,
          interest: addedInterest === 0 ? ZERO : formatFen(addedInterest),
          fees: addedFee === 0 ? ZERO : formatFen(addedFee),
          paid: payNow[i] === 0 ? ZERO : formatFen(payNow[i]!),
          owed: owedAfter === 0 ? ZERO : formatFen(owedAfter),
        };
        if (dueNow[i]! < 0) line.missed = formatFen(-dueNow[i]!);
        lines[i] = line;
      }
    }
    if (lines) {
      periods.push({ index: k, date: periodDate(input, k), days, focus: focus < 0 ? null : debts[focus]!.id, lines });
    }
    previousDay = day;
    lastPeriodNotFalling = addedThisPeriod >= paidThisPeriod;
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
    missed,
    overdueFromPeriod,
    penaltyExtra,
    shortfallFromPeriod,
    wentOverdue,
    lastPeriodNotFalling,
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
  const debts: DebtOutcome[] = parsed.debts.map((debt, i) => {
    const outcome: DebtOutcome = {
      id: debt.id,
      focusStartDate: dateOf(run.focusStartPeriod[i]!),
      payoffDate: dateOf(run.payoffPeriod[i]!),
      payoffPeriod: run.payoffPeriod[i]! < 0 ? null : run.payoffPeriod[i]!,
      paid: formatFen(run.paid[i]!),
      interest: formatFen(run.interestAdded[i]!),
      fees: formatFen(run.feesAdded[i]!),
    };
    if (run.overdueFromPeriod[i]! > 0) outcome.overdueFrom = periodDate(parsed, run.overdueFromPeriod[i]!);
    if (run.missed[i]! > 0) outcome.missed = formatFen(run.missed[i]!);
    if (run.penaltyExtra[i]! >= 0) outcome.penaltyExtraInterest = formatFen(run.penaltyExtra[i]!);
    return outcome;
  });
  const unrealisticReasons = realismOf(run);
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
    ...(unrealisticReasons.length > 0 ? { realistic: false as const, unrealisticReasons } : {}),
    ...(run.shortfallFromPeriod > 0
      ? {
          shortfall: {
            from: periodDate(parsed, run.shortfallFromPeriod),
            missed: formatFen(sum(run.missed)),
            overdueDebts: run.wentOverdue.map((position) => parsed.debts[position]!.id),
          },
        }
      : {}),
  };
}

/** The most periods a realistic plan takes: 60 (5 years). */
export const REALISTIC_PERIODS = 60;

/** Rule 14: why a plan is not realistic; empty when it is. */
function realismOf(run: Simulation): UnrealisticReason[] {
  const reasons: UnrealisticReason[] = [];
  if (!run.feasible) reasons.push('not-feasible');
  if (run.feasible ? run.clearedInPeriod > REALISTIC_PERIODS : run.periodCount > REALISTIC_PERIODS) {
    reasons.push('longer-than-5-years');
  }
  if (!run.feasible && run.periodCount > 0 && run.lastPeriodNotFalling) reasons.push('interest-outgrows-payments');
  return reasons;
}
