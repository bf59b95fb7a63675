/**
 * Views derived from the engine's plan: running it safely, platforms, the strategy comparison,
 * the queue timeline (waiting, paying agreed instalments, its turn, cleared) and "this month".
 *
 * Pure functions over `PlanInput` / `Plan`. The engine works per debt; people think per platform
 * (one creditor, maybe several loans), so most views here group debts by platform the same way
 * the engine does (same `platform` name; an unnamed debt is a platform of its own).
 */
import type { Period, Plan, PlanInput, Strategy } from '../../domain';
// The engine's files, not the domain's index: the index also brings cost.ts and its decimal.js,
// which the first page does not need (ADR 0007).
import { planRepayment } from '../../domain/plan';
import { PlanInputError, type PlanInputIssue } from '../../domain/validate';
import { fromFen, sumFen, sumMoney, toFen } from '../../domain/money';
import { platformKeyOf, type PlatformKey } from '../../domain/platform';

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
  key: PlatformKey;
  name: string;
  debtIds: string[];
  /** Its debts with a negotiated instalment (`fixedPayment`), in input order; usually none. */
  instalmentDebtIds: string[];
}

export interface PlatformIndex {
  platforms: PlatformInfo[];
  keyOf(debtId: string): PlatformKey;
  nameOf(debtId: string): string;
}

/** Platforms in first-appearance order of the input's debts. */
export function indexPlatforms(input: Pick<PlanInput, 'debts'>): PlatformIndex {
  const platforms: PlatformInfo[] = [];
  const byKey = new Map<PlatformKey, PlatformInfo>();
  const keyById = new Map<string, PlatformKey>();
  for (const debt of input.debts) {
    const name = debt.platform ?? '';
    const key = platformKeyOf(debt);
    keyById.set(debt.id, key);
    let info = byKey.get(key);
    if (info) info.debtIds.push(debt.id);
    else {
      info = { key, name: name === '' ? debt.id : name, debtIds: [debt.id], instalmentDebtIds: [] };
      byKey.set(key, info);
      platforms.push(info);
    }
    if (debt.fixedPayment !== undefined) info.instalmentDebtIds.push(debt.id);
  }
  return {
    platforms,
    keyOf: (debtId) => keyById.get(debtId) ?? platformKeyOf({ id: debtId }),
    nameOf: (debtId) => {
      const key = keyById.get(debtId);
      return (key === undefined ? undefined : byKey.get(key)?.name) ?? debtId;
    },
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

/**
 * What one platform is doing in a span of periods:
 * - `waiting`: owing, and not yet its turn; it gets only token payments, or nothing.
 * - `instalment`: not yet its turn (or never), but one of its debts is being paid an agreed instalment.
 * - `focus`: its turn; the money left after commitments goes to it first.
 * - `cleared`: nothing owed.
 */
export type SegmentKind = 'waiting' | 'instalment' | 'focus' | 'cleared';

/** Every segment kind, in the order a platform can pass through them (the legend's order). */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['waiting', 'instalment', 'focus', 'cleared'];

/** The kinds that occur in these rows, in `SEGMENT_KINDS` order (for a legend of what is shown). */
export function segmentKindsIn(rows: readonly TimelineRow[]): SegmentKind[] {
  const present = new Set(rows.flatMap((row) => row.segments.map((segment) => segment.kind)));
  return SEGMENT_KINDS.filter((kind) => present.has(kind));
}

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
  /**
   * First period the focus money (what is left after commitments, engine rule 5) reached any of
   * its debts: the earliest `focusStartDate` of its debts. Null if it never did (cleared by its
   * instalments or token payments alone, or never cleared).
   */
  focusStartPeriod: number | null;
  /** Period its last debt was cleared; 0 when nothing was owed; null when never cleared. */
  clearedPeriod: number | null;
  /** Consecutive spans in period order; together they cover every period of the plan once. */
  segments: TimelineSegment[];
  /** Periods spent owing and waiting for its turn with no agreed instalment being paid. */
  waitingMonths: number;
}

/**
 * One row per platform (plan order): its waiting, instalment, focus and cleared spans with dates.
 *
 * Each period p of the plan gets one kind, decided from the plan (what each debt was paid in p,
 * and each debt's `focusStartDate` and `payoffPeriod`) and the input (which debts have a
 * `fixedPayment`):
 * 1. `cleared` when p is after the period its last debt was cleared (all of them when nothing was owed).
 * 2. `focus` from `focusStartPeriod` on: the first period the money left after commitments reached
 *    one of its debts, which is the date the negotiation scripts give as the start of its turn
 *    (`platformFacts().focusStart`). This is not `Period.focus` (the first debt still owed): money
 *    flows on to the next platform in the period the one ahead is cleared, and a platform whose
 *    instalment clears it in the period it reaches the front gets no money left over at all.
 *    Its agreed instalments go on being paid during its turn; the turn is what shows.
 * 3. `instalment` when, before its turn (or with no turn at all), a debt of the platform with an
 *    agreed instalment was paid something in p. Before its turn such a debt is paid exactly its
 *    instalment, or the rest it owes when that is less (engine rule 4), so this marks the periods the
 *    person is paying the platform as agreed, until that debt is cleared. One such debt is enough,
 *    even when the platform's other debts get only token payments meanwhile.
 * 4. `waiting` otherwise: owing, with only token payments, or nothing, while the queue works on others.
 *
 * A platform cleared by its instalments before its turn ends `instalment` then `cleared`, with
 * `focusStartPeriod` null (the scripts' status `instalment-only`); one whose instalment debt is cleared
 * before its turn shows `instalment`, then `waiting` until the turn. `waitingMonths` counts only
 * `waiting` periods.
 */
export function queueTimeline(plan: Plan, index: PlatformIndex): TimelineRow[] {
  const periods = plan.periods;
  const last = periods.length;
  const periodByDate = new Map(periods.map((period) => [period.date, period.index]));
  const outcomeById = new Map(plan.debts.map((outcome) => [outcome.id, outcome]));
  return platformsInPlanOrder(plan, index).map((platform) => {
    let focusStartPeriod: number | null = null;
    let clearedPeriod: number | null = 0;
    for (const id of platform.debtIds) {
      const outcome = outcomeById.get(id);
      const focusStartDate = outcome?.focusStartDate ?? null;
      const focusStart = focusStartDate === null ? undefined : periodByDate.get(focusStartDate);
      if (focusStart !== undefined && (focusStartPeriod === null || focusStart < focusStartPeriod))
        focusStartPeriod = focusStart;
      const payoff = outcome?.payoffPeriod ?? null;
      if (payoff === null) clearedPeriod = null;
      else if (clearedPeriod !== null) clearedPeriod = Math.max(clearedPeriod, payoff);
    }
    const instalmentIds = new Set(platform.instalmentDebtIds);
    const owingUntil = clearedPeriod ?? last;
    const kindOf = (period: Period): SegmentKind => {
      if (period.index > owingUntil) return 'cleared';
      if (focusStartPeriod !== null && period.index >= focusStartPeriod) return 'focus';
      const payingInstalment = period.lines.some((line) => instalmentIds.has(line.id) && toFen(line.paid) !== 0);
      return payingInstalment ? 'instalment' : 'waiting';
    };
    const segments: TimelineSegment[] = [];
    for (const period of periods) {
      const kind = kindOf(period);
      const current = segments[segments.length - 1];
      if (current?.kind === kind) {
        current.toPeriod = period.index;
        current.toDate = period.date;
      } else {
        segments.push({
          kind,
          fromPeriod: period.index,
          toPeriod: period.index,
          fromDate: period.date,
          toDate: period.date,
        });
      }
    }
    return {
      platform,
      focusStartPeriod,
      clearedPeriod,
      segments,
      waitingMonths: segments
        .filter((segment) => segment.kind === 'waiting')
        .reduce((total, segment) => total + segment.toPeriod - segment.fromPeriod + 1, 0),
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
  /** Sum of every platform's `waitingMonths` (months paying an agreed instalment are not waiting). */
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
    interestAndFees: sumMoney([plan.totalInterest, plan.totalFees]),
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
  let total = 0;
  // When the focus platform is cleared this period, the money left goes on to the next one in the
  // queue: that platform also gets "its turn" this month.
  let overflowTo: PlatformKey | null = null;
  let focusClearedNow = false;
  for (const platform of platformsInPlanOrder(plan, index)) {
    const ids = new Set(platform.debtIds);
    const lines = period.lines.filter((line) => ids.has(line.id));
    const paid = sumFen(lines.map((line) => toFen(line.paid)));
    const owed = sumFen(lines.map((line) => toFen(line.owed)));
    if (focusClearedNow && overflowTo === null && owed !== 0) overflowTo = platform.key;
    if (platform.key === focusKey && owed === 0) focusClearedNow = true;
    if (paid === 0) continue;
    total += paid;
    const isTurn = platform.key === focusKey || platform.key === overflowTo;
    const role: PaymentRole = owed === 0 ? 'clears' : isTurn ? 'focus' : 'commitment';
    payments.push({ platform, amount: fromFen(paid), dueDate: period.date, role, owedAfter: fromFen(owed) });
  }
  payments.sort((a, b) => Number(b.platform.key === focusKey) - Number(a.platform.key === focusKey));
  return { dueDate: period.date, total: fromFen(total), payments };
}

/** Total owed at the plan's start: every debt's principal, interest and fees. */
export function owedAtStart(input: Pick<PlanInput, 'debts'>): string {
  return sumMoney(input.debts.flatMap((debt) => [debt.principal, debt.interest, debt.fees]));
}

/** Total owed after each period (for the balance chart), starting with the amount owed at the start. */
export function balanceSeries(input: PlanInput, plan: Plan): { date: string; owed: string }[] {
  const series = [{ date: input.asOf, owed: owedAtStart(input) }];
  for (const period of plan.periods) {
    series.push({ date: period.date, owed: sumMoney(period.lines.map((line) => line.owed)) });
  }
  return series;
}
