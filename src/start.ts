/**
 * Entry point (index.html). Starts opening on-device storage (IndexedDB) and reading the lock's
 * status at once, then loads the app (main.tsx: the screens, the planner, the service worker
 * registration), so the database opens while that code is being fetched, compiled and run instead
 * of after it (issue 19: interactive from the service worker within 400 ms at 4× CPU).
 *
 * Small on purpose: only the database with its migrations and the lock. Inside a frame nothing is
 * opened (platform/framing.ts); main.tsx then shows only the notice.
 */
import { isFramed } from './platform/framing';
import { openShoreDb } from './storage/db';
import { getVault } from './storage/lock';
import type { StorageOpening } from './main';

// Registered first (the app itself loads lazily below). A tab still running an older version after an update may ask for a screen whose file the new
// version replaced. Vite reports that as `vite:preloadError`; the only remedy is to load the new
// version, so reload (what was typed into the planner is already saved on every change).
window.addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  window.location.reload();
});

function openStorage(): Promise<StorageOpening> {
  return openShoreDb().then(
    (db) => {
      const lockStatus = getVault(db).status();
      // main.tsx awaits it (and meets its failure) once loaded; until then, no "unhandled" report.
      lockStatus.catch(() => undefined);
      return { db, lockStatus };
    },
    (error: unknown) => ({ error }),
  );
}

const opening = isFramed(window) ? undefined : openStorage();
void import('./main').then(({ boot }) => boot(opening));
