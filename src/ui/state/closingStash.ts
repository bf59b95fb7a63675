/**
 * What a closing page would lose, kept synchronously (issue 13): a budget amount typed less than
 * the write queue's delay (300 ms) before the tab closes is still only a debounced write, and a
 * closing page runs no IndexedDB round trip. So when the page is hidden, the unwritten records go
 * into localStorage at once (synchronous, survives the close) while the queue is flushed; a flush
 * that completes removes them again. On the next start, each kept record whose `updatedAt` is newer
 * than the stored one is saved through the normal write path, then the stash is removed.
 *
 * Only while the passphrase lock is off (the caller says): then IndexedDB holds the same records in
 * plain text, so this keeps nothing the disk would not hold anyway. With the lock on, nothing is
 * stashed (plain text must not reach the disk) and only the flush on hide protects the edit.
 * "Erase everything" clears localStorage (src/platform/wipe.ts).
 */
import type { ProfileId } from '../../domain/records';

export const CLOSING_STASH_KEY = 'shore-unwritten';

export interface ClosingStash {
  profileId: ProfileId;
  records: { kind: string; record: unknown }[];
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Set by "Erase everything" (this tab's or another's): from then on this page keeps nothing. */
let erased = false;

/**
 * Erase everything has begun (here or in another tab): remove the kept records and keep none while this
 * page lives, so the reload that follows an erase cannot write a typed record back into localStorage.
 */
export function forgetUnwritten(): void {
  erased = true;
  try {
    storage()?.removeItem(CLOSING_STASH_KEY);
  } catch {
    // Nothing kept, nothing to remove.
  }
}

/** Keep `stash` (or remove the kept one when there is nothing unwritten). Never throws. */
export function keepUnwritten(stash: ClosingStash | undefined): void {
  if (erased) stash = undefined;
  try {
    if (stash === undefined || stash.records.length === 0) storage()?.removeItem(CLOSING_STASH_KEY);
    else storage()?.setItem(CLOSING_STASH_KEY, JSON.stringify(stash));
  } catch {
    // Quota or a private mode: the flush on hide is all there is.
  }
}

/** The kept records of `profileId`, removing them from localStorage. */
export function takeUnwritten(profileId: ProfileId): ClosingStash['records'] {
  const text = storage()?.getItem(CLOSING_STASH_KEY);
  if (text === null || text === undefined) return [];
  keepUnwritten(undefined);
  try {
    const stash = JSON.parse(text) as Partial<ClosingStash>;
    return stash.profileId === profileId && Array.isArray(stash.records) ? stash.records : [];
  } catch {
    return [];
  }
}

/** True when `kept` is newer than `stored` (both records with an ISO `updatedAt`). */
export function isNewer(kept: unknown, stored: unknown): boolean {
  const keptAt = (kept as { updatedAt?: unknown } | null)?.updatedAt;
  const storedAt = (stored as { updatedAt?: unknown } | null | undefined)?.updatedAt;
  if (typeof keptAt !== 'string') return false;
  return typeof storedAt !== 'string' || keptAt > storedAt;
}
