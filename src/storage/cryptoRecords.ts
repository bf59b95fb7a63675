/**
 * Sealing and opening stored records: what stays in clear, what is encrypted, how a sealed row
 * looks on disk. Pure functions over WebCrypto; no IndexedDB here.
 *
 * A sealed row is `{ ...clear fields, sealed: { k, iv, data, v, aad } }`: `k` names the data key,
 * `data` is AES-GCM of the JSON of every other field (attachments: that JSON, then the file's
 * bytes), with the store name and the record's key as additional data, so a sealed payload moved
 * to another record or store fails authentication. The `sealed` field is the per-record flag a
 * resumed lock pass relies on. See docs/adr/0004-encryption-at-rest.md.
 *
 * Migrations and sealed rows: `v` is the schema version of the sealed plaintext. The upgrade
 * cannot read a sealed row (no key, and no awaiting WebCrypto inside it), so it only tags rows
 * sealed before versions were recorded with the database's old version (db.ts) and runs row
 * transforms over clear rows only; `openRow` applies, after decrypting, every step's transform
 * above `v` (migrateRow), so an opened row is exactly what a clear database would hold. Rows
 * sealed now carry `aad: 2`: their additional data binds `v` too, so a changed `v` fails
 * authentication instead of silently re-running a transform. Rows sealed before (no `aad`) keep
 * the version-less additional data they were sealed with, and open as before.
 */
import { storeKeyOf, type DataStoreName } from './stores';
import { decryptBytes, encryptBytes, toHex, utf8, type Box } from './crypto';
import { DamagedRecordError, LockedError } from './errors';
import { CURRENT_SCHEMA_VERSION, migrateRow } from './migrations/index';

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
  payments: ['id', 'profileId'],
  counsellorNotes: ['profileId'],
  settings: ['language', 'activeProfileId'],
  drafts: ['id', 'profileId'],
};

/** The encrypted part of a sealed row. */
export interface SealedBox extends Box {
  /** Id of the data key (hex) that sealed it. */
  k: string;
  /**
   * Schema version of the plaintext's shape: CURRENT_SCHEMA_VERSION when sealed by `sealRow`;
   * the database's version before the upgrade for a row sealed before versions were recorded
   * (the upgrade tags it, db.ts). Absent only on such a row in a database no upgrade has
   * touched since; it is opened as current (see `sealedVersion`).
   */
  v?: number;
  /**
   * Additional-data format. 2: store, record key and `v` (every row `sealRow` writes).
   * Absent: format 1, store and record key only (rows sealed before `v` existed; their `v`,
   * added by the upgrade, is not authenticated).
   */
  aad?: 2;
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

/** Sealed by `sealRow` of this version: current shape, `v` bound into the additional data. */
export function isCurrentSeal(row: SealedRow): boolean {
  return row.sealed.aad === 2 && row.sealed.v === CURRENT_SCHEMA_VERSION;
}

/** Format 1 (frozen: every row sealed before `v` existed was sealed with it). */
function aadFor(store: DataStoreName, row: Row): string {
  return `shore-record/1/${store}/${storeKeyOf(store, row)}`;
}

/** Format 2: also binds the schema version of the plaintext. */
function aadWithVersion(store: DataStoreName, row: Row, version: number): string {
  return `shore-record/2/${store}/${storeKeyOf(store, row)}/${version}`;
}

/**
 * Encrypt every field but the store's clear ones (attachments: the Blob's bytes too), recording
 * that the plaintext has the current schema's shape (`v`, bound into the additional data).
 */
export function sealRow(store: DataStoreName, row: object, dataKey: DataKey): Promise<SealedRow> {
  return seal(store, row, dataKey, CURRENT_SCHEMA_VERSION);
}

/**
 * TESTS ONLY: seal a row exactly as releases before `v` existed did (no `v`, format 1 additional
 * data), to seed a locked database as such a release left it. Never used by the app.
 */
export function sealRowUntaggedForTests(store: DataStoreName, row: object, dataKey: DataKey): Promise<SealedRow> {
  return seal(store, row, dataKey, undefined);
}

async function seal(
  store: DataStoreName,
  row: object,
  dataKey: DataKey,
  version: number | undefined,
): Promise<SealedRow> {
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
  if (version === undefined) {
    const box = await encryptBytes(dataKey.key, plaintext, aadFor(store, clear));
    return { ...clear, sealed: { k: dataKey.id, iv: box.iv, data: box.data } };
  }
  const box = await encryptBytes(dataKey.key, plaintext, aadWithVersion(store, clear, version));
  return { ...clear, sealed: { k: dataKey.id, iv: box.iv, data: box.data, v: version, aad: 2 } };
}

/**
 * The schema version of a sealed row's plaintext, and the additional data it was sealed with.
 *
 * An untagged row (no `v`) is read as current. Every upgrade tags each untagged sealed row with
 * the version the database had (all its rows were at that version: an upgrade either runs whole
 * or leaves the database as it was), and `sealRow` always tags, so an untagged row can only have
 * been sealed after the last upgrade, at the database's current version, by code from before `v`
 * existed. No release at version 7 or later seals untagged, so in practice there are none.
 * @throws DamagedRecordError for a version or format this code never wrote.
 */
function sealedVersion(store: DataStoreName, sealed: SealedBox, clear: Row): { version: number; aad: string } {
  const { v, aad } = sealed as { v?: unknown; aad?: unknown };
  const known = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= CURRENT_SCHEMA_VERSION;
  if (aad === 2 && known(v)) return { version: v, aad: aadWithVersion(store, clear, v) };
  if (aad === undefined && v === undefined) return { version: CURRENT_SCHEMA_VERSION, aad: aadFor(store, clear) };
  if (aad === undefined && known(v)) return { version: v, aad: aadFor(store, clear) };
  throw new DamagedRecordError(store, new Error(`Unknown sealed row version ${String(v)} / format ${String(aad)}`));
}

/**
 * The plain row of a stored one, in the current schema's shape (plain rows pass through: the
 * upgrade already migrated them). A sealed row is decrypted, then brought from the version it
 * was sealed at through every later step's row transform for its store.
 * @throws LockedError if it is sealed under a key not in `keys`; DamagedRecordError if altered.
 */
export async function openRow(
  store: DataStoreName,
  row: unknown,
  keys: ReadonlyMap<string, CryptoKey> | null,
): Promise<unknown> {
  if (!isSealed(row)) return row;
  const key = keys?.get(row.sealed.k);
  if (key === undefined) throw new LockedError();
  const { sealed, ...clear } = row;
  const { version, aad } = sealedVersion(store, sealed, clear);
  let plaintext: Uint8Array;
  try {
    plaintext = await decryptBytes(key, sealed, aad);
  } catch (error) {
    throw new DamagedRecordError(store, error);
  }
  let opened: Row;
  if (store === 'attachments') {
    const { head, rest } = unframe(plaintext);
    const metadata = JSON.parse(new TextDecoder().decode(head)) as Row;
    const type = typeof metadata.type === 'string' ? metadata.type : '';
    opened = { ...clear, ...metadata, blob: new Blob([rest], { type }) };
  } else {
    opened = { ...clear, ...(JSON.parse(new TextDecoder().decode(plaintext)) as Row) };
  }
  // Sealed at an older version: the steps the upgrade ran over clear rows, now (migrations/index.ts).
  return migrateRow(store, opened, version);
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
