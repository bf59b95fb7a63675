/**
 * The names that never change: the database, its stores, the fixed keys of the single-record
 * stores. A leaf module (it imports only frozen schema types), so every other storage module may
 * import it without a cycle.
 */
import type { StoreNameV12 } from './schema/v12';

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

export type StoreName = StoreNameV12;

/**
 * Every store holding a person's data (all but `meta`): sealed by the lock, cleared by wipeAll.
 * `drafts` (unsaved forms) is one, but no backup carries it (backup.ts SNAPSHOT_STORES).
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
  'payments',
] as const satisfies readonly StoreName[];
export type ProfileStoreName = (typeof PROFILE_STORES)[number];

/**
 * The key of a row in its store: the single settings record's fixed key, a profile's id for the
 * one-per-profile stores, else the row's `id`. Bound into a sealed row's additional data.
 */
export function storeKeyOf(store: DataStoreName, row: Readonly<Record<string, unknown>>): string {
  if (store === 'settings') return SETTINGS_KEY;
  const key =
    store === 'budgets' || store === 'planSettings' || store === 'counsellorSessions' ? row.profileId : row.id;
  return String(key);
}
