/**
 * Opening the one Shore database, and the numbered upgrade blocks that bring any older version
 * to the current one.
 *
 * Invariants:
 * - DB_NAME never changes; the stores below are the only place Shore keeps data.
 * - Upgrades are append-only `oldVersion < N` blocks, each running migration step N (structure,
 *   then its pure per-record transforms) inside the single versionchange transaction, and each
 *   recording itself in the `meta` store, so a failure anywhere leaves the old version intact.
 * - Inside the upgrade, await only requests on the upgrade transaction: awaiting anything else
 *   lets the transaction auto-commit half-way (jakearchibald/idb#281).
 * - Row transforms see clear rows only. A row sealed under the passphrase lock cannot be read
 *   here (no key, no WebCrypto inside the upgrade): the upgrade first records on every sealed row
 *   without one the version its plaintext has (`sealed.v` = the old version), and openRow
 *   applies the skipped transforms after decrypting (cryptoRecords.ts, ADR 0004).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { migration0001 } from './migrations/0001-initial';
import { migration0002 } from './migrations/0002-entered-rate-and-revision';
import { migration0003 } from './migrations/0003-log-attachments';
import { migration0004 } from './migrations/0004-log-facts';
import { migration0005 } from './migrations/0005-counsellor-sessions';
import { migration0006 } from './migrations/0006-negotiation-details';
import { migration0007 } from './migrations/0007-negotiation-recorded-at';
import { migration0008 } from './migrations/0008-drop-stored-engine-rate';
import { migration0009 } from './migrations/0009-payments';
import { migration0010 } from './migrations/0010-loan-terms';
import { migration0011 } from './migrations/0011-client-practice';
import { migration0012 } from './migrations/0012-drafts';
import { migration0013 } from './migrations/0013-counsellor-notes';
import { migration0014 } from './migrations/0014-kept-letters';
import { CURRENT_SCHEMA_VERSION } from './migrations/index';
import type { MigrationStep, UpgradeDatabase, UpgradeTransaction } from './migrations/types';
import type {
  AttachmentRowV14,
  BudgetRowV14,
  CollectionLogRowV14,
  CounsellorNotesRowV14,
  DraftRowV14,
  StoredCounsellorSessionRowV14,
  DebtRowV14,
  NegotiationRowV14,
  PaymentRowV14,
  PlanSettingsRowV14,
  ProfileRowV14,
  SettingsRowV14,
} from './schema/v14';
import { isSealed } from './cryptoRecords';
import type { LockRecord } from './lockRecord';
import type { UnlockFailures } from './unlockBackoff';
import { DATA_STORES, DB_NAME, SCHEMA_META_KEY } from './stores';

export {
  COUNSELLOR_STORES,
  DATA_STORES,
  DB_NAME,
  LOCK_META_KEY,
  PROFILE_STORES,
  SCHEMA_META_KEY,
  SETTINGS_KEY,
  type DataStoreName,
  type ProfileStoreName,
  type StoreName,
} from './stores';

export { CURRENT_SCHEMA_VERSION };

/** One line of the upgrade history kept in `meta`: which step ran and what it rewrote. */
export interface MigrationLogEntry {
  version: number;
  name: string;
  /** Number of records rewritten, per store. */
  rewritten: Record<string, number>;
  /**
   * Number of records sealed under the lock, per store, that the step's transform left to
   * openRow (present only if there were any).
   */
  sealed?: Record<string, number>;
}

export interface SchemaMeta {
  migrations: MigrationLogEntry[];
}

/** The current (version 14) database as idb's typed schema. */
export interface ShoreDbSchema extends DBSchema {
  profiles: { key: string; value: ProfileRowV14 };
  debts: { key: string; value: DebtRowV14; indexes: { profileId: string } };
  budgets: { key: string; value: BudgetRowV14 };
  planSettings: { key: string; value: PlanSettingsRowV14 };
  negotiations: { key: string; value: NegotiationRowV14; indexes: { profileId: string } };
  collectionLog: {
    key: string;
    value: CollectionLogRowV14;
    indexes: { profileId: string; profileId_at: [string, string] };
  };
  attachments: { key: string; value: AttachmentRowV14; indexes: { logId: string; profileId: string } };
  counsellorSessions: { key: string; value: StoredCounsellorSessionRowV14 };
  counsellorNotes: { key: string; value: CounsellorNotesRowV14 };
  payments: { key: string; value: PaymentRowV14; indexes: { profileId: string } };
  settings: { key: string; value: SettingsRowV14 };
  /** Unsaved form drafts (issue 13): not in backups. */
  drafts: { key: string; value: DraftRowV14; indexes: { profileId: string } };
  /**
   * `schema` → SchemaMeta, `lock` → LockRecord. Data stores may hold sealed rows
   * (cryptoRecords.ts) in place of the record types above when the lock is on.
   */
  meta: { key: string; value: SchemaMeta | LockRecord | UnlockFailures };
}

export type ShoreDb = IDBPDatabase<ShoreDbSchema>;

export interface OpenOptions {
  /**
   * Another tab wants a newer schema version. The connection is closed first (so that tab is
   * not blocked); the UI should then ask the person to reload.
   */
  onVersionChange?: () => void;
  /** This tab wants to upgrade but an older tab still holds the database open. */
  onBlocked?: () => void;
}

/** The browser's IndexedDB, if this environment has one. */
function defaultFactory(): IDBFactory {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available here');
  return indexedDB;
}

/**
 * Open (creating or upgrading as needed) the Shore database.
 * @param name only tests and benchmarks pass another name.
 * @param factory only tests pass one: a fresh fake-indexeddb `new IDBFactory()` for isolation.
 */
export async function openShoreDb(
  name: string = DB_NAME,
  factory: IDBFactory = defaultFactory(),
  options: OpenOptions = {},
): Promise<ShoreDb> {
  const db = await openShoreDbAtVersion(CURRENT_SCHEMA_VERSION, name, factory, options);
  return db as unknown as ShoreDb;
}

/**
 * Open the database at an exact (possibly older) schema version, running the upgrade blocks up
 * to that version only. Tests use it to seed a database as an older release would have left it.
 */
export async function openShoreDbAtVersion(
  version: number,
  name: string,
  factory: IDBFactory,
  options: OpenOptions = {},
): Promise<IDBPDatabase<unknown>> {
  const request = factory.open(name, version);
  let upgradeFailure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const upgradeTransaction = request.transaction;
    if (upgradeTransaction === null) return;
    const db: UpgradeDatabase = wrap(request.result);
    const tx = wrap(upgradeTransaction) as unknown as UpgradeTransaction;
    // The open request reports an aborted upgrade; this promise's rejection needs no handler.
    tx.done.catch(() => undefined);
    upgradeShoreDb(db, tx, event.oldVersion, version).catch((error: unknown) => {
      upgradeFailure = error;
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the open request reports the failure.
      }
    });
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  let db: IDBPDatabase<unknown>;
  try {
    db = (await wrap(request)) as IDBPDatabase<unknown>;
  } catch (error) {
    throw upgradeFailure ?? error;
  }
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
}

/**
 * The numbered upgrade blocks. Each runs once, in order, inside the one upgrade transaction.
 * Append a block for each new migration; never edit or reorder the existing ones.
 */
async function upgradeShoreDb(
  db: UpgradeDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  targetVersion: number,
): Promise<void> {
  // Before any step: every row in the database is at `oldVersion` (an upgrade runs whole or not at all).
  if (oldVersion > 0) await tagSealedRows(db, tx, oldVersion);
  if (oldVersion < 1 && targetVersion >= 1) await runStep(migration0001, db, tx);
  if (oldVersion < 2 && targetVersion >= 2) await runStep(migration0002, db, tx);
  if (oldVersion < 3 && targetVersion >= 3) await runStep(migration0003, db, tx);
  if (oldVersion < 4 && targetVersion >= 4) await runStep(migration0004, db, tx);
  if (oldVersion < 5 && targetVersion >= 5) await runStep(migration0005, db, tx);
  if (oldVersion < 6 && targetVersion >= 6) await runStep(migration0006, db, tx);
  if (oldVersion < 7 && targetVersion >= 7) await runStep(migration0007, db, tx);
  if (oldVersion < 8 && targetVersion >= 8) await runStep(migration0008, db, tx);
  if (oldVersion < 9 && targetVersion >= 9) await runStep(migration0009, db, tx);
  if (oldVersion < 10 && targetVersion >= 10) await runStep(migration0010, db, tx);
  if (oldVersion < 11 && targetVersion >= 11) await runStep(migration0011, db, tx);
  if (oldVersion < 12 && targetVersion >= 12) await runStep(migration0012, db, tx);
  if (oldVersion < 13 && targetVersion >= 13) await runStep(migration0013, db, tx);
  if (oldVersion < 14 && targetVersion >= 14) await runStep(migration0014, db, tx);
}

/**
 * Record `version` on every sealed row of every data store that does not say which version its
 * plaintext has (rows sealed before `sealed.v` existed). A row that has one keeps it: it is
 * what the row was sealed at, and its additional data may bind it (cryptoRecords.ts).
 */
async function tagSealedRows(db: UpgradeDatabase, tx: UpgradeTransaction, version: number): Promise<void> {
  for (const storeName of DATA_STORES) {
    if (!db.objectStoreNames.contains(storeName)) continue;
    let cursor = await tx.objectStore(storeName).openCursor();
    while (cursor) {
      const row: unknown = cursor.value;
      if (isSealed(row) && row.sealed.v === undefined) {
        await cursor.update({ ...row, sealed: { ...row.sealed, v: version } });
      }
      cursor = await cursor.continue();
    }
  }
}

/**
 * Apply one step: structure, then every clear record through its pure transform (sealed ones are
 * transformed when opened), then log it.
 */
async function runStep(step: MigrationStep, db: UpgradeDatabase, tx: UpgradeTransaction): Promise<void> {
  step.structure(db, tx);
  const rewritten: Record<string, number> = {};
  const sealed: Record<string, number> = {};
  for (const [storeName, transform] of Object.entries(step.rows)) {
    let count = 0;
    let sealedCount = 0;
    let cursor = await tx.objectStore(storeName).openCursor();
    while (cursor) {
      if (isSealed(cursor.value)) {
        sealedCount += 1;
      } else {
        await cursor.update(transform(cursor.value));
        count += 1;
      }
      cursor = await cursor.continue();
    }
    rewritten[storeName] = count;
    if (sealedCount > 0) sealed[storeName] = sealedCount;
  }
  const meta = tx.objectStore('meta');
  const previous = (await meta.get(SCHEMA_META_KEY)) as SchemaMeta | undefined;
  const entry: MigrationLogEntry = { version: step.version, name: step.name, rewritten };
  if (Object.keys(sealed).length > 0) entry.sealed = sealed;
  await meta.put({ migrations: [...(previous?.migrations ?? []), entry] }, SCHEMA_META_KEY);
}

/** The upgrade history recorded in `meta` (oldest first). */
export async function readMigrationLog(db: ShoreDb): Promise<MigrationLogEntry[]> {
  return ((await db.get('meta', SCHEMA_META_KEY)) as SchemaMeta | undefined)?.migrations ?? [];
}

/**
 * Delete the whole Shore database (every store, the lock record, the schema history). Closes
 * `db` first; other tabs close theirs on the `versionchange` this causes (see OpenOptions).
 * Resolves 'deleted', or 'blocked' if a connection elsewhere still holds it open after
 * `blockedTimeoutMs` (the deletion then completes as soon as that tab closes).
 */
export function deleteShoreDatabase(
  db: ShoreDb | undefined,
  name: string = DB_NAME,
  factory: IDBFactory = defaultFactory(),
  blockedTimeoutMs = 5_000,
): Promise<'deleted' | 'blocked'> {
  db?.close();
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    request.addEventListener('success', () => {
      if (timer !== undefined) clearTimeout(timer);
      resolve('deleted');
    });
    request.addEventListener('error', () => reject(request.error ?? new Error('deleteDatabase failed')));
    request.addEventListener('blocked', () => {
      timer = setTimeout(() => resolve('blocked'), blockedTimeoutMs);
    });
  });
}

/** The scratch database `scrubFreedSpace` writes and deletes. */
export const SCRUB_DB_NAME = 'shore-scrub';
/** The tiny database the scrub's last step creates and deletes (`sweepObsoleteFiles`). */
export const SWEEP_DB_NAME = 'shore-sweep';
/**
 * How much random data a scrub writes after the lock is turned on. Measured in Chromium 156 with a stand-alone page
 * (4 Dec 2026, 5 runs each, the sweep included): 6 MB left the old rows in one run of 5, 24 MB in none of 5.
 */
export const SCRUB_MEGABYTES = 24;
/**
 * How much an erase writes before it deletes the database: enough to fill LevelDB's write buffer (4 MB in
 * Chromium 156: its fresh table files are 4.1 MB) twice, so the rows typed in this session are in table files
 * when the deletion's compaction is planned. Measured: 5 MB on a stand-alone page left nothing in 11 of 12 runs;
 * 8 MB in the app, nothing in 8 of 8 runs (tests/e2e/eraseDisk.test.ts).
 */
export const ERASE_SCRUB_MEGABYTES = 8;
/** Pauses before the sweeps (ms): LevelDB deletes a compacted file only once nothing reads it any more. */
const SWEEP_PAUSES_MS = [300, 1_000] as const;

/** Share of a scrub's progress the writing takes; the scratch deletion and the sweeps take the rest. */
const WRITING_SHARE = 0.8;

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

function deleteScratch(factory: IDBFactory, name: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve(true);
    request.onerror = () => resolve(false);
  });
}

/**
 * Write `megabytes` of random data into the scratch database (`scrubFreedSpace` deletes it). `onProgress` hears the
 * share written (0–1) after each transaction. Never rejects: false when it could not write.
 */
async function fillScratch(
  factory: IDBFactory = defaultFactory(),
  megabytes: number = SCRUB_MEGABYTES,
  onProgress?: (fraction: number) => void,
): Promise<boolean> {
  const CHUNK = 32 * 1024; // below Chromium's 64 KB threshold for moving a value into a blob file
  const PER_TRANSACTION = 8;
  try {
    const open = factory.open(SCRUB_DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('fill');
    const scratch = await requestDone(open);
    try {
      const chunks = Math.ceil((megabytes * 1024 * 1024) / CHUNK);
      for (let done = 0; done < chunks; done += PER_TRANSACTION) {
        await new Promise<void>((resolve, reject) => {
          const tx = scratch.transaction('fill', 'readwrite');
          for (let index = done; index < Math.min(chunks, done + PER_TRANSACTION); index++) {
            const bytes = new Uint8Array(CHUNK);
            crypto.getRandomValues(bytes);
            tx.objectStore('fill').put(bytes.buffer, index);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          tx.onabort = () => reject(tx.error ?? new Error('aborted'));
        });
        // Each transaction is awaited, so the page stays responsive and can show how far it is.
        onProgress?.(Math.min(chunks, done + PER_TRANSACTION) / chunks);
      }
    } finally {
      scratch.close();
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Create and delete a tiny database, twice, after a pause. A deletion makes LevelDB write out its buffer, and
 * after that it deletes the table files earlier compactions left unused; a file still being read when a
 * compaction ends stays on disk until then (measured: a compacted file holding erased rows was still in the
 * folder when the browser closed, and went at the next write-out).
 */
async function sweepObsoleteFiles(factory: IDBFactory, onStep?: (step: number) => void): Promise<boolean> {
  let swept = true;
  for (const [step, pause] of SWEEP_PAUSES_MS.entries()) {
    await new Promise((resolve) => setTimeout(resolve, pause));
    try {
      const open = factory.open(SWEEP_DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('x');
      const db = await requestDone(open);
      db.close();
    } catch {
      swept = false;
    }
    swept = (await deleteScratch(factory, SWEEP_DB_NAME)) && swept;
    onStep?.(step + 1);
  }
  return swept;
}

/**
 * Ask the browser's storage engine to let go of deleted or overwritten rows (issue 13). Chromium keeps
 * IndexedDB in LevelDB, which appends: a deleted or re-sealed row stays readable in the origin's `.log`
 * and `.ldb` files until a compaction rewrites them, and a page cannot ask for one directly. What a page can do,
 * measured in Chromium 156 (tests/e2e/eraseDisk.test.ts):
 * - write random data into a scratch database, so LevelDB writes its buffer out to table files (the rows just
 *   typed or re-sealed among them) and compacts them with what is on disk;
 * - delete a database: Chromium then compacts that database's key range through every level that holds it,
 *   which drops the deleted rows, and the older copies of rows overwritten in the same files (`between`: the
 *   erase deletes Shore's own database here, after the writing; the scratch database's deletion does the same);
 * - create and delete a tiny database twice after a pause, so LevelDB deletes the files the compactions left
 *   (`sweepObsoleteFiles`).
 * Other engines (Firefox's SQLite, Safari) are not measured. Random data cannot hold anything of the person.
 * `onProgress` hears 0–1: the writing is the first 80 %. Never rejects (`between` must not either): false when a
 * step failed; `between` runs even then.
 */
export async function scrubFreedSpace(
  factory: IDBFactory = defaultFactory(),
  megabytes: number = SCRUB_MEGABYTES,
  onProgress?: (fraction: number) => void,
  between?: () => Promise<void>,
): Promise<boolean> {
  const written = await fillScratch(factory, megabytes, (fraction) => onProgress?.(fraction * WRITING_SHARE));
  if (between) await between();
  const deleted = await deleteScratch(factory, SCRUB_DB_NAME);
  onProgress?.(0.9);
  const swept = await sweepObsoleteFiles(factory, (step) => onProgress?.(0.9 + (0.1 * step) / SWEEP_PAUSES_MS.length));
  return written && deleted && swept;
}
