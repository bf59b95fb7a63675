/**
 * Backup files: export everything or one profile to one JSON text; validate, preview and apply
 * an import.
 *
 * File: { format: 'shore-backup', schemaVersion, exportedAt, checksum, data }, where `checksum`
 * is the SHA-256 (hex) of the canonical JSON of `data` and attachments travel as base64.
 *
 * Invariants:
 * - `prepareImport` never writes. It checks the whole file first: size, JSON, forbidden keys
 *   (`__proto__`, `constructor`, `prototype`), depth, envelope, every field of the declared
 *   version (valibot, LIMITS), checksum, then migrates older data through the same pure chain
 *   the database uses, and checks ids and references. Any problem: a BackupError with a code.
 * - `applyImport` writes the whole preview in ONE transaction, or nothing; if the database
 *   changed since the preview, it rejects with ConflictError.
 * - Clients are matched by their stable id only, never by name. A file's client whose id is not
 *   on this device is added, unless it is empty (no name and nothing recorded: a phone's unused
 *   start profile), which is left out. A file's client whose id IS on this device replaces it
 *   wholesale (its old records are deleted) ONLY when the caller names it in `applyImport`'s
 *   `replace`; otherwise this device's client is kept as it is (issue 13: a client's phone backup
 *   replaced the counsellor's 李强). The preview names the device's client, its last change and
 *   whether it changed after the file's copy. Profiles not in the file are untouched.
 * - The file's settings (language, discreet mode, …) are applied only to a device that holds no
 *   client yet (a restore); otherwise this device keeps its own. No clock is read: `exportedAt`
 *   is passed in.
 * - With a passphrase, the whole backup text is encrypted (AES-GCM under PBKDF2-SHA-256, the
 *   lock's scheme): { format, schemaVersion, encrypted: { salt, iterations, iv, ciphertext } }
 *   (base64), plus `check`/`checkIv`: a known text sealed under the same key, so a right
 *   passphrase on a changed or damaged file says 'damaged', not 'wrong-passphrase' (issue 13;
 *   files written before it have no check and say 'wrong-passphrase' for both).
 *   `prepareImport` then needs the passphrase ('passphrase-required', 'wrong-passphrase',
 *   'damaged'), and the decrypted text goes through every check above.
 * - When the passphrase lock is on, export and import need it unlocked (LockedError).
 */
import type { ProfileId } from '../domain/records';
import { withoutDirectionControls } from '../domain/text';
import { COUNSELLOR_STORES, DATA_STORES, PROFILE_STORES, SETTINGS_KEY, type DataStoreName, type ShoreDb } from './db';
import { base64ToBytes, bytesToBase64, canonicalJson, sha256Hex } from './canonical';
import {
  decryptBytes,
  derivePassphraseKey,
  encryptBytes,
  MAX_ITERATIONS,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  utf8,
} from './crypto';
import { ConflictError } from './errors';
import { getVault, type Session } from './lock';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations/index';
import type { AttachmentDataV3, AttachmentRowV3, ProfileRowV3 } from './schema/v3';
import type { SnapshotV14, StoredCounsellorSessionRowV14 } from './schema/v14';
import { splitSessionNotes } from './migrations/0013-counsellor-notes';
import type { ChangeChannel } from './sync';
import { makePlanReader, sealedWrite, type Guard } from './sealedWrite';
import { findProblem, LIMITS, SNAPSHOT_SCHEMAS, snapshotSchemaV14 } from './validation';
import { storeKeyOf } from './stores';
import { ownedKeys } from './writePlans';

export const BACKUP_FORMAT = 'shore-backup';

export type BackupErrorCode =
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'invalid-field'
  | 'checksum-mismatch'
  | 'duplicate-id'
  | 'invalid-reference'
  | 'passphrase-required'
  | 'wrong-passphrase'
  /** The passphrase is right (the key check opens) but the content does not: changed or damaged. */
  | 'damaged';

/** Why a backup file was rejected. `path` (e.g. `data.debts.3.principal`) says where, if known. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly path: string | undefined;
  /** 'invalid-field' because a text is too long: its limit and its length (the UI says both). */
  readonly tooLong: { readonly max: number; readonly actual: number } | undefined;
  constructor(code: BackupErrorCode, message: string, path?: string, tooLong?: { max: number; actual: number }) {
    super(path === undefined ? message : `${message} (at ${path})`);
    this.name = 'BackupError';
    this.code = code;
    this.path = path;
    this.tooLong = tooLong;
  }
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  data: unknown;
}

/**
 * The stores a backup's data holds, in file order: every data store but the settings and the
 * drafts (unsaved work never leaves the device in a file, issue 13) and the counsellor's private notes
 * (issue 18: they never leave the device).
 */
export type SnapshotStore = Exclude<DataStoreName, 'settings' | 'drafts' | (typeof COUNSELLOR_STORES)[number]>;
export const SNAPSHOT_STORES: readonly SnapshotStore[] = DATA_STORES.filter(
  (store): store is SnapshotStore =>
    store !== 'settings' && store !== 'drafts' && !(COUNSELLOR_STORES as readonly string[]).includes(store),
);

export interface ProfileSummary {
  id: ProfileId;
  displayName: string;
}

/** A client of the file whose id is already on this device: what the import would replace. */
export interface ReplaceSummary extends ProfileSummary {
  /** The file's copy's last change. */
  readonly fileUpdatedAt: string;
  /** The client on this device with the same id, as it is now. */
  readonly onDevice: { readonly displayName: string; readonly updatedAt: string; readonly revision: number };
  /** This device's copy changed after the file's (later moment): replacing it loses those changes. */
  readonly deviceChangedSince: boolean;
}

/** What an import will do; show it, then pass it to `applyImport`. */
export interface ImportPreview {
  /** Schema version the file was written with (older files were migrated). */
  readonly fileSchemaVersion: number;
  readonly exportedAt: string;
  /** Profiles not in the database yet. */
  readonly adds: readonly ProfileSummary[];
  /**
   * Profiles in the database with a file profile's id: replaced only when `applyImport` is told
   * to (its `replace` option); kept as they are otherwise.
   */
  readonly replaces: readonly ReplaceSummary[];
  /** File profiles not on this device that hold nothing (no name, no records): left out. */
  readonly skipsEmpty: readonly ProfileSummary[];
  /** The file carries settings (a whole-device backup). */
  readonly fileHasSettings: boolean;
  /** Records per store in the file. */
  readonly counts: Readonly<Record<SnapshotStore, number>>;
  /** The file's settings will replace this device's: only when this device holds no client yet. */
  readonly replacesSettings: boolean;
  /** The validated, migrated data. */
  readonly snapshot: SnapshotV14;
  /** Revision of each file profile in the database at preview time (null: absent). */
  readonly revisionsSeen: Readonly<Record<string, number | null>>;
}

export interface ExportOptions {
  /** ISO 8601 moment written into the file (the caller reads the clock). */
  exportedAt: string;
  /** Export only this profile (and no settings); default: everything. */
  profileId?: ProfileId;
  /** Encrypt the file with this passphrase (it cannot be recovered if forgotten). */
  passphrase?: string;
  /**
   * Leave attachments out, and their references from log entries (the QR handover: photos and
   * recordings go by file). A later full import of the profile brings them back.
   */
  omitAttachments?: boolean;
  /** TESTS ONLY: PBKDF2 iterations instead of PBKDF2_ITERATIONS (600,000). Never in the app. */
  unsafeIterationsForTests?: number;
}

export interface ImportOptions {
  /** The passphrase of an encrypted backup file. */
  passphrase?: string;
}

/** The envelope of an encrypted backup file; every binary field is base64. */
export interface EncryptedBackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  encrypted: {
    salt: string;
    iterations: number;
    iv: string;
    ciphertext: string;
    /** The key check: KEY_CHECK_TEXT sealed under the same key (its own IV and AAD). */
    checkIv?: string;
    check?: string;
  };
}

const backupAad = (schemaVersion: number): string => `shore-backup/1/${schemaVersion}`;
const keyCheckAad = (schemaVersion: number): string => `shore-backup/1/${schemaVersion}/key-check`;
const KEY_CHECK_TEXT = 'shore-backup key check';

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

const SNAPSHOT_STORES_AND_SETTINGS = [...SNAPSHOT_STORES, 'settings' as const];

/** Read every store (or one profile's records) in one read transaction: a consistent snapshot. */
async function readSnapshot(
  db: ShoreDb,
  session: Session,
  profileId: ProfileId | undefined,
): Promise<{
  snapshot: Omit<SnapshotV14, 'attachments'>;
  attachmentRows: AttachmentRowV3[];
}> {
  const tx = db.transaction(SNAPSHOT_STORES_AND_SETTINGS, 'readonly');
  // No range: every profile's records (in profileId order).
  const ofProfile = profileId === undefined ? undefined : IDBKeyRange.only(profileId);
  const single = async <S extends 'profiles' | 'budgets' | 'planSettings' | 'counsellorSessions'>(store: S) => {
    if (profileId === undefined) return tx.objectStore(store).getAll();
    const row = await tx.objectStore(store).get(profileId);
    return row === undefined ? [] : [row];
  };
  const [
    profiles,
    debts,
    budgets,
    planSettings,
    negotiations,
    collectionLog,
    attachmentRows,
    settings,
    counsellorSessions,
    payments,
  ] = await Promise.all([
    single('profiles'),
    tx.objectStore('debts').index('profileId').getAll(ofProfile),
    single('budgets'),
    single('planSettings'),
    tx.objectStore('negotiations').index('profileId').getAll(ofProfile),
    tx.objectStore('collectionLog').index('profileId').getAll(ofProfile),
    tx.objectStore('attachments').index('profileId').getAll(ofProfile),
    profileId === undefined ? tx.objectStore('settings').get(SETTINGS_KEY) : Promise.resolve(undefined),
    single('counsellorSessions'),
    tx.objectStore('payments').index('profileId').getAll(ofProfile),
  ]);
  await tx.done;
  const open = async <T>(store: Parameters<Session['open']>[0], rows: unknown[]): Promise<T[]> =>
    Promise.all(rows.map(async (row) => (await session.open(store, row)) as T));
  return {
    snapshot: {
      profiles: await open('profiles', profiles),
      debts: await open('debts', debts),
      budgets: await open('budgets', budgets),
      planSettings: await open('planSettings', planSettings),
      negotiations: await open('negotiations', negotiations),
      collectionLog: await open('collectionLog', collectionLog),
      // A session row from before version 13 may still hold the counsellor's notes: never exported.
      counsellorSessions: (await open<StoredCounsellorSessionRowV14>('counsellorSessions', counsellorSessions)).map(
        (row) => splitSessionNotes(row).session,
      ),
      payments: await open('payments', payments),
      settings: settings === undefined ? null : ((await session.open('settings', settings)) as SnapshotV14['settings']),
    },
    attachmentRows: await open('attachments', attachmentRows),
  };
}

/**
 * What a backup file holds, read from the very data it is written from (so a preview made from
 * it cannot drift from the file): the clients by name, the records per store, and whether the
 * device's settings are in it. The counsellor's private notes are never a store of a file.
 */
export interface BackupContents {
  readonly profiles: readonly ProfileSummary[];
  readonly counts: Readonly<Record<SnapshotStore, number>>;
  readonly hasSettings: boolean;
}

/** A backup read once: its contents now, and its file text written from that same data. */
export interface PreparedExport {
  readonly contents: BackupContents;
  write(options: { exportedAt: string; passphrase?: string; unsafeIterationsForTests?: number }): Promise<string>;
}

/** Read the data of a backup (everything, or one profile) once; `write` makes the file from it. */
export async function prepareExport(
  db: ShoreDb,
  options: Pick<ExportOptions, 'profileId' | 'omitAttachments'>,
): Promise<PreparedExport> {
  const { snapshot, attachmentRows } = await readSnapshot(db, await getVault(db).session(), options.profileId);
  if (options.omitAttachments === true) {
    snapshot.collectionLog = snapshot.collectionLog.map((entry) => ({ ...entry, attachments: [] }));
  }
  const attachments: AttachmentDataV3[] = [];
  for (const row of options.omitAttachments === true ? [] : attachmentRows) {
    const { blob, ...metadata } = row;
    attachments.push({ ...metadata, base64: await blobToBase64(blob) });
  }
  const data: SnapshotV14 = { ...snapshot, attachments };
  // Round-trip through canonical JSON so `undefined` fields vanish exactly as in the file.
  const canonical = canonicalJson(data);
  const written = JSON.parse(canonical) as SnapshotV14;
  const contents: BackupContents = {
    profiles: written.profiles.map((profile) => ({ id: profile.id as ProfileId, displayName: profile.displayName })),
    counts: Object.fromEntries(SNAPSHOT_STORES.map((store) => [store, written[store].length])) as Record<
      SnapshotStore,
      number
    >,
    hasSettings: written.settings !== null,
  };
  return {
    contents,
    async write(file) {
      const envelope: BackupFile = {
        format: BACKUP_FORMAT,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        exportedAt: file.exportedAt,
        checksum: await sha256Hex(canonical),
        data: written,
      };
      const text = JSON.stringify(envelope);
      if (file.passphrase === undefined) return text;
      return encryptBackupText(text, file.passphrase, file.unsafeIterationsForTests ?? PBKDF2_ITERATIONS);
    },
  };
}

/**
 * Export the whole database, or one profile, as the text of a backup file.
 * @throws NotFoundError-free: exporting a missing profile gives a file with no records.
 */
export async function exportBackup(db: ShoreDb, options: ExportOptions): Promise<string> {
  const prepared = await prepareExport(db, options);
  return prepared.write({
    exportedAt: options.exportedAt,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.unsafeIterationsForTests === undefined
      ? {}
      : { unsafeIterationsForTests: options.unsafeIterationsForTests }),
  });
}

async function encryptBackupText(text: string, passphrase: string, iterations: number): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const box = await encryptBytes(key, utf8(text), backupAad(CURRENT_SCHEMA_VERSION));
  const check = await encryptBytes(key, utf8(KEY_CHECK_TEXT), keyCheckAad(CURRENT_SCHEMA_VERSION));
  const file: EncryptedBackupFile = {
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    encrypted: {
      salt: bytesToBase64(salt),
      iterations,
      iv: bytesToBase64(box.iv),
      ciphertext: bytesToBase64(box.data),
      checkIv: bytesToBase64(check.iv),
      check: bytesToBase64(check.data),
    },
  };
  return JSON.stringify(file);
}

const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Field(value: unknown, path: string, exactBytes?: number): Uint8Array<ArrayBuffer> {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64_TEXT.test(value)) {
    throw new BackupError('invalid-field', 'must be base64', path);
  }
  const bytes = base64ToBytes(value);
  if (exactBytes !== undefined && bytes.length !== exactBytes)
    throw new BackupError('invalid-field', `must be ${exactBytes} bytes`, path);
  return bytes;
}

/** Parse a backup file's text after checking its size, then its keys and depth. */
function parseChecked(text: string): unknown {
  checkSize(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError('not-json', 'The file is not valid JSON (it may be truncated)');
  }
  checkStructure(parsed);
  return parsed;
}

/**
 * If `text` is an encrypted backup, its decrypted inner text; else `text` itself.
 * Checks the outer envelope as strictly as the inner one (size, JSON, keys, depth, fields).
 */
async function decryptIfEncrypted(text: string, passphrase: string | undefined): Promise<string> {
  const parsed = parseChecked(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('encrypted' in parsed)) return text;
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT)
    throw new BackupError('wrong-format', 'The file is not a Shore backup', 'format');
  const extra = Object.keys(envelope).find((key) => !['format', 'schemaVersion', 'encrypted'].includes(key));
  if (extra !== undefined) throw new BackupError('invalid-field', 'Unknown field', extra);
  const { schemaVersion, encrypted } = envelope;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError('invalid-field', 'schemaVersion must be a whole number', 'schemaVersion');
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      'newer-version',
      `The file was written by a newer Shore (schema ${schemaVersion})`,
      'schemaVersion',
    );
  }
  if (typeof encrypted !== 'object' || encrypted === null || Array.isArray(encrypted)) {
    throw new BackupError('invalid-field', 'encrypted must be an object', 'encrypted');
  }
  const fields = encrypted as Record<string, unknown>;
  const unknownField = Object.keys(fields).find(
    (key) => !['salt', 'iterations', 'iv', 'ciphertext', 'checkIv', 'check'].includes(key),
  );
  if (unknownField !== undefined) throw new BackupError('invalid-field', 'Unknown field', `encrypted.${unknownField}`);
  const salt = base64Field(fields.salt, 'encrypted.salt', SALT_BYTES);
  const iv = base64Field(fields.iv, 'encrypted.iv', 12);
  const ciphertext = base64Field(fields.ciphertext, 'encrypted.ciphertext');
  const hasCheck = fields.check !== undefined || fields.checkIv !== undefined;
  const check = hasCheck
    ? { iv: base64Field(fields.checkIv, 'encrypted.checkIv', 12), data: base64Field(fields.check, 'encrypted.check') }
    : undefined;
  const { iterations } = fields;
  if (
    typeof iterations !== 'number' ||
    !Number.isSafeInteger(iterations) ||
    iterations < 1 ||
    iterations > MAX_ITERATIONS
  ) {
    throw new BackupError(
      'invalid-field',
      `iterations must be a whole number from 1 to ${MAX_ITERATIONS}`,
      'encrypted.iterations',
    );
  }
  if (ciphertext.length < 16)
    throw new BackupError('invalid-field', 'The ciphertext is too short', 'encrypted.ciphertext');
  if (passphrase === undefined || passphrase === '') {
    throw new BackupError('passphrase-required', 'This backup is encrypted: enter its passphrase');
  }
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  if (check !== undefined) {
    let opened: Uint8Array | undefined;
    try {
      opened = await decryptBytes(key, check, keyCheckAad(schemaVersion));
    } catch {
      opened = undefined;
    }
    if (opened === undefined || new TextDecoder().decode(opened) !== KEY_CHECK_TEXT) {
      throw new BackupError('wrong-passphrase', 'Wrong passphrase');
    }
  }
  let plain: Uint8Array;
  try {
    plain = await decryptBytes(key, { iv, data: ciphertext }, backupAad(schemaVersion));
  } catch {
    if (check !== undefined) {
      throw new BackupError(
        'damaged',
        'The passphrase is right, but the file was changed or damaged after it was saved',
      );
    }
    throw new BackupError('wrong-passphrase', 'Wrong passphrase, or the file was changed or damaged');
  }
  let inner: string;
  try {
    inner = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupError('not-json', 'The decrypted backup is not text');
  }
  return inner;
}

function checkSize(text: string): void {
  if (text.length > LIMITS.fileBytes || (text.length * 3 > LIMITS.fileBytes && utf8Length(text) > LIMITS.fileBytes)) {
    throw new BackupError('too-large', `The file is larger than ${LIMITS.fileBytes} bytes`);
  }
}

/** UTF-8 byte length without encoding the whole text twice. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Reject forbidden keys anywhere and nesting deeper than LIMITS.depth, before any other check. */
function checkStructure(root: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth > LIMITS.depth) throw new BackupError('too-deep', 'The file is nested too deeply', path);
    for (const key of Object.keys(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('forbidden-key', `Forbidden key "${key}"`, childPath);
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
}

function parseEnvelope(text: string): { schemaVersion: number; exportedAt: string; checksum: string; data: unknown } {
  const parsed = parseChecked(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BackupError('wrong-format', 'The file is not a Shore backup');
  }
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT)
    throw new BackupError('wrong-format', 'The file is not a Shore backup', 'format');
  const { schemaVersion, exportedAt, checksum, data } = envelope;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError('invalid-field', 'schemaVersion must be a whole number', 'schemaVersion');
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      'newer-version',
      `The file was written by a newer Shore (schema ${schemaVersion})`,
      'schemaVersion',
    );
  }
  if (SNAPSHOT_SCHEMAS[schemaVersion] === undefined) {
    throw new BackupError('unsupported-version', `Schema version ${schemaVersion} is not supported`, 'schemaVersion');
  }
  const extra = Object.keys(envelope).find(
    (key) => !['format', 'schemaVersion', 'exportedAt', 'checksum', 'data'].includes(key),
  );
  if (extra !== undefined) throw new BackupError('invalid-field', 'Unknown field', extra);
  if (typeof exportedAt !== 'string' || exportedAt.length > 40 || Number.isNaN(Date.parse(exportedAt))) {
    throw new BackupError('invalid-field', 'exportedAt must be an ISO 8601 moment', 'exportedAt');
  }
  if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/.test(checksum)) {
    throw new BackupError('invalid-field', 'checksum must be 64 hex digits', 'checksum');
  }
  return { schemaVersion, exportedAt, checksum, data };
}

function assertValid(schema: Parameters<typeof findProblem>[0], data: unknown): void {
  const problem = findProblem(schema, data);
  if (problem !== undefined) {
    throw new BackupError(
      'invalid-field',
      problem.message,
      problem.path === '' ? 'data' : `data.${problem.path}`,
      problem.tooLong,
    );
  }
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** Ids unique per store, owned records point at a profile in the file, attachments match their entries. */
/**
 * Every string of the file's data without Unicode direction controls (`withoutDirectionControls`): names,
 * the keys and lists that repeat them, file names and notes alike, so that every reference to a name
 * stays equal to the name. A new object: the checked file's data is left as it was.
 */
function withoutDirectionControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return withoutDirectionControls(value);
  if (Array.isArray(value)) return value.map(withoutDirectionControlsDeep);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[withoutDirectionControls(key)] = withoutDirectionControlsDeep(item);
    return out;
  }
  return value;
}

function checkReferences(snapshot: SnapshotV14): void {
  // Each store's key as IndexedDB keys it (stores.ts `storeKeyOf`: the profile id for one-per-profile stores).
  const keysOf = new Map<SnapshotStore, Set<string>>();
  for (const store of SNAPSHOT_STORES) {
    const seen = new Set<string>();
    for (const [index, row] of (snapshot[store] as readonly object[]).entries()) {
      const key = storeKeyOf(store, row as Readonly<Record<string, unknown>>);
      if (seen.has(key)) throw new BackupError('duplicate-id', `Duplicate id "${key}"`, `data.${store}.${index}`);
      seen.add(key);
    }
    keysOf.set(store, seen);
  }
  const profileIds = keysOf.get('profiles') ?? new Set<string>();
  for (const store of PROFILE_STORES) {
    for (const [index, row] of snapshot[store].entries()) {
      if (!profileIds.has(row.profileId)) {
        throw new BackupError(
          'invalid-reference',
          `No profile "${row.profileId}" in the file`,
          `data.${store}.${index}.profileId`,
        );
      }
    }
  }
  const attachmentsById = new Map(snapshot.attachments.map((row) => [row.id, row]));
  const refCount = new Map<string, number>();
  for (const [index, entry] of snapshot.collectionLog.entries()) {
    for (const [refIndex, ref] of entry.attachments.entries()) {
      const attachment = attachmentsById.get(ref.id);
      const path = `data.collectionLog.${index}.attachments.${refIndex}`;
      if (attachment?.logId !== entry.id || attachment.profileId !== entry.profileId || attachment.size !== ref.size) {
        throw new BackupError('invalid-reference', `Attachment "${ref.id}" is missing or does not match`, path);
      }
      refCount.set(ref.id, (refCount.get(ref.id) ?? 0) + 1);
    }
  }
  for (const [index, attachment] of snapshot.attachments.entries()) {
    const path = `data.attachments.${index}`;
    if (refCount.get(attachment.id) !== 1) {
      throw new BackupError('invalid-reference', `Attachment "${attachment.id}" belongs to no log entry`, path);
    }
    if (decodedLength(attachment.base64) !== attachment.size) {
      throw new BackupError('invalid-field', 'Attachment size does not match its content', `${path}.size`);
    }
  }
}

/**
 * Validate a backup file completely and describe what importing it would change. Writes nothing.
 * @throws BackupError for any problem with the file.
 */
export async function prepareImport(db: ShoreDb, text: string, options: ImportOptions = {}): Promise<ImportPreview> {
  const envelope = parseEnvelope(await decryptIfEncrypted(text, options.passphrase));
  const schema = SNAPSHOT_SCHEMAS[envelope.schemaVersion];
  if (schema === undefined) throw new BackupError('unsupported-version', 'Unsupported schema version', 'schemaVersion');
  if (typeof envelope.data !== 'object' || envelope.data === null || Array.isArray(envelope.data)) {
    throw new BackupError('invalid-field', 'data must be an object', 'data');
  }
  assertValid(schema, envelope.data);
  if ((await sha256Hex(canonicalJson(envelope.data))) !== envelope.checksum) {
    throw new BackupError(
      'checksum-mismatch',
      'The checksum does not match: the file was changed or damaged',
      'checksum',
    );
  }
  const migrated = migrateSnapshot(envelope.data, envelope.schemaVersion);
  assertValid(snapshotSchemaV14, migrated);
  // Names (and the platform keys built from them) arrive without direction controls, as the forms store
  // them (issue 13); before the reference checks, so ids that only differed by a control are duplicates.
  const snapshot = withoutDirectionControlsDeep(migrated) as SnapshotV14;
  checkReferences(snapshot);

  const session = await getVault(db).session();
  const tx = db.transaction('profiles', 'readonly');
  const [storedRows, deviceProfiles] = await Promise.all([
    Promise.all(snapshot.profiles.map((profile): Promise<unknown> => tx.store.get(profile.id))),
    tx.store.count(),
  ]);
  await tx.done;
  const stored = await Promise.all(
    storedRows.map(async (row) =>
      row === undefined ? undefined : ((await session.open('profiles', row)) as ProfileRowV3),
    ),
  );
  const adds: ProfileSummary[] = [];
  const replaces: ReplaceSummary[] = [];
  const skipsEmpty: ProfileSummary[] = [];
  const revisionsSeen: Record<string, number | null> = {};
  const holdsRecords = profilesHoldingRecords(snapshot);
  for (const [index, profile] of snapshot.profiles.entries()) {
    const current = stored[index];
    revisionsSeen[profile.id] = current?.revision ?? null;
    const summary = { id: profile.id as ProfileId, displayName: profile.displayName };
    if (current !== undefined) {
      replaces.push({
        ...summary,
        fileUpdatedAt: profile.updatedAt,
        onDevice: { displayName: current.displayName, updatedAt: current.updatedAt, revision: current.revision },
        deviceChangedSince: Date.parse(current.updatedAt) > Date.parse(profile.updatedAt),
      });
    } else if (profile.displayName.trim() === '' && profile.notes.trim() === '' && !holdsRecords.has(profile.id)) {
      skipsEmpty.push(summary);
    } else adds.push(summary);
  }
  const counts = Object.fromEntries(SNAPSHOT_STORES.map((store) => [store, snapshot[store].length])) as Record<
    SnapshotStore,
    number
  >;
  return {
    fileSchemaVersion: envelope.schemaVersion,
    exportedAt: envelope.exportedAt,
    adds,
    replaces,
    counts,
    skipsEmpty,
    fileHasSettings: snapshot.settings !== null,
    replacesSettings: snapshot.settings !== null && deviceProfiles === 0,
    snapshot,
    revisionsSeen,
  };
}

export interface ApplyOptions {
  /** Announce the import to other tabs after commit. */
  changes?: ChangeChannel;
  /**
   * Ids of `preview.replaces` to replace with the file's copy; every other profile already on
   * this device is kept as it is, and the file's records of it are not written. Default: none.
   */
  replace?: readonly string[];
}

/** Ids of the file's profiles that own a debt, negotiation, log entry, attachment or session. */
function profilesHoldingRecords(snapshot: ImportPreview['snapshot']): Set<string> {
  const ids = new Set<string>();
  for (const store of ['debts', 'negotiations', 'collectionLog', 'attachments', 'counsellorSessions'] as const) {
    for (const row of snapshot[store]) ids.add(row.profileId);
  }
  return ids;
}

/**
 * Write a prepared import in ONE transaction: the added profiles, the replaced ones named in
 * `options.replace` (a revision above both the stored and the file's, so other tabs notice), and
 * the settings only when `preview.replacesSettings`. All or nothing.
 * @throws ConflictError if a profile changed since `prepareImport`; StorageError (e.g. QuotaError).
 */
export async function applyImport(db: ShoreDb, preview: ImportPreview, options: ApplyOptions = {}): Promise<void> {
  const replace = new Set(options.replace ?? []);
  const skipped = new Set(preview.skipsEmpty.map((profile) => profile.id as string));
  for (const profile of preview.replaces) if (!replace.has(profile.id)) skipped.add(profile.id);
  // Every store the snapshot has (a later schema's too): the kept profiles' rows only.
  const snapshot: ImportPreview['snapshot'] = {
    ...preview.snapshot,
    profiles: preview.snapshot.profiles.filter((profile) => !skipped.has(profile.id)),
    settings: preview.replacesSettings ? preview.snapshot.settings : null,
  };
  for (const store of [...PROFILE_STORES, ...COUNSELLOR_STORES]) {
    const rows: readonly { profileId: string }[] | undefined = preview.snapshot[store];
    if (rows === undefined) continue;
    (snapshot as unknown as Record<string, unknown>)[store] = rows.filter((row) => !skipped.has(row.profileId));
  }
  // Build Blobs before the transaction: nothing but IDB requests may be awaited inside it.
  const attachmentRows: AttachmentRowV3[] = snapshot.attachments.map(({ base64, ...metadata }) => ({
    ...metadata,
    blob: new Blob([base64ToBytes(base64)], { type: metadata.type }),
  }));
  await sealedWrite(db, getVault(db), async (session) => {
    // Read and decrypt the current profiles, check the revisions the preview saw; a profile the
    // file replaces loses everything it owns first. The commit re-checks each profile row read.
    const guards: Guard[] = [];
    const reader = makePlanReader(db, session, guards);
    const puts: { store: DataStoreName; row: object }[] = [];
    const deletes: { store: DataStoreName; key: string }[] = [];
    for (const profile of snapshot.profiles) {
      const current = await reader.get<ProfileRowV3>('profiles', profile.id);
      const actual = current?.revision ?? null;
      const seen = preview.revisionsSeen[profile.id] ?? null;
      if (actual !== seen) throw new ConflictError(profile.id, seen, actual);
      // The counsellor's private notes on a replaced client stay: the file never carries them.
      if (current !== undefined) {
        const owned = await ownedKeys(profile.id, reader);
        deletes.push(...owned.filter((key) => !(COUNSELLOR_STORES as readonly string[]).includes(key.store)));
      }
      // Replaced profiles get a revision above both the stored and the file's, so other tabs notice.
      const revision = current === undefined ? profile.revision : Math.max(current.revision, profile.revision) + 1;
      puts.push({ store: 'profiles', row: { ...profile, revision } });
    }
    for (const store of PROFILE_STORES) {
      for (const row of store === 'attachments' ? attachmentRows : snapshot[store]) puts.push({ store, row });
    }
    // Notes only a file from before version 13 holds (its sessions' private fields): kept on this
    // device unless it already has notes on that client.
    for (const notes of snapshot.counsellorNotes ?? []) {
      if ((await reader.get('counsellorNotes', notes.profileId)) === undefined) {
        puts.push({ store: 'counsellorNotes', row: notes });
      }
    }
    if (snapshot.settings !== null) puts.push({ store: 'settings', row: snapshot.settings });
    return { guards, puts, deletes, result: undefined };
  });
  options.changes?.announce({ profileId: null, revision: null, stores: [...DATA_STORES] });
}
