/**
 * The bridge from the planner's `PlannerRepository` to src/storage (IndexedDB via idb).
 *
 * Only this file (and main.tsx's wiring) imports storage. The storage repository already speaks
 * in revisions and records, so the adapter is thin: it narrows `loadProfile`, hears other tabs'
 * changes through the storage change channel, and tells a first visit apart from stored settings.
 */
import type { SettingsRecord } from '../../domain/records';
import type { ChangeChannel, ShoreRepository } from '../../storage';
import type { PlannerRepository } from './repository';

/**
 * Adapt the IndexedDB repository. `changes` is the channel the repository announces on; other
 * tabs' notices arrive through it.
 */
export function adaptShoreRepository(repository: ShoreRepository, changes?: ChangeChannel): PlannerRepository {
  return {
    async getSettings(): Promise<SettingsRecord | undefined> {
      return (await repository.hasStoredSettings()) ? repository.getSettings() : undefined;
    },
    putSettings: (settings) => repository.putSettings(settings),
    listProfiles: () => repository.listProfiles(),
    async loadProfile(profileId) {
      const loaded = await repository.loadProfile(profileId);
      return {
        profile: loaded.profile,
        debts: loaded.debts,
        budget: loaded.budget,
        planSettings: loaded.planSettings,
        negotiations: loaded.negotiations,
        counsellorSession: loaded.counsellorSession,
      };
    },
    listClients: () => repository.loadClientDirectory(),
    putProfile: (profile, expectedRevision) => repository.putProfile(profile, expectedRevision),
    deleteProfile: (profileId, expectedRevision) => repository.deleteProfile(profileId, expectedRevision),
    saveDebt: (debt, expectedRevision) => repository.saveDebt(debt, expectedRevision),
    deleteDebt: (profileId, debtId, expectedRevision) => repository.deleteDebt(profileId, debtId, expectedRevision),
    saveBudget: (budget, expectedRevision) => repository.saveBudget(budget, expectedRevision),
    savePlanSettings: (settings, expectedRevision) => repository.savePlanSettings(settings, expectedRevision),
    saveNegotiation: (record, expectedRevision) => repository.saveNegotiation(record, expectedRevision),
    deleteNegotiation: (profileId, negotiationId, expectedRevision) =>
      repository.deleteNegotiation(profileId, negotiationId, expectedRevision),
    saveCounsellorSession: (session, expectedRevision) => repository.saveCounsellorSession(session, expectedRevision),
    duplicateProfile: (sourceId, copy) => repository.duplicateProfile(sourceId, copy),
    onExternalChange: changes ? (listener) => changes.subscribe((notice) => listener(notice.profileId)) : undefined,
  };
}
