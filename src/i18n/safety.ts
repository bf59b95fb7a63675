/**
 * The translator of issue 13's safety strings (`safety.en.ts`, `safety.zh-CN.ts`) and the one
 * local date-and-time format they show (a record's last change).
 */
import { safetyEn, type SafetyDict, type SafetyKey } from './safety.en';
import { safetyZhCN } from './safety.zh-CN';
import { makeTranslator, type Locale } from './translate';

const DICTS: Readonly<Record<Locale, SafetyDict>> = { en: safetyEn, 'zh-CN': safetyZhCN };

/** A safety message in `locale`, `{placeholders}` filled. */
export const safetyText = makeTranslator<SafetyKey>(DICTS);

/** "2026年12月3日 14:05" / "Dec 3, 2026, 2:05 PM" from an ISO moment, in local time; the text as given if unreadable. */
export function formatMoment(iso: string, locale: Locale): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}
