/**
 * The figures a script states for one platform, read from the engine's plan. Pure.
 *
 * A platform is what the engine groups: debts sharing a non-empty `platform` name, or one debt
 * without a name (addressed by its id). Queue places count platforms, not debts, in the order the
 * plan's focus money reaches them (`plan.order`).
 */
import type { DebtInput, Plan, PlanInput } from '../domain';
import { sumMoney, toFen } from '../domain/money';
import { platformKeyOf, type PlatformKey } from '../domain/platform';

export type PlatformStatus =
  /** Nothing owed at the start. */
  | 'cleared'
  /** The plan is not feasible: no dates can be promised. */
  | 'infeasible'
  /** Cleared by its agreed instalments alone (never the focus). */
  | 'instalment-only'
  /** First in the queue: focus from period 1. */
  | 'focus-now'
  /** Waiting for its turn. */
  | 'waiting';

export interface PlatformFacts {
  key: PlatformKey;
  debtIds: string[];
  debts: DebtInput[];
  status: PlatformStatus;
  /** 1-based place in the queue of platforms. */
  place: number;
  /** Number of platforms in the queue. */
  count: number;
  /** Owed now (principal + interest + fees), 2 decimals. */
  owed: string;
  principal: string;
  /** Token payments per period while waiting (sum over its debts), 2 decimals. */
  token: string;
  /**
   * Agreed fixed instalments per period (sum), 2 decimals, with the contract instalments of current
   * loans the plan keeps on time (issue 16: such a lender is never told "no monthly payment for now").
   */
  fixed: string;
  /** Earliest focusStartDate of its debts (null when never the focus). */
  focusStart: string | null;
  /** Latest payoffDate of its debts (null when any is not cleared in the plan). */
  payoff: string | null;
  /** Paid to the platform in its first focus period. */
  focusAmount: string | null;
  /** Paid in the next period when it differs and the platform is still owed then. */
  focusNextAmount: string | null;
  /** Everything the plan pays this platform. */
  planTotal: string;
}

/** A current loan's contract instalment, when the plan pays it every period (the loan never goes overdue). */
function keptCurrent(debt: DebtInput, plan: Plan): string | undefined {
  if (debt.contractInstalment === undefined) return undefined;
  const outcome = plan.debts.find((candidate) => candidate.id === debt.id);
  return outcome && outcome.overdueFrom === undefined ? debt.contractInstalment : undefined;
}

/** The key for a request's `platform` (a platform name, or the id of an unnamed debt). */
export function resolvePlatformKey(input: PlanInput, platform: string): PlatformKey | null {
  const debt =
    input.debts.find((candidate) => platform !== '' && (candidate.platform ?? '') === platform) ??
    input.debts.find((candidate) => candidate.id === platform && (candidate.platform ?? '') === '');
  return debt ? platformKeyOf(debt) : null;
}

/** Platform keys in queue order (plan order first, then any platform the order misses). */
export function platformQueue(input: PlanInput, plan: Plan): PlatformKey[] {
  const keyById = new Map(input.debts.map((debt) => [debt.id, platformKeyOf(debt)]));
  const keys: PlatformKey[] = [];
  const seen = new Set<PlatformKey>();
  const add = (key: PlatformKey | undefined): void => {
    if (key === undefined || seen.has(key)) return;
    seen.add(key);
    keys.push(key);
  };
  for (const id of plan.order) add(keyById.get(id));
  for (const debt of input.debts) add(keyById.get(debt.id));
  return keys;
}

const owedOf = (debt: DebtInput): string => sumMoney([debt.principal, debt.interest, debt.fees]);

/** All the figures for the platform addressed. Throws when the platform is not in the input. */
export function platformFacts(input: PlanInput, plan: Plan, platform: string): PlatformFacts {
  const key = resolvePlatformKey(input, platform);
  if (key === null) throw new Error(`scripts: no platform or unnamed debt ${JSON.stringify(platform)} in the input`);
  const debts = input.debts.filter((debt) => platformKeyOf(debt) === key);
  const ids = new Set(debts.map((debt) => debt.id));
  const queue = platformQueue(input, plan);
  const outcomes = plan.debts.filter((outcome) => ids.has(outcome.id));

  const owed = sumMoney(debts.map(owedOf));
  const focusStarts = outcomes
    .map((o) => o.focusStartDate)
    .filter((d): d is string => d !== null)
    .sort();
  const focusStart = focusStarts[0] ?? null;
  const payoffs = outcomes.map((o) => o.payoffDate);
  const payoff =
    outcomes.length === debts.length && payoffs.every((d): d is string => d !== null) && payoffs.length > 0
      ? ([...payoffs].sort().at(-1) ?? null)
      : null;

  const paidIn = (periodIndex: number): string | null => {
    const period = plan.periods[periodIndex];
    if (!period) return null;
    return sumMoney(period.lines.filter((line) => ids.has(line.id)).map((line) => line.paid));
  };
  const owedAfter = (periodIndex: number): string | null => {
    const period = plan.periods[periodIndex];
    if (!period) return null;
    return sumMoney(period.lines.filter((line) => ids.has(line.id)).map((line) => line.owed));
  };
  let focusAmount: string | null = null;
  let focusNextAmount: string | null = null;
  if (focusStart !== null) {
    const index = plan.periods.findIndex((period) => period.date === focusStart);
    focusAmount = paidIn(index);
    const stillOwed = owedAfter(index);
    const next = paidIn(index + 1);
    if (
      stillOwed !== null &&
      toFen(stillOwed) > 0 &&
      next !== null &&
      focusAmount !== null &&
      toFen(next) !== toFen(focusAmount)
    ) {
      // Only a full focus month is worth naming: the next period's payment, if it is not the final remainder.
      const owedAfterNext = owedAfter(index + 1);
      if (owedAfterNext !== null && toFen(owedAfterNext) > 0) focusNextAmount = next;
    }
  }
  const planTotal = sumMoney(
    plan.periods.flatMap((period) => period.lines.filter((line) => ids.has(line.id)).map((line) => line.paid)),
  );

  let status: PlatformStatus;
  if (toFen(owed) === 0) status = 'cleared';
  else if (!plan.feasible || payoff === null) status = 'infeasible';
  else if (focusStart === null) status = 'instalment-only';
  else if (focusStart === plan.periods[0]?.date) status = 'focus-now';
  else status = 'waiting';

  return {
    key,
    debtIds: debts.map((debt) => debt.id),
    debts,
    status,
    place: queue.indexOf(key) + 1,
    count: queue.length,
    owed,
    principal: sumMoney(debts.map((debt) => debt.principal)),
    token: sumMoney(debts.filter((debt) => debt.fixedPayment === undefined).map((debt) => debt.tokenPayment)),
    fixed: sumMoney(debts.map((debt) => debt.fixedPayment ?? keptCurrent(debt, plan))),
    focusStart,
    payoff,
    focusAmount,
    focusNextAmount,
    planTotal,
  };
}
