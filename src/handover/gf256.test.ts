/**
 * GF(256) tables against a slow reference written here from the definition (carry-less
 * multiplication reduced by x^8 + x^4 + x^3 + x + 1), for every pair of bytes.
 */
import { describe, expect, it } from 'vitest';
import { gfAddScaled, gfInverse, gfMultiply, gfScale } from './gf256';

/** Russian-peasant multiplication in GF(2^8) modulo 0x11b: the definition, no tables. */
function slowMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 0x100) x ^= 0x11b;
    y >>= 1;
  }
  return product;
}

describe('GF(256)', () => {
  it('multiplies every pair of bytes as the definition does', () => {
    // Mutation: generator 2 instead of 3 in the table loop → the tables repeat after 51 steps → fails.
    const wrong: string[] = [];
    for (let a = 0; a < 256; a += 1) {
      for (let b = 0; b < 256; b += 1) {
        if (gfMultiply(a, b) !== slowMultiply(a, b)) wrong.push(`${a}×${b}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('inverts every non-zero byte, and refuses 0', () => {
    // Known values worked by hand: 2 × 0x8d = 0x11a, reduced by 0x11b gives 1; 3 × 0xf6 = 1 (AES S-box table).
    expect(gfInverse(2)).toBe(0x8d);
    expect(gfInverse(3)).toBe(0xf6);
    for (let a = 1; a < 256; a += 1) expect(slowMultiply(a, gfInverse(a))).toBe(1);
    expect(() => gfInverse(0)).toThrow(RangeError);
  });

  it('adds a scaled row and scales a row byte by byte', () => {
    const target = Uint8Array.from([1, 2, 3, 0]);
    gfAddScaled(target, Uint8Array.from([7, 0, 0x80, 5]), 3);
    // 7×3 = 7 XOR 14 = 9; 1^9 = 8. 0x80×3 = 0x80 XOR (0x100^0x11b = 0x1b) = 0x9b; 3^0x9b = 0x98. 5×3 = 15.
    expect([...target]).toEqual([8, 2, 0x98, 15]);
    const row = Uint8Array.from([1, 2, 0]);
    gfScale(row, 0x8d);
    expect([...row]).toEqual([0x8d, 1, 0]);
  });
});
