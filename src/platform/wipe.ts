/**
 * Erase everything Shore keeps in this browser, in one call the UI makes after the person
 * confirms: the IndexedDB database (through storage), every Cache Storage cache, the service
 * worker registrations, and Shore's local/session storage. Irreversible.
 *
 * The IndexedDB part lives in src/storage (the only code that touches IndexedDB); this module
 * does the rest. Each part runs even if an earlier one failed; the report says what happened.
 * After it resolves, the UI should reload the page (a fresh, empty Shore).
 */
import { deleteShoreDatabase, ERASE_SCRUB_MEGABYTES, scrubFreedSpace, type ShoreDb } from '../storage/db';
import { getVault } from '../storage/lock';
import { openChangeChannel } from '../storage/sync';

export interface WipeReport {
  /** 'blocked': another tab still holds the database; it is deleted when that tab closes. */
  database: 'deleted' | 'blocked' | 'failed';
  cachesDeleted: number;
  serviceWorkersUnregistered: number;
  /** Whether random data was written and deleted so the engine compacts the erased rows away (`scrub`). */
  scrubbed?: boolean;
  /** Parts that threw (names only). */
  failures: string[];
}

export interface WipeOptions {
  /** This tab's open connection (closed first, its key dropped). */
  db?: ShoreDb;
  /**
   * Tell the other tabs first (BroadcastChannel 'shore-changes', `wiped`): they drop their data and close
   * their connections, so the deletion is not blocked. The app passes true.
   */
  announce?: boolean;
  /**
   * Write random data before the deletion and clean up after it, so Chromium's LevelDB compacts the erased rows
   * away (`scrubFreedSpace` with `ERASE_SCRUB_MEGABYTES`; the deletion runs between its writing and its clean-up).
   */
  scrub?: boolean;
  /** The scrub's progress (0–1), so the page can say how far it is (~2 s in Chromium). */
  onScrubProgress?: (fraction: number) => void;
  /** Tests only: a fake-indexeddb factory and database name. */
  factory?: IDBFactory;
  databaseName?: string;
}

/** Delete the database, caches, service workers and web storage. Never rejects. */
export async function wipeEverything(options: WipeOptions = {}): Promise<WipeReport> {
  const report: WipeReport = {
    database: 'failed',
    cachesDeleted: 0,
    serviceWorkersUnregistered: 0,
    failures: [],
  };
  if (options.db !== undefined) getVault(options.db).lock();
  if (options.announce === true) {
    try {
      // A channel of its own, as the import's: the app's one channel stays the planner's.
      const channel = openChangeChannel();
      channel.announce({ profileId: null, revision: null, stores: [], wiped: true });
      channel.close();
    } catch {
      report.failures.push('announce');
    }
  }
  const deleteDatabase = async (): Promise<void> => {
    try {
      report.database = await deleteShoreDatabase(options.db, options.databaseName, options.factory);
    } catch {
      report.failures.push('indexeddb');
    }
  };
  if (options.scrub === true) {
    report.scrubbed = await scrubFreedSpace(
      options.factory,
      ERASE_SCRUB_MEGABYTES,
      options.onScrubProgress,
      deleteDatabase,
    );
  } else {
    await deleteDatabase();
  }
  try {
    if (typeof caches !== 'undefined') {
      for (const name of await caches.keys()) if (await caches.delete(name)) report.cachesDeleted += 1;
    }
  } catch {
    report.failures.push('caches');
  }
  try {
    if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        if (await registration.unregister()) report.serviceWorkersUnregistered += 1;
      }
    }
  } catch {
    report.failures.push('service-workers');
  }
  try {
    if (typeof localStorage !== 'undefined') localStorage.clear();
    if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  } catch {
    report.failures.push('web-storage');
  }
  return report;
}
