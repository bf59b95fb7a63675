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
import { CURRENT_SCHEMA_VERSION } from './migrations/index';
import type { MigrationStep, UpgradeDatabase, UpgradeTransaction } from './migrations/types';
import type {
  AttachmentRowV4,
  BudgetRowV4,
  CollectionLogRowV4,
  DebtRowV4,
  PlanSettingsRowV4,
  ProfileRowV4,
} from './schema/v4';
import type { CounsellorSessionRowV5 } from './schema/v5';
import type { NegotiationRowV7, SettingsRowV7, StoreNameV7 } from './schema/v7';
import type { LockRecord } from './lock';
import type { SealedRow } from './cryptoRecords';

/**
 * DO NOT CHANGE. Renaming the database orphans every person's debts, negotiations and evidence:
 * the browser would open a new, empty database and the old one would never be read again.
 */
export const DB_NAME = 'SHORE';

/** Key of the single record in the `settings` store. DO NOT CHANGE (same reason). */
export const SETTINGS_KEY = 'app';
/** Key of the schema record in the `meta` store. */
export const SCHEMA_META_KEY = 'schema';
/** Key of the passphrase-lock record in the `meta` store (lock.ts). DO NOT CHANGE. */
export const LOCK_META_KEY = 'lock';

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

/** The current (version 7) database as idb's typed schema. */
export interface ShoreDbSchema extends DBSchema {
  profiles: { key: string; value: ProfileRowV4 };
  debts: { key: string; value: DebtRowV4; indexes: { profileId: string } };
  budgets: { key: string; value: BudgetRowV4 };
  planSettings: { key: string; value: PlanSettingsRowV4 };
  negotiations: { key: string; value: NegotiationRowV7; indexes: { profileId: string } };
  collectionLog: {
    key: string;
    value: CollectionLogRowV4;
    indexes: { profileId: string; profileId_at: [string, string] };
  };
  attachments: { key: string; value: AttachmentRowV4; indexes: { logId: string; profileId: string } };
  counsellorSessions: { key: string; value: CounsellorSessionRowV5 };
  settings: { key: string; value: SettingsRowV7 };
  /**
   * `schema` → SchemaMeta, `lock` → LockRecord. Data stores may hold sealed rows
   * (cryptoRecords.ts) in place of the record types above when the lock is on.
   */
  meta: { key: string; value: SchemaMeta | LockRecord };
}

export type ShoreDb = IDBPDatabase<ShoreDbSchema>;
export type StoreName = StoreNameV7;

/** Every store holding a person's data (all but `meta`). */
export const DATA_STORES = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
  'settings',
] as const satisfies readonly StoreName[];
export type DataStoreName = (typeof DATA_STORES)[number];

/** Stores that hold records owned by one profile. */
export const PROFILE_STORES = [
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
] as const satisfies readonly StoreName[];
export type ProfileStoreName = (typeof PROFILE_STORES)[number];

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
}

/**
 * A row in the lock's sealed encoding (cryptoRecords.ts `isSealed`, repeated here because
 * cryptoRecords imports this module): only its ids are readable, the rest is ciphertext.
 */
function isSealedRow(row: unknown): row is SealedRow {
  return typeof row === 'object' && row !== null && 'sealed' in row;
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
      if (isSealedRow(row) && row.sealed.v === undefined) {
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
      if (isSealedRow(cursor.value)) {
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
