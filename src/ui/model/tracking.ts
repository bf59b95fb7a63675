/**
 * Plan against reality (issue 17), as pure functions: which plan period the person is on, Shore's
 * own figure for a platform on a day and why it differs from the lender's, restarting the plan
 * from reconciled balances, and progress against the plan as it was when recording began.
 *
 * Invariants:
 * - Money is a decimal string; arithmetic is whole fen (domain/money.ts). No clock: dates come in.
 * - A payment record names its platform by `platformValueOf(key)`; `recordsOf` matches it back.
 * - A balance not known ('') is never read as zero: it is "not known", and Shore's own figure
 *   (`expected`) stands in where a number is needed (the plan's restart, the chart), flagged.
 * - Restarting keeps the engine's contract: new balances as of the reconcile day (a new `asOf`),
 *   payments continuing on the same day of the month.
 */
import type { Plan, PlanInput } from '../../domain';
import { allocateFen, fromFen, sumFen, sumMoney, toFen } from '../../domain/money';
import { platformValueOf, type PlatformKey } from '../../domain/platform';
import type { DebtRecord, PaymentRecord, PlanBaseline, PlanSettingsRecord } from '../../domain/records';
import type { PlatformIndex, PlatformInfo } from './analysis';
import { addDays } from './dates';
import { owedNow } from './planInput';
import { nextPaymentDate, plannedBy, rebaseDebt } from './progress';

/** The records of one platform (by its key), in their stored order. */
export function recordsOf(payments: readonly PaymentRecord[], key: PlatformKey): PaymentRecord[] {
  const value = platformValueOf(key);
  return payments.filter((payment) => payment.platform === value);
}

/** Whether the plan's payment to `platform` due on `dueDate` has been answered (recorded paid or missed). */
export function isAnswered(payments: readonly PaymentRecord[], key: PlatformKey, dueDate: string): boolean {
  return recordsOf(payments, key).some(
    (payment) => (payment.kind === 'paid' || payment.kind === 'missed') && payment.dueDate === dueDate,
  );
}

/** Money the plan asks of one platform in period `index` (0 when none). */
export function plannedPayment(plan: Plan, platform: PlatformInfo, index: number): string {
  const period = plan.periods[index];
  if (period === undefined) return '0.00';
  const ids = new Set(platform.debtIds);
  return fromFen(sumFen(period.lines.filter((line) => ids.has(line.id)).map((line) => toFen(line.paid))));
}

/**
 * The period the person is on: the first whose planned payments are not all answered (0 when
 * nothing is recorded). A plan whose every period is answered gives its length.
 */
export function currentPeriodIndex(plan: Plan, index: PlatformIndex, payments: readonly PaymentRecord[]): number {
  for (const [i, period] of plan.periods.entries()) {
    const open = index.platforms.some(
      (platform) => toFen(plannedPayment(plan, platform, i)) > 0 && !isAnswered(payments, platform.key, period.date),
    );
    if (open) return i;
  }
  return plan.periods.length;
}

/** A planned payment on or before the reconcile day with nothing recorded against it. */
export interface Unrecorded {
  dueDate: string;
  amount: string;
}

/** Shore's own figure for a platform on a day, and how it is made up. */
export interface ShoreFigure {
  /** Owed at the plan's start (`asOf`). */
  start: string;
  /** Interest and fees the plan adds in periods dated after `asOf`, up to the day. */
  interest: string;
  /** Payments recorded after `asOf`, up to the day. */
  paid: string;
  /** New charges recorded after `asOf`, up to the day. */
  charges: string;
  /** start + interest − paid + charges, at least 0.00. */
  expected: string;
  /** Planned payments due by the day that were neither recorded as paid nor as missed. */
  unrecorded: Unrecorded[];
}

/** Shore's own figure for `platform` on `on` (after the plan's `asOf`). */
export function shoreFigure(
  input: Pick<PlanInput, 'asOf' | 'debts'>,
  plan: Plan,
  platform: PlatformInfo,
  payments: readonly PaymentRecord[],
  on: string,
): ShoreFigure {
  const ids = new Set(platform.debtIds);
  const start = toFen(
    sumMoney(
      input.debts.filter((debt) => ids.has(debt.id)).flatMap((debt) => [debt.principal, debt.interest, debt.fees]),
    ),
  );
  let interest = 0;
  const unrecorded: Unrecorded[] = [];
  for (const [i, period] of plan.periods.entries()) {
    if (period.date > on) break;
    const lines = period.lines.filter((line) => ids.has(line.id));
    interest += sumFen(lines.map((line) => toFen(line.interest) + toFen(line.fees)));
    const planned = plannedPayment(plan, platform, i);
    if (toFen(planned) > 0 && !isAnswered(payments, platform.key, period.date)) {
      unrecorded.push({ dueDate: period.date, amount: planned });
    }
  }
  const within = recordsOf(payments, platform.key).filter((payment) => payment.on > input.asOf && payment.on <= on);
  const paid = sumFen(within.filter((payment) => payment.kind === 'paid').map((payment) => toFen(payment.amount)));
  const charges = sumFen(within.filter((payment) => payment.kind === 'charge').map((payment) => toFen(payment.amount)));
  return {
    start: fromFen(start),
    interest: fromFen(interest),
    paid: fromFen(paid),
    charges: fromFen(charges),
    expected: fromFen(Math.max(0, start + interest - paid + charges)),
    unrecorded,
  };
}

/** Why the lender's figure differs from Shore's. */
export type DifferenceReason =
  | { kind: 'matches' }
  | { kind: 'unrecorded'; dueDate: string; amount: string }
  | { kind: 'less-interest' }
  | { kind: 'more-interest' }
  | { kind: 'missed-penalty' }
  | { kind: 'charge-not-recorded' };

export interface Difference {
  /** lender − Shore: positive when the lender says more is owed. */
  difference: string;
  reasons: DifferenceReason[];
}

/**
 * The difference between the lender's figure and Shore's, and the likely reasons, most likely
 * first: less owed than Shore thinks → a payment not yet recorded (each one named), or less
 * interest or fees charged than planned; more owed → penalty interest after a missed payment (if
 * one is recorded), interest or fees above the plan, or a new charge not recorded.
 */
export function explainDifference(lender: string, figure: ShoreFigure, missedRecorded: boolean): Difference {
  const difference = toFen(lender) - toFen(figure.expected);
  const reasons: DifferenceReason[] = [];
  if (difference === 0) reasons.push({ kind: 'matches' });
  else if (difference < 0) {
    for (const item of figure.unrecorded) reasons.push({ kind: 'unrecorded', ...item });
    reasons.push({ kind: 'less-interest' });
  } else {
    if (missedRecorded) reasons.push({ kind: 'missed-penalty' });
    reasons.push({ kind: 'more-interest' }, { kind: 'charge-not-recorded' });
  }
  return { difference: fromFen(difference), reasons };
}

/**
 * Every debt with the balance its platform has on the reconcile day: the lender's figure where
 * known, else Shore's own; a platform's figure is shared over its debts in proportion to what
 * each owed (allocateFen), and each debt rebased (a drop comes off fees, interest, principal).
 */
export function restartDebts(
  debts: readonly DebtRecord[],
  index: PlatformIndex,
  owedOn: ReadonlyMap<PlatformKey, string>,
  updatedAt: string,
): DebtRecord[] {
  const byId = new Map<string, DebtRecord>();
  for (const platform of index.platforms) {
    const owed = owedOn.get(platform.key);
    if (owed === undefined) continue;
    const own = debts.filter((debt) => platform.debtIds.includes(debt.id));
    const shares = allocateFen(
      toFen(owed),
      own.map((debt) => Math.max(0, toFen(owedNow(debt)))),
    );
    own.forEach((debt, i) => byId.set(debt.id, rebaseDebt(debt, fromFen(shares[i] ?? 0), updatedAt)));
  }
  return debts.map((debt) => byId.get(debt.id) ?? debt);
}

/** The plan settings after a restart on `on`: balances as of that day, the next payment date after it. */
export function restartSettings(
  settings: Pick<PlanSettingsRecord, 'firstPaymentDate'>,
  on: string,
): Pick<PlanSettingsRecord, 'asOf' | 'firstPaymentDate'> {
  return { asOf: on, firstPaymentDate: nextPaymentDate(settings.firstPaymentDate, on) };
}

/** One point of the actual path: what was owed in all on a reconcile day. */
export interface ActualPoint {
  date: string;
  owed: string;
  /** Some platform's balance was not known that day: Shore's own figure stands in for it. */
  estimated: boolean;
}

/** The actual path: the baseline's start, then each reconcile day's total (known or Shore's figure). */
export function actualSeries(baseline: PlanBaseline, payments: readonly PaymentRecord[]): ActualPoint[] {
  const byDay = new Map<string, PaymentRecord[]>();
  for (const payment of payments) {
    if (payment.kind !== 'balance' || payment.on <= baseline.asOf) continue;
    byDay.set(payment.on, [...(byDay.get(payment.on) ?? []), payment]);
  }
  const points: ActualPoint[] = [{ date: baseline.asOf, owed: fromFen(toFen(baseline.startOwed)), estimated: false }];
  for (const day of [...byDay.keys()].sort()) {
    const rows = byDay.get(day) ?? [];
    const owed = sumFen(rows.map((row) => toFen(row.amount === '' ? (row.expected ?? '0') : row.amount)));
    points.push({ date: day, owed: fromFen(owed), estimated: rows.some((row) => row.amount === '') });
  }
  return points;
}

export type Milestone = 'first-platform' | 'half-way' | 'all-platforms';

export interface TrackedProgress {
  /** Every payment recorded since the baseline's start. */
  paidSoFar: string;
  /**
   * Ahead (positive) or behind (negative), in money: by what is owed at the latest reconcile
   * (`basis: 'owed'`), else by what was paid against what the plan asked by the latest payment
   * date answered (`basis: 'paid'`); null when nothing can be compared yet.
   */
  aheadBy: string | null;
  basis: 'owed' | 'paid' | null;
  /** The day compared on. */
  comparedOn: string | null;
  /**
   * Interest and fees the original plan expected minus what is now expected (paid until the
   * restart plus the current plan); negative when it will cost more.
   */
  interestAvoided: string;
  /** Platforms whose latest known balance is 0.00, by name. */
  cleared: string[];
  milestones: Milestone[];
  actual: ActualPoint[];
}

/** The total of a plan: everything it pays plus anything it leaves owed at its end. */
function planTotal(plan: Pick<Plan, 'periods'>): number {
  const paid = sumFen(plan.periods.flatMap((period) => period.lines.map((line) => toFen(line.paid))));
  const last = plan.periods.at(-1);
  const left = last === undefined ? 0 : sumFen(last.lines.map((line) => toFen(line.owed)));
  return paid + left;
}

/** The baseline's total: every planned payment plus what it leaves owed at its end. */
function baselineTotal(baseline: PlanBaseline): number {
  const paid = sumFen(baseline.points.map((point) => toFen(point.paid)));
  const left = baseline.points.at(-1)?.owed ?? baseline.startOwed;
  return paid + toFen(left);
}

/**
 * Progress against `baseline`. `current` is the plan in use with its `asOf` (later than the
 * baseline's once the plan was restarted from reconciled balances).
 */
export function trackProgress(
  baseline: PlanBaseline,
  payments: readonly PaymentRecord[],
  current: { asOf: string; plan: Pick<Plan, 'periods'> },
  index: PlatformIndex,
): TrackedProgress {
  const since = payments.filter((payment) => payment.on > baseline.asOf);
  const paidRecords = since.filter((payment) => payment.kind === 'paid');
  const paidSoFar = sumFen(paidRecords.map((payment) => toFen(payment.amount)));
  const actual = actualSeries(baseline, payments);
  const latest = actual.length > 1 ? actual.at(-1) : undefined;
  let aheadBy: number | null = null;
  let basis: TrackedProgress['basis'] = null;
  let comparedOn: string | null = null;
  if (latest !== undefined) {
    aheadBy = toFen(plannedBy(baseline, latest.date).owed) - toFen(latest.owed);
    basis = 'owed';
    comparedOn = latest.date;
  } else {
    const answered = since.flatMap((payment) =>
      (payment.kind === 'paid' || payment.kind === 'missed') && payment.dueDate !== undefined ? [payment.dueDate] : [],
    );
    const lastDue = answered.sort().at(-1);
    if (lastDue !== undefined) {
      aheadBy = paidSoFar - toFen(plannedBy(baseline, lastDue).paid);
      basis = 'paid';
      comparedOn = lastDue;
    }
  }
  const paidBeforeRestart = sumFen(
    paidRecords.filter((payment) => payment.on <= current.asOf).map((payment) => toFen(payment.amount)),
  );
  const interestAvoided = baselineTotal(baseline) - (paidBeforeRestart + planTotal(current.plan));
  const latestBalance = new Map<string, PaymentRecord>();
  for (const payment of payments) if (payment.kind === 'balance') latestBalance.set(payment.platform, payment);
  const cleared = index.platforms
    .filter((platform) => latestBalance.get(platformValueOf(platform.key))?.amount === '0.00')
    .map((platform) => platform.name);
  const milestones: Milestone[] = [];
  if (cleared.length > 0) milestones.push('first-platform');
  if (latest !== undefined && toFen(latest.owed) * 2 <= toFen(baseline.startOwed)) milestones.push('half-way');
  if (index.platforms.length > 0 && cleared.length === index.platforms.length) milestones.push('all-platforms');
  return {
    paidSoFar: fromFen(paidSoFar),
    aheadBy: aheadBy === null ? null : fromFen(aheadBy),
    basis,
    comparedOn,
    interestAvoided: fromFen(interestAvoided),
    cleared,
    milestones,
    actual,
  };
}

/** One planned payment due this week that is not recorded yet (`dueThisWeek`). */
export interface DueThisWeek {
  key: string;
  date: string;
  amount: string;
  name: string;
}

/**
 * "This week" (issue 17; the printed plan and handover pack too, issue 18): every planned payment
 * due within 7 days of `today` (or already due) that is not recorded yet, by date.
 */
export function dueThisWeek(
  plan: Plan,
  platforms: PlatformIndex,
  payments: readonly PaymentRecord[],
  today: string,
): DueThisWeek[] {
  const until = addDays(today, 7);
  const items: DueThisWeek[] = [];
  for (const [i, period] of plan.periods.entries()) {
    if (period.date > until) break;
    for (const platform of platforms.platforms) {
      const amount = plannedPayment(plan, platform, i);
      if (amount === '0.00' || isAnswered(payments, platform.key, period.date)) continue;
      items.push({ key: `${period.date}-${platform.key}`, date: period.date, amount, name: platform.name });
    }
  }
  return items;
}
