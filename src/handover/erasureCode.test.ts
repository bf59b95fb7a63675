/**
 * The erasure code's promise: ANY k distinct frames of the n shown, in ANY order, give back the
 * k source blocks exactly. The oracle is the random source data itself (never recomputed by the
 * code under test): exhaustively over every k-subset for small codes, by fast-check otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBlock, ErasureDecoder, frameCoefficients } from './erasureCode';

function randomBlocks(k: number, blockSize: number, seed: number): Uint8Array[] {
  let state = seed >>> 0 || 1;
  return Array.from({ length: k }, () =>
    Uint8Array.from({ length: blockSize }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) & 0xff;
    }),
  );
}

function joined(blocks: readonly Uint8Array[]): number[] {
  return blocks.flatMap((block) => [...block]);
}

function decode(blocks: readonly Uint8Array[], indices: readonly number[]): number[] | null {
  const decoder = new ErasureDecoder(blocks.length, blocks[0]!.length);
  for (const index of indices) decoder.add(index, encodeBlock(blocks, index));
  return decoder.complete ? [...decoder.result()] : null;
}

function* subsets(n: number, k: number, start = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let first = start; first <= n - k; first += 1) {
    for (const rest of subsets(n, k - 1, first + 1)) yield [first, ...rest];
  }
}

function* permutations(items: readonly number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (const [position, item] of items.entries()) {
    for (const rest of permutations(items.filter((_, other) => other !== position))) yield [item, ...rest];
  }
}

describe('erasure code', () => {
  it('encodes a repair frame as worked out by hand', () => {
    // k = 2, blocks [1] and [0]; frame 2 = 1/(2 XOR 0) × 1 + 1/(2 XOR 1) × 0 = 1/2 = 0x8d
    // (2 × 0x8d = 0x11a, and 0x11a XOR 0x11b = 1). Frame 3 = 1/3 × 1 = 0xf6 (3 × 0xf6 = 1).
    const blocks = [Uint8Array.of(1), Uint8Array.of(0)];
    expect([...encodeBlock(blocks, 0)]).toEqual([1]);
    expect([...encodeBlock(blocks, 2)]).toEqual([0x8d]);
    expect([...encodeBlock(blocks, 3)]).toEqual([0xf6]);
    expect([...frameCoefficients(2, 2)]).toEqual([0x8d, 0xf6]);
  });

  it('rebuilds from every 3-of-12 subset in every order', () => {
    // Mutation: coefficients 1/(index XOR column) → 1/(index + column mod 256) (not a Cauchy matrix) → fails.
    const blocks = randomBlocks(3, 7, 3);
    const failures: string[] = [];
    for (const subset of subsets(12, 3)) {
      for (const order of permutations(subset)) {
        if (JSON.stringify(decode(blocks, order)) !== JSON.stringify(joined(blocks))) failures.push(order.join(','));
      }
    }
    expect(failures).toEqual([]);
  });

  it('rebuilds from every 5-of-13 subset (1,287 subsets)', () => {
    // Mutation: skip the back-substitution into stored rows in `add` → wrong blocks → fails.
    const blocks = randomBlocks(5, 9, 5);
    const failures: string[] = [];
    for (const subset of subsets(13, 5)) {
      const reversed = [...subset].reverse();
      if (JSON.stringify(decode(blocks, reversed)) !== JSON.stringify(joined(blocks))) failures.push(subset.join(','));
    }
    expect(failures).toEqual([]);
  });

  it('rebuilds from any k distinct frames in any order, for k up to 200 and frames up to 255', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer(),
        (k, blockSize, seed, shuffleSeed) => {
          const blocks = randomBlocks(k, blockSize, seed);
          const all = Array.from({ length: 256 }, (_, index) => index);
          // A seeded shuffle of every frame index, then the first k: any subset, any order.
          let state = shuffleSeed >>> 0 || 7;
          for (let index = all.length - 1; index > 0; index -= 1) {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            const other = state % (index + 1);
            [all[index], all[other]] = [all[other]!, all[index]!];
          }
          expect(decode(blocks, all.slice(0, k))).toEqual(joined(blocks));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is not complete with fewer than k distinct frames, and ignores a frame it already has', () => {
    const blocks = randomBlocks(4, 5, 11);
    const decoder = new ErasureDecoder(4, 5);
    expect(decoder.add(9, encodeBlock(blocks, 9))).toBe('new');
    expect(decoder.add(9, encodeBlock(blocks, 9))).toBe('redundant');
    expect(decoder.add(1, encodeBlock(blocks, 1))).toBe('new');
    expect(decoder.add(30, encodeBlock(blocks, 30))).toBe('new');
    expect(decoder.received).toBe(3);
    expect(decoder.complete).toBe(false);
    expect(() => decoder.result()).toThrow();
    expect(decoder.add(2, encodeBlock(blocks, 2))).toBe('new');
    expect([...decoder.result()]).toEqual(joined(blocks));
  });

  it('refuses blocks of the wrong size and out-of-range indices', () => {
    const decoder = new ErasureDecoder(2, 4);
    expect(() => decoder.add(0, new Uint8Array(3))).toThrow(RangeError);
    expect(() => decoder.add(256, new Uint8Array(4))).toThrow(RangeError);
    expect(() => new ErasureDecoder(0, 4)).toThrow(RangeError);
    expect(() => new ErasureDecoder(256, 4)).toThrow(RangeError);
  });
});
