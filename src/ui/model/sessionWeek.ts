/**
 * The guided session's "this week" checklist (issue 8), also printed in the handover pack
 * (issue 18): pay this month's amounts, contact each creditor a script was chosen for, start the
 * collection log, keep the evidence. Pure and Solid-free.
 */
import type { Plan } from '../../domain';
import type { CounsellorSession } from '../../domain/records';
import { thisMonth, type PlatformInfo } from './analysis';

export interface WeekItem {
  id: string;
  kind: 'pay' | 'contact' | 'log' | 'keep';
  platform?: string;
  amount?: string;
  date?: string;
}

/** The checklist of the first week: pay this month's amounts, contact each creditor, start the log, keep evidence. */
export function weekItems(
  plan: Plan | null,
  platforms: readonly PlatformInfo[],
  scripts: CounsellorSession['scripts'],
  platformIndex: Parameters<typeof thisMonth>[1] | null,
) {
  const items: WeekItem[] = [];
  const month = plan && platformIndex ? thisMonth(plan, platformIndex) : null;
  for (const payment of month?.payments ?? []) {
    items.push({
      id: `pay:${payment.platform.name}`,
      kind: 'pay',
      platform: payment.platform.name,
      amount: payment.amount,
      date: payment.dueDate,
    });
  }
  for (const platform of platforms) {
    if (scripts.some((choice) => choice.platform === platform.name))
      items.push({ id: `contact:${platform.name}`, kind: 'contact', platform: platform.name });
  }
  items.push({ id: 'log', kind: 'log' }, { id: 'keep', kind: 'keep' });
  return items;
}
