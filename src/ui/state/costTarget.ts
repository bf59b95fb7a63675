/**
 * Which debt the cost screen opens on (issue 16). Kept in memory only, never in the address: the
 * address says `#/cost` and nothing about the person (see navigation.ts). After a reload the
 * screen opens on the first debt and the person picks another from its list.
 */
import { createSignal } from 'solid-js';

const [costDebtId, setCostDebtId] = createSignal<string | undefined>(undefined);

export { costDebtId, setCostDebtId };
