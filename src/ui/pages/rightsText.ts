/** Small helpers shared by the rights pages: the locale's dictionary and source citations. */
import { rightsEn, type RightsDict, type RightsKey } from '../../i18n/rights.en';
import { rightsZhCN } from '../../i18n/rights.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';
import { citeSource, getSource, type Bilingual, type Source } from '../../rules';

export type RightsLocale = Locale;

const DICTS: Readonly<Record<RightsLocale, RightsDict>> = { 'zh-CN': rightsZhCN, en: rightsEn };

export const rightsT = makeTranslator<RightsKey>(DICTS);

export function lang(locale: RightsLocale): 'zh' | 'en' {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

export function pick(text: Bilingual, locale: RightsLocale): string {
  return text[lang(locale)];
}

export function sourcesOf(ids: readonly string[]): Source[] {
  return ids.map(getSource).filter((s): s is Source => s !== undefined);
}

export function cite(ids: readonly string[], locale: RightsLocale): string[] {
  return sourcesOf(ids).map((s) => citeSource(s, lang(locale)));
}
