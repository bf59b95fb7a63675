/**
 * Shore's i18n: the main dictionaries (en defines `Dict`; zh-CN must match it) and their
 * translator `translate()` (translate.ts: the one `{placeholder}` filler), the initial-language
 * choice, and `Intl` formatting of money strings and `YYYY-MM-DD` dates for the active language.
 *
 * Pure (no Solid): the UI wraps these in a reactive `planner.t()` (ui/state/PlannerProvider.tsx).
 * Money is formatted from its decimal STRING (Intl.NumberFormat accepts numeric strings
 * exactly), never through a float.
 */
import type { InfeasibleReason, PlanInputIssueCode } from '../domain';
import { en, type Dict, type MessageKey } from './en';
import { makeTranslator, type Locale } from './translate';
import { zhCN } from './zh-CN';

export type { Dict, MessageKey } from './en';
export { fillTemplate, LOCALES, makeTranslator, type Locale, type MessageParams, type Translator } from './translate';

export const DICTIONARIES: Readonly<Record<Locale, Dict>> = { 'zh-CN': zhCN, en };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export const translate = makeTranslator(DICTIONARIES);

/** zh-CN when the browser's preferred languages put any Chinese first among zh/en, else English. */
export function pickInitialLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

const INTL_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };
const moneyFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

type FormatString = (value: string) => string;

/** "¥1,234.56" from the money string "1234.56" (yuan, 2 decimals; negative amounts keep their sign). */
export function formatMoney(amount: string, locale: Locale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(locale, format);
  }
  // ES2023 Intl accepts a numeric string and formats it exactly; the ES2022 lib typings only know number.
  return (format.format as unknown as FormatString)(amount);
}

/** "2027年3月31日" / "March 31, 2027" from "2027-03-31" (no time zone shift). */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The message key for an engine input issue code (a code without a message fails typecheck). */
export function issueKey(code: PlanInputIssueCode): MessageKey {
  return `issue.${code}`;
}

/** The message key for an infeasible reason (a reason without a message fails typecheck). */
export function infeasibleKey(reason: InfeasibleReason): MessageKey {
  return `plan.infeasible.${reason}`;
}
