/**
 * Cross-tab change notices over BroadcastChannel('shore-changes').
 *
 * After each committed write the repository announces which profile changed, its new revision
 * and which stores were touched; other tabs subscribe and reload what they show. A channel never
 * delivers a tab's own messages back to it. Notices carry ids only, never a person's data.
 * Where BroadcastChannel does not exist, the channel silently does nothing (one tab only).
 */
import { STORES_V14 } from './schema/v14';
import type { StoreName } from './stores';

/** DO NOT CHANGE without changing every open tab: tabs of two releases must still hear each other. */
export const CHANGE_CHANNEL_NAME = 'shore-changes';

/** What changed. `profileId` null: not one profile (settings, wipe, a whole-database import). */
export interface ChangeNotice {
  profileId: string | null;
  /** The profile's revision after the write; null when the profile was deleted or for settings. */
  revision: number | null;
  stores: StoreName[];
  /**
   * "Erase everything" in another tab (issue 13): drop what is in memory, close the database connection
   * (so the deletion is not blocked) and start empty. Sent before the database is deleted.
   */
  wiped?: true;
}

export type ChangeListener = (notice: ChangeNotice) => void;

export interface ChangeChannel {
  /** Tell the other tabs (never this one) about a committed change. */
  announce(notice: ChangeNotice): void;
  /** Hear other tabs' changes; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

/** The stores of the current schema (a notice naming another is not from this release). */
const storeNames: ReadonlySet<string> = new Set(STORES_V14);

/** A message from another tab is untrusted (it may be another release): check its shape. */
export function isChangeNotice(value: unknown): value is ChangeNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Record<string, unknown>;
  return (
    (notice.profileId === null || typeof notice.profileId === 'string') &&
    (notice.revision === null || Number.isSafeInteger(notice.revision)) &&
    (notice.wiped === undefined || notice.wiped === true) &&
    Array.isArray(notice.stores) &&
    notice.stores.every((store) => typeof store === 'string' && storeNames.has(store))
  );
}

/** Open the channel; each tab (and each test "tab") opens its own. */
export function openChangeChannel(name: string = CHANGE_CHANNEL_NAME): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { announce: () => undefined, subscribe: () => () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<ChangeListener>();
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isChangeNotice(event.data)) return;
    for (const listener of listeners) listener(event.data);
  });
  return {
    announce(notice) {
      channel.postMessage({
        profileId: notice.profileId,
        revision: notice.revision,
        stores: [...notice.stores],
        ...(notice.wiped ? { wiped: true } : {}),
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
