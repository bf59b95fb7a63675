/**
 * The planner in context: a small composition of the state primitives, plus the plan derived
 * from the records with `createMemo` over the pure engine.
 *
 * - settingsStore.ts: the device's settings (language, active profile, discreet mode, …).
 * - navigation.ts: the screen, kept in the browser's history (`#/plan`), so Back moves between screens.
 * - profileStore.ts: every record of the profile on screen, loaded once, and the one write path
 *   (through writeQueue.ts: ordered, newest revision, debounced typing, conflicts with both versions).
 *
 * Invariants:
 * - Components read `planner.state.*` and the memos inside JSX or memos; they never copy fields.
 * - Every change lands in the store first (the plan recomputes on each keystroke), then is written
 *   through the profile store (or the settings store); every failure shows one notice.
 * - The clock and id source are injected, so tests are deterministic.
 */
import {
  createContext,
  createEffect,
  createSignal,
  on,
  mergeProps,
  onCleanup,
  onMount,
  untrack,
  useContext,
  type Accessor,
  type ParentProps,
} from 'solid-js';
import { unwrap } from 'solid-js/store';
import type {
  BudgetRecord,
  CollectionLogRecord,
  CounsellorSession,
  DebtRecord,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../../domain/records';
import { formatDate, formatMoney, translate, type Locale, type MessageKey, type MessageParams } from '../../i18n';
import type {
  AttachmentInput,
  ChangeChannel,
  ListKind,
  LoadedProfile,
  RecordKind,
  RecordOf,
  ShoreRepository,
} from '../../storage';
import { profileFieldsWith } from '../model/clients';
import { makeExampleProfile, type ProfileSnapshot } from '../model/example';
import { defaultPlanSettings, emptyBudget, newProfileSnapshot } from '../model/newProfile';
import { toStorableBudget } from '../model/planInput';
import { createClientDirectory, type ClientDirectory } from './clientDirectory';
import { browserHistory, createNavigation, type HistoryHost, type Screen } from './navigation';
import { createPlanView, type PlanView } from './planView';
import {
  createProfileStore,
  type ConflictPolicy,
  type ProfileState,
  type SaveOptions,
  type WriteConflict,
} from './profileStore';
import { createSettingsStore } from './settingsStore';
import { createDraftStore, shouldWarnBeforeLeaving, type DraftStore } from './draftStore';
import { isNewer, keepUnwritten, takeUnwritten } from './closingStash';
import { isListKind, RECORD_KINDS } from '../../storage/records';
import type { WriteOutcome } from './writeQueue';
import { withoutDirectionControls } from '../../domain/text';

export type { ClientDirectory } from './clientDirectory';
export type { Screen } from './navigation';
export type { WriteConflict } from './profileStore';
export type { WriteOutcome } from './writeQueue';

export interface Clock {
  /** Today's date, `YYYY-MM-DD`, in the person's time zone. */
  today: () => string;
  /** Now, ISO 8601. */
  now: () => string;
}

export type Notice = 'storage.conflict' | 'storage.failed' | 'storage.memoryOnly';

export interface PlannerState {
  readonly status: 'loading' | 'ready';
  readonly locale: Locale;
  readonly settings: SettingsRecord;
  readonly screen: Screen;
  readonly profile: Profile | null;
  /** The profile revision last seen from storage. */
  readonly revision: number;
  readonly debts: DebtRecord[];
  readonly budget: BudgetRecord;
  readonly planSettings: PlanSettingsRecord;
  /** Negotiation events with creditors (issue 5), in time order. */
  readonly negotiations: NegotiationRecord[];
  /** The collection log, oldest first (loaded once with the profile). */
  readonly collectionLog: CollectionLogRecord[];
  readonly notice: Notice | null;
  /** The counsellor's guided session with the active profile (issue 8), if started. */
  readonly counsellorSession: CounsellorSession | null;
}

export interface PlannerActions {
  setLocale(locale: Locale): void;
  /** Show a screen as a new history entry (Back returns). */
  setScreen(screen: Screen): void;
  startFresh(): Promise<void>;
  openExample(): Promise<void>;
  /** Delete the active profile (e.g. the example) and return to the welcome screen. */
  clearProfile(): Promise<void>;
  newDebtId(): string;
  nextDebtPosition(): number;
  saveDebt(debt: DebtRecord): void;
  deleteDebt(debtId: string): void;
  /** Add or update one negotiation event (the record's profileId must be the active profile). */
  saveNegotiation(record: NegotiationRecord): void;
  deleteNegotiation(negotiationId: string): void;
  /** Add or update a collection-log entry with its new files; resolves to the write's outcome. */
  saveLogEntry(entry: CollectionLogRecord, attachments: readonly AttachmentInput[]): Promise<WriteOutcome>;
  deleteLogEntry(logId: string): Promise<WriteOutcome>;
  /** A stored attachment's file. */
  attachmentBlob(attachmentId: string): Promise<Blob | undefined>;
  /** Any kind of record (the generic path a new kind of record uses); see profileStore.save. */
  save<K extends RecordKind>(kind: K, record: RecordOf<K>, options?: SaveOptions): Promise<WriteOutcome>;
  remove(kind: ListKind, id: string): Promise<WriteOutcome>;
  updateBudget(update: (budget: BudgetRecord) => BudgetRecord): void;
  updatePlanSettings(update: Partial<Omit<PlanSettingsRecord, 'profileId' | 'updatedAt'>>): void;
  setPreparerName(name: string): void;
  /** A counsellor's LPR figure for the rights page (undefined: back to the built-in figure). */
  setLprOverride(override: SettingsRecord['lprOverride']): void;
  /** The person's one-year LPR table for the cost screen (issue 16; undefined: the built-in rows). */
  setLprHistory(history: SettingsRecord['lprHistory']): void;
  dismissNotice(): void;
  /** Write any debounced change now (e.g. before the page is hidden). */
  flush(): Promise<void>;
  /** Switch to another stored profile (writing any pending change of the current one first). */
  openProfile(profileId: ProfileId, screen?: Screen): Promise<void>;
  /** Create a new, empty client profile with this name and open its guided session. */
  createClient(displayName: string): Promise<void>;
  renameProfile(displayName: string): void;
  /** The language of the active client's outputs (issue 18; undefined: the screen's language). */
  setOutputLocale(locale: Locale | undefined): void;
  /** Save the guided session's progress (coalesced like budget typing; `flush()` writes it now). */
  saveCounsellorSession(session: CounsellorSession): void;
  setDiscreet(on: boolean): void;
}

export interface Planner extends PlanView {
  state: PlannerState;
  actions: PlannerActions;
  clock: Clock;
  t: (key: MessageKey, params?: MessageParams) => string;
  money: (amount: string) => string;
  date: (iso: string) => string;
  clients: ClientDirectory;
  /** Writes refused because another tab changed the record first, waiting for the person (policy 'ask'). */
  conflicts: Accessor<readonly WriteConflict[]>;
  /** Unsaved forms of the profile on screen (issue 13); forms use `createDraft` (drafts.ts). */
  drafts: DraftStore;
  /**
   * Every kind of record of the profile on screen under its kind's name (storage's RECORD_KINDS):
   * a kind added to storage is read here, and written with `actions.save` / `actions.remove`.
   */
  records: ProfileState;
}

/** The planner in context (exported for `InClientLanguage`, which gives outputs the client's language). */
export const PlannerContext = createContext<Planner>();

export interface PlannerProviderProps {
  repository: ShoreRepository;
  /** Other tabs' committed changes (storage's change channel); absent: this tab is alone. */
  changes?: Pick<ChangeChannel, 'subscribe'>;
  /** Where the screen is kept; default the browser's history. Tests pass `memoryHistory()`. */
  history?: HistoryHost;
  clock: Clock;
  /** Browser language preferences (navigator.languages) for the first visit. */
  languages?: readonly string[];
  newId?: () => string;
  /** A notice to show from the start (e.g. storage unavailable: memory only). */
  initialNotice?: Notice;
  /** Debounce for typing (budget, plan settings, names, the guided session), ms. */
  saveDelayMs?: number;
  /** What a conflicting write does; default 'take-theirs' (show theirs and say so). */
  conflictPolicy?: ConflictPolicy;
  /**
   * True while records may be kept in plain text when the page closes (the passphrase lock is off):
   * then typing not yet written is kept synchronously on hide (closingStash.ts). Default: never.
   */
  plainAtRest?: () => boolean;
  /** Called once the stored settings and active profile have been loaded. */
  onReady?: () => void;
  /**
   * Register work to finish before an automatic lock drops the key (the vault's `beforeAutoLock`):
   * the provider writes unsaved drafts then (issue 13). Absent: no lock.
   */
  beforeAutoLock?: (task: () => Promise<unknown>) => () => void;
}

/**
 * The screen at start-up: a reload (or the lock screen's) comes back to the screen in the address;
 * without a profile only the welcome screen, the client list and the data page (to receive a
 * counsellor's file) can show.
 */
function startScreen(profileOpened: boolean, requested: Screen | undefined): Screen {
  if (profileOpened) return requested === undefined || requested === 'welcome' ? 'plan' : requested;
  return requested === 'clients' || requested === 'data' ? requested : 'welcome';
}

function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A new profile's records: the shown snapshot (what the screens show) as a LoadedProfile. */
function loadedFrom(snapshot: ProfileSnapshot): LoadedProfile {
  return {
    profile: snapshot.profile,
    debts: snapshot.debts,
    budget: snapshot.budget,
    planSettings: snapshot.settings,
    negotiations: [],
    collectionLog: [],
    payments: [],
    counsellorSession: undefined,
    counsellorNotes: undefined,
  };
}

export function PlannerProvider(props: ParentProps<PlannerProviderProps>) {
  // Injected once for the provider's life.
  const repository = untrack(() => props.repository);
  const clock = untrack(() => props.clock);
  const makeId = untrack(() => props.newId) ?? randomId;
  const delayMs = untrack(() => props.saveDelayMs) ?? 300;

  const [notice, setNotice] = createSignal<Notice | null>(untrack(() => props.initialNotice) ?? null);
  const [status, setStatus] = createSignal<'loading' | 'ready'>('loading');
  const failed = (): void => void setNotice('storage.failed');
  const settings = createSettingsStore(repository, {
    languages: untrack(() => props.languages) ?? [],
    delayMs,
    onFailed: failed,
  });
  const locale = (): Locale => settings.settings.language;
  const navigation = createNavigation(untrack(() => props.history) ?? browserHistory());
  const profile = createProfileStore({
    repository,
    delayMs,
    policy: untrack(() => props.conflictPolicy) ?? 'take-theirs',
    defaults: (id) => ({
      budget: emptyBudget(id, untrack(locale), clock.now()),
      planSettings: defaultPlanSettings(id, clock.today(), clock.now()),
    }),
    onFailed: failed,
    onConflict: () => setNotice('storage.conflict'),
    onGone: () => navigation.go('welcome'),
  });
  const activeId = (): ProfileId | undefined => untrack(() => profile.state.profile?.id);
  const drafts = createDraftStore({ repository, delayMs, onFailed: failed });
  // Every way a profile opens (start, switching client, a new one) loads its drafts (load skips the same id).
  createEffect(
    on(
      () => profile.state.profile?.id,
      (id) => void drafts.load(id),
    ),
  );

  // The records come from the profile store as they are (every kind, by its name); the rest is added.
  const state = mergeProps(profile.state, {
    get status() {
      return status();
    },
    get locale() {
      return locale();
    },
    get settings() {
      return settings.settings;
    },
    get screen() {
      return navigation.screen();
    },
    get notice() {
      return notice();
    },
  }) as PlannerState;

  const flush = async (): Promise<void> => {
    await Promise.all([profile.flush(), settings.flush(), drafts.flush()]);
  };

  /** Store a new profile, show it, make it the active one and go to `screen`. */
  async function activate(snapshot: ProfileSnapshot, screen: Screen): Promise<void> {
    const budget = toStorableBudget(snapshot.budget) ?? snapshot.budget;
    const shown = loadedFrom(snapshot);
    await profile.create(shown, { ...shown, budget });
    await settings.setActiveProfile(snapshot.profile.id);
    navigation.go(screen);
  }

  const freshSnapshot = (displayName: string): ProfileSnapshot =>
    newProfileSnapshot(makeId() as ProfileId, displayName, locale(), clock.today(), clock.now());

  /** Delete the active profile through its write queue. */
  async function deleteActive(): Promise<void> {
    const id = activeId();
    if (id === undefined) return;
    await profile.run('delete', async (revision) => {
      await repository.deleteProfile(id, revision);
      return { profileId: id, revision, updatedAt: clock.now() };
    });
    profile.close();
    await settings.setActiveProfile(undefined);
  }

  const actions: PlannerActions = {
    setLocale: (next) => settings.setLocale(next),
    setScreen: (screen) => navigation.go(screen),
    startFresh: () => activate(freshSnapshot(''), 'debts'),
    openExample: () => activate(makeExampleProfile(locale(), clock.today(), clock.now()), 'debts'),
    async clearProfile() {
      await flush();
      await deleteActive();
      navigation.go('welcome');
    },
    newDebtId: () => makeId(),
    nextDebtPosition: () => profile.state.debts.reduce((max, debt) => Math.max(max, debt.position + 1), 0),
    saveDebt: (debt) => void profile.save('debts', debt),
    deleteDebt: (debtId) => void profile.remove('debts', debtId),
    saveNegotiation: (record) => void profile.save('negotiations', record),
    deleteNegotiation: (negotiationId) => void profile.remove('negotiations', negotiationId),
    saveLogEntry: (entry, attachments) => profile.save('collectionLog', entry, { attachments, show: 'when-written' }),
    deleteLogEntry: (logId) => profile.remove('collectionLog', logId),
    attachmentBlob: async (attachmentId) => (await repository.getAttachment(attachmentId))?.blob,
    save: (kind, record, options) => profile.save(kind, record, options),
    remove: (kind, id) => profile.remove(kind, id),
    updateBudget(update) {
      const next = { ...update(structuredClone(unwrap(profile.state.budget))), updatedAt: clock.now() };
      // An amount still being typed (or invalid) is shown and flagged, and not written yet.
      void profile.save('budget', next, { debounce: true, storedAs: toStorableBudget(next) ?? null });
    },
    updatePlanSettings(update) {
      const next = { ...structuredClone(unwrap(profile.state.planSettings)), ...update, updatedAt: clock.now() };
      void profile.save('planSettings', next, { debounce: true });
    },
    setPreparerName: (name) => settings.setPreparerName(name),
    setLprOverride: (override) => settings.setLprOverride(override),
    setLprHistory: (history) => settings.setLprHistory(history),
    dismissNotice: () => setNotice(null),
    flush,
    async openProfile(profileId, screen = 'plan') {
      await flush();
      await profile.open(profileId);
      await drafts.load(profileId);
      await settings.setActiveProfile(profileId);
      navigation.go(screen);
    },
    // Names are stored without direction controls (issue 13; src/domain/text.ts).
    createClient: (displayName) => activate(freshSnapshot(withoutDirectionControls(displayName).trim()), 'session'),
    renameProfile(displayName) {
      const current = untrack(() => profile.state.profile);
      if (!current) return;
      void profile.updateProfile(
        profileFieldsWith(unwrap(current), { displayName: withoutDirectionControls(displayName) }),
        { debounce: true },
      );
    },
    setOutputLocale(outputLocale) {
      const current = untrack(() => profile.state.profile);
      if (current) void profile.updateProfile(profileFieldsWith(unwrap(current), { outputLocale }));
    },
    saveCounsellorSession: (session) => void profile.save('counsellorSession', session, { debounce: true }),
    setDiscreet: (on) => settings.setDiscreet(on),
  };

  /** Save what a page closed too soon to write (closingStash.ts), where it is newer than what is stored. */
  function restoreUnwritten(profileId: ProfileId): void {
    for (const { kind, record } of takeUnwritten(profileId)) {
      if (!Object.hasOwn(RECORD_KINDS, kind)) continue;
      const recordKind = kind as RecordKind;
      const shown: unknown = profile.state[recordKind];
      const stored = isListKind(recordKind)
        ? (shown as { id: string }[]).find((item) => item.id === (record as { id?: unknown }).id)
        : shown;
      if (isNewer(record, stored)) void profile.save(recordKind, record as RecordOf<typeof recordKind>);
    }
  }

  const clients = createClientDirectory({
    repository,
    profile,
    flush,
    newId: makeId,
    async deleteActive() {
      await deleteActive();
      navigation.go('clients');
    },
  });

  onMount(() => {
    void (async () => {
      await settings.load();
      const storedId = untrack(() => settings.settings.activeProfileId);
      let opened = false;
      if (storedId) {
        opened = await profile.open(storedId).then(
          () => true,
          () => false,
        );
      }
      if (opened && storedId) {
        restoreUnwritten(storedId);
        // Before any form shows: a form restores its draft when it opens.
        await drafts.load(storedId);
      }
      navigation.replace(startScreen(opened, navigation.requested()));
      setStatus('ready');
      untrack(() => props.onReady)?.();
    })();
    const stopListening = untrack(() => props.changes)?.subscribe((change) => {
      // An erase in another tab: the start-up code resets this page (main.tsx); nothing is left to read.
      if (change.wiped === true) return;
      if (change.profileId === null || change.profileId === activeId()) void profile.refresh();
    });
    const plainAtRest = untrack(() => props.plainAtRest);
    const onHide = (): void => {
      const id = activeId();
      const records = profile.unwritten();
      // Hidden, then pagehide: the second call finds the queue already flushing and must not drop the stash.
      if (id !== undefined && records.length > 0 && plainAtRest?.() === true) keepUnwritten({ profileId: id, records });
      void flush().then(() => keepUnwritten(undefined));
    };
    // Hidden comes first when a tab is closed or the phone switches apps: write pending typing then,
    // not only on pagehide, so a budget edit made just before closing is not lost (issue 13).
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    // Typing whose draft is not on disk (its write waits or failed): ask before the page is left (issue 13).
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!shouldWarnBeforeLeaving(drafts)) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const stopBeforeLock = untrack(() => props.beforeAutoLock)?.(() => drafts.flush());
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    onCleanup(() => {
      stopBeforeLock?.();
      window.removeEventListener('beforeunload', onBeforeUnload);
      stopListening?.();
      navigation.dispose();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    });
  });

  const planner: Planner = {
    ...createPlanView(profile.state),
    state,
    actions,
    clock,
    t: (key, params) => translate(locale(), key, params),
    money: (amount) => formatMoney(amount, locale()),
    date: (iso) => formatDate(iso, locale()),
    clients,
    conflicts: profile.conflicts,
    drafts,
    records: profile.state,
  };
  return <PlannerContext.Provider value={planner}>{props.children}</PlannerContext.Provider>;
}

/** The planner in context. */
export function usePlanner(): Planner {
  const planner = useContext(PlannerContext);
  if (!planner) throw new Error('usePlanner() needs <PlannerProvider>');
  return planner;
}
