/**
 * Public API of the storage layer: the only module the UI imports from src/storage/.
 * See CONTEXT.md for the invariants and docs/adr/0003-storage-and-migrations.md for the design.
 */
export { DB_NAME, deleteShoreDatabase, openShoreDb, type OpenOptions, type ShoreDb, type StoreName } from './db';
export {
  makeShoreRepository,
  readStoredLanguage,
  DEFAULT_SETTINGS,
  type AttachmentInput,
  type DuplicateInput,
  type ClientDirectoryEntry,
  type LoadedProfile,
  type ProfileInput,
  type RepositoryOptions,
  type ShoreRepository,
  type StoredAttachment,
  type WriteResult,
} from './repository';
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
export { DEFAULT_AUTO_LOCK, getVault, type AutoLockSettings, type LockStatus, type Vault } from './lock';
export { PBKDF2_ITERATIONS } from './crypto';
