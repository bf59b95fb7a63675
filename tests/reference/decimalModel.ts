/**
 * An independent, deliberately plain implementation of the engine's model (issue 2, rules 1–8)
 * with decimal.js, used only as a test oracle: the property tests check that the fast
 * integer-fen engine gives exactly the same plan for thousands of random inputs.
 *
 * It shares no code with src/domain/ (dates included), so a bug in one is unlikely to be
 * mirrored in the other. It assumes valid input and the order computed by the engine.
 */
import Decimal from 'decimal.js';
import type { PlanInput } from '../../src/domain/types';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export interface ReferenceLine {
  interest: string;
  fees: string;
  paid: string;
  owed: string;
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
  const budget = new D(input.monthlyBudget);
  const horizon = input.horizonMonths ?? 600;
  const debts = input.debts.map((debt) => ({
    debt,
    fees: new D(debt.fees ?? '0'),
    interest: new D(debt.interest ?? '0'),
    principal: new D(debt.principal),
    charged: new D(debt.interest ?? '0').plus(debt.fees ?? '0'),
  }));
  const owed = (s: (typeof debts)[number]): Dec => s.fees.plus(s.interest).plus(s.principal);
  const byId = new Map(debts.map((s) => [s.debt.id, s]));
  const ordered = order.map((id) => byId.get(id)!);
  const periods: ReferencePeriod[] = [];
  if (debts.every((s) => owed(s).isZero())) return { feasible: true, periods };

  let previous = input.asOf;
  for (let k = 1; k <= horizon; k++) {
    const date = periodDate(input.firstPaymentDate, k - 1);
    const days = utcDays(date) - utcDays(previous);
    const charges = debts.map((s) => {
      const d = s.debt;
      if (owed(s).isZero() || d.frozen) return { interest: new D(0), fee: new D(0) };
      const base = d.compound ? s.principal.plus(s.interest) : s.principal;
      let interest = (
        d.dailyRate !== undefined ? base.times(d.dailyRate).times(days) : base.times(d.monthlyRate!)
      ).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      let fee = new D(d.periodFee ?? '0');
      if (d.chargeCap !== undefined) {
        let room = Decimal.max(0, new D(d.chargeCap).minus(s.charged));
        interest = min(interest, room);
        room = room.minus(interest);
        fee = min(fee, room);
      }
      return { interest, fee };
    });
    const owedAfterCharges = debts.map((s, i) => owed(s).plus(charges[i]!.interest).plus(charges[i]!.fee));
    const focus = ordered.find((s) => owedAfterCharges[debts.indexOf(s)]!.greaterThan(0));
    const pay = debts.map((s, i) => {
      const o = owedAfterCharges[i]!;
      if (s.debt.fixedPayment !== undefined) return min(new D(s.debt.fixedPayment), o);
      if (s === focus) return new D(0);
      return min(new D(s.debt.tokenPayment ?? '0'), o);
    });
    const committed = pay.reduce((a, b) => a.plus(b), new D(0));
    if (committed.greaterThan(budget)) return { feasible: false, reason: 'commitments-exceed-budget', periods };
    let rest = budget.minus(committed);
    for (const s of ordered) {
      const i = debts.indexOf(s);
      const take = min(rest, owedAfterCharges[i]!.minus(pay[i]!));
      if (take.greaterThan(0)) {
        pay[i] = pay[i]!.plus(take);
        rest = rest.minus(take);
      }
    }
    const lines = debts.map((s, i) => {
      const { interest, fee } = charges[i]!;
      s.charged = s.charged.plus(interest).plus(fee);
      s.fees = s.fees.plus(fee);
      s.interest = s.interest.plus(interest);
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
      };
    });
    periods.push({ date, focus: focus ? focus.debt.id : null, lines });
    previous = date;
    if (debts.every((s) => owed(s).isZero())) return { feasible: true, periods };
  }
  return { feasible: false, reason: 'not-cleared-within-horizon', periods };
}
