/** The scripts page's dictionaries and a `{name}` filler (see scripts.en.ts). Pure. */
import { scriptsEn, type ScriptsDict, type ScriptsMessageKey } from './scripts.en';
import { scriptsZhCN } from './scripts.zh-CN';

export type { ScriptsDict, ScriptsMessageKey } from './scripts.en';

export const SCRIPTS_DICTIONARIES: Readonly<Record<'zh-CN' | 'en', ScriptsDict>> = {
  'zh-CN': scriptsZhCN,
  en: scriptsEn,
};

export function scriptsText(
  locale: 'zh-CN' | 'en',
  key: ScriptsMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = SCRIPTS_DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
