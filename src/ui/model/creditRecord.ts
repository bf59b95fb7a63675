/**
 * The credit record (issue 17): for each platform with a debt overdue now, the day its adverse
 * record should stop being kept if the plan is followed. 《征信业管理条例》第十六条 (src/rules
 * statement `plan.credit.record-ends`, docs/sources.md) keeps adverse information 5 years from the
 * day the adverse act or event ends; Shore takes that day to be the day the plan clears the
 * platform's last overdue debt. Pure: dates come in as `YYYY-MM-DD`.
 *
 * "5 years on" is the same month and day five years later; a 29 February that has no twin five
 * years on (the next leap year is four years away, so it never has) becomes 28 February
 * (`addMonths` by 60 clamps the day, as the engine's own month steps do).
 */
import type { Plan } from '../../domain';
import type { PlatformKey } from '../../domain/platform';
import type { PlatformIndex } from './analysis';
import { addMonths } from './dates';

/** Years adverse information is kept from the end of the adverse event (条例第十六条). */
export const RECORD_KEPT_YEARS = 5;

/** The day five years after `iso`: same month and day, 29 Feb → 28 Feb. */
export function fiveYearsOn(iso: string): string {
  return addMonths(iso, RECORD_KEPT_YEARS * 12);
}

export type CreditRecordEnd =
  | { key: PlatformKey; name: string; clearedOn: string; keptUntil: string }
  /** The plan does not clear this platform's overdue debts: no date can be worked out. */
  | { key: PlatformKey; name: string; clearedOn: null; keptUntil: null };

/**
 * For each platform with a debt overdue now (`overdueIds`), in the index's order: the day the
 * plan clears its last overdue debt and that day five years on. A platform none of whose debts is
 * overdue is left out.
 */
export function creditRecordEnds(
  plan: Pick<Plan, 'debts'> | undefined,
  index: PlatformIndex,
  overdueIds: ReadonlySet<string>,
): CreditRecordEnd[] {
  const payoff = new Map((plan?.debts ?? []).map((debt) => [debt.id, debt.payoffDate] as const));
  return index.platforms.flatMap((platform): CreditRecordEnd[] => {
    const overdue = platform.debtIds.filter((id) => overdueIds.has(id));
    if (overdue.length === 0) return [];
    const dates = overdue.map((id) => payoff.get(id) ?? null);
    if (dates.some((date) => date === null)) {
      return [{ key: platform.key, name: platform.name, clearedOn: null, keptUntil: null }];
    }
    const clearedOn = (dates as string[]).sort().at(-1) ?? '';
    return [{ key: platform.key, name: platform.name, clearedOn, keptUntil: fiveYearsOn(clearedOn) }];
  });
}
