/**
 * The unlock back-off (issue 13): after repeated wrong passphrases the lock screen waits before it lets the
 * person try again, so guessing through the screen is slow. Pure schedule here; the count lives in the
 * database's `meta` store (lock.ts), unencrypted: it holds no personal data (a number and a time), it must be
 * readable before the passphrase is given, and keeping it beside the lock it guards means a reload, a second
 * tab or closing the browser does not reset it, and "Erase everything" removes both together. (localStorage
 * would also survive a reload, but it is a second place to keep in step, and sessionStorage ends with the tab.)
 */

/** Where the count is kept in `meta`. */
export const UNLOCK_FAILURES_META_KEY = 'unlock-failures';

/** The wrong passphrase in a row after which the waits begin (the 3rd). */
export const WAIT_AFTER = 3;
/** The first wait, after the 3rd wrong passphrase in a row. */
export const FIRST_WAIT_MS = 2_000;
/** The longest wait. */
export const LONGEST_WAIT_MS = 60_000;

/** Stored in `meta` under UNLOCK_FAILURES_META_KEY. */
export interface UnlockFailures {
  kind: 'shore-unlock-failures';
  /** Wrong passphrases in a row since the last unlock. */
  failures: number;
  /** When the last one was given, ms since 1970 (the browser's clock). */
  lastAt: number;
}

/**
 * How long to wait after `failures` wrong passphrases in a row: none after 1 or 2, 2 s after the 3rd,
 * doubling after each further miss, at most 60 s.
 */
export function unlockWaitMs(failures: number): number {
  if (failures < WAIT_AFTER) return 0;
  // Capped before the power, so a huge count cannot overflow to Infinity.
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - WAIT_AFTER, 10));
}

/**
 * What is left of the wait at `now` (ms). A clock set back (now before the last failure) counts as no time
 * passed yet; the vault then restarts the wait from `now` (lock.ts), so the person is never locked out.
 */
export function remainingWaitMs(record: UnlockFailures | undefined, now: number): number {
  if (record === undefined) return 0;
  const wait = unlockWaitMs(record.failures);
  const passed = Math.max(0, now - record.lastAt);
  return Math.max(0, wait - passed);
}

export function isUnlockFailures(value: unknown): value is UnlockFailures {
  const record = value as Partial<UnlockFailures> | null;
  return (
    typeof value === 'object' &&
    record !== null &&
    record.kind === 'shore-unlock-failures' &&
    Number.isSafeInteger(record.failures) &&
    (record.failures ?? -1) >= 0 &&
    typeof record.lastAt === 'number' &&
    Number.isFinite(record.lastAt)
  );
}
