/** Base45 against the examples of RFC 9285 §4.3–4.4, round trips, and invalid text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase45, toBase45 } from './base45';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('base45', () => {
  it('encodes and decodes the RFC 9285 examples', () => {
    // Mutation: emit the three digits most-significant first → "8BB" → fails.
    expect(toBase45(ascii('AB'))).toBe('BB8');
    expect(toBase45(ascii('Hello!!'))).toBe('%69 VD92EX0');
    expect(toBase45(ascii('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(fromBase45('QED8WEX0')!)).toBe('ietf!');
  });

  it('round-trips any bytes and never ends in a space', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase45(bytes);
        expect(text.endsWith(' ')).toBe(false);
        expect([...fromBase45(text)!]).toEqual([...bytes]);
      }),
    );
  });

  it('rejects text that is not base45', () => {
    // ":::" = 44 + 44×45 + 44×2025 = 91,124 > 65,535 (RFC 9285 §4.4); "GGW" = 16 + 720 + 64,800 = 65,536.
    expect(fromBase45(':::')).toBeNull();
    expect(fromBase45('GGW')).toBeNull();
    expect(fromBase45('FGW')).not.toBeNull(); // 15 + 720 + 64,800 = 65,535: the largest valid group
    expect(fromBase45('A')).toBeNull(); // a length of 3n + 1 is never produced
    expect(fromBase45('ab')).toBeNull(); // lower case is not in the alphabet
    expect(fromBase45(':6')).toBeNull(); // 44 + 6×45 = 314 > 255 in a final pair
  });
});
