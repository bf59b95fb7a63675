/**
 * Persistent storage and quota: ask the browser not to evict Shore's data, and report usage.
 *
 * Without `navigator.storage.persist()` granted, a browser may clear IndexedDB under storage
 * pressure; the UI shows the result so the person knows to export backups. The navigator is
 * injectable for tests.
 */

export type PersistenceResult = 'persisted' | 'denied' | 'unsupported';

export interface StorageEstimateResult {
  /** Bytes used by this origin, if the browser says. */
  usage: number | undefined;
  /** Bytes this origin may use, if the browser says. */
  quota: number | undefined;
}

/** The part of `navigator` this module uses. */
export interface StorageNavigator {
  storage?: Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;
}

function currentNavigator(): StorageNavigator | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator;
}

/**
 * Ask for persistent storage (a no-op if already granted).
 * @returns 'persisted' if granted, 'denied' if refused, 'unsupported' if the API is missing or throws.
 */
export async function requestPersistence(
  nav: StorageNavigator | undefined = currentNavigator(),
): Promise<PersistenceResult> {
  const storage = nav?.storage;
  if (storage?.persist === undefined) return 'unsupported';
  try {
    if (storage.persisted !== undefined && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Usage and quota of this origin; both undefined where the browser cannot say. */
export async function storageEstimate(
  nav: StorageNavigator | undefined = currentNavigator(),
): Promise<StorageEstimateResult> {
  const estimate = nav?.storage?.estimate;
  if (estimate === undefined) return { usage: undefined, quota: undefined };
  try {
    const result = await estimate.call(nav?.storage);
    return { usage: result.usage, quota: result.quota };
  } catch {
    return { usage: undefined, quota: undefined };
  }
}
