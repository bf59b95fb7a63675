/** The negotiation record's dictionaries and a `{name}` filler (see negotiation.en.ts). Pure. */
import { negotiationEn, type NegotiationDict, type NegotiationMessageKey } from './negotiation.en';
import { negotiationZhCN } from './negotiation.zh-CN';

export type { NegotiationDict, NegotiationMessageKey } from './negotiation.en';

export const NEGOTIATION_DICTIONARIES: Readonly<Record<'zh-CN' | 'en', NegotiationDict>> = {
  'zh-CN': negotiationZhCN,
  en: negotiationEn,
};

export function negotiationText(
  locale: 'zh-CN' | 'en',
  key: NegotiationMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = NEGOTIATION_DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
