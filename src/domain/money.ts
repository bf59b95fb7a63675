/**
 * Money and rates as exact integers.
 *
 * Inside the engine an amount is a whole number of fen (分) held in a JS number. Every amount
 * the engine makes is a sum, difference or minimum of whole fen, or a product rounded to a whole
 * fen by `chargeFen`, so no fractional value ever exists and every result stays exact while it is
 * a safe integer (below 2^53 fen, about 90 trillion yuan). Each money input is capped at
 * `MAX_MONEY_FEN` and the plan stops once the balance owed passes `MAX_TRACKED_OWED_FEN`, which is
 * more than any valid budget can repay in 1200 periods; so every figure the engine reports stays
 * far below 2^53 and exact. See docs/adr/0002-money-as-integer-fen.md.
 *
 * A rate is exact: an integer numerator over an integer divisor (0.0005 = 5 / 10^4; an annual rate
 * 0.18 spread over 12 months = 18 / 1200). Interest is numerator × base × days / divisor, rounded
 * half-up to the fen: with plain integers while the product is a safe integer, else with a float
 * estimate checked against its error bound, else with BigInt (see `chargeFen`).
 *
 * The same whole-fen arithmetic serves the UI and the scripts (the end of this file): money
 * strings in and out (`toFen`, `parseFen`, `roundToFen`, `fromFen`), exact sums (`sumFen`, `sumMoney`), a split
 * that hands out every fen (`allocateFen`) and the one rounded division (`mulDivFen`). Showing an
 * amount to a person (the ¥ sign, grouping) is `formatMoney` in src/i18n.
 */

/** Money input format: no sign, no exponent, at most 2 decimals. */
export const MONEY_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;
/** Rate input format: no sign, no exponent, any number of decimals. */
export const RATE_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** The largest amount one money field may hold: 9,999,999,999.99 yuan. */
export const MAX_MONEY_FEN = 999_999_999_999;

/**
 * Above this total owed (20 trillion yuan) no valid budget (≤ MAX_MONEY_FEN) can clear the debts in
 * the longest horizon (1200 periods), so the engine stops the plan as not cleared within the horizon
 * rather than compute balances that would outgrow exact integers. Reached only by runaway
 * compound interest.
 */
export const MAX_TRACKED_OWED_FEN = 2e15;

/**
 * Whole fen in a JS number, always a safe integer. The engine's are never negative; outside the
 * engine a difference may be (`fromFen(-1200)` is "-12.00").
 */
export type Fen = number;

/**
 * Parse a money string ("1234.5") into whole fen (123450).
 * Returns `undefined` for anything that does not match `MONEY_PATTERN` or exceeds `MAX_MONEY_FEN`.
 */
export function parseMoney(text: string): Fen | undefined {
  if (!MONEY_PATTERN.test(text)) return undefined;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (whole.length > 10) return undefined;
  const fen = Number(whole) * 100 + (fraction === '' ? 0 : Number(fraction.padEnd(2, '0')));
  return fen > MAX_MONEY_FEN ? undefined : fen;
}

/** Format whole fen as a money string with exactly two decimals: 123450 → "1234.50". */
export function formatFen(fen: Fen): string {
  if (fen < 10) return '0.0' + String(fen);
  if (fen < 100) return '0.' + String(fen);
  const digits = String(fen);
  return digits.slice(0, -2) + '.' + digits.slice(-2);
}

/** An exact rate: `units / divisor`, both positive integers (a decimal rate has divisor 10^scale). */
export interface ExactRate {
  readonly units: bigint;
  readonly divisor: bigint;
  /** `units` and `divisor` as numbers when both are safe integers (the integer fast path), else 0. */
  readonly unitsNumber: number;
  readonly divisorNumber: number;
  /** units / divisor as the nearest float, for the checked float estimate in `chargeFen`. */
  readonly approx: number;
  readonly isZero: boolean;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);

/** The exact rate `units / divisor` (divisor > 0). */
export function exactRate(units: bigint, divisor: bigint): ExactRate {
  const fast = units <= BIG_MAX_SAFE && divisor <= BIG_MAX_SAFE;
  return {
    units,
    divisor,
    unitsNumber: fast ? Number(units) : 0,
    divisorNumber: fast ? Number(divisor) : 0,
    approx: Number(units) / Number(divisor),
    isZero: units === 0n,
  };
}

/** Parse a rate string ("0.0005") into an exact rate, or `undefined` if it does not match `RATE_PATTERN`. */
export function parseRate(text: string): ExactRate | undefined {
  if (!RATE_PATTERN.test(text)) return undefined;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = (dot < 0 ? '' : text.slice(dot + 1)).replace(/0+$/, '');
  return exactRate(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}

/** `rate / by`, exactly (an annual rate spread over 12 months or over a 360- or 365-day year). */
export function divideRate(rate: ExactRate, by: number): ExactRate {
  return exactRate(rate.units, rate.divisor * BigInt(by));
}

/** Relative error allowed for the float estimate in `chargeFen` (2^-48, far above the few float roundings it makes). */
const ESTIMATE_RELATIVE_ERROR = 2 ** -48;
/** Above this estimate (in fen) the float estimate is not used. */
const ESTIMATE_LIMIT = 2 ** 45;

/**
 * round-half-up(base × rate × multiplier) in whole fen, exactly.
 * `multiplier` is the period's days for a daily rate and 1 for a monthly rate.
 *
 * Three ways, fastest first, each exact:
 * 1. integers: when the rate's parts and the product are safe integers, the plain product and
 *    its integer remainder;
 * 2. a checked float estimate: for long rates ("0.019708333333333335") whose product is not a
 *    safe integer. The float result is within a relative error of 2^-48 of the true value (it makes
 *    three roundings of 2^-53 each), so when its fraction is further than that from one half,
 *    rounding it gives the same whole fen as rounding the true value. Exact halves, and values
 *    too close to one to tell, go on to
 * 3. BigInt: the exact product, quotient and remainder.
 * A result above 2^53 fen (only from runaway compound interest) is returned approximately: it is
 * then either cut to a charge cap (an exact, small number) or stops the plan (`MAX_TRACKED_OWED_FEN`).
 */
export function chargeFen(baseFen: Fen, rate: ExactRate, multiplier: number): Fen {
  if (rate.isZero || baseFen === 0 || multiplier === 0) return 0;
  if (rate.divisorNumber !== 0) {
    // Each factor is a safe integer; a float product at or below MAX_SAFE is therefore exact
    // (a true product above it would round to at least 2^53).
    const product = baseFen * rate.unitsNumber * multiplier;
    if (product <= MAX_SAFE) {
      const remainder = product % rate.divisorNumber;
      const quotient = (product - remainder) / rate.divisorNumber;
      return remainder * 2 >= rate.divisorNumber ? quotient + 1 : quotient;
    }
  }
  const estimate = baseFen * multiplier * rate.approx;
  if (estimate < ESTIMATE_LIMIT) {
    const whole = Math.floor(estimate);
    const fraction = estimate - whole;
    const margin = estimate * ESTIMATE_RELATIVE_ERROR;
    if (fraction - 0.5 > margin) return whole + 1;
    if (0.5 - fraction > margin) return whole;
  }
  return chargeFenBig(baseFen, rate, multiplier);
}

/** The BigInt way of `chargeFen`: exact for any size. */
export function chargeFenBig(baseFen: Fen, rate: ExactRate, multiplier: number): Fen {
  const product = BigInt(baseFen) * rate.units * BigInt(multiplier);
  const quotient = product / rate.divisor;
  const rounded = (product % rate.divisor) * 2n >= rate.divisor ? quotient + 1n : quotient;
  return Number(rounded);
}

/**
 * Compare two rates after scaling each by its own whole-number multiplier
 * (e.g. a daily rate × 365 against a monthly rate × 12), exactly. Returns -1, 0 or 1.
 */
export function compareScaledRates(a: ExactRate, aTimes: number, b: ExactRate, bTimes: number): number {
  const left = a.units * BigInt(aTimes) * b.divisor;
  const right = b.units * BigInt(bTimes) * a.divisor;
  return left < right ? -1 : left > right ? 1 : 0;
}

// ---- Money for the UI and the scripts: whole fen, signed ----

/** A money string: optional "-", no leading zeros, at most 2 decimals ("1234.5", "-12.00", "0"). */
const SIGNED_MONEY_PATTERN = /^-?(0|[1-9][0-9]{0,15})(?:\.[0-9]{1,2})?$/;
/** The same with any number of decimals ("2.345"), for `roundToFen`. */
const SIGNED_DECIMAL_PATTERN = /^(-?)(0|[1-9][0-9]{0,15})(?:\.([0-9]+))?$/;

/**
 * Whole fen of a money string: "1234.5" → 123450, "-0.01" → -1. `undefined` for anything else
 * (spaces, exponents, 3 decimals, leading zeros) and beyond exact integers (2^53 fen).
 * What a person types is cleaned first (ui/model/money.ts `parseMoneyInput`).
 */
export function parseFen(amount: string): Fen | undefined {
  return SIGNED_MONEY_PATTERN.test(amount) ? roundToFen(amount) : undefined;
}

/**
 * Whole fen of a decimal string with any number of decimals, rounded half-up to the fen (a half
 * away from zero): "2.345" → 235, "2.3449" → 234, "-0.005" → -1. For amounts shown in the
 * scripts' letters, which round what they are given. `undefined` for anything else (exponents,
 * spaces, leading zeros, "+") and beyond exact integers (2^53 fen).
 */
export function roundToFen(amount: string): Fen | undefined {
  const match = SIGNED_DECIMAL_PATTERN.exec(amount);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = ''] = match;
  const kept = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  const fen = (fraction[2] ?? '0') >= '5' ? kept + 1 : kept;
  if (!Number.isSafeInteger(fen)) return undefined;
  return sign === '-' && fen !== 0 ? -fen : fen;
}

/**
 * Whole fen of a money string known to be valid (the engine's output, a stored record).
 * @throws RangeError when it is not a money string: a bug, never a person's typing.
 */
export function toFen(amount: string): Fen {
  const fen = parseFen(amount);
  if (fen === undefined) throw new RangeError(`not a money string: ${JSON.stringify(amount)}`);
  return fen;
}

/** The money string of whole fen, exactly two decimals: 123450 → "1234.50", -1 → "-0.01". */
export function fromFen(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${String(fen)}`);
  return fen < 0 ? '-' + formatFen(-fen) : formatFen(fen);
}

/** Exact sum of whole fen. @throws RangeError if it leaves the exact-integer range. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('sum beyond exact whole fen');
  return total;
}

/** Exact sum of money strings (`undefined` counts as nothing), as a money string: ["1.5", "2.25"] → "3.75". */
export function sumMoney(amounts: Iterable<string | undefined>): string {
  const fen: Fen[] = [];
  for (const amount of amounts) if (amount !== undefined) fen.push(toFen(amount));
  return fromFen(sumFen(fen));
}

/** How a division that does not come out even is rounded: down, up, or half up (all toward the fen). */
export type FenRounding = 'down' | 'up' | 'half-up';

function divideRounded(numerator: bigint, divisor: bigint, rounding: FenRounding): bigint {
  const quotient = numerator / divisor;
  const remainder = numerator % divisor;
  if (remainder === 0n) return quotient;
  if (rounding === 'up') return quotient + 1n;
  if (rounding === 'half-up') return remainder * 2n >= divisor ? quotient + 1n : quotient;
  return quotient;
}

/**
 * fen × multiplier / divisor, rounded to whole fen as asked, exactly (BigInt inside, so the
 * product may pass 2^53): a monthly instalment `mulDivFen(owed, 1, months, 'up')`, a whole percent
 * `mulDivFen(part, 100, whole, 'down')`, 1 % to the fen `mulDivFen(start, 1, 100, 'half-up')`.
 * @throws RangeError for a negative amount or multiplier, a divisor that is not a positive integer,
 * or a result beyond exact whole fen.
 */
export function mulDivFen(fen: Fen, multiplier: number, divisor: number, rounding: FenRounding): Fen {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not a non-negative whole fen: ${String(fen)}`);
  if (!Number.isSafeInteger(multiplier) || multiplier < 0) throw new RangeError('multiplier must be a whole number');
  if (!Number.isSafeInteger(divisor) || divisor <= 0) throw new RangeError('divisor must be a positive whole number');
  const result = divideRounded(BigInt(fen) * BigInt(multiplier), BigInt(divisor), rounding);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('result beyond exact whole fen');
  return Number(result);
}

/**
 * Split `total` fen over `weights` (e.g. what each loan owes), handing out every fen: each share is
 * total × weight / Σweights rounded down, and the fen left over go one each to the largest
 * remainders (the earlier on a tie). All weights 0: everything to the first. 1003 over [1, 1] →
 * [502, 501]. @throws RangeError for a negative total or weight.
 */
export function allocateFen(total: Fen, weights: readonly Fen[]): Fen[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`not a non-negative whole fen: ${String(total)}`);
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) {
    throw new RangeError('weights must be non-negative whole numbers');
  }
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (weightSum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const totalBig = BigInt(total);
  const shares = weights.map((weight) => totalBig * BigInt(weight));
  const floors = shares.map((share) => share / weightSum);
  let left = totalBig - floors.reduce((sum, share) => sum + share, 0n);
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share % weightSum }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map((share) => Number(share));
}
