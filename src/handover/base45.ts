/**
 * Base45 (RFC 9285): bytes as text in the 45 characters of a QR code's alphanumeric mode, which
 * stores 5.5 bits a character, so a frame costs 3 % more than raw bytes. Text, unlike raw bytes,
 * comes back unchanged from every QR reader (`BarcodeDetector.rawValue` is a string, and byte
 * mode can be re-read through a text encoding guess).
 *
 * The encoding never ends in a space (the last character is at most the 33rd of the alphabet),
 * so a reader that trims trailing spaces cannot change it.
 */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const VALUE_OF = new Map([...BASE45_ALPHABET].map((character, value) => [character, value]));

/** The base45 text of `bytes`. */
export function toBase45(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    let value = bytes[index]! * 256 + bytes[index + 1]!;
    for (let digit = 0; digit < 3; digit += 1) {
      text += BASE45_ALPHABET[value % 45]!;
      value = Math.floor(value / 45);
    }
  }
  if (bytes.length % 2 === 1) {
    const value = bytes[bytes.length - 1]!;
    text += BASE45_ALPHABET[value % 45]! + BASE45_ALPHABET[Math.floor(value / 45)]!;
  }
  return text;
}

/** The bytes of a base45 text, or null if it is not valid base45 (wrong length, character or value). */
export function fromBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let out = 0;
  for (let index = 0; index < text.length; index += 3) {
    const group = text.slice(index, index + 3);
    let value = 0;
    for (let digit = group.length - 1; digit >= 0; digit -= 1) {
      const digitValue = VALUE_OF.get(group[digit]!);
      if (digitValue === undefined) return null;
      value = value * 45 + digitValue;
    }
    if (group.length === 3) {
      if (value > 0xffff) return null;
      bytes[out++] = value >> 8;
      bytes[out++] = value & 0xff;
    } else {
      if (value > 0xff) return null;
      bytes[out++] = value;
    }
  }
  return bytes;
}
