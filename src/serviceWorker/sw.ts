/**
 * Shore's service worker (built by vite-plugin-pwa's injectManifest into /sw.js).
 *
 * - Precaches the whole app as built: index.html, the manifest, the small icons and every script
 *   and style (both languages, every lazily loaded screen), so every feature works offline after
 *   the first visit. Files are stored and served exactly as the host sent them (ADR 0007): no
 *   unpacking, so it works in every browser that has service workers.
 * - Every navigation gets index.html.
 * - Updates wait (registerType 'prompt'): a new worker installs in the background and takes over
 *   only when the page sends SKIP_WAITING, which the UI does when no edit is in progress
 *   (src/platform/pwa.ts).
 * - Makes no request of its own beyond fetching the precache from the app's own origin.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
