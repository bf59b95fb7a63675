/** The platform key: one encoding, read back without string slicing anywhere else. */
import { describe, expect, it } from 'vitest';
import { platformKeyOf, platformValueOf, readPlatformKey } from './platform';

describe('platformKeyOf', () => {
  it('groups debts by their platform name and keeps an unnamed debt apart', () => {
    const a1 = platformKeyOf({ id: 'a1', platform: '甲' });
    const a2 = platformKeyOf({ id: 'a2', platform: '甲' });
    const u1 = platformKeyOf({ id: 'u1', platform: '' });
    const u2 = platformKeyOf({ id: 'u2' });
    // Mutation: key unnamed debts by '' → u1 and u2 become one platform and this fails.
    expect(new Set([a1, a2, u1, u2]).size).toBe(3);
    expect(a1).toBe(a2);
  });

  it('never lets a name collide with a debt id', () => {
    // A platform literally named "own:x" must not be the unnamed debt "x".
    // Mutation: encode named keys without a prefix → the two keys are equal and this fails.
    expect(platformKeyOf({ id: 'y', platform: 'own:x' })).not.toBe(platformKeyOf({ id: 'x', platform: '' }));
  });
});

describe('reading a key', () => {
  it.each([
    [{ id: 'd1', platform: '快借宝' }, { kind: 'named', name: '快借宝' }, '快借宝'],
    [{ id: 'd2', platform: 'p:odd' }, { kind: 'named', name: 'p:odd' }, 'p:odd'],
    [{ id: 'd3', platform: '' }, { kind: 'own', debtId: 'd3' }, 'd3'],
  ])('%o', (debt, parts, value) => {
    const key = platformKeyOf(debt);
    // Mutation: slice a fixed 2 characters from every key → the unnamed debt reads as "n:d3" and fails.
    expect(readPlatformKey(key)).toEqual(parts);
    expect(platformValueOf(key)).toBe(value);
  });
});
