/**
 * The app, loaded by the entry point (start.ts), which has already started opening on-device
 * storage (IndexedDB): `boot` shows the lock screen first when the passphrase lock is on, then
 * wraps storage for the planner and the other screens, registers the service worker, and mounts
 * the app.
 *
 * When the vault locks again (the person's idle or hidden-page timeout, or "Lock now"), the page
 * reloads: every decrypted value held in memory goes with it, and the lock screen comes back.
 * Where IndexedDB cannot be opened (some private modes), Shore runs on in-memory stand-ins and
 * says so: nothing is kept after the page closes.
 */
import { render } from 'solid-js/web';
import { isFramed, showFramedNotice } from './platform/framing';
import { keepTypingOutOfTabRestore } from './platform/formRestore';
import { registerPwa } from './platform/pwa';
import { wipeEverything } from './platform/wipe';
// Storage modules are imported one by one (not through storage/index.ts) so the backup code
// stays out of the first download.
import { scrubFreedSpace, type ShoreDb } from './storage/db';
import { getVault, type LockStatus } from './storage/lock';
import { requestPersistence, storageEstimate } from './storage/persistence';
import { makeMemoryRepository } from './storage/memoryRepository';
import type { ShoreRepository } from './storage/records';
import { makeShoreRepository, readStoredLanguage } from './storage/repository';
import { openChangeChannel, type ChangeChannel } from './storage/sync';
import { LIMITS } from './storage/validation';
import { App } from './ui/App';
import { pickInitialLocale } from './i18n';
import { localIsoDate } from './ui/model/dates';
import { forgetUnwritten } from './ui/state/closingStash';
import { leaveWithoutAsking } from './ui/state/draftStore';
import { startAfresh } from './ui/state/navigation';
import { PlannerProvider, type Clock, type Notice } from './ui/state/PlannerProvider';
import { ServicesProvider, makeMemoryServices, type DataServices, type Services } from './ui/state/services';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
const mountPoint: HTMLElement = root;

const clock: Clock = {
  today: () => localIsoDate(new Date()),
  now: () => new Date().toISOString(),
};
const now = (): Date => new Date();
// Inside a frame Shore shows only a notice, before any stored data is read (platform/framing.ts).
const framed = isFramed(window);
const app = framed ? undefined : registerPwa();

/** The backup code (schemas, checksums, encryption) loads only when a backup is made or read. */
const loadBackup = () => import('./storage/backup');
/** The QR handover's payload code loads only when a handover is made or opened. */
const loadHandover = () => import('./storage/handover');

/** Set while this tab erases everything: the vault's 'locked' (the wipe drops the key) must not reload mid-way. */
let erasing = false;

/**
 * "Erase everything" (issue 13): nothing more is kept on close, the other tabs are told first (they close
 * their connections, so the deletion is not blocked, and start again empty), then the database, caches,
 * workers and web storage go, and random data is written and deleted so Chromium's LevelDB compacts the
 * erased rows out of its files (measured: tests/e2e/eraseDisk.test.ts).
 */
function eraseEverything(db: ShoreDb, onScrubProgress?: (fraction: number) => void) {
  erasing = true;
  forgetUnwritten();
  leaveWithoutAsking();
  return wipeEverything({ db, announce: true, scrub: true, onScrubProgress });
}

/**
 * Another tab erased everything (its notice, or the browser's `versionchange` for a deleted database):
 * keep nothing, let go of the database and start again, empty. A reload drops every value held in memory.
 */
function resetAfterErase(db: ShoreDb): void {
  if (erasing) return;
  forgetUnwritten();
  leaveWithoutAsking();
  db.close();
  startAfresh();
}

/** Backup, import, persistence and wipe over the IndexedDB database. */
function deviceDataServices(db: ShoreDb): DataServices {
  return {
    kind: 'device',
    maxImportBytes: LIMITS.fileBytes,
    exportBackup: async (options) =>
      (await loadBackup()).exportBackup(db, {
        exportedAt: clock.now(),
        ...(options.profileId ? { profileId: options.profileId } : {}),
        ...(options.passphrase ? { passphrase: options.passphrase } : {}),
      }),
    async prepareExport(options) {
      const prepared = await (
        await loadBackup()
      ).prepareExport(db, options.profileId ? { profileId: options.profileId } : {});
      return {
        contents: {
          names: prepared.contents.profiles.map((profile) => profile.displayName),
          counts: prepared.contents.counts,
          hasSettings: prepared.contents.hasSettings,
        },
        save: (passphrase) => prepared.write({ exportedAt: clock.now(), ...(passphrase ? { passphrase } : {}) }),
      };
    },
    async prepareImport(text, passphrase) {
      const { applyImport, prepareImport } = await loadBackup();
      const preview = await prepareImport(db, text, passphrase ? { passphrase } : {});
      return {
        adds: preview.adds.map((profile) => profile.displayName),
        addIds: preview.adds.map((profile) => profile.id),
        replaces: preview.replaces.map((profile) => ({
          id: profile.id,
          deviceName: profile.onDevice.displayName,
          deviceUpdatedAt: profile.onDevice.updatedAt,
          fileName: profile.displayName,
          fileUpdatedAt: profile.fileUpdatedAt,
          deviceChangedSince: profile.deviceChangedSince,
        })),
        skipsEmpty: preview.skipsEmpty.length,
        recordCount: Object.values(preview.counts).reduce((total, count) => total + count, 0),
        replacesSettings: preview.replacesSettings,
        keepsSettings: preview.fileHasSettings && !preview.replacesSettings,
        // The import announces on a channel of its own, opened only now (one channel at start, not
        // two: ADR 0007), so this tab's planner, listening on the app's channel, hears it too.
        apply: async (replace) => {
          const changes = openChangeChannel();
          try {
            return await applyImport(db, preview, { changes, replace });
          } finally {
            changes.close();
          }
        },
      };
    },
    exportHandover: async (options) =>
      (await loadHandover()).exportHandover(db, { ...options, exportedAt: clock.now() }),
    openHandover: async (payload, passphrase) => (await loadHandover()).openHandover(payload, passphrase),
    requestPersistence: () => requestPersistence(),
    storageEstimate: () => storageEstimate(),
    wipeEverything: (onScrubProgress) => eraseEverything(db, onScrubProgress),
    scrubFreedSpace: (onProgress) => scrubFreedSpace(undefined, undefined, onProgress),
  };
}

function mountApp(
  repository: ShoreRepository,
  services: Services,
  notice?: Notice,
  changes?: ChangeChannel,
  plainAtRest?: () => boolean,
  beforeAutoLock?: (task: () => Promise<unknown>) => () => void,
): void {
  render(
    () => (
      <ServicesProvider services={services}>
        <PlannerProvider
          repository={repository}
          changes={changes}
          clock={clock}
          languages={navigator.languages}
          initialNotice={notice}
          conflictPolicy="ask"
          plainAtRest={plainAtRest}
          beforeAutoLock={beforeAutoLock}
        >
          <App />
        </PlannerProvider>
      </ServicesProvider>
    ),
    mountPoint,
  );
  // The app is interactive: tests and the load-time benchmark wait for this marker.
  document.documentElement.dataset.ready = 'true';
}

/** What start.ts hands over: the open database and its lock's status being read, or why it did not open. */
export type StorageOpening = { db: ShoreDb; lockStatus: Promise<LockStatus> } | { error: unknown };

async function start(opening: Promise<StorageOpening>): Promise<void> {
  const opened = await opening;
  if ('error' in opened) {
    mountApp(
      makeMemoryRepository({ now: clock.now }),
      { ...makeMemoryServices(now, () => wipeEverything()), app },
      'storage.memoryOnly',
    );
    return;
  }
  const { db } = opened;
  keepTypingOutOfTabRestore(document);
  // Deleted from another tab (newVersion null): reset at once. (db.ts has already closed the connection.)
  db.addEventListener('versionchange', (event) => {
    if (event.newVersion === null) resetAfterErase(db);
  });
  const vault = getVault(db);
  // Whether records are plain text at rest (lock off): then typing not yet written may be kept on close.
  let lockStatus = await opened.lockStatus;
  const openApp = (): void => {
    const changes = openChangeChannel();
    changes.subscribe((notice) => {
      if (notice.wiped === true) resetAfterErase(db);
    });
    vault.watchPage(document);
    vault.onChange((status) => {
      lockStatus = status;
      if (status === 'locked' && !erasing) {
        // Drafts were written (sealed) before the key was dropped (beforeAutoLock): no question on leaving.
        leaveWithoutAsking();
        window.location.reload();
      }
    });
    mountApp(
      makeShoreRepository(db, { changes, now: clock.now }),
      { data: deviceDataServices(db), vault, app, now },
      undefined,
      changes,
      () => lockStatus === 'off',
      (task) => vault.beforeAutoLock(task),
    );
  };
  if (lockStatus !== 'locked') {
    openApp();
    return;
  }
  // Locked: only the language is readable before the passphrase is given.
  const language = await readStoredLanguage(db);
  const { LockScreen } = await import('./ui/components/LockScreen');
  const dispose = render(
    () => (
      <LockScreen
        vault={vault}
        locale={language ?? pickInitialLocale(navigator.languages)}
        wipe={(onScrubProgress) => eraseEverything(db, onScrubProgress)}
        onWiped={() => startAfresh()}
        onUnlocked={() => {
          dispose();
          openApp();
        }}
      />
    ),
    mountPoint,
  );
  document.documentElement.dataset.ready = 'true';
}

/** Shows the app over `opening` (start.ts; undefined inside a frame: only the notice, nothing read). */
export function boot(opening: Promise<StorageOpening> | undefined): void {
  if (framed || opening === undefined) showFramedNotice(mountPoint, new URL('/', window.location.href).href);
  else void start(opening);
}
