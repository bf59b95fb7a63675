/**
 * The QR handover's payload (issue 18): one client's backup file, compressed, then encrypted with
 * the backup scheme (PBKDF2-SHA-256 → AES-256-GCM, ADR 0004) under the passphrase the counsellor
 * reads aloud. src/handover/ cuts the payload into QR frames and rebuilds it on the phone.
 *
 * Attachments are left out (with their references from log entries): photos and recordings go by
 * file, and a later file import of the client brings them back.
 *
 * Payload bytes (binary, as compact as the frames need):
 *   bytes 0–3    'S' 'H' 'P' and the format version (1)
 *   bytes 4–5    schema version of the backup inside (big-endian)
 *   bytes 6–9    PBKDF2 iterations (big-endian; 1..MAX_ITERATIONS accepted)
 *   bytes 10–25  salt; bytes 26–37 AES-GCM IV
 *   then         AES-GCM ciphertext (16-byte tag last) of the zlib-deflated backup text
 * The additional data binds the version, schema and iteration count.
 *
 * `openHandover` gives back the backup file's TEXT: the import then goes through the same
 * `prepareImport` → preview → `applyImport` as a file, with every check (backup.ts). It never
 * writes. A wrong passphrase is a BackupError 'wrong-passphrase' (the frames were already proven
 * intact by their id, so a failed decryption means the passphrase); inflation stops at
 * LIMITS.fileBytes ('too-large'), so a crafted payload cannot exhaust memory.
 */
import type { ProfileId } from '../domain/records';
import { BackupError, exportBackup } from './backup';
import {
  decryptBytes,
  derivePassphraseKey,
  encryptBytes,
  IV_BYTES,
  MAX_ITERATIONS,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  utf8,
} from './crypto';
import type { ShoreDb } from './db';
import { CURRENT_SCHEMA_VERSION } from './migrations/index';
import { LIMITS } from './validation';

const MAGIC = [0x53, 0x48, 0x50] as const;
const FORMAT_VERSION = 1;
const SALT_AT = 10;
const IV_AT = SALT_AT + SALT_BYTES;
const CIPHERTEXT_AT = IV_AT + IV_BYTES;
const TAG_BYTES = 16;

const handoverAad = (schemaVersion: number, iterations: number): string =>
  `shore-handover/${FORMAT_VERSION}/${schemaVersion}/${iterations}`;

export interface HandoverExportOptions {
  profileId: ProfileId;
  passphrase: string;
  /** ISO 8601 moment written into the backup inside (the caller reads the clock). */
  exportedAt: string;
  /** TESTS ONLY: PBKDF2 iterations instead of PBKDF2_ITERATIONS (600,000). Never in the app. */
  unsafeIterationsForTests?: number;
}

export interface HandoverExport {
  /** The payload to cut into QR frames. */
  readonly payload: Uint8Array<ArrayBuffer>;
  /** Attachments of the client's log left out (they go by file); their log entries are in. */
  readonly attachmentsLeftOut: number;
}

/**
 * One client's backup, without attachments, as a handover payload (compressed, encrypted).
 * Reads; never writes.
 */
export async function exportHandover(db: ShoreDb, options: HandoverExportOptions): Promise<HandoverExport> {
  // profileId is a clear index of attachments (ADR 0004): countable even while sealed.
  const attachmentsLeftOut = await db.countFromIndex('attachments', 'profileId', options.profileId);
  const text = await exportBackup(db, {
    profileId: options.profileId,
    exportedAt: options.exportedAt,
    omitAttachments: true,
  });
  const payload = await sealHandover(text, options.passphrase, options.unsafeIterationsForTests ?? PBKDF2_ITERATIONS);
  return { payload, attachmentsLeftOut };
}

/** Compress and encrypt a backup file's text under `passphrase`. */
export async function sealHandover(
  backupText: string,
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase === '') throw new RangeError('a handover needs a passphrase');
  const compressed = await deflate(utf8(backupText));
  const salt = randomBytes(SALT_BYTES);
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const box = await encryptBytes(key, compressed, handoverAad(CURRENT_SCHEMA_VERSION, iterations));
  const payload = new Uint8Array(CIPHERTEXT_AT + box.data.length);
  const view = new DataView(payload.buffer);
  payload.set([...MAGIC, FORMAT_VERSION], 0);
  view.setUint16(4, CURRENT_SCHEMA_VERSION);
  view.setUint32(6, iterations);
  payload.set(salt, SALT_AT);
  payload.set(box.iv, IV_AT);
  payload.set(box.data, CIPHERTEXT_AT);
  return payload;
}

/**
 * The backup file text inside a handover payload, for `prepareImport`.
 * @throws BackupError: 'wrong-format', 'newer-version', 'invalid-field', 'passphrase-required',
 *   'wrong-passphrase', 'too-large', 'not-json'.
 */
export async function openHandover(payload: Uint8Array, passphrase: string): Promise<string> {
  if (payload.length < CIPHERTEXT_AT + TAG_BYTES || MAGIC.some((byte, index) => payload[index] !== byte)) {
    throw new BackupError('wrong-format', 'This is not a Shore handover');
  }
  if (payload[3] !== FORMAT_VERSION) throw new BackupError('unsupported-version', 'Unknown handover format');
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const schemaVersion = view.getUint16(4);
  const iterations = view.getUint32(6);
  if (schemaVersion < 1) throw new BackupError('invalid-field', 'schemaVersion must be a whole number');
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('newer-version', `The handover was made by a newer Shore (schema ${schemaVersion})`);
  }
  if (iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new BackupError('invalid-field', `iterations must be from 1 to ${MAX_ITERATIONS}`);
  }
  if (passphrase === '') throw new BackupError('passphrase-required', 'Enter the passphrase');
  const key = await derivePassphraseKey(passphrase, payload.slice(SALT_AT, IV_AT), iterations);
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = await decryptBytes(
      key,
      { iv: payload.slice(IV_AT, CIPHERTEXT_AT), data: payload.slice(CIPHERTEXT_AT) },
      handoverAad(schemaVersion, iterations),
    );
  } catch {
    throw new BackupError('wrong-passphrase', 'Wrong passphrase');
  }
  const text = await inflateBounded(compressed, LIMITS.fileBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    throw new BackupError('not-json', 'The handover does not hold text');
  }
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** zlib-inflate `bytes`, stopping (BackupError 'too-large') once the output passes `maxBytes`. */
async function inflateBounded(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) throw new BackupError('too-large', `The handover holds more than ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof BackupError) throw error;
    throw new BackupError('not-json', 'The handover is damaged (it does not unpack)');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
