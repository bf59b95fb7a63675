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
  // Every request is issued at once and awaited together: awaiting each delete in turn costs a
  // round trip per record in a real browser (about 1 s to replace a profile with 2,000 log entries).
  await Promise.all(
    (['debts', 'negotiations', 'collectionLog', 'attachments'] as const).map(async (store) => {
      const objectStore = tx.objectStore(store);
      const keys = await objectStore.index('profileId').getAllKeys(profileId);
      await Promise.all(keys.map((key) => objectStore.delete(key)));
    }),
  );
  await Promise.all([
    tx.objectStore('budgets').delete(profileId),
    tx.objectStore('planSettings').delete(profileId),
    tx.objectStore('counsellorSessions').delete(profileId),
  ]);
}
