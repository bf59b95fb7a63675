/** The payments feature's strings (src/i18n/payments.*.ts) in the planner's current language. */
import { paymentsEn, type PaymentsKey } from '../../i18n/payments.en';
import { paymentsZhCN } from '../../i18n/payments.zh-CN';
import { makeTranslator, type MessageParams } from '../../i18n/translate';
import { usePlanner } from '../state/PlannerProvider';

const paymentsText = makeTranslator<PaymentsKey>({ en: paymentsEn, 'zh-CN': paymentsZhCN });

export type PaymentsT = (key: PaymentsKey, params?: MessageParams) => string;

/** Bound to the planner's locale (reactive when called inside JSX). */
export function usePaymentsText(): PaymentsT {
  const planner = usePlanner();
  return (key, params) => paymentsText(planner.state.locale, key, params);
}
