/**
 * The names that never change: the database, its stores, the fixed keys of the single-record
 * stores. A leaf module (it imports only frozen schema types), so every other storage module may
 * import it without a cycle.
 */
import type { StoreNameV14 } from './schema/v14';

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

export type StoreName = StoreNameV14;

/**
 * Every store holding a person's data (all but `meta`): sealed by the lock, cleared by wipeAll.
 * `drafts` (unsaved forms) and `counsellorNotes` (the counsellor's private notes) are among them,
 * but no backup carries either (backup.ts SNAPSHOT_STORES).
 */
export const DATA_STORES = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
  'payments',
  'settings',
  'drafts',
  'counsellorNotes',
] as const satisfies readonly StoreName[];
export type DataStoreName = (typeof DATA_STORES)[number];

/**
 * Stores that hold records owned by one profile and travel in its backup and handover. The
 * counsellor's own store (COUNSELLOR_STORES) is owned by a profile too but never leaves the device.
 */
export const PROFILE_STORES = [
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
  'payments',
] as const satisfies readonly StoreName[];
export type ProfileStoreName = (typeof PROFILE_STORES)[number];

/** The counsellor's private material per profile (issue 18): on this device only, in no file. */
export const COUNSELLOR_STORES = ['counsellorNotes'] as const satisfies readonly StoreName[];

/**
 * The key of a row in its store: the single settings record's fixed key, a profile's id for the
 * one-per-profile stores, else the row's `id`. Bound into a sealed row's additional data.
 */
export function storeKeyOf(store: DataStoreName, row: Readonly<Record<string, unknown>>): string {
  if (store === 'settings') return SETTINGS_KEY;
  const key =
    store === 'budgets' || store === 'planSettings' || store === 'counsellorSessions' || store === 'counsellorNotes'
      ? row.profileId
      : row.id;
  return String(key);
}
