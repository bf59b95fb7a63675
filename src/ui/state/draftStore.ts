/**
 * The drafts of the profile on screen (issue 13): what each open form holds and has not saved,
 * kept in storage's `drafts` store (sealed like other data under the lock, never in a backup) so
 * it survives switching screens, a reload and the auto-lock's reload.
 *
 * - `load(profileId)` reads every draft of the profile once, when it opens; `value(formKey)` is
 *   then synchronous, so a form restores before its first paint.
 * - `keep(formKey, value)` writes after `delayMs` (typing), the newest value per form; `flush()`
 *   writes at once (page hidden, before an automatic lock, switching profile).
 * - `remove(formKey)` forgets a draft (the form was saved or discarded, or what it edits is gone), pending write
 *   included.
 * - `hold(formKey, true)` marks input a draft cannot keep (files chosen, not saved yet) until
 *   `hold(formKey, false)`.
 * - `unsaved()` is true while a draft is not on disk (waiting for its write, or its write failed)
 *   or a form holds input no draft can keep. The page then warns before it is left (`beforeunload`,
 *   PlannerProvider).
 * Writes run one after another, so a removal never races an older write of the same form.
 *
 * Plain TypeScript (no Solid).
 */
import type { ProfileId } from '../../domain/records';
import type { Draft, ShoreRepository } from '../../storage';

export interface DraftStore {
  load(profileId: ProfileId | undefined): Promise<void>;
  value(formKey: string): unknown;
  /** Form keys with a draft, e.g. to reopen the debt form that has one. */
  keys(): string[];
  /** The profile whose drafts are loaded; undefined while they load (or none is open). */
  loadedProfile(): ProfileId | undefined;
  keep(formKey: string, value: unknown): void;
  remove(formKey: string): void;
  /** Whether `formKey` holds input a draft cannot keep (e.g. chosen files): leaving then asks first. */
  hold(formKey: string, unkept: boolean): void;
  flush(): Promise<void>;
  unsaved(): boolean;
}

let leavingOnPurpose = false;

/**
 * The page is about to reload on purpose (the lock screen after an automatic lock, an import):
 * no `beforeunload` question then, which would keep the locked page on screen.
 */
export function leaveWithoutAsking(): void {
  leavingOnPurpose = true;
}

/** Whether leaving now loses typing: a draft is not on disk and the page is not reloading on purpose. */
export function shouldWarnBeforeLeaving(store: DraftStore): boolean {
  return !leavingOnPurpose && store.unsaved();
}

export interface DraftStoreOptions {
  repository: Pick<ShoreRepository, 'loadDrafts' | 'putDraft' | 'deleteDraft'>;
  delayMs: number;
  onFailed?: (error: unknown) => void;
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { repository, delayMs } = options;
  let profileId: ProfileId | undefined;
  let drafts = new Map<string, unknown>();
  /** Forms whose newest value is not on disk yet (a write waiting, running or failed). */
  const dirty = new Set<string>();
  /** Forms holding input no draft can keep (files chosen, not saved). */
  const held = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function run(write: () => Promise<void>): Promise<void> {
    chain = chain.then(write, write);
    return chain;
  }

  function writeDirty(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const owner = profileId;
    if (owner === undefined) return chain;
    const forms = [...dirty];
    return run(async () => {
      for (const formKey of forms) {
        if (!drafts.has(formKey)) continue;
        const value = drafts.get(formKey);
        try {
          await repository.putDraft(owner, formKey, value);
          // Typed again while it was written: still dirty.
          if (drafts.get(formKey) === value) dirty.delete(formKey);
        } catch (error) {
          options.onFailed?.(error);
        }
      }
    });
  }

  let loadedFor: ProfileId | undefined;
  let loading: Promise<void> = Promise.resolve();
  let loaded: ProfileId | undefined;

  async function load(id: ProfileId | undefined): Promise<void> {
    loaded = undefined;
    await writeDirty();
    profileId = id;
    drafts = new Map();
    dirty.clear();
    if (id === undefined) return;
    let stored: Draft[] = [];
    try {
      stored = await repository.loadDrafts(id);
    } catch (error) {
      options.onFailed?.(error);
    }
    if (profileId === id) {
      drafts = new Map(stored.map((draft) => [draft.formKey, draft.value]));
      loaded = id;
    }
  }

  return {
    load(id) {
      // The same profile again (several ways of opening meet here): the load already under way.
      if (id !== undefined && id === loadedFor) return loading;
      loadedFor = id;
      loading = load(id);
      return loading;
    },
    value: (formKey) => drafts.get(formKey),
    keys: () => [...drafts.keys()],
    loadedProfile: () => loaded,
    keep(formKey, value) {
      drafts.set(formKey, value);
      dirty.add(formKey);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void writeDirty(), delayMs);
    },
    remove(formKey) {
      const owner = profileId;
      drafts.delete(formKey);
      dirty.delete(formKey);
      if (owner === undefined) return;
      void run(async () => {
        try {
          await repository.deleteDraft(owner, formKey);
        } catch (error) {
          options.onFailed?.(error);
        }
      });
    },
    hold(formKey, unkept) {
      if (unkept) held.add(formKey);
      else held.delete(formKey);
    },
    flush: () => writeDirty(),
    unsaved: () => dirty.size > 0 || held.size > 0,
  };
}
