/**
 * The true cost of a loan (issue 16): the annual rate at which what was received equals what is
 * repaid, as an internal rate of return (docs/engine.md, "The true cost of a loan").
 *
 * - Monthly schedules (payment k on the k-th monthly anniversary of `startDate`, the day clamped
 *   to the month's end like the plan's calendar) solve received = Σ amount_k / (1+m)^k and report
 *   12·m·100 (`monthly-irr`).
 * - Any other schedule solves the same on actual days, Σ amount_i / (1+d)^days_i, and reports
 *   365·d·100 (`daily-irr`).
 *
 * The result is a percent with 2 decimals, rounded half-up (a tie goes away from zero), and
 * certain at that precision: a float search finds the root approximately, then decimal.js at
 * 60 significant digits checks the sign of the equation on both sides of the rounding interval
 * (narrowing by bisection when needed), so the 2-decimal answer is proven, not estimated.
 * Input size and every loop are bounded (`MAX_COST_PAYMENTS`, `MAX_COST_SPAN_DAYS`), so it never hangs.
 */
import Decimal from 'decimal.js';
import { addMonthsClamped, toDayNumber, type CivilDate } from './dates';
import { formatFen, type Fen } from './money';
import { IssueCollector, PlanInputError, isRecord, readDate, readMoney } from './validate';

/** Input of `annualCost`. Money and dates follow the engine's rule 10 ("1234.50", `YYYY-MM-DD`). */
export interface CostInput {
  /** The money actually received, after anything deducted at drawdown; more than 0. */
  received: string;
  /** The day the money was received. */
  startDate: string;
  /** Every payment, in date order, each dated after `startDate`; at least one above 0. */
  payments: { date: string; amount: string }[];
}

/** Output of `annualCost`. */
export interface CostResult {
  /** `monthly-irr` when payment k falls on the k-th monthly anniversary of `startDate`; else `daily-irr`. */
  method: 'monthly-irr' | 'daily-irr';
  /** Percent a year, 2 decimals, rounded half-up (ties away from zero), exact at that precision; may be negative ("21.46"). */
  annualRate: string;
  /** Sum of the payments. Added field. */
  totalPaid: string;
  /** totalPaid − received (negative when less is repaid than received). Added field. */
  totalCost: string;
}

/** At most this many payments (100 years of monthly payments). */
export const MAX_COST_PAYMENTS = 1200;
/** The last payment at most this many days after `startDate` (100 years). */
export const MAX_COST_SPAN_DAYS = 36_525;

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type Dec = InstanceType<typeof D>;

/** |f| at or below received × this is a root exactly on a rounding boundary (a tie). */
const TIE_TOLERANCE = new D('1e-40');
/** Bisection steps at most (each halves the bracket; 400 halvings narrow any bracket below 1e-100). */
const MAX_BISECTIONS = 400;

interface CashFlows {
  readonly receivedFen: Fen;
  /** Exponent of each payment: its month number (monthly) or its days after the start (daily). */
  readonly times: readonly number[];
  readonly amountsFen: readonly Fen[];
  readonly method: CostResult['method'];
  /** Percent a year per unit of period rate: 1200 (monthly) or 36500 (daily). */
  readonly percentScale: number;
}

function parseCostInput(raw: unknown): CashFlows {
  const issues = new IssueCollector();
  if (!isRecord(raw)) {
    issues.add('input', 'not-an-object');
    throw new PlanInputError(issues.issues);
  }
  const receivedFen = readMoney(issues, raw, 'received', 'received', true);
  if (receivedFen === 0) issues.add('received', 'not-positive');
  const start = readDate(issues, raw.startDate, 'startDate');

  const dates: (CivilDate | undefined)[] = [];
  const amountsFen: Fen[] = [];
  const payments = raw.payments;
  if (payments === undefined) issues.add('payments', 'required');
  else if (!Array.isArray(payments)) issues.add('payments', 'not-an-array');
  else if (payments.length === 0) issues.add('payments', 'empty-list');
  else if (payments.length > MAX_COST_PAYMENTS) issues.add('payments', 'too-many');
  else {
    (payments as unknown[]).forEach((payment, i) => {
      const path = `payments[${String(i)}]`;
      if (!isRecord(payment)) {
        issues.add(path, 'not-an-object');
        dates.push(undefined);
        return;
      }
      amountsFen.push(readMoney(issues, payment, 'amount', `${path}.amount`, true) ?? 0);
      dates.push(readDate(issues, payment.date, `${path}.date`));
    });
    if (issues.issues.length === 0 && amountsFen.every((amount) => amount === 0))
      issues.add('payments', 'not-positive');
  }

  const startDay = start ? toDayNumber(start) : 0;
  const days: number[] = [];
  let previous = startDay;
  dates.forEach((date, i) => {
    if (!date || !start) return;
    const day = toDayNumber(date);
    const path = `payments[${String(i)}].date`;
    if (day <= startDay) issues.add(path, 'not-after-start');
    else if (day < previous) issues.add(path, 'out-of-order');
    else if (day - startDay > MAX_COST_SPAN_DAYS) issues.add(path, 'too-far');
    previous = Math.max(previous, day);
    days.push(day - startDay);
  });

  if (issues.issues.length > 0 || receivedFen === undefined || !start) throw new PlanInputError(issues.issues);

  const monthly = dates.every((date, i) => {
    const anniversary = addMonthsClamped(start, i + 1);
    return (
      date !== undefined &&
      date.year === anniversary.year &&
      date.month === anniversary.month &&
      date.day === anniversary.day
    );
  });
  return {
    receivedFen,
    amountsFen,
    times: monthly ? amountsFen.map((_, i) => i + 1) : days,
    method: monthly ? 'monthly-irr' : 'daily-irr',
    percentScale: monthly ? 1200 : 36500,
  };
}

/**
 * An approximate root as a percent a year, with floats: bisection on u = ln(1 + rate), where
 * log Σ amount_i·e^(−u·t_i) (computed without overflow) falls as u rises. Any root lies in
 * |u| < 50: amounts are at most 1.2e15 fen in all and at least 1 fen, and every t_i ≥ 1.
 */
function estimatePercent(flows: CashFlows): number {
  const logReceived = Math.log(flows.receivedFen);
  const logAmounts = flows.amountsFen.map((amount) => (amount > 0 ? Math.log(amount) : -Infinity));
  const logPresentValue = (u: number): number => {
    let max = -Infinity;
    for (let i = 0; i < logAmounts.length; i++) max = Math.max(max, logAmounts[i]! - u * flows.times[i]!);
    let sum = 0;
    for (let i = 0; i < logAmounts.length; i++) sum += Math.exp(logAmounts[i]! - u * flows.times[i]! - max);
    return max + Math.log(sum);
  };
  let low = -50;
  let high = 50;
  for (let step = 0; step < 200 && high - low > 1e-15; step++) {
    const middle = (low + high) / 2;
    if (logPresentValue(middle) > logReceived) low = middle;
    else high = middle;
  }
  return Math.expm1((low + high) / 2) * flows.percentScale;
}

/** Σ amount_i / (1+r)^t_i − received, in yuan, at 60 significant digits, for r = percent / scale. */
function presentValueGap(flows: CashFlows, percent: Dec): Dec {
  const growth = percent.dividedBy(flows.percentScale).plus(1); // 1 + r > 0
  const discount = new D(1).dividedBy(growth);
  let factor = new D(1);
  let time = 0;
  let total = new D(0);
  for (let i = 0; i < flows.times.length; i++) {
    const next = flows.times[i]!;
    if (next !== time) {
      factor = factor.times(discount.pow(next - time));
      time = next;
    }
    if (flows.amountsFen[i]! !== 0) total = total.plus(factor.times(flows.amountsFen[i]!));
  }
  return total.minus(flows.receivedFen).dividedBy(100);
}

const round2 = (percent: Dec): Dec => percent.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function formatPercent(percent: Dec): string {
  const text = percent.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/**
 * The percent a year, rounded half-up to 2 decimals and certain: `low` and `high` bracket the
 * root (gap > 0 at `low`, < 0 at `high`); halve the bracket until both ends round alike, or until
 * it is so narrow that only one rounding boundary lies inside, whose side the gap's sign decides.
 */
function settle(flows: CashFlows, low: Dec, high: Dec): Dec {
  const tolerance = TIE_TOLERANCE.times(flows.receivedFen).dividedBy(100);
  for (let step = 0; step < MAX_BISECTIONS; step++) {
    if (round2(low).equals(round2(high))) return round2(low);
    if (high.minus(low).lessThan('1e-12')) {
      // Exactly one boundary b (a value ending in 5 at the third decimal) lies in (low, high).
      const boundary = round2(high).plus(round2(low)).dividedBy(2);
      const gap = presentValueGap(flows, boundary);
      if (gap.abs().lessThanOrEqualTo(tolerance)) return round2(boundary); // the root is the boundary: a tie
      return gap.greaterThan(0) ? round2(high) : round2(low);
    }
    const middle = low.plus(high).dividedBy(2);
    if (presentValueGap(flows, middle).greaterThan(0)) low = middle;
    else high = middle;
  }
  return round2(low.plus(high).dividedBy(2)); // unreachable: 400 halvings pass 1e-12 from any bracket used here
}

/** A bracket around `estimate` (percent) where the gap changes sign, widened as needed. */
function bracket(flows: CashFlows, estimate: number): [Dec, Dec] {
  const floor = new D(-flows.percentScale); // rate −100 %
  let width = new D(Math.max(0.01, Math.abs(estimate) * 1e-9));
  let centre = new D(Number.isFinite(estimate) ? estimate : 0);
  if (centre.lessThanOrEqualTo(floor)) centre = floor.dividedBy(2);
  for (let step = 0; step < 200; step++) {
    let low = centre.minus(width);
    // Below −100 % the equation has no meaning: approach it geometrically instead.
    if (low.lessThanOrEqualTo(floor)) low = floor.plus(centre.minus(floor).dividedBy(new D(2).pow(step + 1)));
    const high = centre.plus(width);
    if (presentValueGap(flows, low).greaterThan(0) && presentValueGap(flows, high).lessThan(0)) return [low, high];
    width = width.times(16);
  }
  throw new Error('annualCost: no bracket found'); // unreachable: the root is within |u| < 50
}

/**
 * The real annual cost of a loan as an internal rate of return (issue 16).
 *
 * @throws PlanInputError naming each bad path (`received`, `startDate`, `payments`,
 *   `payments[1].amount`, `payments[0].date`).
 * @example
 * annualCost({ received: '12000.00', startDate: '2027-01-15',
 *   payments: 12 payments of { amount: '1120.00' } on 2027-02-15 … 2028-01-15 })
 *   // → { method: 'monthly-irr', annualRate: '21.46', … }
 */
export function annualCost(input: CostInput): CostResult {
  const flows = parseCostInput(input);
  const [low, high] = bracket(flows, estimatePercent(flows));
  const percent = settle(flows, low, high);
  const totalFen = flows.amountsFen.reduce((sum, amount) => sum + amount, 0);
  const costFen = totalFen - flows.receivedFen;
  return {
    method: flows.method,
    annualRate: formatPercent(percent),
    totalPaid: formatFen(totalFen),
    totalCost: (costFen < 0 ? '-' : '') + formatFen(Math.abs(costFen)),
  };
}
