/**
 * The service worker and the install prompt, behind a small interface the UI can subscribe to.
 *
 * Updates: the build uses registerType 'prompt', so a new version installs in the background and
 * then waits. `onUpdateReady` tells the UI; the UI offers a reload only when no edit is in
 * progress, and `applyUpdate` then asks the waiting worker to take over and reloads once it does.
 * Install: Chromium fires `beforeinstallprompt`; we keep the event so an "Install" button can use it.
 */
import { Workbox } from 'workbox-window';

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
  let workbox: Workbox | undefined;
  let registered: Promise<ServiceWorkerRegistration | undefined> = Promise.resolve(undefined);

  // The worker exists only in production builds (vite-plugin-pwa); dev and unit tests skip it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    workbox = new Workbox('/sw.js', { scope: '/' });
    workbox.addEventListener('waiting', () => {
      waiting = true;
      for (const listener of updateListeners) listener();
    });
    registered = workbox.register();
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
      if (!workbox) return;
      const wb = workbox;
      wb.addEventListener('controlling', () => window.location.reload());
      // Another tab may have applied this update already: then no worker is waiting (skipWaiting
      // would do nothing) and this page is already controlled by the new version, so just reload.
      void registered.then((registration) => {
        if (registration?.waiting) wb.messageSkipWaiting();
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
