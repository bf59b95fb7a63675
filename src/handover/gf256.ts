/**
 * Arithmetic in GF(2^8), the field the handover's erasure code works in (the AES/Reed–Solomon
 * polynomial x^8 + x^4 + x^3 + x + 1, 0x11b, with generator 3). Addition is XOR; multiplication
 * and division go through log/antilog tables built once at module load (512 + 256 bytes).
 */

const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let value = 1;
  for (let power = 0; power < 255; power += 1) {
    EXP[power] = value;
    LOG[value] = power;
    // value × 3 = value × 2 XOR value, reduced by the field polynomial.
    const doubled = value << 1;
    value = doubled ^ (doubled & 0x100 ? 0x11b : 0) ^ value;
  }
  // Doubled so that EXP[LOG[a] + LOG[b]] needs no `% 255`.
  for (let power = 255; power < 512; power += 1) EXP[power] = EXP[power - 255]!;
}

/** a × b in GF(256). */
export function gfMultiply(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[LOG[a]! + LOG[b]!]!;
}

/** 1 / a in GF(256); a must not be 0. */
export function gfInverse(a: number): number {
  if (a === 0) throw new RangeError('0 has no inverse in GF(256)');
  return EXP[255 - LOG[a]!]!;
}

/** target[i] ^= factor × source[i] for every i (the row operation of Gaussian elimination). */
export function gfAddScaled(target: Uint8Array, source: Uint8Array, factor: number): void {
  if (factor === 0) return;
  const length = Math.min(target.length, source.length);
  if (factor === 1) {
    for (let index = 0; index < length; index += 1) target[index] = target[index]! ^ source[index]!;
    return;
  }
  const logFactor = LOG[factor]!;
  for (let index = 0; index < length; index += 1) {
    const byte = source[index]!;
    if (byte !== 0) target[index] = target[index]! ^ EXP[LOG[byte]! + logFactor]!;
  }
}

/** row[i] = factor × row[i] for every i. */
export function gfScale(row: Uint8Array, factor: number): void {
  for (let index = 0; index < row.length; index += 1) row[index] = gfMultiply(row[index]!, factor);
}
