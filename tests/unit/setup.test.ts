import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

describe('test setup', () => {
  it('provides IndexedDB through fake-indexeddb', async () => {
    const db = await openDB('setup-check', 1, {
      upgrade(d) {
        d.createObjectStore('things', { keyPath: 'id' });
      },
    });
    await db.put('things', { id: 'a', amount: '12.30' });
    expect(await db.get('things', 'a')).toEqual({ id: 'a', amount: '12.30' });
    db.close();
  });
});
