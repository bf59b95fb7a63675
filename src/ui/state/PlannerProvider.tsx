/**
 * The planner's state in context: records loaded through a `PlannerRepository`, the plan derived
 * from them with `createMemo` over the pure engine, and actions that write through the repository.
 *
 * Invariants:
 * - Components read `planner.state.*` and the memos inside JSX or memos; they never copy fields.
 * - Every change lands in the store first (so the plan recomputes on each keystroke), then is
 *   persisted in order through one write queue that always uses the latest revision; budget and
 *   plan-settings typing is coalesced (debounced) into one write.
 * - On a revision conflict (another tab wrote first) the profile is reloaded and the person told.
 * - The clock and id source are injected, so tests are deterministic.
 */
import {
  createContext,
  createMemo,
  onCleanup,
  onMount,
  untrack,
  useContext,
  type Accessor,
  type ParentProps,
} from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { PlanInput, Strategy } from '../../domain';
import type {
  BudgetLine,
  BudgetRecord,
  CounsellorSession,
  DebtRecord,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../../domain/records';
import {
  formatDate,
  formatMoney,
  pickInitialLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../i18n';
import {
  compareStrategies,
  indexPlatforms,
  platformsInPlanOrder,
  type PlatformIndex,
  type StrategySummary,
} from '../model/analysis';
import { addDays } from '../model/dates';
import { makeExampleProfile, type ProfileSnapshot } from '../model/example';
import { toBudgetAmount, toPlanInput, toStorableBudget, type BudgetAmount } from '../model/planInput';
import type { ClientRecords } from '../model/clients';
import { isConflict, type PlannerProfileData, type PlannerRepository, type PlannerWriteResult } from './repository';

export interface Clock {
  /** Today's date, `YYYY-MM-DD`, in the person's time zone. */
  today: () => string;
  /** Now, ISO 8601. */
  now: () => string;
}

export type Screen =
  | 'welcome'
  | 'debts'
  | 'budget'
  | 'plan'
  | 'scripts'
  | 'log'
  | 'rights'
  | 'exports'
  | 'data'
  | 'clients'
  | 'session'
  | 'review';
export type Notice = 'storage.conflict' | 'storage.failed' | 'storage.memoryOnly';

export interface PlannerState {
  status: 'loading' | 'ready';
  locale: Locale;
  settings: SettingsRecord;
  screen: Screen;
  profile: Profile | null;
  /** The profile revision last seen from storage. */
  revision: number;
  debts: DebtRecord[];
  budget: BudgetRecord;
  planSettings: PlanSettingsRecord;
  /** Negotiation events with creditors (issue 5), in time order. */
  negotiations: NegotiationRecord[];
  notice: Notice | null;
  /** The counsellor's guided session with the active profile (issue 8), if started. */
  counsellorSession: CounsellorSession | null;
}

export interface PlannerActions {
  setLocale(locale: Locale): void;
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
  updateBudget(update: (budget: BudgetRecord) => BudgetRecord): void;
  updatePlanSettings(update: Partial<Omit<PlanSettingsRecord, 'profileId' | 'updatedAt'>>): void;
  setPreparerName(name: string): void;
  /** A counsellor's LPR figure for the rights page (undefined: back to the built-in figure). */
  setLprOverride(override: SettingsRecord['lprOverride']): void;
  dismissNotice(): void;
  /** Write any debounced change now (e.g. before the page is hidden). */
  flush(): Promise<void>;
  /**
   * Run a write to the active profile made outside the planner (a collection-log entry) in the
   * planner's own write queue, with the newest revision, so the tab never races itself.
   * Rejects when the write fails, so the caller can say so; the typed input stays where it is.
   */
  writeProfile(write: (revision: number) => Promise<{ revision: number }>): Promise<void>;
  /** Switch to another stored profile (writing any pending change of the current one first). */
  openProfile(profileId: ProfileId, screen?: Screen): Promise<void>;
  /** Create a new, empty client profile with this name and open its guided session. */
  createClient(displayName: string): Promise<void>;
  renameProfile(displayName: string): void;
  /** Save the guided session's progress (coalesced like budget typing; `flush()` writes it now). */
  saveCounsellorSession(session: CounsellorSession): void;
  setDiscreet(on: boolean): void;
}

/** Counsellor mode's list operations over every stored profile (issue 8). */
export interface ClientDirectory {
  /** Every profile with its records (pending changes of the active one written first). */
  list(): Promise<ClientRecords[]>;
  /** Copy a profile under a new name; returns the copy's id. */
  duplicate(sourceId: ProfileId, displayName: string): Promise<ProfileId>;
  setArchived(profileId: ProfileId, archived: boolean): Promise<void>;
  /** Delete a profile and all it holds (the active one too: then no profile is open). */
  remove(profileId: ProfileId): Promise<void>;
}

export interface Planner {
  state: PlannerState;
  actions: PlannerActions;
  clock: Clock;
  t: (key: MessageKey, params?: MessageParams) => string;
  money: (amount: string) => string;
  date: (iso: string) => string;
  budgetAmount: Accessor<BudgetAmount>;
  planInput: Accessor<PlanInput>;
  platforms: Accessor<PlatformIndex>;
  comparison: Accessor<StrategySummary[]>;
  /** The summary (and run) of the chosen strategy. */
  chosen: Accessor<StrategySummary>;
  /** Queue place (1-based) of each platform key in the chosen plan. */
  queuePlaces: Accessor<ReadonlyMap<string, number>>;
  /** Input for any strategy (for comparisons and what-ifs). */
  inputFor: (strategy: Strategy) => PlanInput;
  clients: ClientDirectory;
}

const PlannerContext = createContext<Planner>();

const BUDGET_CATEGORIES = {
  income: ['salary'],
  expenses: ['rent', 'food', 'transport', 'family', 'medical'],
} as const;

function emptyBudget(profileId: ProfileId, locale: Locale, now: string): BudgetRecord {
  const line = (id: string, category: string): BudgetLine => ({
    id,
    category,
    label: translate(locale, `budget.category.${category}` as MessageKey),
    amount: '',
  });
  return {
    profileId,
    mode: 'lines',
    income: BUDGET_CATEGORIES.income.map((category, i) => line(`in-${String(i + 1)}`, category)),
    expenses: BUDGET_CATEGORIES.expenses.map((category, i) => line(`ex-${String(i + 1)}`, category)),
    directAmount: '',
    updatedAt: now,
  };
}

function defaultPlanSettings(profileId: ProfileId, today: string, now: string): PlanSettingsRecord {
  return {
    profileId,
    strategy: 'avalanche',
    customOrder: [],
    asOf: today,
    firstPaymentDate: addDays(today, 7),
    updatedAt: now,
  };
}

const NO_PROFILE = '' as ProfileId;

export interface PlannerProviderProps {
  repository: PlannerRepository;
  clock: Clock;
  /** Browser language preferences (navigator.languages) for the first visit. */
  languages?: readonly string[];
  newId?: () => string;
  /** A notice to show from the start (e.g. storage unavailable: memory only). */
  initialNotice?: Notice;
  /** Debounce for budget/settings writes, ms. */
  saveDelayMs?: number;
  /** Called once the stored settings and active profile have been loaded. */
  onReady?: () => void;
}

function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function PlannerProvider(props: ParentProps<PlannerProviderProps>) {
  // The repository, clock and id source are fixed for the provider's life (injected once).
  const repository = untrack(() => props.repository);
  const fixedClock = untrack(() => props.clock);
  const makeId = untrack(() => props.newId) ?? randomId;
  const saveDelayMs = untrack(() => props.saveDelayMs) ?? 300;
  const repo = (): PlannerRepository => repository;
  const clock = (): Clock => fixedClock;
  const firstLocale = pickInitialLocale(untrack(() => props.languages) ?? []);
  const [state, setState] = createStore<PlannerState>({
    status: 'loading',
    locale: firstLocale,
    settings: { language: firstLocale },
    screen: 'welcome',
    profile: null,
    revision: 0,
    debts: [],
    budget: emptyBudget(NO_PROFILE, firstLocale, ''),
    planSettings: defaultPlanSettings(NO_PROFILE, fixedClock.today(), ''),
    negotiations: [],
    notice: untrack(() => props.initialNotice) ?? null,
    counsellorSession: null,
  });

  // ---- persistence: one ordered queue, latest revision each time ----
  let queue: Promise<void> = Promise.resolve();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const pendingWrites = new Map<string, () => void>();

  function applyLoaded(data: PlannerProfileData): void {
    const now = fixedClock.now();
    const locale = untrack(() => state.locale);
    setState('debts', reconcile(data.debts));
    setState('negotiations', reconcile(data.negotiations));
    setState('counsellorSession', data.counsellorSession ?? null);
    setState({
      profile: data.profile,
      revision: data.profile.revision,
      budget: data.budget ?? emptyBudget(data.profile.id, locale, now),
      planSettings: data.planSettings ?? defaultPlanSettings(data.profile.id, clock().today(), now),
    });
  }

  async function reloadActive(): Promise<void> {
    const id = untrack(() => state.profile?.id);
    if (!id) return;
    try {
      applyLoaded(await repo().loadProfile(id));
    } catch {
      setState({ profile: null, screen: 'welcome' });
    }
  }

  function persist(write: (revision: number) => Promise<PlannerWriteResult>): Promise<void> {
    queue = queue
      .then(async () => {
        const revision = untrack(() => (state.profile ? state.revision : null));
        if (revision === null) return;
        const result = await write(revision);
        setState('revision', result.revision);
      })
      .catch(async (error: unknown) => {
        setState('notice', isConflict(error) ? 'storage.conflict' : 'storage.failed');
        if (isConflict(error)) await reloadActive();
      });
    return queue;
  }

  function writeProfile(write: (revision: number) => Promise<{ revision: number }>): Promise<void> {
    const run = queue.then(async () => {
      const revision = untrack(() => (state.profile ? state.revision : null));
      if (revision === null) throw new Error('no active profile');
      const result = await write(revision);
      setState('revision', result.revision);
    });
    queue = run.catch(async (error: unknown) => {
      if (isConflict(error)) {
        setState('notice', 'storage.conflict');
        await reloadActive();
      }
    });
    return run;
  }

  function persistLater(key: string, write: (revision: number) => Promise<PlannerWriteResult>): void {
    const existing = pending.get(key);
    if (existing !== undefined) clearTimeout(existing);
    const run = (): void => {
      pending.delete(key);
      pendingWrites.delete(key);
      void persist(write);
    };
    pendingWrites.set(key, run);
    pending.set(key, setTimeout(run, saveDelayMs));
  }

  async function flush(): Promise<void> {
    for (const [key, timer] of pending) {
      clearTimeout(timer);
      pending.delete(key);
    }
    const writes = [...pendingWrites.values()];
    pendingWrites.clear();
    for (const write of writes) write();
    await queue;
  }

  async function activate(snapshot: ProfileSnapshot): Promise<void> {
    const { profile } = snapshot;
    const existing = (await repo().listProfiles()).find((candidate) => candidate.id === profile.id);
    if (existing) await repo().deleteProfile(existing.id, existing.revision);
    let result = await repo().putProfile(
      { id: profile.id, displayName: profile.displayName, notes: profile.notes },
      null,
    );
    for (const debt of snapshot.debts) result = await repo().saveDebt(debt, result.revision);
    result = await repo().saveBudget(toStorableBudget(snapshot.budget) ?? snapshot.budget, result.revision);
    result = await repo().savePlanSettings(snapshot.settings, result.revision);
    const settings: SettingsRecord = { ...unwrap(state.settings), language: state.locale, activeProfileId: profile.id };
    await repo().putSettings(settings);
    setState({
      settings,
      profile: { ...profile, revision: result.revision, updatedAt: result.updatedAt },
      revision: result.revision,
      debts: snapshot.debts,
      budget: snapshot.budget,
      planSettings: snapshot.settings,
      negotiations: [],
      counsellorSession: null,
      screen: 'debts',
    });
  }

  const actions: PlannerActions = {
    setLocale(locale) {
      const settings: SettingsRecord = { ...unwrap(state.settings), language: locale };
      setState({ locale, settings });
      void repo()
        .putSettings(settings)
        .catch(() => setState('notice', 'storage.failed'));
    },
    setScreen(screen) {
      setState('screen', screen);
    },
    async startFresh() {
      const id = makeId() as ProfileId;
      const now = clock().now();
      await activate({
        profile: { id, displayName: '', notes: '', updatedAt: now, revision: 0 },
        debts: [],
        budget: emptyBudget(id, state.locale, now),
        settings: defaultPlanSettings(id, clock().today(), now),
      });
    },
    async openExample() {
      await activate(makeExampleProfile(state.locale, clock().today(), clock().now()));
    },
    async clearProfile() {
      await flush();
      const profile = state.profile;
      if (profile) {
        try {
          await repo().deleteProfile(profile.id, state.revision);
        } catch {
          setState('notice', 'storage.failed');
        }
      }
      const { activeProfileId: _removed, ...settings } = unwrap(state.settings);
      await repo().putSettings(settings);
      setState({ settings, profile: null, debts: [], negotiations: [], counsellorSession: null, screen: 'welcome' });
    },
    newDebtId: () => makeId(),
    nextDebtPosition: () => state.debts.reduce((max, debt) => Math.max(max, debt.position + 1), 0),
    saveDebt(debt) {
      const index = state.debts.findIndex((existing) => existing.id === debt.id);
      if (index >= 0) setState('debts', index, reconcile(debt));
      else setState('debts', (debts) => [...debts, debt]);
      void persist((revision) => repository.saveDebt(debt, revision));
    },
    deleteDebt(debtId) {
      const profileId = state.profile?.id;
      if (!profileId) return;
      setState('debts', (debts) => debts.filter((debt) => debt.id !== debtId));
      setState('planSettings', 'customOrder', (order) => order.filter((id) => id !== debtId));
      void persist((revision) => repository.deleteDebt(profileId, debtId, revision));
    },
    saveNegotiation(record) {
      const index = state.negotiations.findIndex((existing) => existing.id === record.id);
      if (index >= 0) setState('negotiations', index, reconcile(record));
      else setState('negotiations', (records) => [...records, record]);
      void persist((revision) => repository.saveNegotiation(record, revision));
    },
    deleteNegotiation(negotiationId) {
      const profileId = state.profile?.id;
      if (!profileId) return;
      setState('negotiations', (records) => records.filter((record) => record.id !== negotiationId));
      void persist((revision) => repository.deleteNegotiation(profileId, negotiationId, revision));
    },
    updateBudget(update) {
      const next = { ...update(structuredClone(unwrap(state.budget))), updatedAt: clock().now() };
      setState('budget', reconcile(next));
      const storable = toStorableBudget(structuredClone(unwrap(state.budget)));
      if (!storable) return; // an amount is still being typed or is invalid; the screen flags it
      persistLater('budget', (revision) => repository.saveBudget(storable, revision));
    },
    updatePlanSettings(update) {
      setState('planSettings', (current) => ({ ...current, ...update, updatedAt: clock().now() }));
      const snapshot = structuredClone(unwrap(state.planSettings));
      persistLater('planSettings', (revision) => repository.savePlanSettings(snapshot, revision));
    },
    setPreparerName(name) {
      const settings: SettingsRecord = { ...unwrap(state.settings), preparerName: name };
      setState('settings', settings);
      const profileId = state.profile?.id ?? NO_PROFILE;
      persistLater('settings', async (revision) => {
        await repository.putSettings(settings);
        return { profileId, revision, updatedAt: fixedClock.now() };
      });
    },
    setLprOverride(override) {
      const { lprOverride: _previous, ...rest } = unwrap(state.settings);
      const settings: SettingsRecord = override === undefined ? rest : { ...rest, lprOverride: { ...override } };
      setState('settings', reconcile(settings));
      const profileId = state.profile?.id ?? NO_PROFILE;
      persistLater('settings', async (revision) => {
        await repository.putSettings(settings);
        return { profileId, revision, updatedAt: fixedClock.now() };
      });
    },
    dismissNotice() {
      setState('notice', null);
    },
    flush,
    writeProfile,
    async openProfile(profileId, screen = 'plan') {
      await flush();
      applyLoaded(await repo().loadProfile(profileId));
      const settings: SettingsRecord = { ...unwrap(state.settings), activeProfileId: profileId };
      setState({ settings, screen });
      await repo().putSettings(settings);
    },
    async createClient(displayName) {
      await flush();
      const id = makeId() as ProfileId;
      const now = clock().now();
      await activate({
        profile: { id, displayName: displayName.trim(), notes: '', updatedAt: now, revision: 0 },
        debts: [],
        budget: emptyBudget(id, state.locale, now),
        settings: defaultPlanSettings(id, clock().today(), now),
      });
      setState('screen', 'session');
    },
    renameProfile(displayName) {
      const profile = state.profile;
      if (!profile) return;
      setState('profile', 'displayName', displayName);
      const input = {
        id: profile.id,
        displayName,
        notes: profile.notes,
        ...(profile.archived ? { archived: true } : {}),
      };
      persistLater('profile', (revision) => repository.putProfile(input, revision));
    },
    saveCounsellorSession(session) {
      setState('counsellorSession', reconcile(session));
      const snapshot = structuredClone(session);
      persistLater('counsellorSession', (revision) => repository.saveCounsellorSession(snapshot, revision));
    },
    setDiscreet(on) {
      const settings: SettingsRecord = { ...unwrap(state.settings), discreet: on };
      setState('settings', settings);
      void repo()
        .putSettings(settings)
        .catch(() => setState('notice', 'storage.failed'));
    },
  };

  const clients: ClientDirectory = {
    async list() {
      await flush();
      return repo().listClients();
    },
    async duplicate(sourceId, displayName) {
      await flush();
      const id = makeId() as ProfileId;
      await repo().duplicateProfile(sourceId, { id, displayName });
      return id;
    },
    async setArchived(profileId, archived) {
      await flush();
      const profile = (await repo().listProfiles()).find((candidate) => candidate.id === profileId);
      if (!profile) return;
      const { revision: _revision, updatedAt: _updatedAt, archived: _archived, ...rest } = profile;
      const result = await repo().putProfile(archived ? { ...rest, archived: true } : rest, profile.revision);
      if (untrack(() => state.profile?.id) === profileId) {
        setState('profile', { ...profile, archived, revision: result.revision, updatedAt: result.updatedAt });
        setState('revision', result.revision);
      }
    },
    async remove(profileId) {
      await flush();
      if (untrack(() => state.profile?.id) === profileId) {
        await actions.clearProfile();
        setState('screen', 'clients');
        return;
      }
      const profile = (await repo().listProfiles()).find((candidate) => candidate.id === profileId);
      if (profile) await repo().deleteProfile(profileId, profile.revision);
    },
  };

  onMount(() => {
    void (async () => {
      const stored = await repo().getSettings();
      const locale = stored?.language ?? firstLocale;
      const settings: SettingsRecord = stored ?? { language: locale };
      setState({ settings, locale });
      const activeId = stored?.activeProfileId;
      if (activeId) {
        try {
          applyLoaded(await repo().loadProfile(activeId));
          setState('screen', 'plan');
        } catch {
          setState('screen', 'welcome');
        }
      }
      setState('status', 'ready');
      untrack(() => props.onReady)?.();
    })();
    const stopListening = repository.onExternalChange?.((profileId) => {
      const activeId = untrack(() => state.profile?.id);
      if (profileId === null || profileId === activeId) void reloadActive();
    });
    const onHide = (): void => void flush();
    window.addEventListener('pagehide', onHide);
    onCleanup(() => {
      stopListening?.();
      window.removeEventListener('pagehide', onHide);
    });
  });

  const sources = createMemo(() => ({ debts: state.debts, budget: state.budget, settings: state.planSettings }));
  const inputFor = (strategy: Strategy): PlanInput => toPlanInput(sources(), strategy);
  const planInput = createMemo(() => inputFor(state.planSettings.strategy));
  const platforms = createMemo(() => indexPlatforms(planInput()));
  const comparison = createMemo(() => compareStrategies(inputFor));
  const chosen = createMemo(() => {
    const summaries = comparison();
    return summaries.find((summary) => summary.strategy === state.planSettings.strategy) ?? summaries[0]!;
  });
  const queuePlaces = createMemo(() => {
    const run = chosen().run;
    const places = new Map<string, number>();
    if (run.ok) platformsInPlanOrder(run.plan, platforms()).forEach((platform, i) => places.set(platform.key, i + 1));
    return places;
  });
  const budgetAmount = createMemo(() => toBudgetAmount(state.budget));

  const planner: Planner = {
    state,
    actions,
    clock: fixedClock,
    t: (key, params) => translate(state.locale, key, params),
    money: (amount) => formatMoney(amount, state.locale),
    date: (iso) => formatDate(iso, state.locale),
    budgetAmount,
    planInput,
    platforms,
    comparison,
    chosen,
    queuePlaces,
    inputFor,
    clients,
  };
  return <PlannerContext.Provider value={planner}>{props.children}</PlannerContext.Provider>;
}

/** The planner in context. */
export function usePlanner(): Planner {
  const planner = useContext(PlannerContext);
  if (!planner) throw new Error('usePlanner() needs <PlannerProvider>');
  return planner;
}
