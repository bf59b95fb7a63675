/** The negotiation record's dictionaries and their translator (see negotiation.en.ts). Pure. */
import { negotiationEn, type NegotiationDict, type NegotiationMessageKey } from './negotiation.en';
import { negotiationZhCN } from './negotiation.zh-CN';
import { makeTranslator, type Locale } from './translate';

export type { NegotiationDict, NegotiationMessageKey } from './negotiation.en';

export const NEGOTIATION_DICTIONARIES: Readonly<Record<Locale, NegotiationDict>> = {
  'zh-CN': negotiationZhCN,
  en: negotiationEn,
};

export const negotiationText = makeTranslator<NegotiationMessageKey>(NEGOTIATION_DICTIONARIES);
