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
 * - An import replaces a profile in the file wholesale (its old records are deleted) and adds
 *   the others; profiles not in the file are untouched. No clock is read: `exportedAt` is passed in.
 */
import type { ProfileId } from '../domain/records';
import { DATA_STORES, SETTINGS_KEY, type ShoreDb } from './db';
import { base64ToBytes, bytesToBase64, canonicalJson, sha256Hex } from './canonical';
import { ConflictError } from './errors';
import { CURRENT_SCHEMA_VERSION, migrateSnapshot } from './migrations/index';
import type { AttachmentDataV3, AttachmentRowV3, SnapshotV3 } from './schema/v3';
import type { ChangeChannel } from './sync';
import { deleteOwnedRecords, inTransaction } from './transactions';
import { findProblem, LIMITS, SNAPSHOT_SCHEMAS, snapshotSchemaV3 } from './validation';

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
  | 'invalid-reference';

/** Why a backup file was rejected. `path` (e.g. `data.debts.3.principal`) says where, if known. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly path: string | undefined;
  constructor(code: BackupErrorCode, message: string, path?: string) {
    super(path === undefined ? message : `${message} (at ${path})`);
    this.name = 'BackupError';
    this.code = code;
    this.path = path;
  }
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  data: unknown;
}

/** The stores a backup's data holds, in file order. */
export const SNAPSHOT_STORES = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
] as const;
export type SnapshotStore = (typeof SNAPSHOT_STORES)[number];

export interface ProfileSummary {
  id: ProfileId;
  displayName: string;
}

/** What an import will do; show it, then pass it to `applyImport`. */
export interface ImportPreview {
  /** Schema version the file was written with (older files were migrated). */
  readonly fileSchemaVersion: number;
  readonly exportedAt: string;
  /** Profiles not in the database yet. */
  readonly adds: readonly ProfileSummary[];
  /** Profiles in the database whose records the file's will replace. */
  readonly replaces: readonly ProfileSummary[];
  /** Records per store in the file. */
  readonly counts: Readonly<Record<SnapshotStore, number>>;
  /** The file carries settings (a whole-database export) and they will replace the current ones. */
  readonly replacesSettings: boolean;
  /** The validated, migrated data. */
  readonly snapshot: SnapshotV3;
  /** Revision of each file profile in the database at preview time (null: absent). */
  readonly revisionsSeen: Readonly<Record<string, number | null>>;
}

export interface ExportOptions {
  /** ISO 8601 moment written into the file (the caller reads the clock). */
  exportedAt: string;
  /** Export only this profile (and no settings); default: everything. */
  profileId?: ProfileId;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Read every store (or one profile's records) in one read transaction: a consistent snapshot. */
async function readSnapshot(db: ShoreDb, profileId: ProfileId | undefined): Promise<{
  snapshot: Omit<SnapshotV3, 'attachments'>;
  attachmentRows: AttachmentRowV3[];
}> {
  const tx = db.transaction([...DATA_STORES], 'readonly');
  // No range: every profile's records (in profileId order).
  const ofProfile = profileId === undefined ? undefined : IDBKeyRange.only(profileId);
  const single = async <S extends 'profiles' | 'budgets' | 'planSettings'>(store: S) => {
    if (profileId === undefined) return tx.objectStore(store).getAll();
    const row = await tx.objectStore(store).get(profileId);
    return row === undefined ? [] : [row];
  };
  const [profiles, debts, budgets, planSettings, negotiations, collectionLog, attachmentRows, settings] =
    await Promise.all([
      single('profiles'),
      tx.objectStore('debts').index('profileId').getAll(ofProfile),
      single('budgets'),
      single('planSettings'),
      tx.objectStore('negotiations').index('profileId').getAll(ofProfile),
      tx.objectStore('collectionLog').index('profileId').getAll(ofProfile),
      tx.objectStore('attachments').index('profileId').getAll(ofProfile),
      profileId === undefined ? tx.objectStore('settings').get(SETTINGS_KEY) : Promise.resolve(undefined),
    ]);
  await tx.done;
  return {
    snapshot: { profiles, debts, budgets, planSettings, negotiations, collectionLog, settings: settings ?? null },
    attachmentRows,
  };
}

/**
 * Export the whole database, or one profile, as the text of a backup file.
 * @throws NotFoundError-free: exporting a missing profile gives a file with no records.
 */
export async function exportBackup(db: ShoreDb, options: ExportOptions): Promise<string> {
  const { snapshot, attachmentRows } = await readSnapshot(db, options.profileId);
  const attachments: AttachmentDataV3[] = [];
  for (const row of attachmentRows) {
    const { blob, ...metadata } = row;
    attachments.push({ ...metadata, base64: await blobToBase64(blob) });
  }
  const data: SnapshotV3 = { ...snapshot, attachments };
  // Round-trip through canonical JSON so `undefined` fields vanish exactly as in the file.
  const canonical = canonicalJson(data);
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: options.exportedAt,
    checksum: await sha256Hex(canonical),
    data: JSON.parse(canonical) as unknown,
  };
  return JSON.stringify(file);
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
  if (text.length > LIMITS.fileBytes || (text.length * 3 > LIMITS.fileBytes && utf8Length(text) > LIMITS.fileBytes)) {
    throw new BackupError('too-large', `The file is larger than ${LIMITS.fileBytes} bytes`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError('not-json', 'The file is not valid JSON (it may be truncated)');
  }
  checkStructure(parsed);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BackupError('wrong-format', 'The file is not a Shore backup');
  }
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT) throw new BackupError('wrong-format', 'The file is not a Shore backup', 'format');
  const { schemaVersion, exportedAt, checksum, data } = envelope;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError('invalid-field', 'schemaVersion must be a whole number', 'schemaVersion');
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('newer-version', `The file was written by a newer Shore (schema ${schemaVersion})`, 'schemaVersion');
  }
  if (SNAPSHOT_SCHEMAS[schemaVersion] === undefined) {
    throw new BackupError('unsupported-version', `Schema version ${schemaVersion} is not supported`, 'schemaVersion');
  }
  const extra = Object.keys(envelope).find((key) => !['format', 'schemaVersion', 'exportedAt', 'checksum', 'data'].includes(key));
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
    throw new BackupError('invalid-field', problem.message, problem.path === '' ? 'data' : `data.${problem.path}`);
  }
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** Ids unique per store, owned records point at a profile in the file, attachments match their entries. */
function checkReferences(snapshot: SnapshotV3): void {
  const unique = (store: SnapshotStore, keys: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const [index, key] of keys.entries()) {
      if (seen.has(key)) throw new BackupError('duplicate-id', `Duplicate id "${key}"`, `data.${store}.${index}`);
      seen.add(key);
    }
    return seen;
  };
  const profileIds = unique('profiles', snapshot.profiles.map((row) => row.id));
  unique('debts', snapshot.debts.map((row) => row.id));
  unique('budgets', snapshot.budgets.map((row) => row.profileId));
  unique('planSettings', snapshot.planSettings.map((row) => row.profileId));
  unique('negotiations', snapshot.negotiations.map((row) => row.id));
  unique('collectionLog', snapshot.collectionLog.map((row) => row.id));
  unique('attachments', snapshot.attachments.map((row) => row.id));
  for (const store of ['debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog', 'attachments'] as const) {
    for (const [index, row] of snapshot[store].entries()) {
      if (!profileIds.has(row.profileId)) {
        throw new BackupError('invalid-reference', `No profile "${row.profileId}" in the file`, `data.${store}.${index}.profileId`);
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
export async function prepareImport(db: ShoreDb, text: string): Promise<ImportPreview> {
  const envelope = parseEnvelope(text);
  const schema = SNAPSHOT_SCHEMAS[envelope.schemaVersion];
  if (schema === undefined) throw new BackupError('unsupported-version', 'Unsupported schema version', 'schemaVersion');
  if (typeof envelope.data !== 'object' || envelope.data === null || Array.isArray(envelope.data)) {
    throw new BackupError('invalid-field', 'data must be an object', 'data');
  }
  assertValid(schema, envelope.data);
  if ((await sha256Hex(canonicalJson(envelope.data))) !== envelope.checksum) {
    throw new BackupError('checksum-mismatch', 'The checksum does not match: the file was changed or damaged', 'checksum');
  }
  const migrated = migrateSnapshot(envelope.data, envelope.schemaVersion);
  assertValid(snapshotSchemaV3, migrated);
  const snapshot = migrated as SnapshotV3;
  checkReferences(snapshot);

  const tx = db.transaction('profiles', 'readonly');
  const stored = await Promise.all(snapshot.profiles.map((profile) => tx.store.get(profile.id)));
  await tx.done;
  const adds: ProfileSummary[] = [];
  const replaces: ProfileSummary[] = [];
  const revisionsSeen: Record<string, number | null> = {};
  for (const [index, profile] of snapshot.profiles.entries()) {
    const current = stored[index];
    revisionsSeen[profile.id] = current?.revision ?? null;
    (current === undefined ? adds : replaces).push({ id: profile.id as ProfileId, displayName: profile.displayName });
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
    replacesSettings: snapshot.settings !== null,
    snapshot,
    revisionsSeen,
  };
}

export interface ApplyOptions {
  /** Announce the import to other tabs after commit. */
  changes?: ChangeChannel;
}

/**
 * Write a prepared import in ONE transaction. Replaced profiles get a revision above both the
 * stored and the file's, so other tabs notice. All or nothing.
 * @throws ConflictError if a profile changed since `prepareImport`; StorageError (e.g. QuotaError).
 */
export async function applyImport(db: ShoreDb, preview: ImportPreview, options: ApplyOptions = {}): Promise<void> {
  const { snapshot } = preview;
  // Build Blobs before the transaction: nothing but IDB requests may be awaited inside it.
  const attachmentRows: AttachmentRowV3[] = snapshot.attachments.map(({ base64, ...metadata }) => ({
    ...metadata,
    blob: new Blob([base64ToBytes(base64)], { type: metadata.type }),
  }));
  await inTransaction(db, DATA_STORES, async (tx) => {
    const profiles = tx.objectStore('profiles');
    for (const profile of snapshot.profiles) {
      const current = await profiles.get(profile.id);
      const actual = current?.revision ?? null;
      const seen = preview.revisionsSeen[profile.id] ?? null;
      if (actual !== seen) throw new ConflictError(profile.id, seen, actual);
      if (current !== undefined) await deleteOwnedRecords(tx, profile.id);
      const revision = current === undefined ? profile.revision : Math.max(current.revision, profile.revision) + 1;
      await profiles.put({ ...profile, revision });
    }
    // Queue every put, then await them together: far faster than one round trip per record.
    const pending: Promise<unknown>[] = [];
    try {
      for (const row of snapshot.debts) pending.push(tx.objectStore('debts').put(row));
      for (const row of snapshot.budgets) pending.push(tx.objectStore('budgets').put(row));
      for (const row of snapshot.planSettings) pending.push(tx.objectStore('planSettings').put(row));
      for (const row of snapshot.negotiations) pending.push(tx.objectStore('negotiations').put(row));
      for (const row of snapshot.collectionLog) pending.push(tx.objectStore('collectionLog').put(row));
      for (const row of attachmentRows) pending.push(tx.objectStore('attachments').put(row));
    } catch (error) {
      // A put that throws at once (e.g. an invalid key) aborts the transaction; the queued
      // requests then fail too, and are awaited here so none is left unhandled.
      await Promise.allSettled(pending);
      throw error;
    }
    await Promise.all(pending);
    if (snapshot.settings !== null) await tx.objectStore('settings').put(snapshot.settings, SETTINGS_KEY);
  });
  options.changes?.announce({ profileId: null, revision: null, stores: [...DATA_STORES] });
}
