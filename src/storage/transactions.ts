/**
 * Shared transaction helpers for the repository and backup import.
 *
 * `inTransaction` is the one way Shore writes: a single readwrite transaction that either
 * commits whole or is aborted, with any failure turned into a StorageError. Inside `body`,
 * await only requests of `tx` (awaiting anything else lets IndexedDB auto-commit half-way).
 */
import type { IDBPTransaction } from 'idb';
import type { ShoreDb, ShoreDbSchema, StoreName } from './db';
import { toStorageError } from './errors';

export type WriteTransaction = IDBPTransaction<ShoreDbSchema, StoreName[], 'readwrite'>;

/** Run `body` in one readwrite transaction; on any failure abort it and throw a StorageError. */
export async function inTransaction<T>(
  db: ShoreDb,
  stores: readonly StoreName[],
  body: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction([...new Set(stores)], 'readwrite');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or committed: nothing more to undo.
    }
    await tx.done.catch(() => undefined);
    throw toStorageError(error);
  }
}

/** Delete everything a profile owns (not the profile record itself) inside `tx`. */
export async function deleteOwnedRecords(tx: WriteTransaction, profileId: string): Promise<void> {
  for (const store of ['debts', 'negotiations', 'collectionLog', 'attachments'] as const) {
    const objectStore = tx.objectStore(store);
    const keys = await objectStore.index('profileId').getAllKeys(profileId);
    for (const key of keys) await objectStore.delete(key);
  }
  await tx.objectStore('budgets').delete(profileId);
  await tx.objectStore('planSettings').delete(profileId);
  await tx.objectStore('counsellorSessions').delete(profileId);
}
