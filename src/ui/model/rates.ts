/**
 * Interest rates as Chinese lenders quote them, normalised for the engine.
 *
 * People type 日利率 % (daily), 月利率 % (monthly) or 年化 % (annual, on a 360- or 365-day basis).
 * The engine takes exactly one of `dailyRate` / `monthlyRate` as a plain decimal fraction
 * ("0.0005" = 0.05 % a day). Rules (exact decimal.js arithmetic, never floats; the only decimal.js in
 * the UI: a rate divided by its day basis needs arbitrary decimals, money never does):
 * - daily %   → dailyRate   = percent / 100, exact;
 * - monthly % → monthlyRate = percent / 100, exact;
 * - annual %  → annualRate  = percent / 100, exact, with `annualRateDayBasis` = the basis (issue 16:
 *   kept exact, so 18 % a year on 365 days ranks level with 1.5 % a month; it used to be spread
 *   over the basis as a 16-decimal daily rate, which ranked it just below).
 * A penalty rate or a fee rate is a percent of the same kind: fraction = percent / 100, exact.
 * The equivalent annual rate shown to people is daily % × 365 (or × 360 when that is the
 * stated basis), monthly % × 12, or the annual % as typed.
 */
import Decimal from 'decimal.js';
import type { EnteredRate } from '../../domain/records';

/** Private decimal constructor: fixed precision and half-up rounding, unaffected by `Decimal.set()`. */
const RateDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type EngineRate =
  | { dailyRate: string; monthlyRate?: undefined; annualRate?: undefined }
  | { monthlyRate: string; dailyRate?: undefined; annualRate?: undefined }
  | { annualRate: string; annualRateDayBasis: 360 | 365; dailyRate?: undefined; monthlyRate?: undefined };

function plain(value: InstanceType<typeof RateDecimal>): string {
  // toFixed() never uses exponent notation, which the engine's rate format forbids.
  const text = value.toFixed();
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** The engine's rate field for a rate as entered. */
export function toEngineRate(entered: EnteredRate): EngineRate {
  const fraction = new RateDecimal(entered.percent).dividedBy(100);
  switch (entered.unit) {
    case 'daily-percent':
      return { dailyRate: plain(fraction) };
    case 'monthly-percent':
      return { monthlyRate: plain(fraction) };
    case 'annual-percent':
      return { annualRate: plain(fraction), annualRateDayBasis: entered.basis };
  }
}

/** A percent as the engine's plain fraction ("0.075" → "0.00075"), exact; for penalty and fee rates. */
export function percentToFraction(percent: string): string {
  return plain(new RateDecimal(percent).dividedBy(100));
}

/**
 * The equivalent simple annual rate in percent (e.g. "18.25" for 0.05 % a day), for display.
 * Rounded half-up to `decimals` places.
 */
export function equivalentAnnualPercent(entered: EnteredRate, decimals = 2): string {
  const percent = new RateDecimal(entered.percent);
  switch (entered.unit) {
    case 'daily-percent':
      return percent.times(365).toDecimalPlaces(decimals).toFixed();
    case 'monthly-percent':
      return percent.times(12).toDecimalPlaces(decimals).toFixed();
    case 'annual-percent':
      return percent.toDecimalPlaces(decimals).toFixed();
  }
}

/** Annual percent from an engine rate (for what-if and debts without an entered rate). */
export function annualPercentFromEngine(rate: EngineRate, decimals = 2): string {
  if (rate.dailyRate !== undefined)
    return new RateDecimal(rate.dailyRate).times(36500).toDecimalPlaces(decimals).toFixed();
  if (rate.annualRate !== undefined)
    return new RateDecimal(rate.annualRate).times(100).toDecimalPlaces(decimals).toFixed();
  return new RateDecimal(rate.monthlyRate).times(1200).toDecimalPlaces(decimals).toFixed();
}

/**
 * True when the annual equivalent exceeds `limitPercent`, a reference line the caller chooses.
 * (Not "36 %, which courts do not support": that 24 %/36 % rule only reaches interest up to
 * 2020-08-19 on private loans made before 2020-08-20. Since then private lending is capped at
 * 4 × the one-year LPR at the contract date, and that cap does not apply to licensed lenders:
 * docs/sources.md, `privateLending` and `privateLendingScope`, verified against the text.)
 */
export function isAnnualAbove(entered: EnteredRate, limitPercent: string): boolean {
  return new RateDecimal(equivalentAnnualPercent(entered, 6)).greaterThan(limitPercent);
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
