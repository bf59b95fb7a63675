/**
 * The profile store: every record of the profile on screen (debts, budget, plan settings,
 * negotiations, the collection log, the counsellor session), read once from storage and kept in
 * one Solid store, and the one path every write to it takes.
 *
 * - Reads: `open` loads the whole profile once (the log included, decrypted once); screens read
 *   `state.*`; nothing else reloads it except `refresh` after another tab's change.
 * - Writes: `save(kind, record)` / `remove(kind, id)` for every kind of record (storage's
 *   RECORD_KINDS), `updateProfile` for the profile's own fields. The store changes first (the plan
 *   recomputes per keystroke), then the write runs through the tab's write queue (writeQueue.ts):
 *   in order, with the newest revision, debounced on request. Every outcome comes back to the
 *   caller; any failure also calls `onFailed` (one notice), so no write handles errors its own way.
 * - Conflicts: a write refused because the stored profile or record moved (another tab) becomes a
 *   `WriteConflict` with both versions, mine and theirs. The store shows theirs (it reloads); with
 *   the policy 'take-theirs' (the default) it says so through `onConflict`, with 'ask' the
 *   conflict waits in `conflicts()` until the person keeps theirs or writes mine again.
 * - Another tab's writes (`refresh`) reconcile the records by id: unchanged records keep their
 *   identity, and a record with a debounced edit not yet written keeps the edit. Open forms keep
 *   their own draft (they copy a record when they open and never read the store back while open),
 *   so a refresh never replaces what the person is typing; saving the draft with
 *   `ifUnchangedSince: <the record's updatedAt when the form opened>` makes a stale save a conflict.
 */
import { createSignal, type Accessor } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { Profile, ProfileId } from '../../domain/records';
import type {
  AttachmentInput,
  ListKind,
  LoadedProfile,
  ProfileInput,
  RecordKind,
  RecordOf,
  ShoreRepository,
  SingleKind,
  WriteResult,
} from '../../storage';
// Values from the module itself, not storage/index.ts: the index also carries the backup code,
// which loads only when a backup is made or read.
import { isListKind, LIST_KINDS, recordKey, SINGLE_KINDS } from '../../storage/records';
import { createWriteQueue, type QueuedWrite, type Timers, type WriteOutcome } from './writeQueue';

/** Kinds the screens always have: shown with a default until one is stored. */
export type DefaultedKind = 'budget' | 'planSettings';
export const DEFAULTED_KINDS: readonly DefaultedKind[] = ['budget', 'planSettings'];

/**
 * The profile on screen: every kind of record under its kind's name (storage's RECORD_KINDS), so
 * a new kind appears here with no change to this file. Lists are in their kind's order; a
 * single kind is its record, its default (budget, plan settings) or null.
 */
export type ProfileState = {
  profile: Profile | null;
  /** The profile's revision after the last write or read. */
  revision: number;
} & { [K in ListKind]: RecordOf<K>[] } & { [K in DefaultedKind]: RecordOf<K> } & {
  [K in Exclude<SingleKind, DefaultedKind>]: RecordOf<K> | null;
};

/** What a write was about, for a conflict: a record (or its removal), the profile, or other. */
export type WriteTarget =
  | { readonly kind: RecordKind; readonly key: string; readonly mine: unknown }
  | { readonly kind: 'profile'; readonly key: string; readonly mine: Omit<ProfileInput, 'id'> }
  | { readonly kind: 'other'; readonly key: string; readonly mine: undefined };

/** Both versions of a record a write could not save because another tab changed it first. */
export interface WriteConflict {
  readonly kind: WriteTarget['kind'];
  readonly key: string;
  /** What this tab tried to write; undefined for a removal. */
  readonly mine: unknown;
  /** What is stored now; undefined when it was removed. */
  readonly theirs: unknown;
  /** Write mine over theirs (the store shows mine again). */
  keepMine(): Promise<WriteOutcome>;
  /** Keep theirs, which the store already shows, and forget mine. */
  takeTheirs(): void;
}

/** 'take-theirs': show theirs and tell the person (today's behaviour); 'ask': keep the conflict for the person to decide. */
export type ConflictPolicy = 'take-theirs' | 'ask';

export interface SaveOptions {
  /** Typing: coalesce into one write after the queue's delay (or on flush). */
  debounce?: boolean;
  /** What to write when it differs from what is shown (e.g. a budget normalised); null: show only, write nothing yet. */
  storedAs?: unknown;
  /** The record's `updatedAt` when the edit began: refuse the save if it changed since (storage SaveOptions). */
  ifUnchangedSince?: string;
  /** Collection log: the entry's new files. */
  attachments?: readonly AttachmentInput[];
  /**
   * 'at-once' (default): shown before it is written, so what depends on it (the plan) follows each
   * keystroke. 'when-written': shown only once stored (a log entry: the list never shows an entry
   * that a failed write did not keep).
   */
  show?: 'at-once' | 'when-written';
}

export interface ProfileStore {
  readonly state: ProfileState;
  /** Conflicts waiting for the person (policy 'ask'). */
  readonly conflicts: Accessor<readonly WriteConflict[]>;
  /** Load a stored profile and show it (writes pending for the shown one run first). @throws NotFoundError */
  open(profileId: ProfileId): Promise<void>;
  /** Show a profile just loaded. */
  show(loaded: LoadedProfile): void;
  /**
   * Store a new profile with its records (replacing one with the same id, e.g. the example) and
   * show it. `stored` is what is written where it differs from what is shown (a budget with empty
   * lines is shown empty and stored as 0.00). Writes pending for the shown profile run first.
   */
  create(shown: LoadedProfile, stored?: LoadedProfile): Promise<void>;
  /** Show no profile. */
  close(): void;
  /** Read the shown profile again (another tab wrote), in the queue's order. */
  refresh(): Promise<void>;
  save<K extends RecordKind>(kind: K, record: RecordOf<K>, options?: SaveOptions): Promise<WriteOutcome>;
  remove(kind: ListKind, id: string): Promise<WriteOutcome>;
  /** Change the profile's own fields (name, notes, archived). */
  updateProfile(fields: Omit<ProfileInput, 'id'>, options?: { debounce?: boolean }): Promise<WriteOutcome>;
  /** Run any other write to the shown profile (e.g. reorderDebts) in the queue. */
  run(key: string, write: (revision: number) => Promise<WriteResult>): Promise<WriteOutcome>;
  /** Write every debounced change now and wait for every write. */
  flush(): Promise<void>;
  /** The records of writes not known to be stored: queued, in flight or debounced (what a page closing now would lose). */
  unwritten(): { kind: RecordKind; record: unknown }[];
}

export interface ProfileStoreOptions {
  repository: ShoreRepository;
  /** Debounce of typing, ms. */
  delayMs: number;
  /** The budget and plan settings shown while none is stored. */
  defaults(profileId: ProfileId): { [K in DefaultedKind]: RecordOf<K> };
  policy?: ConflictPolicy;
  /** A write failed for another reason than a conflict. */
  onFailed(): void;
  /** A conflict was resolved by taking theirs (policy 'take-theirs'). */
  onConflict(conflict: WriteConflict): void;
  /** The shown profile no longer exists (deleted in another tab). */
  onGone(): void;
  timers?: Timers;
}

interface ProfileWrite extends QueuedWrite {
  readonly target: WriteTarget;
}

const NO_PROFILE = '' as ProfileId;

function isDefaulted(kind: RecordKind): kind is DefaultedKind {
  return (DEFAULTED_KINDS as readonly string[]).includes(kind);
}

/** No records: empty lists, and null for the single kinds without a default. */
function emptyRecords(): Partial<ProfileState> {
  const records: Record<string, unknown> = {};
  for (const kind of LIST_KINDS) records[kind] = [];
  for (const kind of SINGLE_KINDS) if (!isDefaulted(kind)) records[kind] = null;
  return records;
}

/** True for a revision conflict from storage (ConflictError carries `code: 'conflict'`). */
function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'conflict';
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'not-found';
}

export function createProfileStore(options: ProfileStoreOptions): ProfileStore {
  const { repository } = options;
  const policy = options.policy ?? 'take-theirs';
  const [state, setState] = createStore<ProfileState>({
    profile: null,
    revision: 0,
    ...emptyRecords(),
    ...options.defaults(NO_PROFILE),
  } as ProfileState);
  const [conflicts, setConflicts] = createSignal<readonly WriteConflict[]>([]);
  const profileId = (): ProfileId | undefined => unwrap(state).profile?.id;

  const queue = createWriteQueue<ProfileWrite>({
    delayMs: options.delayMs,
    isConflict,
    onConflict: (write) => settleConflict(write),
    onOutcome(outcome) {
      if (outcome.status === 'written') setState('revision', outcome.revision);
      if (outcome.status === 'failed') options.onFailed();
    },
    ...(options.timers ? { timers: options.timers } : {}),
  });

  /** Show `kind`'s stored value (list kinds reconciled by id, so unchanged records keep their identity). */
  function showKind(kind: RecordKind, loaded: LoadedProfile): void {
    const stored = loaded[kind] as unknown;
    if (isListKind(kind)) setState(kind, reconcile(stored as never, { key: 'id' }));
    else if (isDefaulted(kind))
      setState(kind, reconcile((stored ?? options.defaults(loaded.profile.id)[kind]) as never));
    else setState(kind as never, reconcile((stored ?? null) as never));
  }

  /** Show a loaded profile; kinds with an edit not written yet keep the edit. */
  function apply(loaded: LoadedProfile, keep: ReadonlySet<string> = new Set()): void {
    setState({ profile: loaded.profile, revision: loaded.profile.revision });
    for (const kind of [...LIST_KINDS, ...SINGLE_KINDS]) {
      if (![...keep].some((key) => key.startsWith(`${kind}:`))) showKind(kind, loaded);
    }
  }

  /** What `loaded` holds in the place `target` names. */
  function storedAt(loaded: LoadedProfile, target: WriteTarget): unknown {
    if (target.kind === 'profile') return loaded.profile;
    if (target.kind === 'other') return undefined;
    const value = loaded[target.kind];
    return Array.isArray(value) ? value.find((record: { id: string }) => record.id === target.key) : value;
  }

  /** Inside the queue: read what is stored now, show it, and make the conflict. */
  async function settleConflict(write: ProfileWrite): Promise<void> {
    const id = profileId();
    if (id === undefined) return;
    let fresh: LoadedProfile;
    try {
      fresh = await repository.loadProfile(id);
    } catch (error) {
      if (isNotFound(error)) gone();
      return;
    }
    queue.reset(fresh.profile.revision);
    apply(fresh, queue.pendingKeys());
    const { target } = write;
    const conflict: WriteConflict = {
      kind: target.kind,
      key: target.key,
      mine: target.mine,
      theirs: storedAt(fresh, target),
      keepMine() {
        setConflicts((list) => list.filter((item) => item !== conflict));
        if (target.kind === 'profile') return store.updateProfile(target.mine);
        if (target.kind === 'other') return queue.run(write);
        const theirs = storedAt(fresh, target) as { updatedAt?: string } | undefined;
        const since = theirs?.updatedAt === undefined ? {} : { ifUnchangedSince: theirs.updatedAt };
        return target.mine === undefined
          ? store.remove(target.kind as ListKind, target.key)
          : store.save(target.kind, target.mine as RecordOf<typeof target.kind>, since);
      },
      takeTheirs() {
        setConflicts((list) => list.filter((item) => item !== conflict));
      },
    };
    if (policy === 'ask') setConflicts((list) => [...list, conflict]);
    else options.onConflict(conflict);
  }

  function gone(): void {
    queue.cancel();
    queue.reset(null);
    store.close();
    options.onGone();
  }

  /** Show a record in the store (list kinds: added or replaced by id). */
  function showRecord<K extends RecordKind>(kind: K, record: RecordOf<K>): void {
    if (!isListKind(kind)) {
      setState(kind, reconcile(record as never));
      return;
    }
    const listKind: ListKind = kind;
    const index = (state[listKind] as { id: string }[]).findIndex(
      (existing) => existing.id === recordKey(kind, record),
    );
    if (index >= 0) setState(listKind, index, reconcile(record as never));
    else setState(listKind, (records) => [...records, record] as never);
  }

  /**
   * Storage stamps `updatedAt` with its own moment; the shown record takes it, so that a form opened on
   * it later (`ifUnchangedSince`) compares against what is stored, not against the moment the UI
   * saved at (a few milliseconds apart, which made every such save a false conflict).
   */
  function showStoredMoment(kind: RecordKind, key: string, updatedAt: string): void {
    if (!isListKind(kind)) {
      if (state[kind] !== undefined && state[kind] !== null)
        setState(kind as never, 'updatedAt' as never, updatedAt as never);
      return;
    }
    const listKind: ListKind = kind;
    const index = (state[listKind] as { id: string }[]).findIndex((existing) => existing.id === key);
    if (index >= 0) setState(listKind, index as never, 'updatedAt' as never, updatedAt as never);
  }

  /** Show a record once its write landed (`show: 'when-written'`). */
  function shownIfWritten<K extends RecordKind>(outcome: WriteOutcome, kind: K, record: RecordOf<K>): WriteOutcome {
    if (outcome.status === 'written') showRecord(kind, record);
    return outcome;
  }

  const store: ProfileStore = {
    state,
    conflicts,

    async open(id) {
      await queue.flush();
      store.show(await repository.loadProfile(id));
    },

    show(loaded) {
      queue.cancel();
      queue.reset(loaded.profile.revision);
      setConflicts([]);
      apply(loaded);
    },

    async create(shown, stored = shown) {
      await queue.flush();
      const { id, displayName, notes } = stored.profile;
      const existing = await repository.getProfile(id);
      if (existing !== undefined) await repository.deleteProfile(id, existing.revision);
      let result = await repository.putProfile({ id, displayName, notes }, null);
      const stamps: { kind: RecordKind; key: string; updatedAt: string }[] = [];
      for (const kind of [...LIST_KINDS, ...SINGLE_KINDS]) {
        const value = stored[kind];
        const records = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as RecordOf<RecordKind>[];
        for (const record of records) {
          result = await repository.save(kind, record, result.revision);
          stamps.push({ kind, key: recordKey(kind, record), updatedAt: result.updatedAt });
        }
      }
      store.show({ ...shown, profile: { ...shown.profile, revision: result.revision, updatedAt: result.updatedAt } });
      for (const stamp of stamps) showStoredMoment(stamp.kind, stamp.key, stamp.updatedAt);
    },

    close() {
      queue.reset(null);
      setConflicts([]);
      setState({ profile: null, ...emptyRecords() });
    },

    refresh() {
      const refreshing: ProfileWrite = {
        target: { kind: 'other', key: 'refresh', mine: undefined },
        async commit(revision) {
          const id = profileId();
          if (id === undefined) return { revision };
          try {
            const fresh = await repository.loadProfile(id);
            apply(fresh, queue.pendingKeys());
            return { revision: fresh.profile.revision };
          } catch (error) {
            if (!isNotFound(error)) throw error;
            gone();
            return { revision };
          }
        },
      };
      return queue.run(refreshing).then(() => undefined);
    },

    save(kind, record, saveOptions = {}) {
      const whenWritten = saveOptions.show === 'when-written';
      if (!whenWritten) showRecord(kind, record);
      if (saveOptions.storedAs === null) return Promise.resolve({ status: 'skipped' });
      // A copy (unwrapped: the record may hold parts of the store, e.g. an edited entry's kept files).
      const written = structuredClone(unwrap((saveOptions.storedAs ?? record) as RecordOf<typeof kind>));
      const { ifUnchangedSince, attachments } = saveOptions;
      const key = recordKey(kind, record);
      const write: ProfileWrite = {
        target: { kind, key, mine: written },
        commit: async (revision) => {
          const result = await repository.save(kind, written, revision, {
            ...(ifUnchangedSince === undefined ? {} : { ifUnchangedSince }),
            ...(attachments === undefined ? {} : { attachments }),
          });
          showStoredMoment(kind, key, result.updatedAt);
          return result;
        },
      };
      // eslint-disable-next-line solid/reactivity -- a write's completion updates the store; nothing is tracked here
      if (whenWritten) return queue.run(write).then((outcome) => shownIfWritten(outcome, kind, record));
      if (saveOptions.debounce !== true) return queue.run(write);
      queue.later(`${kind}:${key}`, write);
      return Promise.resolve({ status: 'skipped' });
    },

    remove(kind, id) {
      const owner = profileId();
      if (owner === undefined) return Promise.resolve({ status: 'skipped' });
      setState(kind, (records) => (records as { id: string }[]).filter((record) => record.id !== id) as never);
      if (kind === 'debts') setState('planSettings', 'customOrder', (order) => order.filter((debtId) => debtId !== id));
      queue.cancel(`${kind}:${id}`);
      return queue.run({
        target: { kind, key: id, mine: undefined },
        commit: (revision) => repository.remove(kind, owner, id, revision),
      });
    },

    updateProfile(fields, updateOptions = {}) {
      const current = unwrap(state).profile;
      if (current === null) return Promise.resolve({ status: 'skipped' });
      setState('profile', (profile) => (profile ? { ...profile, ...fields } : profile));
      const input: ProfileInput = { id: current.id, ...structuredClone(unwrap(fields)) };
      const write: ProfileWrite = {
        target: { kind: 'profile', key: current.id, mine: fields },
        commit: (revision) => repository.putProfile(input, revision),
      };
      if (updateOptions.debounce !== true) return queue.run(write);
      queue.later(`profile:${current.id}`, write);
      return Promise.resolve({ status: 'skipped' });
    },

    run(key, perform) {
      return queue.run({ target: { kind: 'other', key, mine: undefined }, commit: perform });
    },

    flush: () => queue.flush(),

    unwritten: () =>
      queue
        .unfinishedWrites()
        .map((write) => write.target)
        .filter((target) => target.kind !== 'profile' && target.kind !== 'other')
        .map((target) => ({ kind: target.kind, record: target.mine })),
  };
  return store;
}
