/**
 * Navigation between screens through the browser's history, so Back (Android's gesture, the
 * browser button, Alt+←) moves between Shore's screens instead of leaving the app.
 *
 * The address carries the screen's name and nothing else (`#/plan`, `#/log`): never an id, a
 * name, an amount or a search, because addresses end up in the history list, in synced history
 * and in shared links. The page itself stays `/` (the fragment never reaches a server), so the
 * service worker's navigation fallback serves the app offline as before, and a reload or the
 * lock screen's reload comes back to the same screen.
 *
 * `createNavigation` is a Solid primitive over a `HistoryHost`: the browser's (`browserHistory`)
 * in the app, an in-memory one (`memoryHistory`) in component tests.
 */
import { createSignal, type Accessor } from 'solid-js';

/** Every screen, in the address as `#/<screen>`. */
export const SCREENS = [
  'welcome',
  'debts',
  'budget',
  'plan',
  'scripts',
  'log',
  'rights',
  'exports',
  'data',
  'clients',
  'session',
  'review',
  'cost',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Where the screen is kept: the address's fragment, and its history of entries. */
export interface HistoryHost {
  /** The current fragment, e.g. `#/plan` ('' when there is none). */
  read(): string;
  /** Add a history entry with this fragment. */
  push(fragment: string): void;
  /** Replace the current entry's fragment. */
  replace(fragment: string): void;
  /** Hear the person moving through history (Back, Forward); returns a function that stops. */
  listen(onMove: () => void): () => void;
}

/** The address fragment of a screen. */
export function fragmentOf(screen: Screen): string {
  return `#/${screen}`;
}

/** The screen an address fragment names, or undefined for anything else. */
export function screenOf(fragment: string): Screen | undefined {
  const name = fragment.startsWith('#/') ? fragment.slice(2) : '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : undefined;
}

/** The browser's history: `location.hash`, `history.pushState` / `replaceState`, `popstate`. */
export function browserHistory(win: Window = window): HistoryHost {
  return {
    read: () => win.location.hash,
    push: (fragment) => win.history.pushState(null, '', fragment),
    replace: (fragment) => win.history.replaceState(null, '', fragment),
    listen(onMove) {
      win.addEventListener('popstate', onMove);
      return () => win.removeEventListener('popstate', onMove);
    },
  };
}

/** History in memory, with `back()` (tests). */
export function memoryHistory(initial = ''): HistoryHost & { back(): void; entries(): readonly string[] } {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  return {
    read: () => entries[index] ?? '',
    push(fragment) {
      entries.splice(index + 1, entries.length, fragment);
      index += 1;
    },
    replace(fragment) {
      entries[index] = fragment;
    },
    listen(onMove) {
      listeners.add(onMove);
      return () => listeners.delete(onMove);
    },
    back() {
      if (index === 0) return;
      index -= 1;
      for (const listener of listeners) listener();
    },
    entries: () => entries.slice(0, index + 1),
  };
}

export interface Navigation {
  /** The screen shown now (reactive). */
  screen: Accessor<Screen>;
  /** Show `screen` as a new history entry (Back returns to the one before); nothing if it is shown. */
  go(screen: Screen): void;
  /** Show `screen` in place of the current entry (a start-up decision, not a step the person took). */
  replace(screen: Screen): void;
  /** The screen the address names, if any (read at start-up). */
  requested(): Screen | undefined;
  /** Stop listening to history. */
  dispose(): void;
}

/** The screen state, kept in step with `host`'s history both ways. */
export function createNavigation(host: HistoryHost, initial: Screen = 'welcome'): Navigation {
  const [screen, setScreen] = createSignal<Screen>(initial);
  const stop = host.listen(() => setScreen(screenOf(host.read()) ?? 'welcome'));
  return {
    screen,
    go(next) {
      if (next === screen() && screenOf(host.read()) === next) return;
      host.push(fragmentOf(next));
      setScreen(next);
    },
    replace(next) {
      host.replace(fragmentOf(next));
      setScreen(next);
    },
    requested: () => screenOf(host.read()),
    dispose: stop,
  };
}

/**
 * After an erase (this tab's or another's): load Shore again from its start page, empty. The screen in the
 * address (`#/data`, …) is dropped, so the person lands on the welcome screen, not on an empty inner page.
 */
export function startAfresh(location: Pick<Location, 'href' | 'replace'> = window.location): void {
  location.replace(location.href.replace(/#.*$/, ''));
}
