/**
 * Interest rates as Chinese lenders quote them, normalised for the engine.
 *
 * People type 日利率 % (daily), 月利率 % (monthly) or 年化 % (annual, on a 360- or 365-day basis).
 * The engine takes exactly one of `dailyRate` / `monthlyRate` / `annualRate` as a plain decimal
 * fraction ("0.0005" = 0.05 % a day). Rules (exact decimal arithmetic on BigInt, never floats):
 * - daily %   → dailyRate   = percent / 100, exact;
 * - monthly % → monthlyRate = percent / 100, exact;
 * - annual %  → annualRate  = percent / 100, exact, with `annualRateDayBasis` = the basis (issue 16:
 *   kept exact, so 18 % a year on 365 days ranks level with 1.5 % a month; it used to be spread
 *   over the basis as a 16-decimal daily rate, which ranked it just below).
 * A penalty rate or a fee rate is a percent of the same kind: fraction = percent / 100, exact.
 * The equivalent annual rate shown to people is daily % × 365 (or × 360 when that is the
 * stated basis), monthly % × 12, or the annual % as typed.
 *
 * A rate is a BigInt of units at a decimal scale (`units / 10^scale`), not decimal.js: this file is
 * on the first page (planInput.ts), and decimal.js was its largest module (ADR 0007, issue 19).
 * Rates are plain non-negative decimals ("0.05"; storage/validation.ts), the only form accepted.
 */
import type { EnteredRate } from '../../domain/records';

export type EngineRate =
  | { dailyRate: string; monthlyRate?: undefined; annualRate?: undefined }
  | { monthlyRate: string; dailyRate?: undefined; annualRate?: undefined }
  | { annualRate: string; annualRateDayBasis: 360 | 365; dailyRate?: undefined; monthlyRate?: undefined };

/** An exact non-negative decimal: `units / 10^scale`. */
interface Exact {
  units: bigint;
  scale: number;
}

const PLAIN_DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

function parseExact(text: string): Exact {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1]! + fraction), scale: fraction.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** `numerator / denominator` rounded half-up to a whole number (both non-negative). */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return 2n * (numerator % denominator) >= denominator ? quotient + 1n : quotient;
}

/** `value × factor`, rounded half-up to at most `decimals` places. */
function timesRounded(value: Exact, factor: bigint, decimals: number): Exact {
  const units = value.units * factor;
  if (value.scale <= decimals) return { units, scale: value.scale };
  return { units: divideHalfUp(units, pow10(value.scale - decimals)), scale: decimals };
}

/** Plain text without exponent or trailing zeros ("0.0005", "18", never "5e-4" or "18.00"). */
function plain(value: Exact): string {
  const digits = value.units.toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** A percent as the engine's plain fraction ("0.075" → "0.00075"), exact; for penalty and fee rates. */
export function percentToFraction(percent: string): string {
  const value = parseExact(percent);
  return plain({ units: value.units, scale: value.scale + 2 });
}

/** The engine's rate field for a rate as entered. */
export function toEngineRate(entered: EnteredRate): EngineRate {
  const fraction = percentToFraction(entered.percent);
  switch (entered.unit) {
    case 'daily-percent':
      return { dailyRate: fraction };
    case 'monthly-percent':
      return { monthlyRate: fraction };
    case 'annual-percent':
      return { annualRate: fraction, annualRateDayBasis: entered.basis };
  }
}

/**
 * The equivalent simple annual rate in percent (e.g. "18.25" for 0.05 % a day), for display.
 * Rounded half-up to `decimals` places.
 */
export function equivalentAnnualPercent(entered: EnteredRate, decimals = 2): string {
  const percent = parseExact(entered.percent);
  switch (entered.unit) {
    case 'daily-percent':
      return plain(timesRounded(percent, 365n, decimals));
    case 'monthly-percent':
      return plain(timesRounded(percent, 12n, decimals));
    case 'annual-percent':
      return plain(timesRounded(percent, 1n, decimals));
  }
}

/** Annual percent from an engine rate (for what-if and debts without an entered rate). */
export function annualPercentFromEngine(rate: EngineRate, decimals = 2): string {
  if (rate.dailyRate !== undefined) return plain(timesRounded(parseExact(rate.dailyRate), 36500n, decimals));
  if (rate.annualRate !== undefined) return plain(timesRounded(parseExact(rate.annualRate), 100n, decimals));
  return plain(timesRounded(parseExact(rate.monthlyRate), 1200n, decimals));
}

/**
 * True when the annual equivalent exceeds `limitPercent`, a reference line the caller chooses.
 * (Not "36 %, which courts do not support": that 24 %/36 % rule only reaches interest up to
 * 2020-08-19 on private loans made before 2020-08-20. Since then private lending is capped at
 * 4 × the one-year LPR at the contract date, and that cap does not apply to licensed lenders:
 * docs/sources.md, `privateLending` and `privateLendingScope`, verified against the text.)
 */
export function isAnnualAbove(entered: EnteredRate, limitPercent: string): boolean {
  const annual = parseExact(equivalentAnnualPercent(entered, 6));
  const limit = parseExact(limitPercent);
  const scale = Math.max(annual.scale, limit.scale);
  return annual.units * pow10(scale - annual.scale) > limit.units * pow10(scale - limit.scale);
}

/**
 * Above this equivalent annual rate (in percent) the debt form asks "is this right?" before saving
 * (issue 13). Not a legal line: a sanity check for typing slips (0.05 typed as 5 a day is 1,825 % a
 * year; an extra digit or two goes far beyond). A real rate this high can still be confirmed and saved.
 */
export const IMPLAUSIBLE_ANNUAL_PERCENT = '1000';

/** True when a rate is so high it is more likely a typing slip than a loan's rate. */
export function isImplausibleRate(entered: EnteredRate): boolean {
  return isAnnualAbove(entered, IMPLAUSIBLE_ANNUAL_PERCENT);
}
