/**
 * Human labels for loans: the platform name, plus the contract number (or kind and a number)
 * when a platform has several loans, so every row in a table or export can be told apart.
 */
import type { DebtRecord } from '../../domain/records';
import { platformKeyOf, type PlatformKey } from '../../domain/platform';
import { sortDebts } from './planInput';

/** Label of each debt id. */
export function makeLoanLabels(debts: readonly DebtRecord[]): Map<string, string> {
  const sorted = sortDebts(debts);
  const counts = new Map<PlatformKey, number>();
  for (const debt of sorted) counts.set(platformKeyOf(debt), (counts.get(platformKeyOf(debt)) ?? 0) + 1);
  const seen = new Map<PlatformKey, number>();
  const labels = new Map<string, string>();
  for (const debt of sorted) {
    const key = platformKeyOf(debt);
    const number = (seen.get(key) ?? 0) + 1;
    seen.set(key, number);
    const name = debt.platform || debt.id;
    if ((counts.get(key) ?? 0) <= 1)
      labels.set(debt.id, debt.contractNumber ? `${name} · ${debt.contractNumber}` : name);
    else labels.set(debt.id, `${name} · ${debt.contractNumber || `#${String(number)}`}`);
  }
  return labels;
}
