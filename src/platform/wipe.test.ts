/** wipeEverything on fake-indexeddb with stubbed Cache Storage and service workers. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShoreDb, SCRUB_DB_NAME, scrubFreedSpace } from '../storage/db';
import { isChangeNotice } from '../storage/sync';
import { makeShoreRepository } from '../storage/repository';
import { wipeEverything } from './wipe';

afterEach(() => vi.unstubAllGlobals());

describe('wipeEverything', () => {
  it('deletes the database, every cache and every service worker registration', async () => {
    const factory = new IDBFactory();
    const db = await openShoreDb('w', factory);
    await makeShoreRepository(db).putProfile({ id: 'p' as never, displayName: '张三', notes: '' }, null);
    const deleted: string[] = [];
    vi.stubGlobal('caches', {
      keys: () => Promise.resolve(['a', 'b']),
      delete: (name: string) => Promise.resolve(deleted.push(name) > 0),
    });
    const unregister = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { serviceWorker: { getRegistrations: () => Promise.resolve([{ unregister }]) } });
    const report = await wipeEverything({ db, factory, databaseName: 'w' });
    expect(report).toEqual({ database: 'deleted', cachesDeleted: 2, serviceWorkersUnregistered: 1, failures: [] });
    expect(deleted).toEqual(['a', 'b']);
    const reopened = await openShoreDb('w', factory);
    expect(await reopened.getAll('profiles')).toEqual([]);
    reopened.close();
  });
});

describe('erase with announce and scrub (issue 13)', () => {
  // Break: skip the `announce` block in wipeEverything → no message arrives and this fails (times out).
  it('tells the other tabs first, on shore-changes, that everything is being erased', async () => {
    const factory = new IDBFactory();
    const db = await openShoreDb('w2', factory);
    const otherTab = new BroadcastChannel('shore-changes');
    const heard = new Promise<unknown>((resolve) => (otherTab.onmessage = (event) => resolve(event.data)));
    const report = await wipeEverything({ db, factory, databaseName: 'w2', announce: true });
    expect(await heard).toEqual({ profileId: null, revision: null, stores: [], wiped: true });
    expect(isChangeNotice(await heard)).toBe(true);
    expect(report.database).toBe('deleted');
    otherTab.close();
  });

  // Break: `wiped: false` accepted by isChangeNotice → the second expectation fails.
  it('accepts only `wiped: true` on a notice', () => {
    expect(isChangeNotice({ profileId: null, revision: null, stores: [], wiped: true })).toBe(true);
    expect(isChangeNotice({ profileId: null, revision: null, stores: [], wiped: false })).toBe(false);
    expect(isChangeNotice({ profileId: null, revision: null, stores: [], wiped: 'yes' })).toBe(false);
  });

  // By hand: 1 MB = 1,048,576 bytes = 32 chunks of 32,768 bytes; 8 chunks per transaction → 4 transactions,
  // heard at 8/32, 16/32, 24/32 and 32/32.
  // Break: report `done / chunks` (before the transaction's chunks) → [0, 0.25, 0.5, 0.75] and this fails.
  it('scrubFreedSpace writes in steps it reports, then deletes its scratch database', async () => {
    const factory = new IDBFactory();
    const heard: number[] = [];
    expect(await scrubFreedSpace(factory, 1, (fraction) => heard.push(fraction))).toBe(true);
    expect(heard).toEqual([0.25, 0.5, 0.75, 1]);
    expect((await factory.databases()).map((info) => info.name)).not.toContain(SCRUB_DB_NAME);
    expect(await factory.databases()).toEqual([]);
  });
});
