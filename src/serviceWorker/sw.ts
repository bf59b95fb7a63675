/**
 * Shore's service worker (built by vite-plugin-pwa's injectManifest into /sw.js).
 *
 * - Precaches the whole app: index.html, icons, and every script and style as a packed `.gz`
 *   copy (packedAssets.ts, ADR 0005), so every feature works offline after the first visit.
 * - Serves `/assets/x.js` from its packed copy, unpacked; every navigation gets index.html.
 * - Updates wait (registerType 'prompt'): a new worker installs in the background and takes over
 *   only when the page sends SKIP_WAITING, which the UI does when no edit is in progress
 *   (src/platform/pwa.ts).
 * - Makes no request of its own beyond fetching the precache from the app's own origin.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { contentTypeOf, packedPathsOf, unpack } from './packedAssets';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const manifest = self.__WB_MANIFEST;
precacheAndRoute(manifest);
cleanupOutdatedCaches();

const packedPaths = packedPathsOf(
  manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url)),
  self.location.href,
);

// Without DecompressionStream (Chrome < 80, Safari < 16.4, Firefox < 113) scripts come from the
// network: the app works online but not offline, rather than not at all.
const canUnpack = typeof DecompressionStream === 'function';

registerRoute(
  ({ url }) => canUnpack && url.origin === self.location.origin && packedPaths.has(url.pathname),
  async ({ url, request }) => {
    const packed = await matchPrecache(packedPaths.get(url.pathname)!);
    const contentType = contentTypeOf(url.pathname);
    // Not in the cache (it was cleared under the worker): the network, as without a worker.
    if (!packed || contentType === undefined) return fetch(request);
    return unpack(packed, contentType);
  },
);

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
