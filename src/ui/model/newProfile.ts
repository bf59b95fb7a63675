/**
 * A new, empty profile as the screens start it: the budget's usual lines (labelled in the
 * person's language, amounts empty until typed) and plan settings that start today, first payment
 * in a week. Also what the screens show for a profile that has stored neither yet. Pure.
 */
import type { BudgetLine, BudgetRecord, PlanSettingsRecord, ProfileId } from '../../domain/records';
import { translate, type Locale, type MessageKey } from '../../i18n';
import { addDays } from './dates';
import type { ProfileSnapshot } from './example';

const BUDGET_CATEGORIES = {
  income: ['salary'],
  expenses: ['rent', 'food', 'transport', 'family', 'medical'],
} as const;

/** The usual income and expense lines, amounts empty. */
export function emptyBudget(profileId: ProfileId, locale: Locale, now: string): BudgetRecord {
  const line = (id: string, category: string): BudgetLine => ({
    id,
    category,
    label: translate(locale, `budget.category.${category}` as MessageKey),
    amount: '',
  });
  return {
    profileId,
    mode: 'lines',
    income: BUDGET_CATEGORIES.income.map((category, i) => line(`in-${String(i + 1)}`, category)),
    expenses: BUDGET_CATEGORIES.expenses.map((category, i) => line(`ex-${String(i + 1)}`, category)),
    directAmount: '',
    updatedAt: now,
  };
}

/** Avalanche, balances as of today, the first payment a week from today. */
export function defaultPlanSettings(profileId: ProfileId, today: string, now: string): PlanSettingsRecord {
  return {
    profileId,
    strategy: 'avalanche',
    customOrder: [],
    asOf: today,
    firstPaymentDate: addDays(today, 7),
    updatedAt: now,
  };
}

/** A new profile named `displayName`, with no debts, the usual budget lines and default plan settings. */
export function newProfileSnapshot(
  id: ProfileId,
  displayName: string,
  locale: Locale,
  today: string,
  now: string,
): ProfileSnapshot {
  return {
    profile: { id, displayName, notes: '', updatedAt: now, revision: 0 },
    debts: [],
    budget: emptyBudget(id, locale, now),
    settings: defaultPlanSettings(id, today, now),
  };
}
