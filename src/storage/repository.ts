/**
 * The repository the UI uses: typed async reads and writes over the Shore database.
 *
 * Invariants:
 * - Every write is ONE readwrite transaction that also bumps the owning profile's `revision`
 *   and `updatedAt`; it lands whole or not at all.
 * - Every profile write takes the revision the caller last saw and rejects with ConflictError
 *   (writing nothing) if the stored one differs, so two tabs never overwrite each other silently.
 * - After commit, the change is announced to other tabs (sync.ts); never before.
 * - Errors leave as StorageError subclasses (ConflictError, NotFoundError, QuotaError).
 * - The clock is injected (`now`), so tests control every stored timestamp.
 */
import type {
  AttachmentRef,
  BudgetRecord,
  CollectionLogRecord,
  DebtRecord,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../domain/records';
import { DATA_STORES, PROFILE_STORES, SETTINGS_KEY, type ShoreDb, type StoreName } from './db';
import { ConflictError, InvalidRecordError, NotFoundError, toStorageError } from './errors';
import { deleteOwnedRecords, inTransaction, type WriteTransaction } from './transactions';
import type {
  AttachmentRowV3,
  BudgetRowV3,
  CollectionLogRowV3,
  DebtRowV3,
  NegotiationRowV3,
  PlanSettingsRowV3,
  ProfileRowV3,
  SettingsRowV3,
} from './schema/v3';
import type { ChangeChannel, ChangeNotice } from './sync';
import {
  budgetSchemaV3,
  debtSchemaV3,
  findProblem,
  logEntrySchemaV3,
  negotiationSchemaV3,
  planSettingsSchemaV3,
  profileSchemaV3,
  settingsSchemaV3,
} from './validation';
import type { GenericSchema } from 'valibot';

type Assert<T extends true> = T;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type PlainIds<T> = Omit<T, 'profileId' | 'activeProfileId' | 'id'> &
  ('id' extends keyof T ? { id: string } : unknown) &
  ('profileId' extends keyof T ? { profileId: string } : unknown) &
  ('activeProfileId' extends keyof T ? { activeProfileId?: string } : unknown);
/**
 * Compile-time guard: the live records in src/domain/records.ts must have exactly the shape of
 * the current frozen schema. If this fails, the domain changed: add schema/v4.ts and a migration.
 */
export type LiveRecordsMatchSchemaV3 = [
  Assert<SameShape<PlainIds<Profile>, ProfileRowV3>>,
  Assert<SameShape<PlainIds<DebtRecord>, DebtRowV3>>,
  Assert<SameShape<PlainIds<BudgetRecord>, BudgetRowV3>>,
  Assert<SameShape<PlainIds<PlanSettingsRecord>, PlanSettingsRowV3>>,
  Assert<SameShape<PlainIds<NegotiationRecord>, NegotiationRowV3>>,
  Assert<SameShape<PlainIds<CollectionLogRecord>, CollectionLogRowV3>>,
  Assert<SameShape<PlainIds<SettingsRecord>, SettingsRowV3>>,
];

/** The new state of a profile after a committed write. */
export interface WriteResult {
  profileId: ProfileId;
  revision: number;
  updatedAt: string;
}

/** Everything the UI shows for one profile, read in one transaction (a consistent snapshot). */
export interface LoadedProfile {
  profile: Profile;
  /** Sorted by `position`. */
  debts: DebtRecord[];
  budget: BudgetRecord | undefined;
  planSettings: PlanSettingsRecord | undefined;
  /** Sorted by `at`. */
  negotiations: NegotiationRecord[];
  /** Sorted by `at` (string order of the ISO moments). */
  collectionLog: CollectionLogRecord[];
}

/** A profile as the UI edits it; the repository owns `revision` and `updatedAt`. */
export type ProfileInput = Omit<Profile, 'revision' | 'updatedAt'>;

/** A file to attach to a collection-log entry. */
export interface AttachmentInput {
  id: string;
  name: string;
  /** MIME type, e.g. image/png. */
  type: string;
  blob: Blob;
}

/** A stored attachment with its metadata. */
export interface StoredAttachment extends AttachmentRef {
  profileId: ProfileId;
  logId: string;
  blob: Blob;
}

export const DEFAULT_SETTINGS: SettingsRecord = { language: 'zh-CN' };

export interface RepositoryOptions {
  /** ISO 8601 moment for `updatedAt`; default the system clock. */
  now?: () => string;
  /** Where to announce committed changes (other tabs subscribe to their own channel). */
  changes?: ChangeChannel;
}

export interface ShoreRepository {
  /** The database, for backup.ts; the UI should not need it. */
  readonly db: ShoreDb;
  listProfiles(): Promise<Profile[]>;
  getProfile(profileId: ProfileId): Promise<Profile | undefined>;
  /** Create (expectedRevision null: must not exist yet) or update a profile's name and notes. */
  putProfile(profile: ProfileInput, expectedRevision: number | null): Promise<WriteResult>;
  /** Delete a profile and everything it owns, in one transaction. */
  deleteProfile(profileId: ProfileId, expectedRevision: number): Promise<void>;
  /** @throws NotFoundError if there is no such profile. */
  loadProfile(profileId: ProfileId): Promise<LoadedProfile>;
  /** Add or replace a debt. A new debt is appended to a non-empty custom order. */
  saveDebt(debt: DebtRecord, expectedRevision: number): Promise<WriteResult>;
  /** Delete a debt (and its id from the custom order). */
  deleteDebt(profileId: ProfileId, debtId: string, expectedRevision: number): Promise<WriteResult>;
  /** Set `position` from the given order, which must list every debt of the profile exactly once. */
  reorderDebts(profileId: ProfileId, orderedDebtIds: readonly string[], expectedRevision: number): Promise<WriteResult>;
  saveBudget(budget: BudgetRecord, expectedRevision: number): Promise<WriteResult>;
  savePlanSettings(settings: PlanSettingsRecord, expectedRevision: number): Promise<WriteResult>;
  /** Add or update one negotiation event. */
  saveNegotiation(record: NegotiationRecord, expectedRevision: number): Promise<WriteResult>;
  deleteNegotiation(profileId: ProfileId, negotiationId: string, expectedRevision: number): Promise<WriteResult>;
  /**
   * Add or update a collection-log entry together with its new attachment files, atomically.
   * `entry.attachments` lists every attachment the entry keeps: each must be among
   * `newAttachments` or already stored; stored ones no longer listed are deleted.
   */
  saveLogEntry(
    entry: CollectionLogRecord,
    expectedRevision: number,
    newAttachments?: readonly AttachmentInput[],
  ): Promise<WriteResult>;
  /** Delete a log entry and its attachments. */
  deleteLogEntry(profileId: ProfileId, logId: string, expectedRevision: number): Promise<WriteResult>;
  getAttachment(attachmentId: string): Promise<StoredAttachment | undefined>;
  listAttachments(logId: string): Promise<StoredAttachment[]>;
  /** Stored settings, or DEFAULT_SETTINGS. */
  getSettings(): Promise<SettingsRecord>;
  putSettings(settings: SettingsRecord): Promise<void>;
  /** Delete every person's data (settings too); the schema stays. */
  wipeAll(): Promise<void>;
  close(): void;
}

function systemNow(): string {
  return new Date().toISOString();
}

/** Rows store plain strings; the domain brands profile ids. */
function toProfile(row: ProfileRowV3): Profile {
  return row as Profile;
}

function byPosition(a: DebtRecord, b: DebtRecord): number {
  return a.position - b.position;
}

function byMoment(a: { at: string }, b: { at: string }): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/**
 * Check a record against the frozen schema before it is written, so everything stored can be
 * exported and imported back. Returns the record for chaining.
 */
function checked<T>(store: StoreName, schema: GenericSchema, record: T): T {
  const problem = findProblem(schema, record);
  if (problem !== undefined) throw new InvalidRecordError(store, problem.path, problem.message);
  return record;
}

/**
 * Make the repository over an open database.
 * @example
 * const db = await openShoreDb();
 * const changes = openChangeChannel();
 * const repo = makeShoreRepository(db, { changes });
 * const { revision } = await repo.putProfile({ id, displayName: '我', notes: '' }, null);
 */
export function makeShoreRepository(db: ShoreDb, options: RepositoryOptions = {}): ShoreRepository {
  const now = options.now ?? systemNow;
  const announce = (notice: ChangeNotice): void => options.changes?.announce(notice);

  /**
   * The one write path for profile-owned data: check the revision, run `body`, bump the
   * revision, commit, announce.
   */
  async function writeProfile(
    profileId: ProfileId,
    expectedRevision: number,
    stores: readonly StoreName[],
    body: (tx: WriteTransaction, moment: string) => Promise<void>,
  ): Promise<WriteResult> {
    const moment = now();
    const result = await inTransaction(db, ['profiles', ...stores], async (tx) => {
      const profiles = tx.objectStore('profiles');
      const stored = await profiles.get(profileId);
      if (stored === undefined) throw new NotFoundError('profiles', profileId);
      if (stored.revision !== expectedRevision) {
        throw new ConflictError(profileId, expectedRevision, stored.revision);
      }
      await body(tx, moment);
      const revision = stored.revision + 1;
      await profiles.put({ ...stored, revision, updatedAt: moment });
      return { profileId, revision, updatedAt: moment };
    });
    announce({ profileId, revision: result.revision, stores: ['profiles', ...stores] });
    return result;
  }

  const repository: ShoreRepository = {
    db,

    async listProfiles() {
      try {
        return (await db.getAll('profiles')).map(toProfile);
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async getProfile(profileId) {
      try {
        const row = await db.get('profiles', profileId);
        return row === undefined ? undefined : toProfile(row);
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async putProfile(profile, expectedRevision) {
      const moment = now();
      const result = await inTransaction(db, ['profiles'], async (tx) => {
        const profiles = tx.objectStore('profiles');
        const stored = await profiles.get(profile.id);
        const actual = stored?.revision ?? null;
        if (actual !== expectedRevision) throw new ConflictError(profile.id, expectedRevision, actual);
        const revision = (actual ?? 0) + 1;
        await profiles.put(checked('profiles', profileSchemaV3, { ...profile, revision, updatedAt: moment }));
        return { profileId: profile.id, revision, updatedAt: moment };
      });
      announce({ profileId: profile.id, revision: result.revision, stores: ['profiles'] });
      return result;
    },

    async deleteProfile(profileId, expectedRevision) {
      await inTransaction(db, DATA_STORES, async (tx) => {
        const stored = await tx.objectStore('profiles').get(profileId);
        if (stored === undefined) throw new NotFoundError('profiles', profileId);
        if (stored.revision !== expectedRevision) {
          throw new ConflictError(profileId, expectedRevision, stored.revision);
        }
        await deleteOwnedRecords(tx, profileId);
        await tx.objectStore('profiles').delete(profileId);
        const settings = tx.objectStore('settings');
        const current = await settings.get(SETTINGS_KEY);
        if (current?.activeProfileId === profileId) {
          const { activeProfileId: _removed, ...rest } = current;
          await settings.put(rest, SETTINGS_KEY);
        }
      });
      announce({ profileId, revision: null, stores: [...DATA_STORES] });
    },

    async loadProfile(profileId) {
      try {
        const tx = db.transaction(['profiles', ...PROFILE_STORES], 'readonly');
        const [profile, debts, budget, planSettings, negotiations, collectionLog] = await Promise.all([
          tx.objectStore('profiles').get(profileId),
          tx.objectStore('debts').index('profileId').getAll(profileId),
          tx.objectStore('budgets').get(profileId),
          tx.objectStore('planSettings').get(profileId),
          tx.objectStore('negotiations').index('profileId').getAll(profileId),
          tx
            .objectStore('collectionLog')
            .index('profileId_at')
            .getAll(IDBKeyRange.bound([profileId, ''], [profileId, '\uffff'])),
        ]);
        await tx.done;
        if (profile === undefined) throw new NotFoundError('profiles', profileId);
        return {
          profile: toProfile(profile),
          debts: (debts as DebtRecord[]).sort(byPosition),
          budget: budget as BudgetRecord | undefined,
          planSettings: planSettings as PlanSettingsRecord | undefined,
          negotiations: (negotiations as NegotiationRecord[]).sort(byMoment),
          collectionLog: collectionLog as CollectionLogRecord[],
        };
      } catch (error) {
        throw toStorageError(error);
      }
    },

    saveDebt(debt, expectedRevision) {
      return writeProfile(debt.profileId, expectedRevision, ['debts', 'planSettings'], async (tx, moment) => {
        const debts = tx.objectStore('debts');
        const isNew = (await debts.getKey(debt.id)) === undefined;
        await debts.put(checked('debts', debtSchemaV3, { ...debt, updatedAt: moment }));
        if (!isNew) return;
        const planSettings = tx.objectStore('planSettings');
        const settings = await planSettings.get(debt.profileId);
        if (settings !== undefined && settings.customOrder.length > 0 && !settings.customOrder.includes(debt.id)) {
          await planSettings.put({ ...settings, customOrder: [...settings.customOrder, debt.id], updatedAt: moment });
        }
      });
    },

    deleteDebt(profileId, debtId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['debts', 'planSettings'], async (tx, moment) => {
        const debts = tx.objectStore('debts');
        const stored = await debts.get(debtId);
        if (stored === undefined || stored.profileId !== profileId) throw new NotFoundError('debts', debtId);
        await debts.delete(debtId);
        const planSettings = tx.objectStore('planSettings');
        const settings = await planSettings.get(profileId);
        if (settings?.customOrder.includes(debtId) === true) {
          const customOrder = settings.customOrder.filter((id) => id !== debtId);
          await planSettings.put({ ...settings, customOrder, updatedAt: moment });
        }
      });
    },

    reorderDebts(profileId, orderedDebtIds, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['debts'], async (tx, moment) => {
        const debts = tx.objectStore('debts');
        const stored = await debts.index('profileId').getAll(profileId);
        const byId = new Map(stored.map((debt) => [debt.id, debt]));
        if (new Set(orderedDebtIds).size !== orderedDebtIds.length || orderedDebtIds.length !== stored.length) {
          throw new ConflictError(profileId, expectedRevision, expectedRevision);
        }
        for (const [position, id] of orderedDebtIds.entries()) {
          const debt = byId.get(id);
          if (debt === undefined) throw new NotFoundError('debts', id);
          if (debt.position !== position) await debts.put({ ...debt, position, updatedAt: moment });
        }
      });
    },

    saveBudget(budget, expectedRevision) {
      return writeProfile(budget.profileId, expectedRevision, ['budgets'], async (tx, moment) => {
        await tx.objectStore('budgets').put(checked('budgets', budgetSchemaV3, { ...budget, updatedAt: moment }));
      });
    },

    savePlanSettings(settings, expectedRevision) {
      return writeProfile(settings.profileId, expectedRevision, ['planSettings'], async (tx, moment) => {
        await tx.objectStore('planSettings').put(checked('planSettings', planSettingsSchemaV3, { ...settings, updatedAt: moment }));
      });
    },

    saveNegotiation(record, expectedRevision) {
      return writeProfile(record.profileId, expectedRevision, ['negotiations'], async (tx, moment) => {
        await tx.objectStore('negotiations').put(checked('negotiations', negotiationSchemaV3, { ...record, updatedAt: moment }));
      });
    },

    deleteNegotiation(profileId, negotiationId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['negotiations'], async (tx) => {
        const negotiations = tx.objectStore('negotiations');
        const stored = await negotiations.get(negotiationId);
        if (stored === undefined || stored.profileId !== profileId) {
          throw new NotFoundError('negotiations', negotiationId);
        }
        await negotiations.delete(negotiationId);
      });
    },

    saveLogEntry(entry, expectedRevision, newAttachments = []) {
      return writeProfile(entry.profileId, expectedRevision, ['collectionLog', 'attachments'], async (tx, moment) => {
        const attachments = tx.objectStore('attachments');
        const existingKeys = await attachments.index('logId').getAllKeys(entry.id);
        const existing = new Set(existingKeys);
        const incoming = new Map(newAttachments.map((file) => [file.id, file]));
        const refs: AttachmentRef[] = [];
        for (const ref of entry.attachments) {
          const file = incoming.get(ref.id);
          if (file !== undefined) {
            refs.push({ id: file.id, name: file.name, type: file.type, size: file.blob.size });
          } else if (existing.has(ref.id)) {
            refs.push(ref);
          } else {
            throw new NotFoundError('attachments', ref.id);
          }
        }
        const kept = new Set(refs.map((ref) => ref.id));
        for (const key of existingKeys) if (!kept.has(key)) await attachments.delete(key);
        for (const file of incoming.values()) {
          if (!kept.has(file.id)) continue;
          const row: AttachmentRowV3 = {
            id: file.id,
            profileId: entry.profileId,
            logId: entry.id,
            name: file.name,
            type: file.type,
            size: file.blob.size,
            blob: file.blob,
          };
          await attachments.put(row);
        }
        await tx.objectStore('collectionLog').put(checked('collectionLog', logEntrySchemaV3, { ...entry, attachments: refs, updatedAt: moment }));
      });
    },

    deleteLogEntry(profileId, logId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['collectionLog', 'attachments'], async (tx) => {
        const log = tx.objectStore('collectionLog');
        const stored = await log.get(logId);
        if (stored === undefined || stored.profileId !== profileId) throw new NotFoundError('collectionLog', logId);
        const attachments = tx.objectStore('attachments');
        for (const key of await attachments.index('logId').getAllKeys(logId)) await attachments.delete(key);
        await log.delete(logId);
      });
    },

    async getAttachment(attachmentId) {
      try {
        return (await db.get('attachments', attachmentId)) as StoredAttachment | undefined;
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async listAttachments(logId) {
      try {
        return (await db.getAllFromIndex('attachments', 'logId', logId)) as StoredAttachment[];
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async getSettings() {
      try {
        return ((await db.get('settings', SETTINGS_KEY)) as SettingsRecord | undefined) ?? { ...DEFAULT_SETTINGS };
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async putSettings(settings) {
      await inTransaction(db, ['settings'], async (tx) => {
        await tx.objectStore('settings').put(checked('settings', settingsSchemaV3, { ...settings }), SETTINGS_KEY);
      });
      announce({ profileId: null, revision: null, stores: ['settings'] });
    },

    async wipeAll() {
      await inTransaction(db, DATA_STORES, async (tx) => {
        for (const store of DATA_STORES) await tx.objectStore(store).clear();
      });
      announce({ profileId: null, revision: null, stores: [...DATA_STORES] });
    },

    close() {
      db.close();
    },
  };
  return repository;
}
