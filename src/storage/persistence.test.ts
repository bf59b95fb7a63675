/** requestPersistence and storageEstimate against fake navigators. */
import { describe, expect, it } from 'vitest';
import { requestPersistence, storageEstimate, type StorageNavigator } from './persistence';

describe('requestPersistence', () => {
  it('reports persisted when already granted, without asking again', async () => {
    let asked = false;
    const nav: StorageNavigator = {
      storage: { persisted: () => Promise.resolve(true), persist: () => ((asked = true), Promise.resolve(true)) },
    };
    expect(await requestPersistence(nav)).toBe('persisted');
    expect(asked).toBe(false);
  });

  it('asks, and reports the answer', async () => {
    const granted: StorageNavigator = {
      storage: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) },
    };
    const refused: StorageNavigator = {
      storage: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) },
    };
    expect(await requestPersistence(granted)).toBe('persisted');
    expect(await requestPersistence(refused)).toBe('denied');
  });

  it('reports unsupported without the API or when it throws', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence({ storage: { persist: () => Promise.reject(new Error('no')) } })).toBe(
      'unsupported',
    );
  });
});

describe('storageEstimate', () => {
  it('passes usage and quota through', async () => {
    const nav: StorageNavigator = { storage: { estimate: () => Promise.resolve({ usage: 10, quota: 100 }) } };
    expect(await storageEstimate(nav)).toEqual({ usage: 10, quota: 100 });
  });

  it('gives undefineds where the browser cannot say', async () => {
    expect(await storageEstimate(undefined)).toEqual({ usage: undefined, quota: undefined });
    expect(await storageEstimate({ storage: { estimate: () => Promise.reject(new Error('x')) } })).toEqual({
      usage: undefined,
      quota: undefined,
    });
  });
});
