/**
 * Money and date formatting for script text, one way everywhere (issue 14). Pure; money is whole
 * fen (src/domain/money.ts), never a float.
 * - Money: zh-CN "3,000.00元" (thousands grouped, 2 decimals, 元 after the figure, no space), as
 *   Chinese letters to banks write amounts; en "¥3,000.00".
 * - Dates: zh-CN "2026年2月28日" (no spaces: templates put no space around a figure either);
 *   en `Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })`, "February 28, 2026".
 */
import type { ScriptLocale } from './types';
import { fromFen, roundToFen } from '../domain/money';
import { isolateInPlainText, withoutDirectionControls } from '../domain/text';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "1,234.50元" (zh-CN) / "¥1,234.50" (en) from "1234.5" (rounded half-up to the fen: `roundToFen`).
 * Throws on a string that is not a plain decimal or beyond exact whole fen.
 */
export function formatMoney(amount: string, locale: ScriptLocale): string {
  const fen = roundToFen(amount);
  if (fen === undefined) throw new Error(`scripts: not a money string: ${JSON.stringify(amount)}`);
  const fixed = fromFen(fen);
  const negative = fixed.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const figure = `${negative ? '-' : ''}${grouped}.${cents}`;
  return locale === 'zh-CN' ? `${figure}元` : `¥${figure}`;
}

/** "2027年3月31日" / "March 31, 2027" from "2027-03-31". Throws on a malformed date. */
export function formatDate(iso: string, locale: ScriptLocale): string {
  const match = DATE.exec(iso);
  if (!match) throw new Error(`scripts: not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  if (locale === 'zh-CN') return `${match[1] ?? ''}年${String(Number(match[2]))}月${String(Number(match[3]))}日`;
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

/** "1st", "2nd", "3rd", "4th", "11th", "21st" (en); "2" (zh-CN, the template adds 第…家). */
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
 * User free text made safe for the template: no placeholder braces, no direction controls,
 * whitespace collapsed (single-line fields), trimmed, capped in length, and kept apart from the
 * letter's own words (src/domain/text.ts: FSI…PDI around a line that holds a right-to-left
 * letter), so a name such as `abc\u202Efdp.exe` cannot reorder the sentence around it (issue 13).
 */
export function cleanText(value: string | undefined, maxLength: number, multiline = false): string {
  if (value === undefined) return '';
  let text = withoutDirectionControls(value).replace(/[{}]/g, '');
  text = multiline ? text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n') : text.replace(/\s+/g, ' ');
  text = text.trim();
  return isolateInPlainText([...text].slice(0, maxLength).join(''));
}
