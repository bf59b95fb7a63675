/**
 * What the planner needs from storage, as an interface the UI owns, plus an in-memory
 * implementation for tests and for browsers without IndexedDB.
 *
 * The shape deliberately mirrors the subset of src/storage's `ShoreRepository` the planner uses
 * (revisions and all), so the IndexedDB adapter (storageAdapter.ts) stays thin. Invariant of both:
 * every profile write names the revision the caller last saw and is rejected with a conflict,
 * writing nothing, when the stored revision differs.
 */
import type {
  BudgetRecord,
  CounsellorSession,
  DebtRecord,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../../domain/records';

export interface PlannerWriteResult {
  profileId: ProfileId;
  revision: number;
  updatedAt: string;
}

export interface PlannerProfileData {
  profile: Profile;
  /** Sorted by `position`. */
  debts: DebtRecord[];
  budget: BudgetRecord | undefined;
  planSettings: PlanSettingsRecord | undefined;
  /** Negotiation events (issue 5), in time order. */
  negotiations: NegotiationRecord[];
  /** The counsellor's guided session (issue 8), if one was started. */
  counsellorSession?: CounsellorSession | undefined;
}

/** One profile as the counsellor's client list needs it (no negotiations, no collection log). */
export type PlannerClientRecords = Omit<PlannerProfileData, 'negotiations'>;

export interface PlannerRepository {
  /** Stored settings; `undefined` when nothing was ever stored (first visit). */
  getSettings(): Promise<SettingsRecord | undefined>;
  putSettings(settings: SettingsRecord): Promise<void>;
  listProfiles(): Promise<Profile[]>;
  /** Rejects when there is no such profile. */
  loadProfile(profileId: ProfileId): Promise<PlannerProfileData>;
  /** Every profile for the client list, in one read; a profile that cannot be read is left out. */
  listClients(): Promise<PlannerClientRecords[]>;
  /** Create (expectedRevision null: must not exist yet) or rename a profile. */
  putProfile(
    profile: Omit<Profile, 'revision' | 'updatedAt'>,
    expectedRevision: number | null,
  ): Promise<PlannerWriteResult>;
  deleteProfile(profileId: ProfileId, expectedRevision: number): Promise<void>;
  saveDebt(debt: DebtRecord, expectedRevision: number): Promise<PlannerWriteResult>;
  deleteDebt(profileId: ProfileId, debtId: string, expectedRevision: number): Promise<PlannerWriteResult>;
  saveBudget(budget: BudgetRecord, expectedRevision: number): Promise<PlannerWriteResult>;
  savePlanSettings(settings: PlanSettingsRecord, expectedRevision: number): Promise<PlannerWriteResult>;
  /** Add or update one negotiation event. */
  saveNegotiation(record: NegotiationRecord, expectedRevision: number): Promise<PlannerWriteResult>;
  deleteNegotiation(profileId: ProfileId, negotiationId: string, expectedRevision: number): Promise<PlannerWriteResult>;
  /** Create or replace the profile's counsellor session (issue 8). */
  saveCounsellorSession(session: CounsellorSession, expectedRevision: number): Promise<PlannerWriteResult>;
  /**
   * Copy a profile under a new id and name in one write (debts, budget, plan settings,
   * negotiations, counsellor session; not the collection log). The copy starts at revision 1.
   */
  duplicateProfile(sourceId: ProfileId, copy: { id: ProfileId; displayName: string }): Promise<PlannerWriteResult>;
  /** Hear changes made in other tabs; returns the unsubscribe function. */
  onExternalChange?(listener: (profileId: string | null) => void): () => void;
}

/** Raised by the in-memory repository on a stale revision (the IndexedDB one raises ConflictError). */
export class RevisionConflict extends Error {
  readonly code = 'conflict';
  constructor(profileId: string) {
    super(`profile ${profileId} changed since it was read`);
    this.name = 'RevisionConflict';
  }
}

/** True for a revision conflict from either repository (both carry `code: 'conflict'`). */
export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'conflict';
}

const MONEY = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/;

interface MemoryProfile {
  profile: Profile;
  debts: Map<string, DebtRecord>;
  budget?: BudgetRecord;
  planSettings?: PlanSettingsRecord;
  negotiations: Map<string, NegotiationRecord>;
  counsellorSession?: CounsellorSession;
}

/** An in-memory PlannerRepository with the same revision rules as the IndexedDB one. */
export function makeMemoryRepository(now: () => string = () => new Date().toISOString()): PlannerRepository {
  let settings: SettingsRecord | undefined;
  const profiles = new Map<string, MemoryProfile>();
  const copy = <T>(value: T): T => structuredClone(value);

  const write = (
    profileId: ProfileId,
    expectedRevision: number,
    body: (entry: MemoryProfile) => void,
  ): PlannerWriteResult => {
    const entry = profiles.get(profileId);
    if (!entry) throw new Error(`no profile ${profileId}`);
    if (entry.profile.revision !== expectedRevision) throw new RevisionConflict(profileId);
    body(entry);
    const updatedAt = now();
    entry.profile = { ...entry.profile, revision: entry.profile.revision + 1, updatedAt };
    return { profileId, revision: entry.profile.revision, updatedAt };
  };

  return {
    getSettings: () => Promise.resolve(settings ? copy(settings) : undefined),
    putSettings: (next) => {
      settings = copy(next);
      return Promise.resolve();
    },
    listProfiles: () => Promise.resolve([...profiles.values()].map((entry) => copy(entry.profile))),
    loadProfile: (profileId) => {
      const entry = profiles.get(profileId);
      if (!entry) return Promise.reject(new Error(`no profile ${profileId}`));
      return Promise.resolve(
        copy({
          profile: entry.profile,
          debts: [...entry.debts.values()].sort((a, b) => a.position - b.position),
          budget: entry.budget,
          planSettings: entry.planSettings,
          negotiations: [...entry.negotiations.values()].sort((a, b) => a.at.localeCompare(b.at)),
          counsellorSession: entry.counsellorSession,
        }),
      );
    },
    listClients: () =>
      Promise.resolve(
        [...profiles.values()].map((entry) =>
          copy({
            profile: entry.profile,
            debts: [...entry.debts.values()].sort((a, b) => a.position - b.position),
            budget: entry.budget,
            planSettings: entry.planSettings,
            counsellorSession: entry.counsellorSession,
          }),
        ),
      ),
    putProfile: (profile, expectedRevision) => {
      const existing = profiles.get(profile.id);
      const actual = existing?.profile.revision ?? null;
      if (actual !== expectedRevision) return Promise.reject(new RevisionConflict(profile.id));
      const updatedAt = now();
      const revision = (actual ?? 0) + 1;
      const stored: Profile = { ...copy(profile), revision, updatedAt };
      if (existing) existing.profile = stored;
      else profiles.set(profile.id, { profile: stored, debts: new Map(), negotiations: new Map() });
      return Promise.resolve({ profileId: profile.id, revision, updatedAt });
    },
    deleteProfile: (profileId, expectedRevision) => {
      const entry = profiles.get(profileId);
      if (!entry) return Promise.reject(new Error(`no profile ${profileId}`));
      if (entry.profile.revision !== expectedRevision) return Promise.reject(new RevisionConflict(profileId));
      profiles.delete(profileId);
      if (settings?.activeProfileId === profileId) {
        const { activeProfileId: _removed, ...rest } = settings;
        settings = rest;
      }
      return Promise.resolve();
    },
    saveDebt: (debt, expectedRevision) =>
      new Promise((resolve) =>
        resolve(write(debt.profileId, expectedRevision, (entry) => entry.debts.set(debt.id, copy(debt)))),
      ),
    deleteDebt: (profileId, debtId, expectedRevision) =>
      new Promise((resolve) =>
        resolve(
          write(profileId, expectedRevision, (entry) => {
            entry.debts.delete(debtId);
            if (entry.planSettings) {
              entry.planSettings = {
                ...entry.planSettings,
                customOrder: entry.planSettings.customOrder.filter((id) => id !== debtId),
              };
            }
          }),
        ),
      ),
    saveBudget: (budget, expectedRevision) =>
      new Promise((resolve) => {
        // Same money rule as the IndexedDB repository's validation, so tests catch unstorable budgets.
        const amounts = [...budget.income, ...budget.expenses].map((line) => line.amount).concat(budget.directAmount);
        if (!amounts.every((amount) => MONEY.test(amount)))
          throw new Error('invalid budget record: money must look like 1234.50');
        resolve(write(budget.profileId, expectedRevision, (entry) => (entry.budget = copy(budget))));
      }),
    savePlanSettings: (planSettings, expectedRevision) =>
      new Promise((resolve) =>
        resolve(write(planSettings.profileId, expectedRevision, (entry) => (entry.planSettings = copy(planSettings)))),
      ),
    saveNegotiation: (record, expectedRevision) =>
      new Promise((resolve) =>
        resolve(write(record.profileId, expectedRevision, (entry) => entry.negotiations.set(record.id, copy(record)))),
      ),
    deleteNegotiation: (profileId, negotiationId, expectedRevision) =>
      new Promise((resolve) =>
        resolve(write(profileId, expectedRevision, (entry) => entry.negotiations.delete(negotiationId))),
      ),
    saveCounsellorSession: (session, expectedRevision) =>
      new Promise((resolve) =>
        resolve(write(session.profileId, expectedRevision, (entry) => (entry.counsellorSession = copy(session)))),
      ),
    duplicateProfile: (sourceId, target) => {
      const source = profiles.get(sourceId);
      if (!source) return Promise.reject(new Error(`no profile ${sourceId}`));
      if (profiles.has(target.id)) return Promise.reject(new RevisionConflict(target.id));
      const updatedAt = now();
      const debtIds = new Map([...source.debts.keys()].map((id) => [id, `${target.id}-${id}`]));
      const debts = new Map(
        [...source.debts.values()].map((debt) => {
          const id = debtIds.get(debt.id) ?? debt.id;
          return [id, { ...copy(debt), id, profileId: target.id }] as const;
        }),
      );
      const entry: MemoryProfile = {
        profile: { ...copy(source.profile), id: target.id, displayName: target.displayName, revision: 1, updatedAt },
        debts,
        negotiations: new Map(
          [...source.negotiations.values()].map((record) => [
            `${target.id}-${record.id}`,
            { ...copy(record), id: `${target.id}-${record.id}`, profileId: target.id },
          ]),
        ),
      };
      delete entry.profile.archived;
      if (source.budget) entry.budget = { ...copy(source.budget), profileId: target.id };
      if (source.planSettings) {
        const customOrder = source.planSettings.customOrder.map((id) => debtIds.get(id) ?? id);
        entry.planSettings = { ...copy(source.planSettings), profileId: target.id, customOrder };
      }
      if (source.counsellorSession)
        entry.counsellorSession = { ...copy(source.counsellorSession), profileId: target.id };
      profiles.set(target.id, entry);
      return Promise.resolve({ profileId: target.id, revision: 1, updatedAt });
    },
  };
}
