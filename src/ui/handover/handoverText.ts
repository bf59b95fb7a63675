/** The QR handover's strings for the active language (src/i18n/handover.*.ts), bound to the planner's locale. */
import { handoverEn, type HandoverDict, type HandoverKey } from '../../i18n/handover.en';
import { handoverZhCN } from '../../i18n/handover.zh-CN';
import { usePlanner } from '../state/PlannerProvider';

const DICTS: Readonly<Record<'zh-CN' | 'en', HandoverDict>> = { 'zh-CN': handoverZhCN, en: handoverEn };

export type HandoverT = (key: HandoverKey, params?: Readonly<Record<string, string | number>>) => string;

/** Handover strings in the planner's current language (reactive when called inside JSX). */
export function useHandoverText(): HandoverT {
  const planner = usePlanner();
  return (key, params) => {
    const template = DICTS[planner.state.locale][key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      return value === undefined ? whole : String(value);
    });
  };
}
