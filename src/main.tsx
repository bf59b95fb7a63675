/**
 * Entry point: opens on-device storage (IndexedDB), wraps it for the planner and the other
 * screens, registers the service worker, and mounts the app.
 * Where IndexedDB cannot be opened (some private modes), Shore runs on in-memory stand-ins and
 * says so: nothing is kept after the page closes.
 */
import { render } from 'solid-js/web';
import { registerPwa } from './platform/pwa';
import { wipeOfflineCopies } from './platform/offlineCopies';
import {
  LIMITS,
  applyImport,
  exportBackup,
  openChangeChannel,
  openShoreDb,
  prepareImport,
  requestPersistence,
  storageEstimate,
  makeShoreRepository,
  type ShoreDb,
} from './storage';
import { App } from './ui/App';
import { localIsoDate } from './ui/model/dates';
import { logStoreFromRepository } from './ui/state/collectionLogStore';
import { PlannerProvider, type Clock, type Notice } from './ui/state/PlannerProvider';
import { makeMemoryRepository, type PlannerRepository } from './ui/state/repository';
import { ServicesProvider, makeMemoryServices, type DataServices, type Services } from './ui/state/services';
import { adaptShoreRepository } from './ui/state/storageAdapter';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
const mountPoint: HTMLElement = root;

const clock: Clock = {
  today: () => localIsoDate(new Date()),
  now: () => new Date().toISOString(),
};

/** Backup, import, persistence and wipe over the IndexedDB database. */
function deviceDataServices(db: ShoreDb, wipeRecords: () => Promise<void>): DataServices {
  const changes = openChangeChannel();
  return {
    kind: 'device',
    maxImportBytes: LIMITS.fileBytes,
    exportBackup: (options) => exportBackup(db, { exportedAt: clock.now(), ...options }),
    async prepareImport(text) {
      const preview = await prepareImport(db, text);
      const counts = Object.values(preview.counts).reduce((total, count) => total + count, 0);
      return {
        adds: preview.adds.map((profile) => profile.displayName),
        replaces: preview.replaces.map((profile) => profile.displayName),
        recordCount: counts,
        replacesSettings: preview.replacesSettings,
        apply: () => applyImport(db, preview, { changes }),
      };
    },
    requestPersistence: () => requestPersistence(),
    storageEstimate: () => storageEstimate(),
    async wipeEverything() {
      await wipeRecords();
      await wipeOfflineCopies();
    },
  };
}

async function openServices(): Promise<{ repository: PlannerRepository; services: Omit<Services, 'app'>; notice?: Notice }> {
  const now = (): Date => new Date();
  try {
    const db = await openShoreDb();
    const changes = openChangeChannel();
    const shoreRepository = makeShoreRepository(db, { changes, now: clock.now });
    return {
      repository: adaptShoreRepository(shoreRepository, changes),
      services: {
        logStore: logStoreFromRepository(shoreRepository),
        data: deviceDataServices(db, () => shoreRepository.wipeAll()),
        now,
      },
    };
  } catch {
    return {
      repository: makeMemoryRepository(clock.now),
      services: makeMemoryServices(now, wipeOfflineCopies),
      notice: 'storage.memoryOnly',
    };
  }
}

const app = registerPwa();

void openServices().then(({ repository, services, notice }) => {
  render(
    () => (
      <ServicesProvider services={{ ...services, app }}>
        <PlannerProvider repository={repository} clock={clock} languages={navigator.languages} initialNotice={notice}>
          <App />
        </PlannerProvider>
      </ServicesProvider>
    ),
    mountPoint,
  );
  // The app is interactive: tests and the load-time benchmark wait for this marker.
  document.documentElement.dataset.ready = 'true';
});
