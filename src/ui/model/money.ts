/**
 * Money helpers for the UI: parsing what people type, and exact sums.
 *
 * Money is a decimal string ("1234.50") everywhere; nothing here uses JS float arithmetic.
 * Sums go through a private decimal.js clone (half-up, like the engine), so `Decimal.set()`
 * elsewhere cannot change them.
 */
import Decimal from 'decimal.js';

/** Private decimal constructor: fixed precision and half-up rounding. */
export const UiDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type UiDecimalValue = InstanceType<typeof UiDecimal>;

const FULL_WIDTH_DIGITS = /[０-９]/g;
const MONEY_TYPED = /^(0|[1-9][0-9]*|0[0-9]+)(\.[0-9]{1,2})?$/;
const NUMBER_TYPED = /^[0-9]+(\.[0-9]+)?$/;

/** Turn full-width digits and points into ASCII and drop spaces, thousands separators and a trailing 元 / ¥. */
export function normaliseTypedNumber(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，_]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/(元|%|％)$/, '');
}

/**
 * Parse an amount as a person types it ("1,234.5", "１２００元") into the engine's money
 * format ("1234.50"); `undefined` when it is not a non-negative amount with at most 2 decimals.
 */
export function parseMoneyInput(text: string): string | undefined {
  const cleaned = normaliseTypedNumber(text);
  if (!MONEY_TYPED.test(cleaned)) return undefined;
  return new UiDecimal(cleaned).toFixed(2);
}

/** Parse a non-negative number as typed (e.g. a rate percentage); `undefined` when malformed. */
export function parseNumberInput(text: string): string | undefined {
  const cleaned = normaliseTypedNumber(text);
  if (!NUMBER_TYPED.test(cleaned)) return undefined;
  return new UiDecimal(cleaned).toFixed();
}

/** Exact sum of money strings, as a money string with 2 decimals. Malformed entries count as 0. */
export function sumMoney(amounts: readonly (string | undefined)[]): string {
  let total = new UiDecimal(0);
  for (const amount of amounts) {
    if (amount === undefined) continue;
    const parsed = parseMoneyInput(amount);
    if (parsed !== undefined) total = total.plus(parsed);
  }
  return total.toFixed(2);
}

/** a − b for money strings; may be negative ("-12.00"). */
export function subtractMoney(a: string, b: string): string {
  return new UiDecimal(a).minus(b).toFixed(2);
}

/** True when the money string is greater than zero. */
export function isPositiveMoney(amount: string): boolean {
  return new UiDecimal(amount).greaterThan(0);
}

/** Compare two money strings: -1, 0 or 1. */
export function compareMoney(a: string, b: string): number {
  return new UiDecimal(a).comparedTo(b);
}
