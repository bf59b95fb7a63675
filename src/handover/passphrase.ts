/**
 * The handover passphrase: 12 random digits, shown in four groups of three for the counsellor to
 * read aloud ("482 715 390 628") and typed on the client's phone with its number pad. 12 digits
 * are about 40 bits: with PBKDF2 at 600,000 iterations, guessing them from a filmed QR loop would
 * take one GPU years, while reading them aloud takes seconds. Digits read the same in Chinese and
 * English, and need no word list.
 *
 * What the person types is normalised before use: spaces, dashes and dots go, full-width digits
 * (０–９, from a Chinese keyboard) become ASCII. The key is derived from the 12 ASCII digits.
 */

export const PASSPHRASE_DIGITS = 12;
const GROUP = 3;

/** A new random passphrase (12 ASCII digits), from the platform's CSPRNG without modulo bias. */
export function newHandoverPassphrase(
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  let digits = '';
  const buffer = new Uint8Array(32);
  while (digits.length < PASSPHRASE_DIGITS) {
    fillRandom(buffer);
    for (const byte of buffer) {
      // 250 = 25 × 10: bytes 250–255 would favour 0–5, so they are drawn again.
      if (byte < 250 && digits.length < PASSPHRASE_DIGITS) digits += String(byte % 10);
    }
  }
  return digits;
}

/** "482 715 390 628": the digits in groups of three, to show and read aloud. */
export function groupPassphrase(digits: string): string {
  return digits.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join(' ') ?? '';
}

/**
 * The 12 ASCII digits in what the person typed, or null if it is not 12 digits once spaces,
 * dashes and dots are dropped and full-width digits are made ASCII.
 */
export function normaliseTypedPassphrase(typed: string): string | null {
  const digits = typed
    .replace(/[０-９]/g, (character) => String(character.charCodeAt(0) - 0xff10))
    .replace(/[\s\-.·—－。]/g, '');
  return new RegExp(`^[0-9]{${PASSPHRASE_DIGITS}}$`).test(digits) ? digits : null;
}
