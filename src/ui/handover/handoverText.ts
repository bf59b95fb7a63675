/** The QR handover's strings (src/i18n/handover.*.ts) in the planner's current language. */
import { handoverEn, type HandoverKey } from '../../i18n/handover.en';
import { handoverZhCN } from '../../i18n/handover.zh-CN';
import { makeTranslator, type MessageParams } from '../../i18n/translate';
import { usePlanner } from '../state/PlannerProvider';

const handoverText = makeTranslator<HandoverKey>({ 'zh-CN': handoverZhCN, en: handoverEn });

export type HandoverT = (key: HandoverKey, params?: MessageParams) => string;

/** Handover strings in the planner's current language (reactive when called inside JSX). */
export function useHandoverText(): HandoverT {
  const planner = usePlanner();
  return (key, params) => handoverText(planner.state.locale, key, params);
}
