/** Shared test fixtures for the model tests: small hand-made records. Not used by the app. */
import type { BudgetRecord, DebtRecord, PlanSettingsRecord, ProfileId } from '../../domain/records';

export const PROFILE = 'p1' as ProfileId;

export function debtRecord(
  partial: Partial<DebtRecord> & Pick<DebtRecord, 'id' | 'platform' | 'principal'>,
): DebtRecord {
  const enteredRate = partial.enteredRate ?? { unit: 'daily-percent', percent: '0.05' };
  return {
    profileId: PROFILE,
    kind: 'online-loan',
    contractNumber: '',
    interest: '0.00',
    fees: '0.00',
    compound: false,
    frozen: false,
    collectionStatus: 'none',
    notes: '',
    position: 0,
    updatedAt: '2026-11-28T00:00:00Z',
    ...partial,
    enteredRate,
  };
}

export function budgetRecord(partial: Partial<BudgetRecord> = {}): BudgetRecord {
  return {
    profileId: PROFILE,
    mode: 'direct',
    income: [],
    expenses: [],
    directAmount: '1000',
    updatedAt: '',
    ...partial,
  };
}

export function planSettings(partial: Partial<PlanSettingsRecord> = {}): PlanSettingsRecord {
  return {
    profileId: PROFILE,
    strategy: 'avalanche',
    customOrder: [],
    asOf: '2026-11-28',
    firstPaymentDate: '2026-12-10',
    updatedAt: '',
    ...partial,
  };
}
