/**
 * Money and date formatting for script text, exactly as the contract states:
 * money `Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' })` on the decimal STRING
 * (never through a float), dates `Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })`
 * on the date at UTC midnight. Pure.
 */
import Decimal from 'decimal.js';
import type { ScriptLocale } from './types';

/** decimal.js with enough precision for any sum of engine amounts. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const MONEY = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type FormatString = (value: string) => string;

/** "¥1,234.50" (zh-CN) / "CN¥1,234.50" (en) from "1234.5". Throws on a non-decimal string. */
export function formatMoney(amount: string, locale: ScriptLocale): string {
  if (!MONEY.test(amount)) throw new Error(`scripts: not a money string: ${JSON.stringify(amount)}`);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
  // ES2023 Intl formats a numeric string exactly; the ES2022 typings only know number.
  return (format.format as unknown as FormatString)(amount);
}

/** "2027年3月31日" / "March 31, 2027" from "2027-03-31". Throws on a malformed date. */
export function formatDate(iso: string, locale: ScriptLocale): string {
  const match = DATE.exec(iso);
  if (!match) throw new Error(`scripts: not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

/** True for a real `YYYY-MM-DD` date. */
export function isIsoDate(value: string | undefined): value is string {
  if (value === undefined) return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st" (en); "2" (zh-CN, the template adds 第…位). */
export function ordinal(n: number, locale: ScriptLocale): string {
  if (locale === 'zh-CN') return String(n);
  const mod100 = n % 100;
  const mod10 = n % 10;
  const suffix =
    mod100 >= 11 && mod100 <= 13 ? 'th' : mod10 === 1 ? 'st' : mod10 === 2 ? 'nd' : mod10 === 3 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
}

/** Sum of money strings (absent = 0), as a 2-decimal string: the shared whole-fen sum. */
export { sumMoney } from '../domain/money';

/**
 * User free text made safe for the template: no placeholder braces, whitespace collapsed
 * (single-line fields), trimmed, capped in length.
 */
export function cleanText(value: string | undefined, maxLength: number, multiline = false): string {
  if (value === undefined) return '';
  let text = value.replace(/[{}]/g, '');
  text = multiline ? text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n') : text.replace(/\s+/g, ' ');
  text = text.trim();
  return [...text].slice(0, maxLength).join('');
}
