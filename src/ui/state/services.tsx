/**
 * Everything the screens need beyond the planner, injected once by main.tsx: the data services
 * behind the "Your data" page (backup, import, persistence, wipe), the passphrase lock, the PWA
 * controls (update, install) and the clock. (Records, the collection log included, are the
 * planner's: `usePlanner()`.)
 *
 * Screens reach these through `useServices()`, so tests can hand in in-memory stand-ins.
 */
import { createContext, useContext, type ParentProps } from 'solid-js';
import type { ProfileId } from '../../domain/records';
import type { WipeReport } from '../../platform/wipe';
import type { Vault } from '../../storage';

export type PersistenceStatus = 'persisted' | 'denied' | 'unsupported';

/** A client of the file whose stable id is already on this device (matched by id, never by name). */
export interface ImportReplace {
  readonly id: ProfileId;
  /** The client as it is on this device now: what replacing it would change. */
  readonly deviceName: string;
  readonly deviceUpdatedAt: string;
  /** The same client's name and last change in the file. */
  readonly fileName: string;
  readonly fileUpdatedAt: string;
  /** This device's copy changed after the file's: replacing it loses those changes. */
  readonly deviceChangedSince: boolean;
}

/** What an import will do, for the person to confirm before anything is written. */
export interface ImportPlan {
  /** Clients of the file not on this device (their names in the file). */
  readonly adds: readonly string[];
  /** Their ids, in the same order (the one client a handover adds is opened after the import). */
  readonly addIds?: readonly ProfileId[];
  /** Clients on this device the file also holds: kept unless the person picks them to replace. */
  readonly replaces: readonly ImportReplace[];
  /** Empty clients of the file (no name, nothing recorded) that are left out. */
  readonly skipsEmpty: number;
  readonly recordCount: number;
  /** The file's settings (language, …) replace this device's: only on a device with no client yet. */
  readonly replacesSettings: boolean;
  /** The file has settings, and this device keeps its own. */
  readonly keepsSettings: boolean;
  /** Write it all in one transaction (or nothing); replace only the clients in `replace` (ids). */
  apply(replace: readonly ProfileId[]): Promise<void>;
}

/** What a backup file holds: its clients' names, records per kind, the device's settings or not. */
export interface BackupContentsView {
  readonly names: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  readonly hasSettings: boolean;
}

/** A backup read once: its contents, and its file text from that same data. */
export interface PreparedBackup {
  readonly contents: BackupContentsView;
  save(passphrase?: string): Promise<string>;
}

/** One client's encrypted file for the QR handover (storage/handover.ts). */
export interface HandoverPayload {
  readonly payload: Uint8Array<ArrayBuffer>;
  /** Attachments of the client's log left out of it (they go by file). */
  readonly attachmentsLeftOut: number;
}

/** A failure the page explains in the person's language: `code` picks the message. */
export interface DataError {
  readonly code: string;
  readonly path?: string;
  /** 'invalid-field' because a text is longer than its limit: the limit and the length found. */
  readonly tooLong?: { readonly max: number; readonly actual: number };
}

export interface DataServices {
  /** Where the data lives: 'device' (IndexedDB) or 'memory' (this tab only). */
  readonly kind: 'device' | 'memory';
  /** The whole database (or one profile) as the text of a backup file, encrypted with `passphrase` if given. */
  exportBackup(options: { profileId?: ProfileId; passphrase?: string }): Promise<string>;
  /**
   * Read a backup's data once (everything, or one profile): what the file holds, and `save` writes
   * the file text from that same data (so a preview of it cannot drift from the file; issue 18).
   */
  prepareExport(options: { profileId?: ProfileId }): Promise<PreparedBackup>;
  /**
   * Validate a backup file and say what it would change; writes nothing. Rejects with a DataError
   * ('passphrase-required' for an encrypted file without `passphrase`, 'wrong-passphrase', …).
   */
  prepareImport(text: string, passphrase?: string): Promise<ImportPlan>;
  /**
   * One client's file for the QR handover, without attachments (they go by file), compressed and
   * encrypted under `passphrase` (storage/handover.ts). Reads; never writes.
   */
  exportHandover(options: { profileId: ProfileId; passphrase: string }): Promise<HandoverPayload>;
  /**
   * The backup text inside a scanned QR handover, to give to `prepareImport` like a file's text.
   * Rejects with a DataError ('wrong-passphrase', …); writes nothing.
   */
  openHandover(payload: Uint8Array, passphrase: string): Promise<string>;
  requestPersistence(): Promise<PersistenceStatus>;
  storageEstimate(): Promise<{ usage?: number; quota?: number }>;
  /**
   * Erase every record, cache and the service worker on this device; the other open tabs are reset.
   * `onScrubProgress` hears how far the clean-up of the browser's files is (0–1). Never rejects.
   */
  wipeEverything(onScrubProgress?: (fraction: number) => void): Promise<WipeReport>;
  /**
   * Device storage only: write and delete random data so the browser's storage engine drops rows that were
   * deleted or re-sealed (after the lock is turned on; storage/db.ts scrubFreedSpace). Never rejects.
   */
  scrubFreedSpace?(onProgress: (fraction: number) => void): Promise<boolean>;
  /** The largest backup file import accepts, in bytes. */
  readonly maxImportBytes: number;
}

/** The service worker and install prompt, when the build has them. */
export interface AppControls {
  onUpdateReady(listener: () => void): void;
  applyUpdate(): void;
  onInstallAvailable(listener: (available: boolean) => void): void;
  promptInstall(): Promise<boolean>;
}

export interface Services {
  readonly data: DataServices;
  /** The passphrase lock of the device database (absent without IndexedDB). */
  readonly vault?: Vault;
  readonly app?: AppControls;
  readonly now: () => Date;
}

/** The largest backup file accepted (mirrors storage's LIMITS.fileBytes). */
const MEMORY_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const NOTHING_WIPED: WipeReport = {
  database: 'deleted',
  cachesDeleted: 0,
  serviceWorkersUnregistered: 0,
  failures: [],
};

/**
 * Stand-ins for a browser without IndexedDB (and for component tests): there is nothing to back
 * up or import, and erasing clears only what `wipe` erases.
 */
export function makeMemoryServices(
  now: () => Date,
  wipe: () => Promise<WipeReport> = () => Promise.resolve(NOTHING_WIPED),
): Services {
  const unavailable = (): Promise<never> =>
    Promise.reject(
      Object.assign(new Error('no device storage in this browser'), { code: 'wrong-format' } satisfies DataError),
    );
  return {
    now,
    data: {
      kind: 'memory',
      maxImportBytes: MEMORY_MAX_IMPORT_BYTES,
      exportBackup: unavailable,
      prepareExport: unavailable,
      prepareImport: unavailable,
      exportHandover: unavailable,
      openHandover: unavailable,
      requestPersistence: () => Promise.resolve('unsupported'),
      storageEstimate: () => Promise.resolve({}),
      wipeEverything: wipe,
    },
  };
}

const ServicesContext = createContext<Services>();

export function ServicesProvider(props: ParentProps<{ services: Services }>) {
  // eslint-disable-next-line solid/reactivity -- the services are fixed for the app's life
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs <ServicesProvider>');
  return services;
}
