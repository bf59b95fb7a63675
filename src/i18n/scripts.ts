/** The scripts page's dictionaries and their translator (see scripts.en.ts). Pure. */
import { scriptsEn, type ScriptsDict, type ScriptsMessageKey } from './scripts.en';
import { scriptsZhCN } from './scripts.zh-CN';
import { makeTranslator, type Locale } from './translate';

export type { ScriptsDict, ScriptsMessageKey } from './scripts.en';

export const SCRIPTS_DICTIONARIES: Readonly<Record<Locale, ScriptsDict>> = {
  'zh-CN': scriptsZhCN,
  en: scriptsEn,
};

export const scriptsText = makeTranslator<ScriptsMessageKey>(SCRIPTS_DICTIONARIES);
