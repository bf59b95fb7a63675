/**
 * The transaction helper every write uses (through sealedWrite.ts, and the lock's passes).
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
