/** Counsellor mode's strings for the active language (src/i18n/counsellor.*.ts). */
import { counsellorEn, type CounsellorDict, type CounsellorKey } from '../../i18n/counsellor.en';
import { counsellorZhCN } from '../../i18n/counsellor.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';

export type CounsellorLocale = Locale;

const DICTS: Readonly<Record<CounsellorLocale, CounsellorDict>> = { 'zh-CN': counsellorZhCN, en: counsellorEn };

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export const counsellorText = makeTranslator<CounsellorKey>(DICTS);
