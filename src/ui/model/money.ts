/**
 * Amounts as people type them: full-width digits, thousands separators, a trailing 元 or a
 * leading ¥, turned into the money string the engine and storage take ("1234.50").
 *
 * String work only, so an amount of any length is read exactly; arithmetic on money is whole fen
 * in src/domain/money.ts (sums, differences, splits), never here and never a float.
 */

const FULL_WIDTH_DIGITS = /[０-９]/g;
const MONEY_TYPED = /^([0-9]+)(?:\.([0-9]{1,2}))?$/;
const NUMBER_TYPED = /^([0-9]+)(?:\.([0-9]+))?$/;

/** Turn full-width digits and points into ASCII and drop spaces, thousands separators and a trailing 元 / ¥. */
export function normaliseTypedNumber(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，_]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/(元|%|％)$/, '');
}

/** "007" → "7", "000" → "0". */
function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=[0-9])/, '');
}

/**
 * Parse an amount as a person types it ("1,234.5", "１２００元") into the engine's money
 * format ("1234.50"); `undefined` when it is not a non-negative amount with at most 2 decimals.
 */
export function parseMoneyInput(text: string): string | undefined {
  const match = MONEY_TYPED.exec(normaliseTypedNumber(text));
  if (!match) return undefined;
  return `${withoutLeadingZeros(match[1] ?? '0')}.${(match[2] ?? '').padEnd(2, '0')}`;
}

/** Parse a non-negative number as typed (e.g. a rate percentage) into plain decimal form ("1.50" → "1.5"); `undefined` when malformed. */
export function parseNumberInput(text: string): string | undefined {
  const match = NUMBER_TYPED.exec(normaliseTypedNumber(text));
  if (!match) return undefined;
  const whole = withoutLeadingZeros(match[1] ?? '0');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}
