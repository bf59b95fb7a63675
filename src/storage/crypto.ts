/**
 * The WebCrypto calls Shore's passphrase lock and encrypted backups rely on, and nothing else:
 * PBKDF2-SHA-256 key derivation, AES-256-GCM with a fresh random 12-byte IV per encryption,
 * key wrapping. No cryptography is implemented here, only `crypto.subtle` is called.
 *
 * Invariants:
 * - PBKDF2_ITERATIONS (the production count) is at least 600,000 (OWASP 2023 for PBKDF2-SHA-256).
 *   A lower count can only come from an option named `unsafeIterationsForTests`.
 * - Every key this module returns to callers is non-extractable; a data key is extractable only
 *   for the instant it is wrapped under a passphrase key (`generateWrappedDataKey`, `rewrapDataKey`).
 * - An IV is never reused: each `encryptBytes` draws a new one from `crypto.getRandomValues`.
 */

/** PBKDF2-SHA-256 iterations for every key derived from a passphrase, in production. */
export const PBKDF2_ITERATIONS = 600_000;
/** Bytes of random salt per passphrase key. */
export const SALT_BYTES = 16;
/** Bytes of AES-GCM IV (the size GCM is specified for). */
export const IV_BYTES = 12;
/** Highest iteration count accepted from a file, so a hostile backup cannot stall the app. */
export const MAX_ITERATIONS = 10_000_000;

/** One AES-GCM ciphertext with its IV (the 16-byte tag is the end of `data`). */
export interface Box {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** Random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const encoder = new TextEncoder();

/** UTF-8 bytes of `text` (as a fresh ArrayBuffer-backed array, which WebCrypto accepts). */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * Derive a non-extractable AES-256-GCM key from a passphrase (PBKDF2-SHA-256). The key can
 * encrypt, decrypt, wrap and unwrap (it encrypts the key-check token and wraps data keys).
 */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations out of range: ${iterations}`);
  }
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

/** AES-GCM encrypt under a fresh random IV; `aad` is authenticated but not encrypted. */
export async function encryptBytes(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, aad: string): Promise<Box> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(aad) }, key, plaintext);
  return { iv, data: new Uint8Array(data) };
}

/** AES-GCM decrypt; rejects (OperationError) if the key, the AAD or any byte is wrong. */
export async function decryptBytes(key: CryptoKey, box: Box, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv, additionalData: utf8(aad) }, key, box.data);
  return new Uint8Array(plain);
}

const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/**
 * A new random data key: returned wrapped under `passphraseKey` (to store) and as a
 * non-extractable CryptoKey (to use). The extractable copy exists only inside this function.
 */
export async function generateWrappedDataKey(
  passphraseKey: CryptoKey,
  aad: string,
): Promise<{ wrapped: Box; key: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY_ALGORITHM, true, DATA_KEY_USAGES);
  const wrapped = await wrap(extractable, passphraseKey, aad);
  return { wrapped, key: await unwrapDataKey(passphraseKey, wrapped, aad, false) };
}

async function wrap(key: CryptoKey, passphraseKey: CryptoKey, aad: string): Promise<Box> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.wrapKey('raw', key, passphraseKey, {
    name: 'AES-GCM',
    iv,
    additionalData: utf8(aad),
  });
  return { iv, data: new Uint8Array(data) };
}

/** Unwrap a stored data key; rejects if `passphraseKey` is not the one that wrapped it. */
export async function unwrapDataKey(
  passphraseKey: CryptoKey,
  wrapped: Box,
  aad: string,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.data,
    passphraseKey,
    { name: 'AES-GCM', iv: wrapped.iv, additionalData: utf8(aad) },
    DATA_KEY_ALGORITHM,
    extractable,
    DATA_KEY_USAGES,
  );
}

/** Move a wrapped data key from one passphrase key to another (for a passphrase change). */
export async function rewrapDataKey(from: CryptoKey, to: CryptoKey, wrapped: Box, aad: string): Promise<Box> {
  return wrap(await unwrapDataKey(from, wrapped, aad, true), to, aad);
}

/** Lowercase hex of bytes (IV stamps, key ids). */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
