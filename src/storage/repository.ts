/**
 * The IndexedDB repository: `ShoreRepository` (records.ts) over the Shore database.
 *
 * Invariants:
 * - Every write is ONE readwrite transaction that also bumps the owning profile's `revision`
 *   and `updatedAt`; it lands whole or not at all. What it does is decided by writePlans.ts (the
 *   same plans the in-memory repository applies); it is sealed and committed by sealedWrite.ts,
 *   which re-checks the profile row and the lock epoch and prepares again if either moved.
 * - When the passphrase lock is on and no key is in memory, every call but wipeAll rejects
 *   with LockedError; when unlocked, encryption is invisible to callers.
 * - Every profile write takes the revision the caller last saw and rejects with ConflictError
 *   (writing nothing) if the stored one differs, so two tabs never overwrite each other silently.
 * - After commit, the change is announced to other tabs (sync.ts); never before.
 * - Errors leave as StorageError subclasses (ConflictError, NotFoundError, QuotaError).
 * - The clock is injected (`now`), so tests control every stored timestamp.
 */
import type { CollectionLogRecord, Profile, SettingsRecord } from '../domain/records';
import type { ShoreDb } from './db';
import { draftId, draftRow, draftsOf } from './drafts';
import { DamagedRecordError, NotFoundError, toStorageError } from './errors';
import { getVault, type Session, type Vault } from './lock';
import {
  assembleProfile,
  checked,
  DEFAULT_SETTINGS,
  isListKind,
  RECORD_KIND_NAMES,
  RECORD_KINDS,
  type ClientDirectoryEntry,
  type LoadedProfile,
  type RecordKind,
  type RecordOf,
  type ShoreRepository,
  type StoredAttachment,
} from './records';
import type * as V14 from './schema/v14';
import type { DraftRowV14, StoredCounsellorSessionRowV14 } from './schema/v14';
import { splitSessionNotes } from './migrations/0013-counsellor-notes';
import { makePlanReader, sealedWrite, type Guard, type PreparedWrite } from './sealedWrite';
import {
  COUNSELLOR_STORES,
  DATA_STORES,
  PROFILE_STORES,
  SETTINGS_KEY,
  type DataStoreName,
  type StoreName,
} from './stores';
import { inTransaction } from './transactions';
import type { ChangeChannel, ChangeNotice } from './sync';
import { settingsSchemaV10 } from './validation';
import {
  planDeleteProfile,
  planDuplicate,
  planPutProfile,
  planRemove,
  planReorder,
  planSave,
  type PlannedWrite,
  type PlanReader,
} from './writePlans';

export {
  DEFAULT_SETTINGS,
  type AttachmentInput,
  type ClientDirectoryEntry,
  type DuplicateInput,
  type ListKind,
  type LoadedProfile,
  type ProfileInput,
  type RecordKind,
  type RecordOf,
  type SaveOptions,
  type ShoreRepository,
  type SingleKind,
  type StoredAttachment,
  type WriteResult,
} from './records';

type Assert<T extends true> = T;
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type PlainIds<T> = Omit<T, 'profileId' | 'activeProfileId' | 'id'> &
  ('id' extends keyof T ? { id: string } : unknown) &
  ('profileId' extends keyof T ? { profileId: string } : unknown) &
  ('activeProfileId' extends keyof T ? { activeProfileId?: string } : unknown);
/**
 * Compile-time guard: the live records in src/domain/records.ts must have exactly the shape of
 * the current frozen schema. If this fails, the domain changed: add schema/v15.ts and a migration.
 */
export type LiveRecordsMatchSchemaV14 = [
  Assert<SameShape<PlainIds<Profile>, V14.ProfileRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'debts'>>, V14.DebtRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'budget'>>, V14.BudgetRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'planSettings'>>, V14.PlanSettingsRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'negotiations'>>, V14.NegotiationRowV14>>,
  Assert<SameShape<PlainIds<CollectionLogRecord>, V14.CollectionLogRowV14>>,
  Assert<SameShape<PlainIds<SettingsRecord>, V14.SettingsRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'counsellorSession'>>, V14.CounsellorSessionRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'payments'>>, V14.PaymentRowV14>>,
  Assert<SameShape<PlainIds<RecordOf<'counsellorNotes'>>, V14.CounsellorNotesRowV14>>,
];

/** A session as the client list shows it: never the counsellor's notes an old row may hold. */
function withoutSessionNotes(
  row: StoredCounsellorSessionRowV14 | undefined,
): RecordOf<'counsellorSession'> | undefined {
  return row === undefined ? undefined : (splitSessionNotes(row).session as RecordOf<'counsellorSession'>);
}

export interface RepositoryOptions {
  /** ISO 8601 moment for `updatedAt`; default the system clock. */
  now?: () => string;
  /** Where to announce committed changes (other tabs subscribe to their own channel). */
  changes?: ChangeChannel;
  /** The passphrase lock of `db`; default `getVault(db)` (one per connection). */
  vault?: Vault;
  /** New record ids (duplicateProfile); default crypto.randomUUID. */
  newId?: () => string;
}

function systemNow(): string {
  return new Date().toISOString();
}

/**
 * The UI language, readable while the lock is on (it is kept in clear for the lock screen):
 * `undefined` when nothing was stored.
 */
export async function readStoredLanguage(db: ShoreDb): Promise<SettingsRecord['language'] | undefined> {
  const row = (await db.get('settings', SETTINGS_KEY)) as { language?: unknown } | undefined;
  return row?.language === 'zh-CN' || row?.language === 'en' ? row.language : undefined;
}

/** The database untyped: rows may be sealed, which the typed schema does not know. */
interface RawDb {
  get(store: DataStoreName, key: string): Promise<unknown>;
  getAll(store: DataStoreName): Promise<unknown[]>;
  getAllFromIndex(store: DataStoreName, index: string, key: string): Promise<unknown[]>;
  getAllKeysFromIndex(store: DataStoreName, index: string, key: string): Promise<string[]>;
}

/**
 * Make the repository over an open database.
 * @example
 * const db = await openShoreDb();
 * const repo = makeShoreRepository(db, { changes: openChangeChannel() });
 * const { revision } = await repo.putProfile({ id, displayName: '我', notes: '' }, null);
 * await repo.save('debts', debt, revision);
 */
export function makeShoreRepository(db: ShoreDb, options: RepositoryOptions = {}): ShoreRepository {
  const now = options.now ?? systemNow;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const announce = (notice: ChangeNotice): void => options.changes?.announce(notice);
  const vault = options.vault ?? getVault(db);
  const raw = db as unknown as RawDb;

  /** A read under the current lock session; any failure leaves as a StorageError. */
  async function read<T>(body: (session: Session) => Promise<T>): Promise<T> {
    try {
      return await body(await vault.session());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async function openAs<T>(session: Session, store: DataStoreName, row: unknown): Promise<T | undefined> {
    return row === undefined ? undefined : ((await session.open(store, row)) as T);
  }

  function openAll<T>(session: Session, store: DataStoreName, rows: readonly unknown[]): Promise<T[]> {
    return Promise.all(rows.map(async (row) => (await session.open(store, row)) as T));
  }

  /** Commit a plan made by `plan` (sealed, one transaction, retried if the lock or a guarded row moved). */
  function commit<T>(
    plan: (reader: PlanReader, moment: string) => Promise<PlannedWrite<T>>,
    extra: Partial<Pick<PreparedWrite<T>, 'inside' | 'stores'>> = {},
  ): Promise<T> {
    return sealedWrite(db, vault, async (session) => {
      const guards: Guard[] = [];
      const planned = await plan(makePlanReader(db, session, guards), now());
      return { ...planned, ...extra, guards };
    });
  }

  /** Announce a committed profile write (ids only). */
  function announced<T extends { profileId: string; revision: number }>(stores: readonly StoreName[], result: T): T {
    announce({ profileId: result.profileId, revision: result.revision, stores: ['profiles', ...stores] });
    return result;
  }

  async function loadProfile(profileId: Profile['id']): Promise<LoadedProfile> {
    return read(async (session) => {
      const tx = db.transaction(['profiles', ...PROFILE_STORES, ...COUNSELLOR_STORES], 'readonly');
      const store = (name: DataStoreName) => tx.objectStore(name as never) as unknown as RawStore;
      const [profile, ...stored] = await Promise.all([
        store('profiles').get(profileId),
        // Not the [profileId, at] index for the log: sealed entries keep `at` encrypted; sorted after.
        ...RECORD_KIND_NAMES.map((kind) => {
          const kindStore = store(RECORD_KINDS[kind].store);
          return isListKind(kind) ? kindStore.index('profileId').getAll(profileId) : kindStore.get(profileId);
        }),
      ]);
      await tx.done;
      if (profile === undefined) throw new NotFoundError('profiles', profileId);
      const opened = await Promise.all(
        RECORD_KIND_NAMES.map((kind, i) => {
          const rows = stored[i];
          const name = RECORD_KINDS[kind].store;
          return isListKind(kind) ? openAll(session, name, rows as unknown[]) : openAs(session, name, rows);
        }),
      );
      return assembleProfile(
        (await session.open('profiles', profile)) as Profile,
        Object.fromEntries(RECORD_KIND_NAMES.map((kind, i) => [kind, opened[i]])),
      );
    });
  }

  const repository: ShoreRepository = {
    listProfiles() {
      return read(async (session) => openAll<Profile>(session, 'profiles', await raw.getAll('profiles')));
    },

    getProfile(profileId) {
      return read(async (session) => openAs<Profile>(session, 'profiles', await raw.get('profiles', profileId)));
    },

    async putProfile(profile, expectedRevision) {
      const result = await commit((reader, moment) => planPutProfile(profile, expectedRevision, reader, moment));
      return announced([], result);
    },

    async deleteProfile(profileId, expectedRevision) {
      await commit((reader) => planDeleteProfile(profileId, expectedRevision, reader), {
        stores: ['settings'],
        // activeProfileId is a clear field, also in a sealed settings row: edit it in place.
        async inside(tx) {
          const settings = tx.objectStore('settings');
          const current = await settings.get(SETTINGS_KEY);
          if (current?.activeProfileId === profileId) {
            const { activeProfileId: _removed, ...rest } = current;
            await settings.put(rest, SETTINGS_KEY);
          }
        },
      });
      announce({ profileId, revision: null, stores: [...DATA_STORES] });
    },

    async duplicateProfile(sourceId, copy) {
      const result = await commit((reader, moment) =>
        planDuplicate(sourceId, copy, reader, loadProfile, moment, newId),
      );
      announce({ profileId: copy.id, revision: 1, stores: ['profiles', ...PROFILE_STORES] });
      return result;
    },

    loadProfile,

    loadClientDirectory() {
      return read(async (session) => {
        const tx = db.transaction(['profiles', 'debts', 'budgets', 'planSettings', 'counsellorSessions'], 'readonly');
        const [profiles, debts, budgets, planSettings, counsellorSessions] = await Promise.all([
          tx.objectStore('profiles').getAll(),
          tx.objectStore('debts').getAll(),
          tx.objectStore('budgets').getAll(),
          tx.objectStore('planSettings').getAll(),
          tx.objectStore('counsellorSessions').getAll(),
        ]);
        await tx.done;
        // `profileId` stays in clear on sealed rows (CLEAR_FIELDS), so rows group before opening.
        const ownerOf = (row: unknown): unknown => (row as { profileId?: unknown }).profileId;
        const debtsOf = new Map<unknown, unknown[]>();
        for (const row of debts) {
          const owned = debtsOf.get(ownerOf(row));
          if (owned) owned.push(row);
          else debtsOf.set(ownerOf(row), [row]);
        }
        // Budgets, plan settings and sessions: one per profile, keyed by its id.
        const budgetOf = new Map(budgets.map((row) => [ownerOf(row), row]));
        const settingsOf = new Map(planSettings.map((row) => [ownerOf(row), row]));
        const sessionOf = new Map(counsellorSessions.map((row) => [ownerOf(row), row]));
        const entries = await Promise.all(
          profiles.map(async (stored): Promise<ClientDirectoryEntry | undefined> => {
            try {
              const profile = (await session.open('profiles', stored)) as Profile;
              const debtRows = await openAll<RecordOf<'debts'>>(session, 'debts', debtsOf.get(profile.id) ?? []);
              return {
                profile,
                debts: debtRows.sort(RECORD_KINDS.debts.order),
                budget: await openAs(session, 'budgets', budgetOf.get(profile.id)),
                planSettings: await openAs(session, 'planSettings', settingsOf.get(profile.id)),
                counsellorSession: withoutSessionNotes(
                  await openAs<StoredCounsellorSessionRowV14>(session, 'counsellorSessions', sessionOf.get(profile.id)),
                ),
              };
            } catch (error) {
              // One damaged client must not hide the others; locked is for the caller to handle.
              if (error instanceof DamagedRecordError) return undefined;
              throw error;
            }
          }),
        );
        return entries.filter((entry) => entry !== undefined);
      });
    },

    async save<K extends RecordKind>(kind: K, record: RecordOf<K>, expectedRevision: number, saveOptions = {}) {
      const result = await commit((reader, moment) =>
        planSave(kind, record, expectedRevision, reader, moment, saveOptions),
      );
      return announced(storesTouched(kind), result);
    },

    async remove(kind, profileId, id, expectedRevision) {
      const result = await commit((reader, moment) =>
        planRemove(kind, profileId, id, expectedRevision, reader, moment),
      );
      return announced(storesTouched(kind), result);
    },

    async reorderDebts(profileId, orderedDebtIds, expectedRevision) {
      const result = await commit((reader, moment) =>
        planReorder(profileId, orderedDebtIds, expectedRevision, reader, moment),
      );
      return announced(['debts'], result);
    },

    getAttachment(attachmentId) {
      return read(async (session) =>
        openAs<StoredAttachment>(session, 'attachments', await raw.get('attachments', attachmentId)),
      );
    },

    listAttachments(logId) {
      return read(async (session) =>
        openAll<StoredAttachment>(session, 'attachments', await raw.getAllFromIndex('attachments', 'logId', logId)),
      );
    },

    async hasStoredSettings() {
      return (await raw.get('settings', SETTINGS_KEY)) !== undefined;
    },

    getSettings() {
      return read(async (session) => {
        const row = await openAs<SettingsRecord>(session, 'settings', await raw.get('settings', SETTINGS_KEY));
        return row ?? { ...DEFAULT_SETTINGS };
      });
    },

    async putSettings(settings) {
      const row = checked('settings', settingsSchemaV10, { ...settings });
      await sealedWrite(db, vault, () =>
        Promise.resolve({ guards: [], puts: [{ store: 'settings' as const, row }], deletes: [], result: undefined }),
      );
      announce({ profileId: null, revision: null, stores: ['settings'] });
    },

    loadDrafts(profileId) {
      return read(async (session) =>
        draftsOf(
          await openAll<DraftRowV14>(session, 'drafts', await raw.getAllFromIndex('drafts', 'profileId', profileId)),
        ),
      );
    },

    async putDraft(profileId, formKey, value) {
      // Not a profile write: no revision, no notice to other tabs (issue 13).
      await sealedWrite(db, vault, () => {
        const row = draftRow(profileId, formKey, value, now());
        return Promise.resolve({
          guards: [],
          puts: [{ store: 'drafts' as const, row }],
          deletes: [],
          result: undefined,
        });
      });
    },

    async deleteDraft(profileId, formKey) {
      await sealedWrite(db, vault, () =>
        Promise.resolve({
          guards: [],
          puts: [],
          deletes: [{ store: 'drafts' as const, key: draftId(profileId, formKey) }],
          result: undefined,
        }),
      );
    },

    async wipeAll() {
      // Needs no key: wiping is also the way out of a forgotten passphrase.
      await inTransaction(db, DATA_STORES, async (tx) => {
        await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
      });
      announce({ profileId: null, revision: null, stores: [...DATA_STORES] });
    },

    close() {
      db.close();
    },
  };
  return repository;
}

/** The stores a write of `kind` may change, besides the profile: what other tabs are told. */
function storesTouched(kind: RecordKind): StoreName[] {
  if (kind === 'counsellorSession' || kind === 'counsellorNotes') return ['counsellorSessions', 'counsellorNotes'];
  if (kind === 'debts') return ['debts', 'planSettings'];
  if (kind === 'collectionLog') return ['collectionLog', 'attachments'];
  return [RECORD_KINDS[kind].store];
}

interface RawStore {
  get(key: string): Promise<unknown>;
  index(name: 'profileId'): { getAll(key: string): Promise<unknown[]> };
}
