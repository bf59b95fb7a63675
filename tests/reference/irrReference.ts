/**
 * An independent internal-rate-of-return solver, used only as a test oracle for `annualCost`
 * (src/domain/cost.ts). It shares no code with src/domain/: its own calendar (Date.UTC), its own
 * monthly-anniversary test, a plain present value with one `pow` per payment, and plain
 * bisection on the period rate. It returns the unrounded percent too, so a test can leave out
 * schedules whose answer lies too near a rounding boundary for its bisection (to 1e-18) to settle.
 */
import Decimal from 'decimal.js';

const R = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP, toExpPos: 100, toExpNeg: -100 });
type Dec = InstanceType<typeof R>;

export interface ReferenceCost {
  method: 'monthly-irr' | 'daily-irr';
  /** Rounded half-up to 2 decimals. */
  annualRate: string;
  /** Distance (in percent) from the unrounded answer to the nearest rounding boundary. */
  boundaryDistance: number;
}

const utcDay = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), for generating test schedules. */
export const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** Day number of a `YYYY-MM-DD` date. */
export const dayOfIso = utcDay;

/** The `months`-th monthly anniversary of `start`, the day clamped to the month's end. */
export function anniversary(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function referenceCost(received: string, startDate: string, payments: { date: string; amount: string }[]) {
  const monthly = payments.every((p, i) => p.date === anniversary(startDate, i + 1));
  const times = payments.map((p, i) => (monthly ? i + 1 : utcDay(p.date) - utcDay(startDate)));
  const scale = monthly ? 1200 : 36500;
  const gap = (rate: Dec): Dec =>
    payments
      .reduce((sum, p, i) => sum.plus(new R(p.amount).dividedBy(rate.plus(1).pow(times[i]!))), new R(0))
      .minus(received);
  let low = new R(-1).plus('1e-30');
  let high = new R(1);
  while (gap(high).greaterThan(0)) high = high.times(2);
  for (let i = 0; i < 400 && high.minus(low).greaterThan(high.abs().plus(1).times('1e-18')); i++) {
    const middle = low.plus(high).dividedBy(2);
    if (gap(middle).greaterThan(0)) low = middle;
    else high = middle;
  }
  const percent = low.plus(high).dividedBy(2).times(scale);
  const rounded = percent.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const text = rounded.toFixed(2);
  const nearestBoundary = percent.times(100).floor().plus(0.5).dividedBy(100);
  return {
    method: monthly ? 'monthly-irr' : 'daily-irr',
    annualRate: text === '-0.00' ? '0.00' : text,
    boundaryDistance: percent.minus(nearestBoundary).abs().toNumber(),
  } satisfies ReferenceCost;
}
