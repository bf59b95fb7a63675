/**
 * The optional passphrase lock: turning it on (encrypting every record in place), unlocking,
 * locking (by hand, after an idle time, after the page was hidden for a while), changing the
 * passphrase (re-keying every record), turning it off (decrypting). One Vault per connection.
 *
 * Design (docs/adr/0004-encryption-at-rest.md):
 * - A random AES-256-GCM data key seals the records (cryptoRecords.ts). It is stored only
 *   wrapped under a key derived from the passphrase (PBKDF2-SHA-256, ≥ 600,000 iterations,
 *   16-byte random salt), in the `meta` store's `lock` record with the iteration count and a
 *   key-check value (an encrypted known token). In memory it is a non-extractable CryptoKey,
 *   dropped by `lock()`.
 * - The lock record has a `phase` and an `epoch`. Every phase change bumps the epoch; every
 *   write checks, inside its transaction, that the epoch is the one it prepared for (a write
 *   is encrypted before its transaction opens, because awaiting WebCrypto inside one would let
 *   it auto-commit). A stale write retries; another tab that has no key gets LockedError.
 * - Passes are crash-safe: the phase (`sealing`, `opening`, `rekeying`) is committed first,
 *   then records are converted in batches of one transaction each; each record says by itself
 *   whether it is done (its `sealed` flag and key id). After a crash, `unlock()` resumes.
 * - A pass opens a row with openRow, which brings a row sealed at an older schema version to the
 *   current shape, and seals with sealRow, which records the current version. Turning the lock
 *   off leaves clear current rows; turning it on or re-keying leaves every row sealed by this
 *   code at the current version (a row already under the target key but sealed at an older
 *   version, after a pass interrupted in an older release, is sealed again).
 * Invariant: a wrong passphrase changes nothing (the check value fails before any write).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  decryptBytes,
  derivePassphraseKey,
  encryptBytes,
  generateWrappedDataKey,
  PBKDF2_ITERATIONS,
  randomBytes,
  rewrapDataKey,
  SALT_BYTES,
  toHex,
  unwrapDataKey,
  utf8,
  type Box,
} from './crypto';
import {
  isCurrentSeal,
  isSealed,
  openRow,
  rowStamp,
  sealRow,
  sealRowUntaggedForTests,
  type DataKey,
} from './cryptoRecords';
import type { ShoreDb } from './db';
import { LockedError, LockStateError, StorageError, UnlockWaitError, WrongPassphraseError } from './errors';
import { DEFAULT_AUTO_LOCK, type AutoLockSettings, type LockRecord } from './lockRecord';
import { DATA_STORES, LOCK_META_KEY, type DataStoreName } from './stores';
import { inTransaction } from './transactions';
import { isUnlockFailures, remainingWaitMs, UNLOCK_FAILURES_META_KEY, type UnlockFailures } from './unlockBackoff';

/** What the UI shows: no lock, locked (show the lock screen), or unlocked. */
export type LockStatus = 'off' | 'locked' | 'unlocked';

export { DEFAULT_AUTO_LOCK, type AutoLockSettings, type LockPhase, type LockRecord } from './lockRecord';

const KEY_CHECK_TOKEN = 'shore-key-check/1';
const CHECK_AAD = 'shore-lock/1/check';
const keyAad = (id: string): string => `shore-lock/1/data-key/${id}`;

/** Thrown inside a write whose lock epoch went stale; the repository retries. Never leaves storage. */
export class StaleSessionError extends StorageError {
  constructor() {
    super('storage-failed', 'The lock changed while the write was prepared');
    this.name = 'StaleSessionError';
  }
}

/** What a read or write needs: the epoch it prepared for, and how to seal and open rows. */
export interface Session {
  readonly epoch: number;
  /** Rows written now are sealed (phase on, sealing, rekeying). */
  readonly sealing: boolean;
  /** The stored form of a plain row (sealed or not, per the phase). */
  seal(store: DataStoreName, row: object): Promise<unknown>;
  /** The plain form of a stored row. @throws LockedError, DamagedRecordError */
  open(store: DataStoreName, row: unknown): Promise<unknown>;
  /** Inside a write transaction that includes `meta`: throw StaleSessionError if the lock changed. */
  assertCurrent(tx: { objectStore(name: 'meta'): { get(key: string): Promise<unknown> } }): Promise<void>;
}

export interface VaultOptions {
  /**
   * TESTS ONLY. PBKDF2 iterations for new passphrase keys instead of PBKDF2_ITERATIONS
   * (600,000), which takes about a second per derivation. Never set it in the app.
   */
  unsafeIterationsForTests?: number;
  /** TESTS ONLY: called before each batch of a pass; throwing simulates a crash there. */
  unsafeBeforeBatchForTests?: (store: DataStoreName, batch: number) => void;
  /**
   * TESTS ONLY: seal rows as releases before sealed rows recorded their schema version did (no
   * `sealed.v`), to seed a locked database as such a release left it. Never set it in the app.
   */
  unsafeUntaggedSealsForTests?: boolean;
  /** Records per pass transaction (default 50). */
  batchSize?: number;
  /** The clock of the unlock back-off, ms since 1970 (tests pass a fake); default Date.now. */
  now?: () => number;
  /** Timers for auto-lock (tests pass fakes); default the global setTimeout/clearTimeout. */
  timers?: { setTimeout: (run: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void };
}

export interface Vault {
  /** Read the lock record and say where the lock stands. */
  status(): Promise<LockStatus>;
  /** Synchronous: is a key in memory? */
  isUnlocked(): boolean;
  /**
   * Unlock; resumes an interrupted pass. A wrong passphrase is counted (unlock back-off, unlockBackoff.ts);
   * while a wait runs the passphrase is not tried. @throws WrongPassphraseError, UnlockWaitError (nothing
   * else changes)
   */
  unlock(passphrase: string): Promise<void>;
  /** Wrong passphrases in a row and what is left of the wait now (ms; 0: the person may try). */
  unlockWait(): Promise<{ failures: number; waitMs: number }>;
  /** Drop the key from memory now. */
  lock(): void;
  /** Turn the lock on: encrypt every record in place. @throws LockStateError if already on */
  enable(passphrase: string): Promise<void>;
  /** Turn the lock off: decrypt every record. @throws WrongPassphraseError, LockStateError */
  disable(passphrase: string): Promise<void>;
  /** New passphrase and a new data key; every record re-encrypted. @throws WrongPassphraseError */
  changePassphrase(current: string, next: string): Promise<void>;
  getAutoLock(): Promise<AutoLockSettings>;
  setAutoLock(settings: AutoLockSettings): Promise<void>;
  /** The person did something: restart the idle timer. */
  noteActivity(): void;
  /** Tell the vault the page was hidden (true) or shown again (false). */
  notePageHidden(hidden: boolean): void;
  /** Listen to visibilitychange and to input on `doc`; returns a function that stops listening. */
  watchPage(doc: Document): () => void;
  /** Hear every status change (unlock, lock, on, off). Returns unsubscribe. */
  onChange(listener: (status: LockStatus) => void): () => void;
  /**
   * Work to finish while the key is still in memory before an automatic lock (idle or hidden)
   * drops it: the UI writes unsaved drafts, sealed (issue 13). The lock waits for it at most
   * `BEFORE_AUTO_LOCK_MS`; a lock by hand does not wait. Returns unsubscribe.
   */
  beforeAutoLock(task: () => Promise<unknown>): () => void;
  /** For the repository and backups. @throws LockedError */
  session(): Promise<Session>;
}

/** The longest an automatic lock waits for its `beforeAutoLock` tasks, ms. */
export const BEFORE_AUTO_LOCK_MS = 2_000;

const vaults = new WeakMap<object, Vault>();

/** The vault of this connection (created with default options on first use). */
export function getVault(db: ShoreDb): Vault {
  return vaults.get(db) ?? createVault(db);
}

/** Create the vault of a connection with options (tests); the app just calls getVault. */
export function createVault(db: ShoreDb, options: VaultOptions = {}): Vault {
  const vault = makeVault(db, options);
  vaults.set(db, vault);
  return vault;
}

function offRecord(epoch: number, autoLock: AutoLockSettings): LockRecord {
  return { kind: 'shore-lock', epoch, phase: 'off', autoLock };
}

function isLockRecord(value: unknown): value is LockRecord {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'shore-lock';
}

function makeVault(db: ShoreDb, options: VaultOptions): Vault {
  const raw = db as unknown as IDBPDatabase;
  const iterations = options.unsafeIterationsForTests ?? PBKDF2_ITERATIONS;
  const batchSize = options.batchSize ?? 50;
  const sealWith = options.unsafeUntaggedSealsForTests === true ? sealRowUntaggedForTests : sealRow;
  let keys: Map<string, CryptoKey> | null = null;
  let autoLock: AutoLockSettings = { ...DEFAULT_AUTO_LOCK };
  const timers = options.timers ?? {
    setTimeout: (run: () => void, ms: number): unknown => setTimeout(run, ms),
    clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let idleTimer: unknown;
  let hiddenTimer: unknown;
  const listeners = new Set<(status: LockStatus) => void>();
  const beforeLockTasks = new Set<() => Promise<unknown>>();

  async function readRecord(): Promise<LockRecord> {
    const stored = await db.get('meta', LOCK_META_KEY);
    const record = isLockRecord(stored) ? stored : offRecord(0, { ...DEFAULT_AUTO_LOCK });
    autoLock = record.autoLock;
    return record;
  }

  const now = options.now ?? (() => Date.now());

  /** The back-off's count (unlockBackoff.ts); a clock set back restarts the wait from now. */
  async function readFailures(): Promise<UnlockFailures | undefined> {
    const stored: unknown = await db.get('meta', UNLOCK_FAILURES_META_KEY);
    if (!isUnlockFailures(stored)) return undefined;
    if (stored.lastAt <= now()) return stored;
    const restarted: UnlockFailures = { ...stored, lastAt: now() };
    await db.put('meta', restarted, UNLOCK_FAILURES_META_KEY);
    return restarted;
  }

  /** One more wrong passphrase, counted in one transaction (two tabs cannot lose one). */
  async function countFailure(): Promise<void> {
    await inTransaction(db, ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const stored: unknown = await meta.get(UNLOCK_FAILURES_META_KEY);
      const failures = isUnlockFailures(stored) ? stored.failures + 1 : 1;
      const next: UnlockFailures = { kind: 'shore-unlock-failures', failures, lastAt: now() };
      await meta.put(next, UNLOCK_FAILURES_META_KEY);
    });
  }

  function statusOf(record: LockRecord): LockStatus {
    if (record.phase === 'off') return 'off';
    return keys === null ? 'locked' : 'unlocked';
  }

  function emit(status: LockStatus): void {
    for (const listener of listeners) listener(status);
  }

  function clearTimers(): void {
    if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
    if (hiddenTimer !== undefined) timers.clearTimeout(hiddenTimer);
    idleTimer = undefined;
    hiddenTimer = undefined;
  }

  function armIdle(): void {
    if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
    idleTimer = undefined;
    if (keys !== null && autoLock.idleMs !== null) idleTimer = timers.setTimeout(lockAutomatically, autoLock.idleMs);
  }

  /** An automatic lock: first the `beforeAutoLock` tasks (bounded), then `lock()`. */
  function lockAutomatically(): void {
    if (beforeLockTasks.size === 0) {
      lock();
      return;
    }
    const tasks = [...beforeLockTasks].map((task) => task().catch(() => undefined));
    const bound = new Promise<void>((resolve) => timers.setTimeout(resolve, BEFORE_AUTO_LOCK_MS));
    void Promise.race([Promise.all(tasks), bound]).then(lock);
  }

  function lock(): void {
    clearTimers();
    if (keys === null) return;
    keys = null;
    emit('locked');
  }

  /** Compare-and-set the lock record: fails if another tab changed it since `expectedEpoch`. */
  async function commit(next: LockRecord, expectedEpoch: number): Promise<void> {
    await inTransaction(db, ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      const current = await meta.get(LOCK_META_KEY);
      if ((isLockRecord(current) ? current.epoch : 0) !== expectedEpoch) {
        throw new LockStateError('The lock was changed in another tab; reload');
      }
      await meta.put(next, LOCK_META_KEY);
    });
    autoLock = next.autoLock;
  }

  /** Passphrase key of `record`, or WrongPassphraseError. Reads and writes nothing. */
  async function passphraseKey(record: LockRecord, passphrase: string): Promise<CryptoKey> {
    if (record.kdf === undefined || record.check === undefined) throw new LockStateError('The lock is off');
    const key = await derivePassphraseKey(passphrase, record.kdf.salt, record.kdf.iterations);
    let token: string;
    try {
      token = new TextDecoder().decode(await decryptBytes(key, record.check, CHECK_AAD));
    } catch {
      throw new WrongPassphraseError();
    }
    if (token !== KEY_CHECK_TOKEN) throw new WrongPassphraseError();
    return key;
  }

  async function unwrapAll(record: LockRecord, kek: CryptoKey): Promise<Map<string, CryptoKey>> {
    const map = new Map<string, CryptoKey>();
    for (const { id, wrapped } of record.keys ?? []) map.set(id, await unwrapDataKey(kek, wrapped, keyAad(id)));
    return map;
  }

  function currentKey(record: LockRecord): DataKey {
    const id = record.keys?.[0]?.id;
    const key = id === undefined ? undefined : keys?.get(id);
    if (id === undefined || key === undefined) throw new LockedError();
    return { id, key };
  }

  function makeSession(record: LockRecord): Session {
    const sealing = record.phase === 'on' || record.phase === 'sealing' || record.phase === 'rekeying';
    const dataKey = sealing ? currentKey(record) : undefined;
    const keysNow = keys;
    return {
      epoch: record.epoch,
      sealing,
      seal: (store, row) => (dataKey === undefined ? Promise.resolve(row) : sealWith(store, row, dataKey)),
      open: (store, row) => openRow(store, row, keysNow),
      async assertCurrent(tx) {
        const stored = await tx.objectStore('meta').get(LOCK_META_KEY);
        if ((isLockRecord(stored) ? stored.epoch : 0) !== record.epoch) throw new StaleSessionError();
      },
    };
  }

  /** Convert every record that needs it, one batch per transaction; resumable at any point. */
  async function runPass(record: LockRecord): Promise<void> {
    const session = makeSession(record);
    const target = record.phase === 'opening' ? undefined : currentKey(record);
    const needsWork = (row: unknown): boolean =>
      target === undefined ? isSealed(row) : !isSealed(row) || row.sealed.k !== target.id || !isCurrentSeal(row);
    for (const store of DATA_STORES) {
      // A database opened at an older schema version (tests of a migration) lacks later stores.
      if (!raw.objectStoreNames.contains(store)) continue;
      const storeKeys = await raw.getAllKeys(store);
      for (let start = 0, batch = 0; start < storeKeys.length; start += batchSize, batch += 1) {
        options.unsafeBeforeBatchForTests?.(store, batch);
        const slice = storeKeys.slice(start, start + batchSize);
        const readTx = raw.transaction(store, 'readonly');
        const rows = await Promise.all(slice.map((key) => readTx.store.get(key)));
        await readTx.done;
        const updates: { key: IDBValidKey; stamp: string; row: unknown }[] = [];
        for (const [index, row] of rows.entries()) {
          const key = slice[index];
          if (row === undefined || key === undefined || !needsWork(row)) continue;
          const plain = (await openRow(store, row, keys)) as object;
          updates.push({
            key,
            stamp: rowStamp(row),
            row: target === undefined ? plain : await sealWith(store, plain, target),
          });
        }
        if (updates.length === 0) continue;
        await inTransaction(db, [store, 'meta'], async (tx) => {
          await session.assertCurrent(tx);
          const objectStore = (tx as unknown as IDBPTransaction<unknown, string[], 'readwrite'>).objectStore(store);
          for (const update of updates) {
            // Changed since read (deleted, or rewritten by a write already in the new form): skip.
            if (rowStamp(await objectStore.get(update.key)) !== update.stamp) continue;
            if (objectStore.keyPath === null) await objectStore.put(update.row, update.key);
            else await objectStore.put(update.row);
          }
        });
      }
    }
  }

  /** Finish an interrupted or just-started pass and move to its end phase. */
  async function finishPass(record: LockRecord): Promise<void> {
    await runPass(record);
    const epoch = record.epoch + 1;
    if (record.phase === 'opening') {
      await commit(offRecord(epoch, record.autoLock), record.epoch);
      keys = null;
      clearTimers();
      emit('off');
      return;
    }
    const { keys: recordKeys, ...rest } = record;
    const current = recordKeys?.[0];
    if (current === undefined) throw new LockStateError('No data key');
    await commit({ ...rest, keys: [current], epoch, phase: 'on' }, record.epoch);
    const currentId = current.id;
    if (keys !== null) keys = new Map([...keys].filter(([id]) => id === currentId));
  }

  const vault: Vault = {
    async status() {
      return statusOf(await readRecord());
    },

    isUnlocked() {
      return keys !== null;
    },

    async unlock(passphrase) {
      const record = await readRecord();
      if (record.phase === 'off') return;
      const failed = await readFailures();
      const waitMs = remainingWaitMs(failed, now());
      if (waitMs > 0) throw new UnlockWaitError(waitMs, failed?.failures ?? 0);
      let kek: CryptoKey;
      try {
        kek = await passphraseKey(record, passphrase);
      } catch (error) {
        if (error instanceof WrongPassphraseError) await countFailure();
        throw error;
      }
      if (failed !== undefined) await db.delete('meta', UNLOCK_FAILURES_META_KEY);
      keys = await unwrapAll(record, kek);
      armIdle();
      emit('unlocked');
      if (record.phase !== 'on') await finishPass(record);
    },

    async unlockWait() {
      const failed = await readFailures();
      return { failures: failed?.failures ?? 0, waitMs: remainingWaitMs(failed, now()) };
    },

    lock,

    async enable(passphrase) {
      if (passphrase.length === 0) throw new LockStateError('The passphrase is empty');
      const record = await readRecord();
      if (record.phase !== 'off') throw new LockStateError('The lock is already on');
      const salt = randomBytes(SALT_BYTES);
      const kek = await derivePassphraseKey(passphrase, salt, iterations);
      const id = toHex(randomBytes(8));
      const { wrapped, key } = await generateWrappedDataKey(kek, keyAad(id));
      const check = await encryptBytes(kek, utf8(KEY_CHECK_TOKEN), CHECK_AAD);
      const sealing: LockRecord = {
        kind: 'shore-lock',
        epoch: record.epoch + 1,
        phase: 'sealing',
        kdf: { name: 'PBKDF2-SHA-256', salt, iterations },
        check,
        keys: [{ id, wrapped }],
        autoLock: record.autoLock,
      };
      await commit(sealing, record.epoch);
      keys = new Map([[id, key]]);
      armIdle();
      emit('unlocked');
      await finishPass(sealing);
    },

    async disable(passphrase) {
      const record = await readRecord();
      if (record.phase !== 'on') throw new LockStateError(`The lock is ${record.phase}`);
      const kek = await passphraseKey(record, passphrase);
      keys = await unwrapAll(record, kek);
      const opening: LockRecord = { ...record, epoch: record.epoch + 1, phase: 'opening' };
      await commit(opening, record.epoch);
      await finishPass(opening);
    },

    async changePassphrase(current, next) {
      if (next.length === 0) throw new LockStateError('The passphrase is empty');
      const record = await readRecord();
      if (record.phase !== 'on') throw new LockStateError(`The lock is ${record.phase}`);
      const oldKek = await passphraseKey(record, current);
      const salt = randomBytes(SALT_BYTES);
      const newKek = await derivePassphraseKey(next, salt, iterations);
      const id = toHex(randomBytes(8));
      const fresh = await generateWrappedDataKey(newKek, keyAad(id));
      const carried: { id: string; wrapped: Box }[] = [];
      for (const old of record.keys ?? []) {
        carried.push({ id: old.id, wrapped: await rewrapDataKey(oldKek, newKek, old.wrapped, keyAad(old.id)) });
      }
      const rekeying: LockRecord = {
        ...record,
        epoch: record.epoch + 1,
        phase: 'rekeying',
        kdf: { name: 'PBKDF2-SHA-256', salt, iterations },
        check: await encryptBytes(newKek, utf8(KEY_CHECK_TOKEN), CHECK_AAD),
        keys: [{ id, wrapped: fresh.wrapped }, ...carried],
      };
      const inMemory = await unwrapAll({ ...rekeying, keys: carried }, newKek);
      await commit(rekeying, record.epoch);
      keys = new Map([[id, fresh.key], ...inMemory]);
      armIdle();
      await finishPass(rekeying);
    },

    async getAutoLock() {
      return (await readRecord()).autoLock;
    },

    async setAutoLock(settings) {
      await inTransaction(db, ['meta'], async (tx) => {
        const meta = tx.objectStore('meta');
        const stored = await meta.get(LOCK_META_KEY);
        const record = isLockRecord(stored) ? stored : offRecord(0, { ...DEFAULT_AUTO_LOCK });
        await meta.put({ ...record, autoLock: { ...settings } }, LOCK_META_KEY);
      });
      autoLock = { ...settings };
      armIdle();
    },

    noteActivity() {
      if (keys !== null) armIdle();
    },

    notePageHidden(hidden) {
      if (hiddenTimer !== undefined) timers.clearTimeout(hiddenTimer);
      hiddenTimer = undefined;
      if (!hidden || keys === null || autoLock.hiddenMs === null) return;
      if (autoLock.hiddenMs === 0) lockAutomatically();
      else hiddenTimer = timers.setTimeout(lockAutomatically, autoLock.hiddenMs);
    },

    watchPage(doc) {
      const onVisibility = (): void => vault.notePageHidden(doc.visibilityState === 'hidden');
      const onActivity = (): void => vault.noteActivity();
      const activity = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
      doc.addEventListener('visibilitychange', onVisibility);
      for (const type of activity) doc.addEventListener(type, onActivity, { passive: true, capture: true });
      return () => {
        doc.removeEventListener('visibilitychange', onVisibility);
        for (const type of activity) doc.removeEventListener(type, onActivity, { capture: true });
      };
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    beforeAutoLock(task) {
      beforeLockTasks.add(task);
      return () => beforeLockTasks.delete(task);
    },

    async session() {
      const record = await readRecord();
      if (record.phase !== 'off' && keys === null) throw new LockedError();
      try {
        return makeSession(record);
      } catch (error) {
        // Our keys are from before another tab changed the passphrase: they seal nothing now.
        if (error instanceof LockedError) lock();
        throw error;
      }
    },
  };
  return vault;
}
