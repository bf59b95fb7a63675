/**
 * The service worker and the install prompt, behind a small interface the UI can subscribe to.
 *
 * Updates: the build uses registerType 'prompt', so a new version installs in the background and
 * then waits. `onUpdateReady` tells the UI; the UI offers a reload only when no edit is in
 * progress, and `applyUpdate` then asks the waiting worker to take over and reloads once it does.
 * Install: Chromium fires `beforeinstallprompt`; we keep the event so an "Install" button can use it.
 *
 * The browser's own service worker API, not workbox-window: the few lines below are all of it the
 * app used, and workbox-window was 2.3 KB gzipped on the first page (issue 19's size budget).
 * As workbox-window did, the worker is registered once the page has loaded, so its download of the
 * precache does not compete with the first screen.
 */

/** Chromium's install prompt event (not in TypeScript's DOM library). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface PwaControls {
  /** Calls `listener` once a new version is waiting (immediately if one already is). */
  onUpdateReady(listener: () => void): void;
  /** Activate the waiting version and reload the page when it takes control. */
  applyUpdate(): void;
  /** Calls `listener(true)` when the browser offers installation, `false` once installed. */
  onInstallAvailable(listener: (available: boolean) => void): void;
  /** Show the browser's install dialog; resolves to whether the person accepted. */
  promptInstall(): Promise<boolean>;
}

export function registerPwa(): PwaControls {
  let waiting = false;
  const updateListeners: (() => void)[] = [];
  const installListeners: ((available: boolean) => void)[] = [];
  let installEvent: BeforeInstallPromptEvent | undefined;
  let registered: Promise<ServiceWorkerRegistration | undefined> = Promise.resolve(undefined);

  const announceWaiting = (): void => {
    if (waiting) return;
    waiting = true;
    for (const listener of updateListeners) listener();
  };
  /**
   * A new version is waiting when a worker has installed while this page is controlled by an older
   * one (on a first visit the new worker takes control at once and nothing waits), also when it was
   * already waiting before this page loaded, or when another tab found it.
   */
  const watch = (registration: ServiceWorkerRegistration): void => {
    if (registration.waiting && navigator.serviceWorker.controller) announceWaiting();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announceWaiting();
      });
    });
  };

  // The worker exists only in production builds (vite-plugin-pwa); dev and unit tests skip it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const container = navigator.serviceWorker;
    registered = new Promise<void>((resolve) => {
      if (document.readyState === 'complete') resolve();
      else window.addEventListener('load', () => resolve(), { once: true });
    })
      .then(() => container.register('/sw.js', { scope: '/' }))
      .then((registration) => {
        watch(registration);
        return registration;
      })
      // Without a worker the app still runs (online); the next load tries again.
      .catch(() => undefined);
  }

  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installEvent = event as BeforeInstallPromptEvent;
    for (const listener of installListeners) listener(true);
  });
  window.addEventListener('appinstalled', () => {
    installEvent = undefined;
    for (const listener of installListeners) listener(false);
  });

  return {
    onUpdateReady(listener) {
      updateListeners.push(listener);
      if (waiting) listener();
    },
    applyUpdate() {
      if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
      // Another tab may have applied this update already: then no worker is waiting (skipWaiting
      // would do nothing) and this page is already controlled by the new version, so just reload.
      void registered.then((registration) => {
        if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
        else window.location.reload();
      });
    },
    onInstallAvailable(listener) {
      installListeners.push(listener);
      if (installEvent) listener(true);
    },
    async promptInstall() {
      if (!installEvent) return false;
      const event = installEvent;
      installEvent = undefined;
      await event.prompt();
      const choice = await event.userChoice;
      for (const listener of installListeners) listener(false);
      return choice.outcome === 'accepted';
    },
  };
}
