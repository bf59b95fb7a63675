/**
 * The float baseline for `npm run bench`: the same model as src/domain/plan.ts written the naive
 * way, with JS floats in yuan and `Math.round(x * 100) / 100`. It produces the same Plan shape
 * (money strings via toFixed) so the comparison measures the cost of exactness, not of output.
 * It is NOT exact (that is the point) and must never be used outside the benchmark.
 */
import type { Plan, PlanInput, PlanLineLike } from './floatTypes';

/** Days since 1970-01-01 for a civil date (same arithmetic as the engine, so only money differs). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function addMonths(first: string, offset: number): { iso: string; day: number } {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + offset;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  const day = Math.min(d, last);
  const iso = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, day: dayNumber(year, month, day) };
}

export function floatPlan(input: PlanInput, order: number[]): Plan {
  const n = input.debts.length;
  const budget = Number(input.monthlyBudget);
  const debts = input.debts.map((d) => ({
    id: d.id,
    fees: Number(d.fees ?? 0),
    interest: Number(d.interest ?? 0),
    principal: Number(d.principal),
    rate: Number(d.dailyRate ?? d.monthlyRate),
    daily: d.dailyRate !== undefined,
    compound: d.compound ?? false,
    frozen: d.frozen ?? false,
    periodFee: Number(d.periodFee ?? 0),
    cap: d.chargeCap === undefined ? Infinity : Number(d.chargeCap),
    charged: Number(d.interest ?? 0) + Number(d.fees ?? 0),
    fixed: d.fixedPayment === undefined ? null : Number(d.fixedPayment),
    token: Number(d.tokenPayment ?? 0),
    paid: 0,
  }));
  const periods: { index: number; date: string; focus: string | null; lines: PlanLineLike[] }[] = [];
  const [asOfYear, asOfMonth, asOfDay] = input.asOf.split('-').map(Number) as [number, number, number];
  let previous = dayNumber(asOfYear, asOfMonth, asOfDay);
  let owedCount = debts.filter((d) => d.fees + d.interest + d.principal > 0).length;
  const ci = new Array<number>(n);
  const cf = new Array<number>(n);
  const owed = new Array<number>(n);
  const pay = new Array<number>(n);
  for (let k = 1; owedCount > 0 && k <= (input.horizonMonths ?? 600); k++) {
    const { iso, day } = addMonths(input.firstPaymentDate, k - 1);
    const days = day - previous;
    for (let i = 0; i < n; i++) {
      const d = debts[i]!;
      const o = d.fees + d.interest + d.principal;
      let int = 0;
      let fee = 0;
      if (o > 0 && !d.frozen) {
        const base = d.compound ? d.principal + d.interest : d.principal;
        int = Math.round(base * d.rate * (d.daily ? days : 1) * 100) / 100;
        fee = d.periodFee;
        const room = Math.max(0, d.cap - d.charged);
        int = Math.min(int, room);
        fee = Math.min(fee, room - int);
      }
      ci[i] = int;
      cf[i] = fee;
      owed[i] = o + int + fee;
    }
    let focus = -1;
    for (const i of order)
      if (owed[i]! > 0) {
        focus = i;
        break;
      }
    let committed = 0;
    for (let i = 0; i < n; i++) {
      const d = debts[i]!;
      const o = owed[i]!;
      pay[i] = o <= 0 ? 0 : d.fixed !== null ? Math.min(d.fixed, o) : i === focus ? 0 : Math.min(d.token, o);
      committed += pay[i]!;
    }
    if (committed > budget) break;
    let rest = budget - committed;
    for (const i of order) {
      if (rest <= 0) break;
      const take = Math.min(rest, owed[i]! - pay[i]!);
      if (take > 0) {
        pay[i] = pay[i]! + take;
        rest -= take;
      }
    }
    const lines: PlanLineLike[] = new Array<PlanLineLike>(n);
    for (let i = 0; i < n; i++) {
      const d = debts[i]!;
      d.charged += ci[i]! + cf[i]!;
      let p = pay[i]!;
      d.paid += p;
      d.fees += cf[i]!;
      d.interest += ci[i]!;
      const tf = Math.min(p, d.fees);
      d.fees -= tf;
      p -= tf;
      const ti = Math.min(p, d.interest);
      d.interest -= ti;
      p -= ti;
      d.principal -= p;
      const left = owed[i]! - pay[i]!;
      if (pay[i]! > 0 && left <= 0) owedCount--;
      lines[i] = {
        id: d.id,
        interest: ci[i]!.toFixed(2),
        fees: cf[i]!.toFixed(2),
        paid: pay[i]!.toFixed(2),
        owed: left.toFixed(2),
      };
    }
    periods.push({ index: k, date: iso, focus: focus < 0 ? null : debts[focus]!.id, lines });
    previous = day;
  }
  return { periods, totalPaid: debts.reduce((t, d) => t + d.paid, 0).toFixed(2) };
}
