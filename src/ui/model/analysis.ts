/**
 * Views derived from the engine's plan: running it safely, platforms, the strategy comparison,
 * the queue timeline and "this month".
 *
 * Pure functions over `PlanInput` / `Plan`. The engine works per debt; people think per platform
 * (one creditor, maybe several loans), so most views here group debts by platform the same way
 * the engine does (same `platform` name; an unnamed debt is a platform of its own).
 */
import {
  PlanInputError,
  planRepayment,
  type Plan,
  type PlanInput,
  type PlanInputIssue,
  type Strategy,
} from '../../domain';
import { UiDecimal } from './money';

export type PlanRun = { ok: true; plan: Plan } | { ok: false; issues: readonly PlanInputIssue[] };

/** Run the engine; invalid input becomes data (`issues`), anything else is a programmer error and throws. */
export function runPlan(input: PlanInput): PlanRun {
  try {
    return { ok: true, plan: planRepayment(input) };
  } catch (error) {
    if (error instanceof PlanInputError) return { ok: false, issues: error.issues };
    throw error;
  }
}

export interface PlatformInfo {
  key: string;
  name: string;
  debtIds: string[];
}

export interface PlatformIndex {
  platforms: PlatformInfo[];
  keyOf(debtId: string): string;
  nameOf(debtId: string): string;
}

/** Platforms in first-appearance order of the input's debts. */
export function indexPlatforms(input: Pick<PlanInput, 'debts'>): PlatformIndex {
  const platforms: PlatformInfo[] = [];
  const byKey = new Map<string, PlatformInfo>();
  const keyById = new Map<string, string>();
  for (const debt of input.debts) {
    const name = debt.platform ?? '';
    const key = name === '' ? `own:${debt.id}` : `p:${name}`;
    keyById.set(debt.id, key);
    const existing = byKey.get(key);
    if (existing) existing.debtIds.push(debt.id);
    else {
      const info = { key, name: name === '' ? debt.id : name, debtIds: [debt.id] };
      byKey.set(key, info);
      platforms.push(info);
    }
  }
  return {
    platforms,
    keyOf: (debtId) => keyById.get(debtId) ?? debtId,
    nameOf: (debtId) => byKey.get(keyById.get(debtId) ?? '')?.name ?? debtId,
  };
}

/** Platforms in the order the plan's focus money reaches them. */
export function platformsInPlanOrder(plan: Plan, index: PlatformIndex): PlatformInfo[] {
  const seen = new Set<string>();
  const ordered: PlatformInfo[] = [];
  const byKey = new Map(index.platforms.map((platform) => [platform.key, platform]));
  for (const id of plan.order) {
    const key = index.keyOf(id);
    if (seen.has(key)) continue;
    seen.add(key);
    const platform = byKey.get(key);
    if (platform) ordered.push(platform);
  }
  for (const platform of index.platforms) if (!seen.has(platform.key)) ordered.push(platform);
  return ordered;
}

export type SegmentKind = 'waiting' | 'focus' | 'cleared';

export interface TimelineSegment {
  kind: SegmentKind;
  /** 1-based period indexes, inclusive. */
  fromPeriod: number;
  toPeriod: number;
  fromDate: string;
  toDate: string;
}

export interface TimelineRow {
  platform: PlatformInfo;
  /** First period the focus money reached this platform; null if it never did (cleared by commitments). */
  focusStartPeriod: number | null;
  /** Period its last debt was cleared; 0 when nothing was owed; null when never cleared. */
  clearedPeriod: number | null;
  segments: TimelineSegment[];
  /** Periods spent owing but waiting for its turn. */
  waitingMonths: number;
}

/** One row per platform (plan order): waiting, focus and cleared spans with dates. */
export function queueTimeline(plan: Plan, index: PlatformIndex): TimelineRow[] {
  const periods = plan.periods;
  const last = periods.length;
  const dateOf = (period: number): string => periods[period - 1]?.date ?? '';
  const outcomeById = new Map(plan.debts.map((outcome) => [outcome.id, outcome]));
  return platformsInPlanOrder(plan, index).map((platform) => {
    const ids = new Set(platform.debtIds);
    const focusIndex = periods.findIndex((period) => period.focus !== null && ids.has(period.focus));
    const focusStartPeriod = focusIndex < 0 ? null : focusIndex + 1;
    let clearedPeriod: number | null = 0;
    for (const id of platform.debtIds) {
      const payoff = outcomeById.get(id)?.payoffPeriod ?? null;
      if (payoff === null) clearedPeriod = null;
      else if (clearedPeriod !== null) clearedPeriod = Math.max(clearedPeriod, payoff);
    }
    const segments: TimelineSegment[] = [];
    const push = (kind: SegmentKind, fromPeriod: number, toPeriod: number): void => {
      if (toPeriod < fromPeriod || last === 0) return;
      segments.push({ kind, fromPeriod, toPeriod, fromDate: dateOf(fromPeriod), toDate: dateOf(toPeriod) });
    };
    const end = clearedPeriod ?? last;
    const waitingEnd = focusStartPeriod === null ? end : focusStartPeriod - 1;
    if (clearedPeriod !== 0) {
      push('waiting', 1, Math.min(waitingEnd, end));
      if (focusStartPeriod !== null) push('focus', focusStartPeriod, end);
    }
    if (clearedPeriod !== null) push('cleared', clearedPeriod + 1, last);
    const waiting = segments.find((segment) => segment.kind === 'waiting');
    return {
      platform,
      focusStartPeriod,
      clearedPeriod,
      segments,
      waitingMonths: waiting ? waiting.toPeriod - waiting.fromPeriod + 1 : 0,
    };
  });
}

export interface StrategySummary {
  strategy: Strategy;
  run: PlanRun;
  feasible: boolean;
  debtFreeDate: string | null;
  months: number;
  /** Interest + fees added during the plan. */
  interestAndFees: string;
  totalPaid: string;
  firstCleared: { name: string; date: string } | null;
  waitingPlatformMonths: number;
}

/** Summarise one plan for the side-by-side comparison. */
export function summarisePlan(strategy: Strategy, run: PlanRun, index: PlatformIndex): StrategySummary {
  if (!run.ok) {
    return {
      strategy,
      run,
      feasible: false,
      debtFreeDate: null,
      months: 0,
      interestAndFees: '0.00',
      totalPaid: '0.00',
      firstCleared: null,
      waitingPlatformMonths: 0,
    };
  }
  const plan = run.plan;
  const rows = queueTimeline(plan, index);
  let firstCleared: StrategySummary['firstCleared'] = null;
  let firstPeriod = Infinity;
  for (const row of rows) {
    if (row.clearedPeriod !== null && row.clearedPeriod > 0 && row.clearedPeriod < firstPeriod) {
      firstPeriod = row.clearedPeriod;
      firstCleared = { name: row.platform.name, date: plan.periods[row.clearedPeriod - 1]?.date ?? '' };
    }
  }
  return {
    strategy,
    run,
    feasible: plan.feasible,
    debtFreeDate: plan.debtFreeDate,
    months: plan.periods.length,
    interestAndFees: new UiDecimal(plan.totalInterest).plus(plan.totalFees).toFixed(2),
    totalPaid: plan.totalPaid,
    firstCleared,
    waitingPlatformMonths: rows.reduce((total, row) => total + row.waitingMonths, 0),
  };
}

export const STRATEGIES: readonly Strategy[] = ['avalanche', 'snowball', 'custom'];

/** Run every strategy on the same input and summarise each. */
export function compareStrategies(
  inputFor: (strategy: Strategy) => PlanInput,
  strategies: readonly Strategy[] = STRATEGIES,
): StrategySummary[] {
  return strategies.map((strategy) => {
    const input = inputFor(strategy);
    return summarisePlan(strategy, runPlan(input), indexPlatforms(input));
  });
}

export type PaymentRole = 'focus' | 'commitment' | 'clears';

export interface ThisMonthPayment {
  platform: PlatformInfo;
  amount: string;
  /** Pay by this date (period 1). */
  dueDate: string;
  role: PaymentRole;
  /** Owed on this platform after the payment. */
  owedAfter: string;
}

export interface ThisMonth {
  dueDate: string;
  total: string;
  payments: ThisMonthPayment[];
}

/** What to pay to whom by when in period 1, focus platform first, then plan order. Null if there is no period. */
export function thisMonth(plan: Plan, index: PlatformIndex): ThisMonth | null {
  const period = plan.periods[0];
  if (!period) return null;
  const focusKey = period.focus === null ? null : index.keyOf(period.focus);
  const payments: ThisMonthPayment[] = [];
  let total = new UiDecimal(0);
  // When the focus platform is cleared this period, the money left goes on to the next one in the
  // queue: that platform also gets "its turn" this month.
  let overflowTo: string | null = null;
  let focusClearedNow = false;
  for (const platform of platformsInPlanOrder(plan, index)) {
    const ids = new Set(platform.debtIds);
    let paid = new UiDecimal(0);
    let owed = new UiDecimal(0);
    for (const line of period.lines) {
      if (!ids.has(line.id)) continue;
      paid = paid.plus(line.paid);
      owed = owed.plus(line.owed);
    }
    if (focusClearedNow && overflowTo === null && !owed.isZero()) overflowTo = platform.key;
    if (platform.key === focusKey && owed.isZero()) focusClearedNow = true;
    if (paid.isZero()) continue;
    total = total.plus(paid);
    const isTurn = platform.key === focusKey || platform.key === overflowTo;
    const role: PaymentRole = owed.isZero() ? 'clears' : isTurn ? 'focus' : 'commitment';
    payments.push({ platform, amount: paid.toFixed(2), dueDate: period.date, role, owedAfter: owed.toFixed(2) });
  }
  payments.sort((a, b) => Number(b.platform.key === focusKey) - Number(a.platform.key === focusKey));
  return { dueDate: period.date, total: total.toFixed(2), payments };
}

/** Total owed after each period (for the balance chart), starting with the amount owed at the start. */
export function balanceSeries(input: PlanInput, plan: Plan): { date: string; owed: string }[] {
  let start = new UiDecimal(0);
  for (const debt of input.debts) start = start.plus(debt.principal).plus(debt.interest ?? 0).plus(debt.fees ?? 0);
  const series = [{ date: input.asOf, owed: start.toFixed(2) }];
  for (const period of plan.periods) {
    let owed = new UiDecimal(0);
    for (const line of period.lines) owed = owed.plus(line.owed);
    series.push({ date: period.date, owed: owed.toFixed(2) });
  }
  return series;
}
