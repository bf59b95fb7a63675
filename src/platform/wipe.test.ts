/** wipeEverything on fake-indexeddb with stubbed Cache Storage and service workers. */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openShoreDb } from '../storage/db';
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
