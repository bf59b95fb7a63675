/** Counsellor mode's strings for the active language (src/i18n/counsellor.*.ts). */
import { counsellorEn, type CounsellorDict, type CounsellorKey } from '../../i18n/counsellor.en';
import { counsellorZhCN } from '../../i18n/counsellor.zh-CN';

export type CounsellorLocale = 'zh-CN' | 'en';

const DICTS: Readonly<Record<CounsellorLocale, CounsellorDict>> = { 'zh-CN': counsellorZhCN, en: counsellorEn };

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export function counsellorText(
  locale: CounsellorLocale,
  key: CounsellorKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = DICTS[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
