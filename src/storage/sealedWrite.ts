/**
 * The one encrypted write (ADR 0004, "Writes are prepared outside transactions"): every write of
 * the repository and of a backup import goes through `sealedWrite`.
 *
 * 1. Prepare, outside any transaction: read what the write depends on (decrypting it), decide
 *    the rows, validate them; then seal every row to put (WebCrypto is async: awaiting it inside a
 *    transaction lets IndexedDB auto-commit half-way, idb#281).
 * 2. Commit in ONE readwrite transaction that re-checks the lock epoch (`assertCurrent`) and the
 *    stamp of every guarded row it read (a rewrite changes a sealed row's IV, a clear row's
 *    content); then deletes, then puts, every request issued at once.
 * 3. If the lock changed or a guarded row moved meanwhile, prepare again (at most 5 attempts).
 * Any failure leaves as a StorageError and nothing is written.
 */
import type { ShoreDb } from './db';
import { rowStamp } from './cryptoRecords';
import { toStorageError } from './errors';
import { StaleSessionError, type Session, type Vault } from './lock';
import { SETTINGS_KEY, type DataStoreName, type StoreName } from './stores';
import { inTransaction, type WriteTransaction } from './transactions';
import type { PlanReader } from './writePlans';

/** A row read while preparing, in its stored form: the commit requires it unchanged. */
export interface Guard {
  readonly store: DataStoreName;
  readonly key: string;
  /** What was stored (undefined: nothing, which the commit then requires too). */
  readonly raw: unknown;
}

/** What one attempt decided: rows to seal and put, keys to delete, and the caller's result. */
export interface PreparedWrite<T> {
  readonly guards: readonly Guard[];
  /** Plain rows; sealed here when the lock is on. */
  readonly puts: readonly { readonly store: DataStoreName; readonly row: object }[];
  readonly deletes: readonly { readonly store: DataStoreName; readonly key: string }[];
  /** Other work inside the commit, after the deletes and before the puts (requests on `tx` only). */
  readonly inside?: (tx: WriteTransaction) => Promise<unknown>;
  /** Stores `inside` touches beyond those of the guards, puts and deletes. */
  readonly stores?: readonly StoreName[];
  readonly result: T;
}

/** Attempts of one write before a run of stale reads is reported (only under heavy contention). */
const MAX_ATTEMPTS = 5;

/** Prepare with `prepare`, seal, and commit in one transaction; again if the lock or a guarded row moved. */
export async function sealedWrite<T>(
  db: ShoreDb,
  vault: Vault,
  prepare: (session: Session) => Promise<PreparedWrite<T>>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const session = await vault.session();
      const write = await prepare(session);
      const sealed: { store: DataStoreName; row: unknown }[] = [];
      for (const { store, row } of write.puts) sealed.push({ store, row: await session.seal(store, row) });
      const stores = new Set<StoreName>(['meta', ...(write.stores ?? [])]);
      for (const { store } of [...write.guards, ...write.puts, ...write.deletes]) stores.add(store);
      await inTransaction(db, [...stores], async (tx) => {
        await session.assertCurrent(tx);
        for (const guard of write.guards) {
          if (rowStamp(await store(tx, guard.store).get(guard.key)) !== rowStamp(guard.raw))
            throw new StaleSessionError();
        }
        await allRequests(
          write.deletes.map(
            ({ store: name, key }) =>
              () =>
                store(tx, name).delete(key),
          ),
        );
        await write.inside?.(tx);
        await allRequests(
          sealed.map(
            ({ store: name, row }) =>
              () =>
                putRow(tx, name, row),
          ),
        );
      });
      return write.result;
    } catch (error) {
      if (error instanceof StaleSessionError && attempt < MAX_ATTEMPTS) continue;
      throw toStorageError(error);
    }
  }
}

/** A store of the transaction, untyped: rows may be sealed, which the typed schema does not know. */
function store(
  tx: WriteTransaction,
  name: DataStoreName,
): {
  get(key: string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  put(value: unknown, key?: string): Promise<unknown>;
} {
  return tx.objectStore(name);
}

/** Put a stored-form row (the single settings record has an out-of-line key). */
function putRow(tx: WriteTransaction, name: DataStoreName, row: unknown): Promise<unknown> {
  return name === 'settings' ? store(tx, name).put(row, SETTINGS_KEY) : store(tx, name).put(row);
}

/**
 * Issue every request at once, then await them together: one round trip per request costs seconds
 * for thousands of rows in a real browser. A request that throws at once (an invalid key) aborts
 * the transaction; the ones already issued then fail too and are awaited, so none is unhandled.
 */
async function allRequests(requests: readonly (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const request of requests) pending.push(request());
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  await Promise.all(pending);
}

/** The database untyped: rows may be sealed, which the typed schema does not know. */
interface RawDb {
  get(store: DataStoreName, key: string): Promise<unknown>;
  getAllFromIndex(store: DataStoreName, index: string, key: string): Promise<unknown[]>;
  getAllKeysFromIndex(store: DataStoreName, index: string, key: string): Promise<string[]>;
}

/**
 * A plan's reads over the database, decrypted with `session`. Every profile row read becomes a
 * guard: every profile-owned write rewrites its profile row, so an unchanged profile row at commit
 * means nothing the plan read of that profile has changed.
 */
export function makePlanReader(db: ShoreDb, session: Session, guards: Guard[]): PlanReader {
  const raw = db as unknown as RawDb;
  return {
    async get<T>(name: DataStoreName, key: string) {
      const stored = await raw.get(name, key);
      if (name === 'profiles') guards.push({ store: name, key, raw: stored });
      return stored === undefined ? undefined : ((await session.open(name, stored)) as T);
    },
    async byProfile<T>(name: DataStoreName, profileId: string) {
      const rows = await raw.getAllFromIndex(name, 'profileId', profileId);
      return Promise.all(rows.map(async (row) => (await session.open(name, row)) as T));
    },
    keysByProfile: (name, profileId) => raw.getAllKeysFromIndex(name, 'profileId', profileId),
    attachmentKeys: (logId) => raw.getAllKeysFromIndex('attachments', 'logId', logId),
  };
}
