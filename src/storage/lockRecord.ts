/**
 * The passphrase lock's record in the `meta` store, as it is on disk. A leaf module (it imports
 * only WebCrypto's box type), so the database schema (db.ts) can name it without importing the
 * lock itself. lock.ts reads and writes it.
 */
import type { Box } from './crypto';

/** Where the lock stands on disk. `sealing`/`opening`/`rekeying`: a pass is under way. */
export type LockPhase = 'off' | 'on' | 'sealing' | 'opening' | 'rekeying';

export interface AutoLockSettings {
  /** Lock after this long without activity (`noteActivity`); null: never. */
  idleMs: number | null;
  /** Lock after the page has been hidden this long (0: at once); null: never. */
  hiddenMs: number | null;
}

export const DEFAULT_AUTO_LOCK: AutoLockSettings = { idleMs: 5 * 60_000, hiddenMs: 60_000 };

/** The `lock` record of the `meta` store. */
export interface LockRecord {
  kind: 'shore-lock';
  epoch: number;
  phase: LockPhase;
  /** Present unless phase is `off`. */
  kdf?: { name: 'PBKDF2-SHA-256'; salt: Uint8Array<ArrayBuffer>; iterations: number };
  /** KEY_CHECK_TOKEN encrypted under the passphrase key. */
  check?: Box;
  /** Data keys wrapped under the passphrase key; the first seals new writes. */
  keys?: { id: string; wrapped: Box }[];
  autoLock: AutoLockSettings;
}
