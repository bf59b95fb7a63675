/** The practice strings (src/i18n/practice.*.ts) in the planner's language (the client's inside `InClientLanguage`). */
import { practiceEn, type PracticeDict, type PracticeKey } from '../../i18n/practice.en';
import { practiceZhCN } from '../../i18n/practice.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';
import { usePlanner } from '../state/PlannerProvider';

const DICTS: Readonly<Record<Locale, PracticeDict>> = { 'zh-CN': practiceZhCN, en: practiceEn };

export const practiceText = makeTranslator<PracticeKey>(DICTS);

export type PracticeT = (key: PracticeKey, params?: Readonly<Record<string, string | number>>) => string;

/** Practice strings in the planner's current language (reactive when called inside JSX). */
export function usePracticeText(): PracticeT {
  const planner = usePlanner();
  return (key, params) => practiceText(planner.state.locale, key, params);
}
