/**
 * An independent, deliberately plain implementation of the engine's model (docs/engine.md, rules
 * 1–8 and 11–13: annual and penalty rates, fee rates, current loans' instalments, budget changes
 * and lump sums) with decimal.js, used only as a test oracle: the property tests check that the
 * fast integer-fen engine gives exactly the same plan for thousands of random inputs.
 *
 * It shares no code with src/domain/ (dates included), so a bug in one is unlikely to be
 * mirrored in the other. It assumes valid input; `referenceOrder` works out the repayment order on its
 * own (rule 7), so the order the tests check is never taken from the code under test.
 */
import Decimal from 'decimal.js';
import type { DebtInput, PlanInput } from '../../src/domain/types';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export interface ReferenceLine {
  interest: string;
  fees: string;
  paid: string;
  owed: string;
  missed?: string;
}
export interface ReferencePeriod {
  date: string;
  focus: string | null;
  lines: ReferenceLine[];
}
export interface ReferencePlan {
  feasible: boolean;
  reason?: string;
  periods: ReferencePeriod[];
  /** Per debt, in input order. */
  debts: { overdueFrom?: string; missed?: string; penaltyExtraInterest?: string }[];
}

function utcDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function periodDate(first: string, offset: number): string {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + offset;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const min = (a: Dec, b: Dec): Dec => (a.lessThan(b) ? a : b);

/** Run the model; `order` is the debt ids in the order the focus money reaches them. */
export function referencePlan(input: PlanInput, order: readonly string[]): ReferencePlan {
  const baseBudget = new D(input.monthlyBudget);
  const horizon = input.horizonMonths ?? 600;
  const debts = input.debts.map((debt) => ({
    debt,
    fees: new D(debt.fees ?? '0'),
    interest: new D(debt.interest ?? '0'),
    principal: new D(debt.principal),
    charged: new D(debt.interest ?? '0').plus(debt.fees ?? '0'),
    current: debt.contractInstalment !== undefined,
    overdueFrom: undefined as string | undefined,
    missed: new D(0),
    penaltyExtra: undefined as Dec | undefined,
  }));
  const owed = (s: (typeof debts)[number]): Dec => s.fees.plus(s.interest).plus(s.principal);
  const byId = new Map(debts.map((s) => [s.debt.id, s]));
  const ordered = order.map((id) => byId.get(id)!);
  const periods: ReferencePeriod[] = [];
  const outcome = (feasible: boolean, reason?: string): ReferencePlan => ({
    feasible,
    ...(reason ? { reason } : {}),
    periods,
    debts: debts.map((s) => ({
      ...(s.overdueFrom ? { overdueFrom: s.overdueFrom } : {}),
      ...(s.missed.greaterThan(0) ? { missed: s.missed.toFixed(2) } : {}),
      ...(s.penaltyExtra ? { penaltyExtraInterest: s.penaltyExtra.toFixed(2) } : {}),
    })),
  });
  if (debts.every((s) => owed(s).isZero())) return outcome(true);

  /** Interest for one period at `rate` in the unit of the debt's own rate field. */
  const interestAt = (d: DebtInput, base: Dec, rate: string, days: number): Dec => {
    if (d.dailyRate !== undefined) return base.times(rate).times(days);
    if (d.monthlyRate !== undefined) return base.times(rate);
    if (d.annualRateDayBasis !== undefined) return base.times(rate).times(days).dividedBy(d.annualRateDayBasis);
    return base.times(rate).dividedBy(12);
  };
  const round = (x: Dec): Dec => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

  let previous = input.asOf;
  for (let k = 1; k <= horizon; k++) {
    const date = periodDate(input.firstPaymentDate, k - 1);
    const days = utcDays(date) - utcDays(previous);
    // This period's money: the latest change on or before its date, plus the lump sums since the last period.
    const change = (input.budgetChanges ?? []).filter((c) => utcDays(c.from) <= utcDays(date)).pop();
    let money = change ? new D(change.monthlyBudget) : baseBudget;
    for (const lump of input.lumpSums ?? []) {
      const day = utcDays(lump.date);
      if (day <= utcDays(date) && (k === 1 || day > utcDays(previous))) money = money.plus(lump.amount);
    }
    const charges = debts.map((s) => {
      const d = s.debt;
      if (owed(s).isZero() || d.frozen) return { interest: new D(0), fee: new D(0), extra: undefined };
      const base = d.compound ? s.principal.plus(s.interest) : s.principal;
      const ownRate = (d.dailyRate ?? d.monthlyRate ?? d.annualRate)!;
      const penalty = !s.current && d.penaltyRate !== undefined;
      let interest = round(interestAt(d, base, penalty ? d.penaltyRate! : ownRate, days));
      let fee = new D(d.periodFee ?? '0');
      if (d.feeRate !== undefined) fee = fee.plus(round(new D(d.originalPrincipal ?? d.principal).times(d.feeRate)));
      if (d.chargeCap !== undefined) {
        let room = Decimal.max(0, new D(d.chargeCap).minus(s.charged));
        interest = min(interest, room);
        room = room.minus(interest);
        fee = min(fee, room);
      }
      const extra = penalty ? Decimal.max(0, interest.minus(round(interestAt(d, base, ownRate, days)))) : undefined;
      return { interest, fee, extra };
    });
    const owedAfterCharges = debts.map((s, i) => owed(s).plus(charges[i]!.interest).plus(charges[i]!.fee));
    const focus = ordered.find((s) => owedAfterCharges[debts.indexOf(s)]!.greaterThan(0));
    const kind = debts.map((s) => (s.debt.fixedPayment !== undefined ? 0 : s.current ? 1 : 2));
    const due = debts.map((s, i) => {
      const o = owedAfterCharges[i]!;
      if (o.isZero()) return new D(0);
      if (kind[i] === 0) return min(new D(s.debt.fixedPayment!), o);
      if (kind[i] === 1) return min(new D(s.debt.contractInstalment!), o);
      if (s === focus) return new D(0);
      return min(new D(s.debt.tokenPayment ?? '0'), o);
    });
    const fixedAndTokens = due.reduce((a, b, i) => (kind[i] === 1 ? a : a.plus(b)), new D(0));
    if (fixedAndTokens.greaterThan(money) && !change) return outcome(false, 'commitments-exceed-budget');
    const pay = due.slice();
    const missed = debts.map(() => new D(0));
    let rest = money.minus(due.reduce((a, b) => a.plus(b), new D(0)));
    if (rest.lessThan(0)) {
      let left = money;
      for (const wanted of [0, 1, 2]) {
        for (const s of ordered) {
          const i = debts.indexOf(s);
          if (kind[i] !== wanted || due[i]!.isZero()) continue;
          pay[i] = due[i]!.lessThanOrEqualTo(left) ? due[i]! : wanted === 1 ? new D(0) : left;
          left = left.minus(pay[i]);
          missed[i] = due[i]!.minus(pay[i]);
          if (missed[i].greaterThan(0) && wanted === 1) {
            s.current = false;
            s.overdueFrom = date;
          }
        }
      }
      rest = left;
    }
    for (const s of ordered) {
      const i = debts.indexOf(s);
      const take = min(rest, owedAfterCharges[i]!.minus(pay[i]!));
      if (take.greaterThan(0)) {
        pay[i] = pay[i]!.plus(take);
        rest = rest.minus(take);
      }
    }
    const lines = debts.map((s, i) => {
      const { interest, fee, extra } = charges[i]!;
      s.charged = s.charged.plus(interest).plus(fee);
      s.fees = s.fees.plus(fee);
      s.interest = s.interest.plus(interest);
      if (extra) s.penaltyExtra = (s.penaltyExtra ?? new D(0)).plus(extra);
      s.missed = s.missed.plus(missed[i]!);
      let left = pay[i]!;
      const toFees = min(left, s.fees);
      s.fees = s.fees.minus(toFees);
      left = left.minus(toFees);
      const toInterest = min(left, s.interest);
      s.interest = s.interest.minus(toInterest);
      left = left.minus(toInterest);
      s.principal = s.principal.minus(left);
      return {
        interest: interest.toFixed(2),
        fees: fee.toFixed(2),
        paid: pay[i]!.toFixed(2),
        owed: owed(s).toFixed(2),
        ...(missed[i]!.greaterThan(0) ? { missed: missed[i]!.toFixed(2) } : {}),
      };
    });
    periods.push({ date, focus: focus ? focus.debt.id : null, lines });
    previous = date;
    if (debts.every((s) => owed(s).isZero())) return outcome(true);
  }
  return outcome(false, 'not-cleared-within-horizon');
}

/** An exact fraction numerator / denominator (denominator > 0). */
interface Fraction {
  n: bigint;
  d: bigint;
}

function fractionOf(decimal: string): Fraction {
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  return { n: BigInt(whole + fraction), d: 10n ** BigInt(fraction.length) };
}

const compareFractions = (a: Fraction, b: Fraction): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * The repayment order worked out independently of src/domain/order.ts (docs/engine.md, rule 7),
 * with exact fractions for the annual rates.
 */
export function referenceOrder(input: PlanInput): string[] {
  if (input.strategy === 'custom') return input.order!.slice();
  const yearly = (debt: DebtInput): Fraction => {
    if (debt.frozen) return { n: 0n, d: 1n };
    const overdueWithPenalty = debt.contractInstalment === undefined && debt.penaltyRate !== undefined;
    const rate = fractionOf(
      overdueWithPenalty ? debt.penaltyRate! : (debt.dailyRate ?? debt.monthlyRate ?? debt.annualRate)!,
    );
    if (debt.dailyRate !== undefined) return { n: rate.n * 365n, d: rate.d };
    if (debt.monthlyRate !== undefined) return { n: rate.n * 12n, d: rate.d };
    if (debt.annualRateDayBasis !== undefined) return { n: rate.n * 365n, d: rate.d * BigInt(debt.annualRateDayBasis) };
    return rate;
  };
  const owedOf = (debt: DebtInput): Dec => new D(debt.principal).plus(debt.interest ?? '0').plus(debt.fees ?? '0');
  const paysEveryPeriod = (debt: DebtInput): boolean =>
    debt.fixedPayment !== undefined || debt.contractInstalment !== undefined;
  interface Key {
    owed: Dec;
    yearly: Fraction;
    position: number;
  }
  const compare = (a: Key, b: Key): number => {
    const byOwed = a.owed.comparedTo(b.owed);
    const byRate = compareFractions(b.yearly, a.yearly);
    const [first, second] = input.strategy === 'snowball' ? [byOwed, byRate] : [byRate, byOwed];
    return first || second || a.position - b.position;
  };
  const groups = new Map<string, { debts: { debt: DebtInput; key: Key }[]; key: Key; allPay: boolean }>();
  input.debts.forEach((debt, position) => {
    const name = debt.platform ? `named ${debt.platform}` : `alone ${String(position)}`;
    const key = { owed: owedOf(debt), yearly: yearly(debt), position };
    const group = groups.get(name);
    if (!group) {
      groups.set(name, { debts: [{ debt, key }], key: { ...key }, allPay: paysEveryPeriod(debt) });
      return;
    }
    group.debts.push({ debt, key });
    group.key.owed = group.key.owed.plus(key.owed);
    if (compareFractions(key.yearly, group.key.yearly) > 0) group.key.yearly = key.yearly;
    group.allPay = group.allPay && paysEveryPeriod(debt);
  });
  return [...groups.values()]
    .sort((a, b) => Number(a.allPay) - Number(b.allPay) || compare(a.key, b.key))
    .flatMap((group) =>
      group.debts
        .sort((a, b) => Number(paysEveryPeriod(a.debt)) - Number(paysEveryPeriod(b.debt)) || compare(a.key, b.key))
        .map(({ debt }) => debt.id),
    );
}
