/**
 * Typed storage errors the UI can translate.
 *
 * Every failure that leaves `src/storage/` is one of these classes, each with a stable `code`
 * (the UI maps codes to messages; never show `message` to the person, it is for developers).
 * Invariant: a rejected write has changed nothing; the error only says why.
 */

/** Codes of errors raised by the repository (backup errors have their own codes). */
export type StorageErrorCode =
  | 'conflict'
  | 'not-found'
  | 'invalid-record'
  | 'quota-exceeded'
  | 'storage-failed'
  | 'locked'
  | 'wrong-passphrase'
  | 'lock-state'
  | 'damaged'
  | 'unlock-wait';

/** Base class: `code` is stable and translatable. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/**
 * The stored profile changed since the caller read it (most often in another tab).
 * The UI should reload the profile and tell the person; nothing was written.
 */
export class ConflictError extends StorageError {
  readonly profileId: string;
  /** The revision the caller based its edit on (null: the caller expected no such profile). */
  readonly expectedRevision: number | null;
  /** The revision in the database (null: no such profile any more). */
  readonly actualRevision: number | null;
  /** Set when one record changed since the edit began (`save` with `ifUnchangedSince`): which one. */
  readonly record: { readonly store: string; readonly key: string } | undefined;
  constructor(
    profileId: string,
    expectedRevision: number | null,
    actualRevision: number | null,
    record?: { store: string; key: string },
  ) {
    super(
      'conflict',
      record === undefined
        ? `Profile ${profileId} is at revision ${String(actualRevision)}, the edit was based on ${String(expectedRevision)}`
        : `${record.store} ${record.key} of profile ${profileId} changed since the edit began`,
    );
    this.name = 'ConflictError';
    this.profileId = profileId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
    this.record = record;
  }
}

/** A record the caller named does not exist (deleted in another tab, or a stale id). */
export class NotFoundError extends StorageError {
  readonly store: string;
  readonly key: string;
  constructor(store: string, key: string) {
    super('not-found', `No ${store} record with key ${key}`);
    this.name = 'NotFoundError';
    this.store = store;
    this.key = key;
  }
}

/**
 * A record the UI tried to save breaks a format rule (money "1234.50", dates, lengths), so it
 * could not be exported and imported back. A programming error in the form: nothing was written.
 */
export class InvalidRecordError extends StorageError {
  readonly store: string;
  /** Dot path of the first bad field, e.g. `principal` or `income.2.amount`. */
  readonly path: string;
  constructor(store: string, path: string, detail: string) {
    super('invalid-record', `Invalid ${store} record at ${path || '(root)'}: ${detail}`);
    this.name = 'InvalidRecordError';
    this.store = store;
    this.path = path;
  }
}

/** The browser refused to store more data (QuotaExceededError). Nothing was written. */
export class QuotaError extends StorageError {
  constructor(cause: unknown) {
    super('quota-exceeded', 'The browser storage quota is exhausted', { cause });
    this.name = 'QuotaError';
  }
}

/**
 * The passphrase lock is on and the key is not in memory (never unlocked, locked by the person,
 * by the idle timer or after the page was hidden). Show the lock screen; nothing was read or written.
 */
export class LockedError extends StorageError {
  constructor() {
    super('locked', 'Shore is locked: unlock it with the passphrase first');
    this.name = 'LockedError';
  }
}

/** The passphrase given does not open the lock. Nothing was read or changed. */
export class WrongPassphraseError extends StorageError {
  constructor() {
    super('wrong-passphrase', 'That passphrase does not open this lock');
    this.name = 'WrongPassphraseError';
  }
}

/**
 * Too many wrong passphrases in a row (issue 13): unlocking is refused, without trying the passphrase,
 * until `waitMs` has passed. Nothing was read or changed.
 */
export class UnlockWaitError extends StorageError {
  readonly waitMs: number;
  readonly failures: number;
  constructor(waitMs: number, failures: number) {
    super('unlock-wait', `${failures} wrong passphrases in a row; wait ${waitMs} ms`);
    this.name = 'UnlockWaitError';
    this.waitMs = waitMs;
    this.failures = failures;
  }
}

/**
 * The lock is not in the state the call needs (turning it on while on, changing the passphrase
 * while off). A programming error in the UI; nothing was changed.
 */
export class LockStateError extends StorageError {
  constructor(message: string) {
    super('lock-state', message);
    this.name = 'LockStateError';
  }
}

/** An encrypted record failed authentication: it was altered outside Shore, or is damaged. */
export class DamagedRecordError extends StorageError {
  constructor(store: string, cause?: unknown) {
    super('damaged', `An encrypted ${store} record failed authentication`, { cause });
    this.name = 'DamagedRecordError';
  }
}

/** True for the DOMException (or look-alike) the browser raises when storage is full. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  // Old Firefox used NS_ERROR_DOM_QUOTA_REACHED; code 22 is the legacy QUOTA_EXCEEDED_ERR.
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: unknown }).code === 22
  );
}

/** Turn anything thrown by IndexedDB into a StorageError; our own errors pass through. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaExceeded(error)) return new QuotaError(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StorageError('storage-failed', `IndexedDB failed: ${detail}`, { cause: error });
}
