/**
 * Public API of the storage layer: the only module the UI imports from src/storage/.
 * See CONTEXT.md for the invariants and docs/adr/0003-storage-and-migrations.md for the design.
 */
export { DB_NAME, deleteShoreDatabase, openShoreDb, type OpenOptions, type ShoreDb, type StoreName } from './db';
export { makeShoreRepository, readStoredLanguage, type RepositoryOptions } from './repository';
export { makeMemoryRepository, type MemoryRepositoryOptions } from './memoryRepository';
export {
  DEFAULT_SETTINGS,
  isListKind,
  LIST_KINDS,
  RECORD_KIND_NAMES,
  RECORD_KINDS,
  recordKey,
  SINGLE_KINDS,
  type AttachmentInput,
  type ClientDirectoryEntry,
  type DuplicateInput,
  type ListKind,
  type LoadedProfile,
  type ProfileInput,
  type ProfileRecordKinds,
  type RecordKind,
  type RecordOf,
  type SaveOptions,
  type ShoreRepository,
  type SingleKind,
  type StoredAttachment,
  type WriteResult,
} from './records';
export {
  ConflictError,
  DamagedRecordError,
  InvalidRecordError,
  LockedError,
  LockStateError,
  WrongPassphraseError,
  NotFoundError,
  QuotaError,
  StorageError,
  type StorageErrorCode,
} from './errors';
export {
  CHANGE_CHANNEL_NAME,
  openChangeChannel,
  type ChangeChannel,
  type ChangeListener,
  type ChangeNotice,
} from './sync';
export { requestPersistence, storageEstimate, type PersistenceResult, type StorageEstimateResult } from './persistence';
export {
  applyImport,
  BackupError,
  exportBackup,
  prepareImport,
  type BackupErrorCode,
  type ExportOptions,
  type ImportOptions,
  type ImportPreview,
  type ProfileSummary,
  type SnapshotStore,
} from './backup';
export { LIMITS } from './validation';
export { DRAFT_MAX_CHARS, type Draft } from './drafts';
export { DEFAULT_AUTO_LOCK, getVault, type AutoLockSettings, type LockStatus, type Vault } from './lock';
export { PBKDF2_ITERATIONS } from './crypto';
