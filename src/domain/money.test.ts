/**
 * The whole-fen money helpers the UI and the scripts share (toFen, fromFen, sums, the rounded
 * division and the split). Every expected value is worked out by hand in the comment beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFen, fromFen, mulDivFen, parseFen, roundToFen, sumFen, sumMoney, toFen } from './money';

describe('parseFen / toFen', () => {
  it.each([
    ['1234.5', 123450], // 1234 yuan 50 fen
    ['1234.50', 123450],
    ['0.01', 1],
    ['0', 0],
    ['-12.00', -1200],
    ['-0.01', -1],
    ['90071992547409.91', 9007199254740991], // 2^53 − 1 fen, the largest exact amount
  ])('%s → %d fen', (text, fen) => {
    // Mutation: read the fraction as given instead of padding it ("5" as 5 fen) → "1234.5" fails.
    expect(parseFen(text)).toBe(fen);
    expect(toFen(text)).toBe(fen);
  });

  it.each(['', '1.234', '01.00', '1e3', ' 1.00', '1,000.00', '+1', '-', '.5', '90071992547409.92'])(
    'refuses %j',
    (text) => {
      // Mutation: drop the safe-integer check → "90071992547409.92" (2^53 fen) is accepted and fails here.
      expect(parseFen(text)).toBeUndefined();
      expect(() => toFen(text)).toThrow(RangeError);
    },
  );

  it('reads "-0" as zero, not minus zero', () => {
    // Mutation: negate whenever the sign is present → -0, which toBe(0) tells apart.
    expect(parseFen('-0.00')).toBe(0);
  });
});

describe('roundToFen', () => {
  it.each([
    ['2.345', 235], // 234.5 fen: the half goes up
    ['2.3449', 234], // 234.49 fen: below the half, only the third decimal counts
    ['2.344', 234],
    ['0.995', 100], // 99.5 fen → 100 (1.00 yuan)
    ['99.999', 10000], // 9999.9 fen → 10000 (100.00 yuan)
    ['0.005', 1], // half a fen → 1
    ['0.004', 0],
    ['-0.005', -1], // the half away from zero, as decimal.js's ROUND_HALF_UP did for the scripts
    ['-2.345', -235],
    ['3', 300],
    ['1234.5', 123450],
    ['90071992547409.91', 9007199254740991], // 2^53 − 1 fen, the largest exact amount
  ])('%s → %d fen', (text, fen) => {
    // Break: ignore the third decimal (cut instead of round) → every row whose third decimal is 5 or more fails.
    expect(roundToFen(text)).toBe(fen);
  });

  it('reads a negative that rounds to nothing as zero, not minus zero', () => {
    // Break: negate whenever the sign is present → -0, which toBe(0) tells apart.
    expect(roundToFen('-0.004')).toBe(0);
  });

  it.each(['', '1e3', '01.5', '.5', '1.', ' 1', '+1', '1,000', '90071992547409.915'])('refuses %j', (text) => {
    // 90071992547409.915 → 9007199254740991.5 fen rounds to 2^53: beyond exact whole fen.
    // Break: drop the safe-integer check → the last case is accepted and fails here.
    expect(roundToFen(text)).toBeUndefined();
  });
});

describe('fromFen', () => {
  it.each([
    [123450, '1234.50'],
    [5, '0.05'],
    [50, '0.50'],
    [0, '0.00'],
    [-1200, '-12.00'],
    [-1, '-0.01'],
  ])('%d fen → %s', (fen, text) => {
    // Mutation: format the absolute value only → the negative cases fail.
    expect(fromFen(fen)).toBe(text);
  });

  it('refuses a fraction of a fen', () => {
    expect(() => fromFen(0.5)).toThrow(RangeError);
  });

  it('round-trips every money string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        expect(toFen(fromFen(fen))).toBe(fen);
      }),
    );
  });
});

describe('sums', () => {
  it('adds money strings exactly, where floats would not', () => {
    // 0.10 + 0.20 = 0.30 (as floats 0.1 + 0.2 = 0.30000000000000004).
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    // 1500.00 + 500.00 − 12.50 = 1987.50; absent amounts count as nothing.
    expect(sumMoney(['1500.00', undefined, '500', '-12.50'])).toBe('1987.50');
    expect(sumMoney([])).toBe('0.00');
  });

  it('refuses a malformed amount instead of counting it as zero', () => {
    expect(() => sumMoney(['1.00', 'abc'])).toThrow(RangeError);
  });

  it('refuses a sum beyond exact whole fen', () => {
    // (2^53 − 1) + 1 = 2^53: no longer a safe integer.
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(sumFen([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('mulDivFen', () => {
  it.each([
    // 100.00 yuan over 3 months: 10000 / 3 = 3333.33… fen
    [10000, 1, 3, 'down', 3333],
    [10000, 1, 3, 'up', 3334],
    [10000, 1, 3, 'half-up', 3333],
    // 2/3 = 0.666… rounds half up to 1; 1/2 = 0.5 rounds half up to 1
    [2, 1, 3, 'half-up', 1],
    [1, 1, 2, 'half-up', 1],
    [1, 1, 2, 'down', 0],
    // an even division is never rounded: 9000 / 3 = 3000 either way
    [9000, 1, 3, 'up', 3000],
    // 1 % of 1234.56 yuan = 1234.5600 fen → 1235 half up
    [123456, 1, 100, 'half-up', 1235],
    // whole percent cleared: 333.33 of 1000.00 yuan = 33.333 % → 33
    [33333, 100, 100000, 'down', 33],
  ] as const)('%d × %d / %d rounded %s = %d', (fen, multiplier, divisor, rounding, expected) => {
    // Mutation: 'up' rounding that adds 1 even when the division is even → the 9000 / 3 row fails.
    expect(mulDivFen(fen, multiplier, divisor, rounding)).toBe(expected);
  });

  it('stays exact where the product passes 2^53', () => {
    // 9,999,999,999.99 yuan × 100 / 3 = 333,333,333,333.00 yuan; the product (10^14 − 1) × 100 is about 10^16.
    // (999999999999 × 100) / 3 = 33333333333300 exactly.
    expect(mulDivFen(999_999_999_999, 100, 3, 'down')).toBe(33_333_333_333_300);
  });

  it('refuses negative amounts and a zero divisor', () => {
    expect(() => mulDivFen(-1, 1, 2, 'down')).toThrow(RangeError);
    expect(() => mulDivFen(1, 1, 0, 'down')).toThrow(RangeError);
  });
});

describe('allocateFen', () => {
  it('hands out every fen, leftovers to the largest remainders, earlier first on a tie', () => {
    // 1003 over [1, 1]: 501.5 each → floors 501 + 501 = 1002, the 1 left goes to the first (tie).
    expect(allocateFen(1003, [1, 1])).toEqual([502, 501]);
    // 100 over [1, 2]: 33.33 and 66.67 → floors 33 + 66 = 99; the larger remainder (.67) gets the fen.
    expect(allocateFen(100, [1, 2])).toEqual([33, 67]);
    // 80000 over loans owing 1500.00 and 500.00: 60000 and 20000 exactly.
    expect(allocateFen(80000, [150000, 50000])).toEqual([60000, 20000]);
  });

  it('gives everything to the first when every weight is zero, and nothing when there are no weights', () => {
    expect(allocateFen(500, [0, 0])).toEqual([500, 0]);
    expect(allocateFen(500, [])).toEqual([]);
  });

  it('always sums to the total and never moves a share more than one fen from its exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = allocateFen(total, weights);
          // Mutation: skip handing out the leftovers → the sum falls short and this fails.
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + BigInt(b), 0n);
          if (weightSum === 0n) return;
          shares.forEach((share, i) => {
            const exactTimesSum = BigInt(total) * BigInt(weights[i] ?? 0);
            const scaled = BigInt(share) * weightSum;
            // |share − exact| < 1 fen  ⇔  |share × Σ − total × w| < Σ
            const gap = scaled > exactTimesSum ? scaled - exactTimesSum : exactTimesSum - scaled;
            expect(gap < weightSum).toBe(true);
          });
        },
      ),
    );
  });
});
