/**
 * The IndexedDB repository on real idb over fake-indexeddb (a fresh IDBFactory per test): the
 * repository contract (repositoryContract.ts, the same suite the in-memory repository passes),
 * then what only a database has: its stores and indexes, what a cascade leaves on disk, the
 * language readable while locked, a failure inside the transaction rolling everything back,
 * conflicts between two connections ("tabs") and error translation.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openShoreDb, type ShoreDb } from './db';
import { ConflictError, QuotaError, StorageError, toStorageError } from './errors';
import { makeShoreRepository, readStoredLanguage, type ShoreRepository } from './repository';
import { LOCK_P1, populate } from './lockTestSupport';
import { dumpThrough, describeRepositoryContract } from './repositoryContract';
import { dumpDatabase, makeBudget, makeDebt, makeLogEntry, makePlanSettings, momentAt, profileId } from './testSupport';

const P1 = profileId('p1');
const NOW = '2026-11-28T12:00:00.000Z';

let factory: IDBFactory;
let db: ShoreDb;
let repo: ShoreRepository;

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openShoreDb('test', factory);
  repo = makeShoreRepository(db, { now: () => NOW });
  return () => repo.close();
});

async function createProfile(id = P1): Promise<number> {
  return (await repo.putProfile({ id, displayName: '张三', notes: '' }, null)).revision;
}

describe('openShoreDb', () => {
  it('keeps the database name SHORE', () => {
    expect(DB_NAME).toBe('SHORE');
  });

  it('creates every store and index of the current schema', () => {
    expect([...db.objectStoreNames].sort()).toEqual([
      'attachments',
      'budgets',
      'collectionLog',
      'counsellorNotes',
      'counsellorSessions',
      'debts',
      'drafts',
      'meta',
      'negotiations',
      'payments',
      'planSettings',
      'profiles',
      'settings',
    ]);
    const tx = db.transaction(['debts', 'negotiations', 'collectionLog', 'attachments', 'payments'], 'readonly');
    expect([...tx.objectStore('payments').indexNames]).toEqual(['profileId']);
    expect([...db.transaction('drafts').store.indexNames]).toEqual(['profileId']);
    expect([...tx.objectStore('debts').indexNames]).toEqual(['profileId']);
    expect([...tx.objectStore('negotiations').indexNames]).toEqual(['profileId']);
    expect([...tx.objectStore('collectionLog').indexNames].sort()).toEqual(['profileId', 'profileId_at']);
    expect([...tx.objectStore('attachments').indexNames].sort()).toEqual(['logId', 'profileId']);
  });

  it('closes itself when another tab upgrades, and tells the UI', async () => {
    let told = false;
    const other = await openShoreDb('vc', factory, { onVersionChange: () => (told = true) });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('vc', 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('blocked open failed'));
    });
    expect(told).toBe(true);
    newer.close();
    other.close();
  });
});

describeRepositoryContract('IndexedDB', async (now, newId) => {
  const tab = makeShoreRepository(await openShoreDb('contract', new IDBFactory()), { now, newId });
  return { repo: tab, dump: () => dumpThrough(tab) };
});

describe('on disk', () => {
  it('leaves no row of a deleted profile in any store', async () => {
    await populate(repo);
    const { revision } = (await repo.getProfile(LOCK_P1))!;
    await repo.deleteProfile(LOCK_P1, revision);
    for (const store of ['debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog', 'attachments'] as const) {
      const left = (await db.getAll(store)).filter((row) => row.profileId === LOCK_P1);
      expect(left, store).toEqual([]);
    }
    expect(await db.count('debts')).toBe(1);
  });

  it('keeps the language readable without the key, and the schema history through a wipe', async () => {
    expect(await readStoredLanguage(db)).toBeUndefined();
    await repo.putSettings({ language: 'en' });
    expect(await readStoredLanguage(db)).toBe('en');
    await createProfile();
    await repo.wipeAll();
    expect(await db.count('profiles')).toBe(0);
    expect(await db.count('meta')).toBe(1);
  });

  it('rolls back the earlier puts when a put with an invalid key fails inside the transaction', async () => {
    await createProfile();
    const before = await dumpDatabase(db);
    // Two attachments: the first lands in the transaction, the second has an invalid key (an
    // object id) and fails in IndexedDB itself, after validation.
    const entry = {
      ...makeLogEntry(P1, 'l1', momentAt(1)),
      attachments: [{ id: 'a1', name: 'a', type: 't', size: 0 }],
    };
    const badId = { toString: () => 'a2' } as unknown as string;
    const failing = repo.save(
      'collectionLog',
      { ...entry, attachments: [...entry.attachments, { id: badId, name: 'b', type: 't', size: 0 }] },
      1,
      {
        attachments: [
          { id: 'a1', name: 'a', type: 't', blob: new Blob(['1']) },
          { id: badId, name: 'b', type: 't', blob: new Blob(['2']) },
        ],
      },
    );
    await expect(failing).rejects.toBeInstanceOf(StorageError);
    expect(await dumpDatabase(db)).toBe(before);
    expect(await repo.getAttachment('a1')).toBeUndefined();
  });
});

describe('two tabs on the same database', () => {
  it('detects the other tab’s newer change instead of overwriting it', async () => {
    const otherTab = makeShoreRepository(await openShoreDb('test', factory), { now: () => NOW });
    await createProfile();
    const seenByBoth = 1;
    await otherTab.save('debts', makeDebt(P1, 'd1', 0, { principal: '100.00' }), seenByBoth);
    const stale = repo.save('debts', makeDebt(P1, 'd1', 0, { principal: '999.00' }), seenByBoth);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', expectedRevision: 1, actualRevision: 2 });
    expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('100.00');
    otherTab.close();
  });

  it('serialises racing writes: exactly one of two writes on the same revision lands', async () => {
    const otherTab = makeShoreRepository(await openShoreDb('test', factory), { now: () => NOW });
    await createProfile();
    const results = await Promise.allSettled([
      repo.save('budget', makeBudget(P1), 1),
      otherTab.save('planSettings', makePlanSettings(P1), 1),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter((result) => result.status === 'rejected' && result.reason instanceof ConflictError),
    ).toHaveLength(1);
    expect((await repo.getProfile(P1))?.revision).toBe(2);
    otherTab.close();
  });
});

describe('error translation', () => {
  it('wraps QuotaExceededError as QuotaError with code quota-exceeded', () => {
    const error = toStorageError(new DOMException('full', 'QuotaExceededError'));
    expect(error).toBeInstanceOf(QuotaError);
    expect(error.code).toBe('quota-exceeded');
  });

  it('surfaces a quota failure during a write as QuotaError, with nothing written', async () => {
    await createProfile();
    const before = await dumpDatabase(db);
    const full = makeShoreRepository(quotaExceededOnPut(db), { now: () => NOW });
    await expect(full.save('debts', makeDebt(P1, 'd1', 0), 1)).rejects.toBeInstanceOf(QuotaError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('passes other IndexedDB failures as storage-failed', () => {
    expect(toStorageError(new DOMException('x', 'DataError')).code).toBe('storage-failed');
  });
});

/** `target[property]`, with methods bound to `target` (idb objects are themselves proxies). */
function forward(target: object, property: string | symbol): unknown {
  const value = Reflect.get(target, property, target) as unknown;
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

/** A view of `db` whose transactions fail every `put` to `debts` as a full disk would. */
function quotaExceededOnPut(real: ShoreDb): ShoreDb {
  return new Proxy(real, {
    get(target, property) {
      if (property !== 'transaction') return forward(target, property);
      return (...args: Parameters<ShoreDb['transaction']>) => {
        const tx = target.transaction(...args);
        return new Proxy(tx, {
          get(txTarget, txProperty) {
            if (txProperty !== 'objectStore') return forward(txTarget, txProperty);
            return (name: Parameters<typeof tx.objectStore>[0]) => {
              const store = txTarget.objectStore(name);
              if (name !== 'debts') return store;
              return new Proxy(store, {
                get(storeTarget, storeProperty) {
                  if (storeProperty !== 'put') return forward(storeTarget, storeProperty);
                  return () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
                },
              });
            };
          },
        });
      };
    },
  });
}
