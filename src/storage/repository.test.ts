/**
 * Repository tests on real idb over fake-indexeddb (a fresh IDBFactory per test): every store,
 * one-transaction writes, revisions and conflicts between two instances ("tabs"), cascades,
 * attachments, validation before writes and error translation.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openShoreDb, type ShoreDb } from './db';
import { ConflictError, InvalidRecordError, NotFoundError, QuotaError, StorageError, toStorageError } from './errors';
import { makeShoreRepository, readStoredLanguage, type ShoreRepository } from './repository';
import {
  dumpDatabase,
  makeBudget,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from './testSupport';

const P1 = profileId('p1');
const P2 = profileId('p2');
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
      'counsellorSessions',
      'debts',
      'meta',
      'negotiations',
      'planSettings',
      'profiles',
      'settings',
    ]);
    const tx = db.transaction(['debts', 'negotiations', 'collectionLog', 'attachments'], 'readonly');
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

describe('profiles', () => {
  it('creates at revision 1, lists, gets and updates with the expected revision', async () => {
    expect(await createProfile()).toBe(1);
    await createProfile(P2);
    expect((await repo.listProfiles()).map((profile) => profile.id)).toEqual([P1, P2]);
    const result = await repo.putProfile({ id: P1, displayName: '李四', notes: 'x' }, 1);
    expect(result).toEqual({ profileId: P1, revision: 2, updatedAt: NOW });
    expect(await repo.getProfile(P1)).toEqual({ id: P1, displayName: '李四', notes: 'x', revision: 2, updatedAt: NOW });
    expect(await repo.getProfile(profileId('none'))).toBeUndefined();
  });

  it('refuses to create a profile that exists, or update with a stale revision', async () => {
    await createProfile();
    await expect(repo.putProfile({ id: P1, displayName: 'x', notes: '' }, null)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.putProfile({ id: P1, displayName: 'x', notes: '' }, 7)).rejects.toMatchObject({
      code: 'conflict',
      expectedRevision: 7,
      actualRevision: 1,
    });
  });

  it('deletes a profile with everything it owns in one transaction, keeping other profiles', async () => {
    await createProfile();
    await createProfile(P2);
    let revision = (await repo.saveDebt(makeDebt(P1, 'd1', 0), 1)).revision;
    revision = (await repo.saveBudget(makeBudget(P1), revision)).revision;
    revision = (await repo.savePlanSettings(makePlanSettings(P1), revision)).revision;
    revision = (await repo.saveNegotiation(makeNegotiation(P1, 'n1', momentAt(1)), revision)).revision;
    const entry = {
      ...makeLogEntry(P1, 'l1', momentAt(2)),
      attachments: [{ id: 'a1', name: 's.png', type: 'image/png', size: 0 }],
    };
    revision = (
      await repo.saveLogEntry(entry, revision, [
        { id: 'a1', name: 's.png', type: 'image/png', blob: new Blob(['png']) },
      ])
    ).revision;
    await repo.saveDebt(makeDebt(P2, 'd2', 0), 1);
    await repo.putSettings({ language: 'zh-CN', activeProfileId: P1 });

    await expect(repo.deleteProfile(P1, revision - 1)).rejects.toBeInstanceOf(ConflictError);
    await repo.deleteProfile(P1, revision);
    for (const store of ['debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog', 'attachments'] as const) {
      const left = (await db.getAll(store)).filter((row) => row.profileId === P1);
      expect(left, store).toEqual([]);
    }
    expect(await repo.getProfile(P1)).toBeUndefined();
    expect((await repo.loadProfile(P2)).debts).toHaveLength(1);
    expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
  });
});

describe('loadProfile', () => {
  it('reads everything of one profile, debts by position, negotiations and log by time', async () => {
    let revision = await createProfile();
    await createProfile(P2);
    revision = (await repo.saveDebt(makeDebt(P1, 'b', 1), revision)).revision;
    revision = (await repo.saveDebt(makeDebt(P1, 'a', 0), revision)).revision;
    await repo.saveDebt(makeDebt(P2, 'other', 0), 1);
    revision = (await repo.saveBudget(makeBudget(P1), revision)).revision;
    revision = (await repo.savePlanSettings(makePlanSettings(P1), revision)).revision;
    revision = (await repo.saveNegotiation(makeNegotiation(P1, 'n2', momentAt(20)), revision)).revision;
    revision = (await repo.saveNegotiation(makeNegotiation(P1, 'n1', momentAt(10)), revision)).revision;
    revision = (await repo.saveLogEntry(makeLogEntry(P1, 'l2', momentAt(5)), revision)).revision;
    revision = (await repo.saveLogEntry(makeLogEntry(P1, 'l1', momentAt(3)), revision)).revision;

    const loaded = await repo.loadProfile(P1);
    expect(loaded.profile.revision).toBe(revision);
    expect(loaded.profile.updatedAt).toBe(NOW);
    expect(loaded.debts.map((debt) => debt.id)).toEqual(['a', 'b']);
    expect(loaded.debts[0]).toEqual({ ...makeDebt(P1, 'a', 0), updatedAt: NOW });
    expect(loaded.budget).toEqual({ ...makeBudget(P1), updatedAt: NOW });
    expect(loaded.planSettings).toEqual({ ...makePlanSettings(P1), updatedAt: NOW });
    expect(loaded.negotiations.map((record) => record.id)).toEqual(['n1', 'n2']);
    expect(loaded.collectionLog.map((entry) => entry.id)).toEqual(['l1', 'l2']);
  });

  it('rejects a missing profile with NotFoundError', async () => {
    await expect(repo.loadProfile(P1)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('loadClientDirectory', () => {
  it('reads every profile as loadProfile does, without negotiations and the collection log', async () => {
    let revision = await createProfile();
    await createProfile(P2);
    revision = (await repo.saveDebt(makeDebt(P1, 'b', 1), revision)).revision;
    revision = (await repo.saveDebt(makeDebt(P1, 'a', 0), revision)).revision;
    revision = (await repo.saveBudget(makeBudget(P1), revision)).revision;
    revision = (await repo.savePlanSettings(makePlanSettings(P1), revision)).revision;
    revision = (await repo.saveNegotiation(makeNegotiation(P1, 'n1', momentAt(10)), revision)).revision;
    await repo.saveLogEntry(makeLogEntry(P1, 'l1', momentAt(3)), revision);
    await repo.saveDebt(makeDebt(P2, 'other', 0), 1);

    const directory = await repo.loadClientDirectory();
    expect(directory.map((entry) => entry.profile.id).sort()).toEqual([P1, P2]);
    for (const entry of directory) {
      const { negotiations, collectionLog, ...expected } = await repo.loadProfile(entry.profile.id);
      expect(entry).toEqual(expected);
      expect(entry).not.toHaveProperty('negotiations');
      expect(entry).not.toHaveProperty('collectionLog');
      if (entry.profile.id === P1) expect([negotiations.length, collectionLog.length]).toEqual([1, 1]);
    }
    expect(directory.find((entry) => entry.profile.id === P1)?.debts.map((debt) => debt.id)).toEqual(['a', 'b']);
    expect(directory.find((entry) => entry.profile.id === P2)?.budget).toBeUndefined();
  });

  it('is empty when there are no profiles', async () => {
    expect(await repo.loadClientDirectory()).toEqual([]);
  });
});

describe('debts', () => {
  it('saves, updates and deletes, bumping the revision each time', async () => {
    await createProfile();
    expect((await repo.saveDebt(makeDebt(P1, 'd1', 0), 1)).revision).toBe(2);
    expect((await repo.saveDebt(makeDebt(P1, 'd1', 0, { principal: '1.00' }), 2)).revision).toBe(3);
    expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('1.00');
    expect((await repo.deleteDebt(P1, 'd1', 3)).revision).toBe(4);
    expect((await repo.loadProfile(P1)).debts).toEqual([]);
    await expect(repo.deleteDebt(P1, 'd1', 4)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps a custom order in step: new debts appended, deleted debts removed', async () => {
    let revision = await createProfile();
    revision = (await repo.saveDebt(makeDebt(P1, 'd1', 0), revision)).revision;
    revision = (
      await repo.savePlanSettings({ ...makePlanSettings(P1), strategy: 'custom', customOrder: ['d1'] }, revision)
    ).revision;
    revision = (await repo.saveDebt(makeDebt(P1, 'd2', 1), revision)).revision;
    expect((await repo.loadProfile(P1)).planSettings?.customOrder).toEqual(['d1', 'd2']);
    await repo.deleteDebt(P1, 'd1', revision);
    expect((await repo.loadProfile(P1)).planSettings?.customOrder).toEqual(['d2']);
  });

  it('reorders by setting positions', async () => {
    let revision = await createProfile();
    for (const [position, id] of ['a', 'b', 'c'].entries()) {
      revision = (await repo.saveDebt(makeDebt(P1, id, position), revision)).revision;
    }
    await repo.reorderDebts(P1, ['c', 'a', 'b'], revision);
    const debts = (await repo.loadProfile(P1)).debts;
    expect(debts.map((debt) => [debt.id, debt.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('rejects a record that breaks the format rules, writing nothing', async () => {
    await createProfile();
    const before = await dumpDatabase(db);
    await expect(repo.saveDebt(makeDebt(P1, 'd1', 0, { principal: '12.345' }), 1)).rejects.toMatchObject({
      code: 'invalid-record',
      path: 'principal',
    });
    await expect(repo.saveDebt(makeDebt(P1, 'd1', 0, { monthlyRate: '0.01' }), 1)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('negotiations and the collection log', () => {
  it('adds, updates and deletes negotiations', async () => {
    await createProfile();
    const record = makeNegotiation(P1, 'n1', momentAt(1));
    await repo.saveNegotiation(record, 1);
    await repo.saveNegotiation(
      { ...record, answer: 'accepted', agreedTerms: { frozen: true, effectiveFrom: '2027-01-01' } },
      2,
    );
    expect((await repo.loadProfile(P1)).negotiations[0]?.agreedTerms).toEqual({
      frozen: true,
      effectiveFrom: '2027-01-01',
    });
    await repo.deleteNegotiation(P1, 'n1', 3);
    expect((await repo.loadProfile(P1)).negotiations).toEqual([]);
  });

  it('keeps when an event was recorded across edits, so events of the same moment keep their order (schema v7)', async () => {
    let revision = await createProfile();
    const at = momentAt(1);
    // Recorded in this order; the ids sort the other way.
    const first = { ...makeNegotiation(P1, 'z-agreement', at), recordedAt: '2026-11-28T09:00:00.000Z' };
    const second = { ...makeNegotiation(P1, 'a-confirmation', at), recordedAt: '2026-11-28T09:05:00.000Z' };
    revision = (await repo.saveNegotiation(first, revision)).revision;
    revision = (await repo.saveNegotiation(second, revision)).revision;
    // Editing the first writes it last, but it stays first.
    const later = makeShoreRepository(db, { now: () => '2026-11-29T08:00:00.000Z' });
    await later.saveNegotiation({ ...first, summary: '改过' }, revision);
    const loaded = (await repo.loadProfile(P1)).negotiations;
    expect(loaded.map((record) => record.id)).toEqual(['z-agreement', 'a-confirmation']);
    expect(loaded[0]).toMatchObject({
      summary: '改过',
      recordedAt: '2026-11-28T09:00:00.000Z',
      updatedAt: '2026-11-29T08:00:00.000Z',
    });
    later.close();
  });

  it('stores attachments as Blobs with the entry, drops unlisted ones, and deletes them with the entry', async () => {
    await createProfile();
    const screenshot = new Blob([new Uint8Array([137, 80, 78, 71, 0, 255])], { type: 'image/png' });
    const entry = {
      ...makeLogEntry(P1, 'l1', momentAt(1)),
      attachments: [
        { id: 'a1', name: '截图.png', type: 'image/png', size: 0 },
        { id: 'a2', name: 'call.m4a', type: 'audio/mp4', size: 0 },
      ],
    };
    await repo.saveLogEntry(entry, 1, [
      { id: 'a1', name: '截图.png', type: 'image/png', blob: screenshot },
      { id: 'a2', name: 'call.m4a', type: 'audio/mp4', blob: new Blob(['x']) },
    ]);
    const stored = await repo.getAttachment('a1');
    expect(stored).toMatchObject({
      id: 'a1',
      profileId: P1,
      logId: 'l1',
      name: '截图.png',
      type: 'image/png',
      size: 6,
    });
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71, 0, 255]));
    expect((await repo.loadProfile(P1)).collectionLog[0]?.attachments.map((ref) => ref.size)).toEqual([6, 1]);

    const kept = (await repo.loadProfile(P1)).collectionLog[0]!;
    await repo.saveLogEntry({ ...kept, attachments: kept.attachments.slice(0, 1) }, 2);
    expect((await repo.listAttachments('l1')).map((file) => file.id)).toEqual(['a1']);

    await repo.deleteLogEntry(P1, 'l1', 3);
    expect(await repo.getAttachment('a1')).toBeUndefined();
    expect((await repo.loadProfile(P1)).collectionLog).toEqual([]);
  });

  it('refuses an entry that lists an attachment it does not bring', async () => {
    await createProfile();
    const entry = {
      ...makeLogEntry(P1, 'l1', momentAt(1)),
      attachments: [{ id: 'ghost', name: 'x', type: 'x', size: 1 }],
    };
    await expect(repo.saveLogEntry(entry, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect((await repo.getProfile(P1))?.revision).toBe(1);
  });
});

describe('settings and wipeAll', () => {
  it('returns defaults, then what was stored', async () => {
    expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
    await repo.putSettings({ language: 'en', preparerName: '李老师' });
    expect(await repo.getSettings()).toEqual({ language: 'en', preparerName: '李老师' });
  });

  it("keeps a counsellor's LPR figure (schema v6), refusing a malformed one", async () => {
    const lprOverride = { percent: '3.1', confirmedOn: '2026-11-20', effectiveFrom: '2026-10-21' };
    await repo.putSettings({ language: 'en', lprOverride });
    expect(await repo.getSettings()).toEqual({ language: 'en', lprOverride });
    for (const bad of [
      { percent: '0', confirmedOn: '2026-11-20' },
      { percent: '3.12345', confirmedOn: '2026-11-20' },
      { percent: '100', confirmedOn: '2026-11-20' },
      { percent: '3.1', confirmedOn: '2026-02-30' },
      { percent: '3.1', confirmedOn: '2026-11-20', effectiveFrom: '20/10/2026' },
    ]) {
      await expect(repo.putSettings({ language: 'en', lprOverride: bad })).rejects.toBeInstanceOf(InvalidRecordError);
    }
    expect(await repo.getSettings()).toEqual({ language: 'en', lprOverride });
  });

  it('stores the schema v6 negotiation details and refuses malformed ones', async () => {
    await repo.putProfile({ id: P1, displayName: 'A', notes: '' }, null);
    const record = {
      ...makeNegotiation(P1, 'n1', momentAt(1)),
      kind: 'confirmation' as const,
      writtenConfirmation: true,
      agreedTerms: { frozen: true, effectiveFrom: '2026-12-01', waivedAmount: '99.90' },
      confirmation: { channel: 'email' as const, reference: 'T-1' },
    };
    const { revision } = await repo.saveNegotiation(record, 1);
    expect((await repo.loadProfile(P1)).negotiations).toEqual([
      { ...record, updatedAt: (await repo.getProfile(P1))?.updatedAt },
    ]);
    await expect(
      repo.saveNegotiation({ ...record, payment: { outcome: 'kept', amount: '-1' } }, revision),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(
      repo.saveNegotiation({ ...record, confirmation: { channel: 'email', reference: 'x'.repeat(501) } }, revision),
    ).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('tells a first visit (nothing stored) from stored settings equal to the defaults', async () => {
    expect(await repo.hasStoredSettings()).toBe(false);
    expect(await readStoredLanguage(db)).toBeUndefined();
    await repo.putSettings({ language: 'zh-CN' });
    expect(await repo.hasStoredSettings()).toBe(true);
    expect(await readStoredLanguage(db)).toBe('zh-CN');
  });

  it('wipes every data store in one go, keeping the schema history', async () => {
    await createProfile();
    await repo.saveDebt(makeDebt(P1, 'd1', 0), 1);
    await repo.putSettings({ language: 'en' });
    await repo.wipeAll();
    expect(await repo.listProfiles()).toEqual([]);
    expect(await db.count('debts')).toBe(0);
    expect(await repo.getSettings()).toEqual({ language: 'zh-CN' });
    expect(await db.count('meta')).toBe(1);
  });
});

describe('atomicity: a failure mid-write leaves nothing behind', () => {
  it('reorderDebts failing on its third debt changes none of them', async () => {
    let revision = await createProfile();
    for (const [position, id] of ['a', 'b', 'c'].entries()) {
      revision = (await repo.saveDebt(makeDebt(P1, id, position), revision)).revision;
    }
    const before = await dumpDatabase(db);
    await expect(repo.reorderDebts(P1, ['c', 'b', 'missing'], revision)).rejects.toBeInstanceOf(NotFoundError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('a put with an invalid key inside the transaction rolls back the earlier puts', async () => {
    await createProfile();
    const before = await dumpDatabase(db);
    // Two attachments: the first lands in the transaction, the second has an invalid key (an
    // object id) and fails in IndexedDB itself, after validation.
    const entry = {
      ...makeLogEntry(P1, 'l1', momentAt(1)),
      attachments: [{ id: 'a1', name: 'a', type: 't', size: 0 }],
    };
    const badId = { toString: () => 'a2' } as unknown as string;
    const failing = repo.saveLogEntry(
      { ...entry, attachments: [...entry.attachments, { id: badId, name: 'b', type: 't', size: 0 }] },
      1,
      [
        { id: 'a1', name: 'a', type: 't', blob: new Blob(['1']) },
        { id: badId, name: 'b', type: 't', blob: new Blob(['2']) },
      ],
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
    await otherTab.saveDebt(makeDebt(P1, 'd1', 0, { principal: '100.00' }), seenByBoth);
    const stale = repo.saveDebt(makeDebt(P1, 'd1', 0, { principal: '999.00' }), seenByBoth);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', expectedRevision: 1, actualRevision: 2 });
    expect((await repo.loadProfile(P1)).debts[0]?.principal).toBe('100.00');
    otherTab.close();
  });

  it('serialises racing writes: exactly one of two writes on the same revision lands', async () => {
    const otherTab = makeShoreRepository(await openShoreDb('test', factory), { now: () => NOW });
    await createProfile();
    const results = await Promise.allSettled([
      repo.saveBudget(makeBudget(P1), 1),
      otherTab.savePlanSettings(makePlanSettings(P1), 1),
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
    await expect(full.saveDebt(makeDebt(P1, 'd1', 0), 1)).rejects.toBeInstanceOf(QuotaError);
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
