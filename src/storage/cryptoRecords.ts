/**
 * Sealing and opening stored records: what stays in clear, what is encrypted, how a sealed row
 * looks on disk. Pure functions over WebCrypto; no IndexedDB here.
 *
 * A sealed row is `{ ...clear fields, sealed: { k, iv, data } }`: `k` names the data key, `data`
 * is AES-GCM of the JSON of every other field (attachments: that JSON, then the file's bytes),
 * with the store name and the record's key as additional data, so a sealed payload moved to
 * another record or store fails authentication. The `sealed` field is the per-record flag a
 * resumed lock pass relies on. See docs/adr/0004-encryption-at-rest.md.
 */
import { SETTINGS_KEY, type DataStoreName } from './db';
import { decryptBytes, encryptBytes, toHex, utf8, type Box } from './crypto';
import { DamagedRecordError, LockedError } from './errors';

/**
 * Fields kept in clear per store: the random ids the indexes and key paths need, nothing else
 * (settings also keep the UI language, so the lock screen speaks the person's language, and
 * the active profile's random id). Everything else is sealed: for a log entry that includes its
 * time, platform, words, ticked `facts` and attachment names.
 */
export const CLEAR_FIELDS: Readonly<Record<DataStoreName, readonly string[]>> = {
  profiles: ['id'],
  debts: ['id', 'profileId'],
  budgets: ['profileId'],
  planSettings: ['profileId'],
  negotiations: ['id', 'profileId'],
  collectionLog: ['id', 'profileId'],
  attachments: ['id', 'profileId', 'logId'],
  counsellorSessions: ['profileId'],
  settings: ['language', 'activeProfileId'],
};

/** The encrypted part of a sealed row. */
export interface SealedBox extends Box {
  /** Id of the data key (hex) that sealed it. */
  k: string;
}

export interface SealedRow {
  sealed: SealedBox;
  [clearField: string]: unknown;
}

/** A data key in memory, with its id. */
export interface DataKey {
  id: string;
  key: CryptoKey;
}

type Row = Record<string, unknown>;

export function isSealed(row: unknown): row is SealedRow {
  return typeof row === 'object' && row !== null && 'sealed' in row;
}

/** The key of a record in its store, bound into the ciphertext as additional data. */
function recordKey(store: DataStoreName, row: Row): string {
  if (store === 'settings') return SETTINGS_KEY;
  const key = store === 'budgets' || store === 'planSettings' || store === 'counsellorSessions' ? row.profileId : row.id;
  return String(key);
}

function aadFor(store: DataStoreName, row: Row): string {
  return `shore-record/1/${store}/${recordKey(store, row)}`;
}

/** Encrypt every field but the store's clear ones. Attachments: the Blob's bytes too. */
export async function sealRow(store: DataStoreName, row: object, dataKey: DataKey): Promise<SealedRow> {
  const clear: Row = {};
  const secret: Row = {};
  const clearNames = CLEAR_FIELDS[store];
  for (const [name, value] of Object.entries(row)) {
    if (clearNames.includes(name)) clear[name] = value;
    else secret[name] = value;
  }
  let plaintext: Uint8Array<ArrayBuffer>;
  if (store === 'attachments') {
    const { blob, ...metadata } = secret;
    if (!(blob instanceof Blob)) throw new TypeError('An attachment row needs its Blob');
    plaintext = frame(utf8(JSON.stringify(metadata)), new Uint8Array(await blob.arrayBuffer()));
  } else {
    plaintext = utf8(JSON.stringify(secret));
  }
  const box = await encryptBytes(dataKey.key, plaintext, aadFor(store, clear));
  return { ...clear, sealed: { k: dataKey.id, iv: box.iv, data: box.data } };
}

/**
 * The plain row of a stored one (plain rows pass through).
 * @throws LockedError if it is sealed under a key not in `keys`; DamagedRecordError if altered.
 */
export async function openRow(store: DataStoreName, row: unknown, keys: ReadonlyMap<string, CryptoKey> | null): Promise<unknown> {
  if (!isSealed(row)) return row;
  const key = keys?.get(row.sealed.k);
  if (key === undefined) throw new LockedError();
  const { sealed, ...clear } = row;
  let plaintext: Uint8Array;
  try {
    plaintext = await decryptBytes(key, sealed, aadFor(store, clear));
  } catch (error) {
    throw new DamagedRecordError(store, error);
  }
  if (store === 'attachments') {
    const { head, rest } = unframe(plaintext);
    const metadata = JSON.parse(new TextDecoder().decode(head)) as Row;
    const type = typeof metadata.type === 'string' ? metadata.type : '';
    return { ...clear, ...metadata, blob: new Blob([rest], { type }) };
  }
  return { ...clear, ...(JSON.parse(new TextDecoder().decode(plaintext)) as Row) };
}

/**
 * A short token that changes whenever a stored row is rewritten: its IV if sealed (fresh per
 * write), else its canonical content. Writes compare it to detect a change since they read.
 */
export function rowStamp(row: unknown): string {
  if (row === undefined) return 'absent';
  if (isSealed(row)) return `iv:${toHex(row.sealed.iv)}`;
  return `plain:${JSON.stringify(row)}`;
}

/** [4-byte big-endian length of head][head][tail]. */
function frame(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4 + head.length + tail.length);
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  out.set(tail, 4 + head.length);
  return out;
}

function unframe(bytes: Uint8Array): { head: Uint8Array; rest: Uint8Array<ArrayBuffer> } {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  return { head: bytes.subarray(4, 4 + length), rest: bytes.slice(4 + length) };
}
