/**
 * The handover's erasure code: a systematic Cauchy Reed–Solomon code over GF(256). The payload is
 * cut into k source blocks; frame i < k carries source block i as it is, and frame i ≥ k (up to
 * 255) carries the combination Σ_j block_j / (i XOR j). Every square submatrix of a Cauchy
 * matrix is invertible, so ANY k distinct frames, in any order, rebuild the payload: the loop on
 * the counsellor's screen works like a fountain, where whichever frames the camera catches count.
 *
 * Why not a Luby-transform (LT) fountain: LT needs noticeably more than k frames at small k
 * (tens of percent at k ≈ 20) and only with high probability; this code needs exactly k, always,
 * for up to 256 frames in total, which is far more than a loop shows. Decoding is incremental
 * Gauss–Jordan elimination: O(k · (k + blockSize)) per frame, at most k rows kept.
 */
import { gfAddScaled, gfInverse, gfScale } from './gf256';

/** Frame indices run from 0 to MAX_FRAME_INDEX. */
export const MAX_FRAME_INDEX = 255;

/** The coefficients of frame `index` over the k source blocks (a unit row for i < k). */
export function frameCoefficients(index: number, sourceCount: number): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index > MAX_FRAME_INDEX) throw new RangeError('frame index 0..255');
  if (!Number.isInteger(sourceCount) || sourceCount < 1 || sourceCount > MAX_FRAME_INDEX) {
    throw new RangeError('source blocks 1..255');
  }
  const row = new Uint8Array(sourceCount);
  if (index < sourceCount) {
    row[index] = 1;
    return row;
  }
  // x = index and y_j = j are all distinct (index ≥ k > j), so index XOR j is never 0.
  for (let column = 0; column < sourceCount; column += 1) row[column] = gfInverse(index ^ column);
  return row;
}

/** The block frame `index` carries, from the k source blocks (each `blockSize` bytes). */
export function encodeBlock(sourceBlocks: readonly Uint8Array[], index: number): Uint8Array {
  const first = sourceBlocks[0];
  if (first === undefined) throw new RangeError('no source blocks');
  const coefficients = frameCoefficients(index, sourceBlocks.length);
  const block = new Uint8Array(first.length);
  for (const [column, source] of sourceBlocks.entries()) gfAddScaled(block, source, coefficients[column]!);
  return block;
}

/**
 * Rebuilds the k source blocks from frames given in any order. Keeps at most k rows (each k
 * coefficients + one block) in reduced row echelon form, so memory is bounded by k · (k + blockSize).
 */
export class ErasureDecoder {
  readonly sourceCount: number;
  readonly blockSize: number;
  /** rows[p]: the row whose pivot is column p (coefficients, then block), fully reduced. */
  private readonly rows: (Uint8Array | undefined)[];
  private rank = 0;

  constructor(sourceCount: number, blockSize: number) {
    if (!Number.isInteger(sourceCount) || sourceCount < 1 || sourceCount > MAX_FRAME_INDEX) {
      throw new RangeError('source blocks 1..255');
    }
    if (!Number.isInteger(blockSize) || blockSize < 1) throw new RangeError('block size must be positive');
    this.sourceCount = sourceCount;
    this.blockSize = blockSize;
    this.rows = new Array<Uint8Array | undefined>(sourceCount).fill(undefined);
  }

  /** How many independent frames are in; the payload is rebuilt when this reaches `sourceCount`. */
  get received(): number {
    return this.rank;
  }

  get complete(): boolean {
    return this.rank === this.sourceCount;
  }

  /** Take one frame's block. 'new' if it added information, 'redundant' if already known. */
  add(index: number, block: Uint8Array): 'new' | 'redundant' {
    if (block.length !== this.blockSize) throw new RangeError('block has the wrong size');
    const k = this.sourceCount;
    const row = new Uint8Array(k + this.blockSize);
    row.set(frameCoefficients(index, k), 0);
    row.set(block, k);
    // Subtract every known pivot row: the stored rows are fully reduced, so one pass suffices.
    for (let column = 0; column < k; column += 1) {
      const pivotRow = this.rows[column];
      if (pivotRow !== undefined && row[column] !== 0) gfAddScaled(row, pivotRow, row[column]!);
    }
    let pivot = 0;
    while (pivot < k && row[pivot] === 0) pivot += 1;
    if (pivot === k) return 'redundant';
    gfScale(row, gfInverse(row[pivot]!));
    for (const other of this.rows) {
      if (other !== undefined && other[pivot] !== 0) gfAddScaled(other, row, other[pivot]!);
    }
    this.rows[pivot] = row;
    this.rank += 1;
    return 'new';
  }

  /** The k source blocks, joined (k · blockSize bytes). Only once `complete`. */
  result(): Uint8Array {
    if (!this.complete) throw new Error('not enough frames yet');
    const out = new Uint8Array(this.sourceCount * this.blockSize);
    for (const [column, row] of this.rows.entries()) out.set(row!.subarray(this.sourceCount), column * this.blockSize);
    return out;
  }
}
