/**
 * The strings of the changing budget, the credit record and the debts screen's payment history
 * (src/i18n/budget.*.ts) in the planner's current language, and a month (`YYYY-MM`) in words.
 */
import { budgetEn, type BudgetKey } from '../../i18n/budget.en';
import { budgetZhCN } from '../../i18n/budget.zh-CN';
import { makeTranslator, type Locale, type MessageParams } from '../../i18n/translate';
import { usePlanner } from '../state/PlannerProvider';

const budgetText = makeTranslator<BudgetKey>({ en: budgetEn, 'zh-CN': budgetZhCN });

export type BudgetT = (key: BudgetKey, params?: MessageParams) => string;

/** Bound to the planner's locale (reactive when called inside JSX). */
export function useBudgetText(): BudgetT {
  const planner = usePlanner();
  return (key, params) => budgetText(planner.state.locale, key, params);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2027-03` as "2027年3月" / "March 2027"; anything else as given. */
export function monthLabel(month: string, locale: Locale): string {
  const match = /^([0-9]{4})-([0-9]{2})$/.exec(month);
  const index = Number(match?.[2]) - 1;
  if (!match || !(index >= 0 && index < 12)) return month;
  return locale === 'en' ? `${MONTH_NAMES[index] ?? ''} ${match[1] ?? ''}` : `${match[1] ?? ''}年${index + 1}月`;
}
