/**
 * Erases what Shore keeps outside IndexedDB: the service worker's caches (the offline copy of the
 * app) and the service worker registration itself.
 */

/** Delete every Cache Storage cache and unregister every service worker of this origin. */
export async function wipeOfflineCopies(): Promise<void> {
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }
}
