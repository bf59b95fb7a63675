/**
 * The unlock back-off (issue 13): the schedule, worked out by hand, and the vault keeping the count in the
 * database so that a new connection (a reload, another tab) sees the same wait.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openShoreDb } from './db';
import { UnlockWaitError, WrongPassphraseError } from './errors';
import { createVault } from './lock';
import { remainingWaitMs, unlockWaitMs } from './unlockBackoff';

describe('unlockWaitMs', () => {
  // By hand: no wait after the 1st and 2nd wrong passphrase; 2 s after the 3rd; then doubling: 4, 8, 16, 32 s;
  // the 8th would be 64 s, capped at 60 s, and so on.
  // Break: start the doubling one miss later (`failures - WAIT_AFTER - 1`) → 3 gives 1,000 and this fails.
  it('waits 2 s after the 3rd miss, doubling per further miss up to 60 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(unlockWaitMs)).toEqual([
      0, 0, 0, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(unlockWaitMs(1_000_000)).toBe(60_000);
  });

  // By hand: 4 misses → 4,000 ms from the last one at 10,000: at 11,500, 2,500 left; at 14,000, none;
  // a clock set back to 9,000 counts as no time passed (4,000).
  // Break: `passed = now - record.lastAt` without the floor at 0 → 5,000 at 9,000 and this fails.
  it('counts what is left of the wait from the last miss', () => {
    const record = { kind: 'shore-unlock-failures', failures: 4, lastAt: 10_000 } as const;
    expect(remainingWaitMs(record, 11_500)).toBe(2_500);
    expect(remainingWaitMs(record, 14_000)).toBe(0);
    expect(remainingWaitMs(record, 9_000)).toBe(4_000);
    expect(remainingWaitMs(undefined, 9_000)).toBe(0);
  });
});

describe('the vault’s back-off', () => {
  // Break: drop `await countFailure()` in unlock → no wait after 3 misses and this fails;
  it('refuses to try while a wait runs, keeps the count across connections, and forgets it on unlock', async () => {
    const factory = new IDBFactory();
    let clock = 1_000_000;
    const options = { unsafeIterationsForTests: 1_000, now: () => clock };
    const db = await openShoreDb('backoff', factory);
    const vault = createVault(db, options);
    await vault.enable('right passphrase');
    vault.lock();

    for (const wrong of ['a', 'b']) await expect(vault.unlock(wrong)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await vault.unlockWait()).toEqual({ failures: 2, waitMs: 0 });
    await expect(vault.unlock('c')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await vault.unlockWait()).toEqual({ failures: 3, waitMs: 2_000 });
    // Even the right passphrase is not tried during the wait.
    await expect(vault.unlock('right passphrase')).rejects.toMatchObject({ code: 'unlock-wait', waitMs: 2_000 });
    await expect(vault.unlock('right passphrase')).rejects.toBeInstanceOf(UnlockWaitError);
    expect(vault.isUnlocked()).toBe(false);

    clock += 2_000;
    await expect(vault.unlock('d')).rejects.toBeInstanceOf(WrongPassphraseError);
    clock += 1_000;
    // A reload: a new connection and a new vault read the same count.
    db.close();
    const reopened = await openShoreDb('backoff', factory);
    const again = createVault(reopened, options);
    expect(await again.unlockWait()).toEqual({ failures: 4, waitMs: 3_000 });

    clock += 3_000;
    await again.unlock('right passphrase');
    expect(again.isUnlocked()).toBe(true);
    expect(await again.unlockWait()).toEqual({ failures: 0, waitMs: 0 });
    reopened.close();
  });
});
