/**
 * The repository the UI uses: typed async reads and writes over the Shore database.
 *
 * Invariants:
 * - Every write is ONE readwrite transaction that also bumps the owning profile's `revision`
 *   and `updatedAt`; it lands whole or not at all. It is prepared first (reads decrypted,
 *   rows validated and encrypted outside any transaction, since awaiting WebCrypto inside one
 *   lets it auto-commit); the commit re-checks the profile row and the lock epoch and, if
 *   either changed meanwhile, the write is prepared again (lock.ts, ADR 0004).
 * - When the passphrase lock is on and no key is in memory, every call but wipeAll rejects
 *   with LockedError; when unlocked, encryption is invisible to callers.
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
  CounsellorSession,
  DebtRecord,
  NegotiationRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../domain/records';
import { rowStamp } from './cryptoRecords';
import {
  DATA_STORES,
  PROFILE_STORES,
  SETTINGS_KEY,
  type DataStoreName,
  type ProfileStoreName,
  type ShoreDb,
  type StoreName,
} from './db';
import { ConflictError, DamagedRecordError, InvalidRecordError, NotFoundError, toStorageError } from './errors';
import { getVault, StaleSessionError, type Session, type Vault } from './lock';
import { deleteOwnedRecords, inTransaction, type WriteTransaction } from './transactions';
import type { AttachmentRowV3, CollectionLogRowV3, DebtRowV3, PlanSettingsRowV3, ProfileRowV3 } from './schema/v3';
import type * as V4 from './schema/v4';
import type { CounsellorSessionRowV5 } from './schema/v5';
import type { NegotiationRowV7, SettingsRowV7 } from './schema/v7';
import type { ChangeChannel, ChangeNotice } from './sync';
import {
  budgetSchemaV3,
  counsellorSessionSchemaV5,
  debtSchemaV3,
  findProblem,
  logEntrySchemaV4,
  negotiationSchemaV7,
  planSettingsSchemaV3,
  profileSchemaV3,
  settingsSchemaV7,
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
 * the current frozen schema. If this fails, the domain changed: add schema/v8.ts and a migration.
 */
export type LiveRecordsMatchSchemaV7 = [
  Assert<SameShape<PlainIds<Profile>, V4.ProfileRowV4>>,
  Assert<SameShape<PlainIds<DebtRecord>, V4.DebtRowV4>>,
  Assert<SameShape<PlainIds<BudgetRecord>, V4.BudgetRowV4>>,
  Assert<SameShape<PlainIds<PlanSettingsRecord>, V4.PlanSettingsRowV4>>,
  Assert<SameShape<PlainIds<NegotiationRecord>, NegotiationRowV7>>,
  Assert<SameShape<PlainIds<CollectionLogRecord>, V4.CollectionLogRowV4>>,
  Assert<SameShape<PlainIds<SettingsRecord>, SettingsRowV7>>,
  Assert<SameShape<PlainIds<CounsellorSession>, CounsellorSessionRowV5>>,
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
  /** The counsellor's guided session with this person, if one was started. */
  counsellorSession: CounsellorSession | undefined;
}

/**
 * One profile as the counsellor's client list shows it: what `LoadedProfile` holds minus the
 * negotiations and the collection log, which the list never shows (and which can be thousands of
 * records per client).
 */
export type ClientDirectoryEntry = Omit<LoadedProfile, 'negotiations' | 'collectionLog'>;

/** The new profile of `duplicateProfile`. */
export interface DuplicateInput {
  id: ProfileId;
  displayName: string;
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
  /** The passphrase lock of `db`; default `getVault(db)` (one per connection). */
  vault?: Vault;
  /** New record ids (duplicateProfile); default crypto.randomUUID. */
  newId?: () => string;
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
  /**
   * Copy a profile (to try a variant) under a new id and name, in ONE transaction: its debts,
   * budget, plan settings, negotiations and counsellor session, with fresh record ids (the custom
   * order follows the debts). The collection log and its attachments are not copied: evidence
   * stays with the person's own profile. The copy starts at revision 1; nothing is archived.
   * @throws NotFoundError if the source is missing; ConflictError if `copy.id` exists already.
   */
  duplicateProfile(sourceId: ProfileId, copy: DuplicateInput): Promise<WriteResult>;
  /** @throws NotFoundError if there is no such profile. */
  loadProfile(profileId: ProfileId): Promise<LoadedProfile>;
  /**
   * Every profile with its debts, budget, plan settings and counsellor session, read in ONE
   * transaction (the client list). A profile with a record that cannot be opened (damaged) is
   * left out, as the list did when it loaded profiles one by one.
   */
  loadClientDirectory(): Promise<ClientDirectoryEntry[]>;
  /** Add or replace a debt. A new debt is appended to a non-empty custom order. */
  saveDebt(debt: DebtRecord, expectedRevision: number): Promise<WriteResult>;
  /** Delete a debt (and its id from the custom order). */
  deleteDebt(profileId: ProfileId, debtId: string, expectedRevision: number): Promise<WriteResult>;
  /** Set `position` from the given order, which must list every debt of the profile exactly once. */
  reorderDebts(profileId: ProfileId, orderedDebtIds: readonly string[], expectedRevision: number): Promise<WriteResult>;
  saveBudget(budget: BudgetRecord, expectedRevision: number): Promise<WriteResult>;
  /** Create or replace the profile's counsellor session (progress, choices, baseline, reviews). */
  saveCounsellorSession(session: CounsellorSession, expectedRevision: number): Promise<WriteResult>;
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
  /** Whether settings were ever stored (false on a first visit). Works while locked. */
  hasStoredSettings(): Promise<boolean>;
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

/** Negotiation events in the order they happened: by moment, then the one recorded first, then by id. */
function byMomentThenRecorded(a: NegotiationRecord, b: NegotiationRecord): number {
  return (
    byMoment(a, b) ||
    (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The order of the [profileId, at] index: by moment, then by id. */
function byMomentThenId(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return byMoment(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
/**
 * The UI language, readable while the lock is on (it is kept in clear for the lock screen):
 * `undefined` when nothing was stored.
 */
export async function readStoredLanguage(db: ShoreDb): Promise<SettingsRecord['language'] | undefined> {
  const row = (await db.get('settings', SETTINGS_KEY)) as { language?: unknown } | undefined;
  return row?.language === 'zh-CN' || row?.language === 'en' ? row.language : undefined;
}

export function makeShoreRepository(db: ShoreDb, options: RepositoryOptions = {}): ShoreRepository {
  const now = options.now ?? systemNow;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const announce = (notice: ChangeNotice): void => options.changes?.announce(notice);
  const vault = options.vault ?? getVault(db);

  /** A read under the current lock session; any failure leaves as a StorageError. */
  async function read<T>(body: (session: Session) => Promise<T>): Promise<T> {
    try {
      return await body(await vault.session());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /**
   * Run a two-phase write: `attempt` reads and decrypts, encrypts what it will write, then
   * commits in one transaction that re-checks what it read. If that changed (another write,
   * a lock pass), it throws StaleSessionError and the whole attempt runs again.
   */
  async function withRetry<T>(attempt: (session: Session) => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries += 1) {
      try {
        return await attempt(await vault.session());
      } catch (error) {
        if (error instanceof StaleSessionError && tries < MAX_ATTEMPTS) continue;
        throw toStorageError(error);
      }
    }
  }

  async function openAs<T>(session: Session, store: DataStoreName, row: unknown): Promise<T | undefined> {
    return row === undefined ? undefined : ((await session.open(store, row)) as T);
  }

  function reader(session: Session): Reader {
    return {
      async get<T>(store: ProfileStoreName, key: string) {
        return openAs<T>(session, store, await db.get(store, key));
      },
      async byProfile<T>(store: 'debts' | 'negotiations' | 'collectionLog' | 'attachments', profileId: string) {
        const rows: unknown[] = await db.getAllFromIndex(store, 'profileId', profileId);
        return Promise.all(rows.map(async (row) => (await session.open(store, row)) as T));
      },
    };
  }

  /**
   * The one write path for profile-owned data: check the revision, prepare (read, decrypt,
   * validate, encrypt), then in ONE transaction re-check, apply, bump the revision; announce.
   */
  function writeProfile(
    profileId: ProfileId,
    expectedRevision: number,
    stores: readonly ProfileStoreName[],
    prepare: (read: Reader, moment: string) => Promise<Prepared>,
  ): Promise<WriteResult> {
    return withRetry(async (session) => {
      const moment = now();
      const rawProfile: unknown = await db.get('profiles', profileId);
      const stored = await openAs<ProfileRowV3>(session, 'profiles', rawProfile);
      if (stored === undefined) throw new NotFoundError('profiles', profileId);
      if (stored.revision !== expectedRevision) throw new ConflictError(profileId, expectedRevision, stored.revision);
      const plan = await prepare(reader(session), moment);
      const puts = await sealAll(session, plan.puts);
      const revision = stored.revision + 1;
      const profileRow = await session.seal('profiles', { ...stored, revision, updatedAt: moment });
      await inTransaction(db, ['meta', 'profiles', ...stores], async (tx) => {
        await session.assertCurrent(tx);
        if (rowStamp(await tx.objectStore('profiles').get(profileId)) !== rowStamp(rawProfile))
          throw new StaleSessionError();
        await plan.work?.(tx);
        for (const [store, row] of puts) await putRow(tx, store, row);
        await putRow(tx, 'profiles', profileRow);
      });
      announce({ profileId, revision, stores: ['profiles', ...stores] });
      return { profileId, revision, updatedAt: moment };
    });
  }

  const repository: ShoreRepository = {
    db,

    listProfiles() {
      return read(async (session) => {
        const rows: unknown[] = await db.getAll('profiles');
        return Promise.all(rows.map(async (row) => toProfile((await session.open('profiles', row)) as ProfileRowV3)));
      });
    },

    getProfile(profileId) {
      return read(async (session) => {
        const row = await openAs<ProfileRowV3>(session, 'profiles', await db.get('profiles', profileId));
        return row === undefined ? undefined : toProfile(row);
      });
    },

    putProfile(profile, expectedRevision) {
      return withRetry(async (session) => {
        const moment = now();
        const raw: unknown = await db.get('profiles', profile.id);
        const stored = await openAs<ProfileRowV3>(session, 'profiles', raw);
        const actual = stored?.revision ?? null;
        if (actual !== expectedRevision) throw new ConflictError(profile.id, expectedRevision, actual);
        const revision = (actual ?? 0) + 1;
        const row = await session.seal(
          'profiles',
          checked('profiles', profileSchemaV3, { ...profile, revision, updatedAt: moment }),
        );
        await inTransaction(db, ['meta', 'profiles'], async (tx) => {
          await session.assertCurrent(tx);
          if (rowStamp(await tx.objectStore('profiles').get(profile.id)) !== rowStamp(raw))
            throw new StaleSessionError();
          await putRow(tx, 'profiles', row);
        });
        announce({ profileId: profile.id, revision, stores: ['profiles'] });
        return { profileId: profile.id, revision, updatedAt: moment };
      });
    },

    async deleteProfile(profileId, expectedRevision) {
      await withRetry(async (session) => {
        const raw: unknown = await db.get('profiles', profileId);
        const stored = await openAs<ProfileRowV3>(session, 'profiles', raw);
        if (stored === undefined) throw new NotFoundError('profiles', profileId);
        if (stored.revision !== expectedRevision) throw new ConflictError(profileId, expectedRevision, stored.revision);
        await inTransaction(db, ['meta', ...DATA_STORES], async (tx) => {
          await session.assertCurrent(tx);
          if (rowStamp(await tx.objectStore('profiles').get(profileId)) !== rowStamp(raw))
            throw new StaleSessionError();
          await deleteOwnedRecords(tx, profileId);
          await tx.objectStore('profiles').delete(profileId);
          // activeProfileId is a clear field, also in a sealed settings row: edit it in place.
          const settings = tx.objectStore('settings');
          const current = await settings.get(SETTINGS_KEY);
          if (current?.activeProfileId === profileId) {
            const { activeProfileId: _removed, ...rest } = current;
            await settings.put(rest, SETTINGS_KEY);
          }
        });
      });
      announce({ profileId, revision: null, stores: [...DATA_STORES] });
    },

    loadProfile(profileId) {
      return read(async (session) => {
        const tx = db.transaction(['profiles', ...PROFILE_STORES], 'readonly');
        const [profile, debts, budget, planSettings, negotiations, collectionLog, counsellorSession] =
          await Promise.all([
            tx.objectStore('profiles').get(profileId),
            tx.objectStore('debts').index('profileId').getAll(profileId),
            tx.objectStore('budgets').get(profileId),
            tx.objectStore('planSettings').get(profileId),
            tx.objectStore('negotiations').index('profileId').getAll(profileId),
            // Not the [profileId, at] index: sealed entries keep `at` encrypted; sorted below.
            tx.objectStore('collectionLog').index('profileId').getAll(profileId),
            tx.objectStore('counsellorSessions').get(profileId),
          ]);
        await tx.done;
        if (profile === undefined) throw new NotFoundError('profiles', profileId);
        const openAll = <T>(store: DataStoreName, rows: unknown[]): Promise<T[]> =>
          Promise.all(rows.map(async (row) => (await session.open(store, row)) as T));
        return {
          profile: toProfile((await session.open('profiles', profile)) as ProfileRowV3),
          debts: (await openAll<DebtRecord>('debts', debts)).sort(byPosition),
          budget: await openAs<BudgetRecord>(session, 'budgets', budget),
          planSettings: await openAs<PlanSettingsRecord>(session, 'planSettings', planSettings),
          negotiations: (await openAll<NegotiationRecord>('negotiations', negotiations)).sort(byMomentThenRecorded),
          collectionLog: (await openAll<CollectionLogRecord>('collectionLog', collectionLog)).sort(byMomentThenId),
          counsellorSession: await openAs<CounsellorSession>(session, 'counsellorSessions', counsellorSession),
        };
      });
    },

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
          profiles.map(async (raw): Promise<ClientDirectoryEntry | undefined> => {
            try {
              const profile = toProfile((await session.open('profiles', raw)) as ProfileRowV3);
              const debtRows = debtsOf.get(profile.id) ?? [];
              return {
                profile,
                debts: (
                  await Promise.all(debtRows.map(async (row) => (await session.open('debts', row)) as DebtRecord))
                ).sort(byPosition),
                budget: await openAs<BudgetRecord>(session, 'budgets', budgetOf.get(profile.id)),
                planSettings: await openAs<PlanSettingsRecord>(session, 'planSettings', settingsOf.get(profile.id)),
                counsellorSession: await openAs<CounsellorSession>(
                  session,
                  'counsellorSessions',
                  sessionOf.get(profile.id),
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

    saveDebt(debt, expectedRevision) {
      return writeProfile(debt.profileId, expectedRevision, ['debts', 'planSettings'], async (reader, moment) => {
        const puts: [ProfileStoreName, object][] = [
          ['debts', checked('debts', debtSchemaV3, { ...debt, updatedAt: moment })],
        ];
        const isNew = (await db.getKey('debts', debt.id)) === undefined;
        if (isNew) {
          const settings = await reader.get<PlanSettingsRowV3>('planSettings', debt.profileId);
          if (settings !== undefined && settings.customOrder.length > 0 && !settings.customOrder.includes(debt.id)) {
            puts.push([
              'planSettings',
              { ...settings, customOrder: [...settings.customOrder, debt.id], updatedAt: moment },
            ]);
          }
        }
        return { puts };
      });
    },

    deleteDebt(profileId, debtId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['debts', 'planSettings'], async (reader, moment) => {
        const stored = await reader.get<DebtRowV3>('debts', debtId);
        if (stored === undefined || stored.profileId !== profileId) throw new NotFoundError('debts', debtId);
        const puts: [ProfileStoreName, object][] = [];
        const settings = await reader.get<PlanSettingsRowV3>('planSettings', profileId);
        if (settings?.customOrder.includes(debtId) === true) {
          const customOrder = settings.customOrder.filter((id) => id !== debtId);
          puts.push(['planSettings', { ...settings, customOrder, updatedAt: moment }]);
        }
        return { puts, work: async (tx) => tx.objectStore('debts').delete(debtId) };
      });
    },

    reorderDebts(profileId, orderedDebtIds, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['debts'], async (reader, moment) => {
        const stored = await reader.byProfile<DebtRowV3>('debts', profileId);
        const byId = new Map(stored.map((debt) => [debt.id, debt]));
        if (new Set(orderedDebtIds).size !== orderedDebtIds.length || orderedDebtIds.length !== stored.length) {
          throw new ConflictError(profileId, expectedRevision, expectedRevision);
        }
        const puts: [ProfileStoreName, object][] = [];
        for (const [position, id] of orderedDebtIds.entries()) {
          const debt = byId.get(id);
          if (debt === undefined) throw new NotFoundError('debts', id);
          if (debt.position !== position) puts.push(['debts', { ...debt, position, updatedAt: moment }]);
        }
        return { puts };
      });
    },

    saveCounsellorSession(record, expectedRevision) {
      return writeProfile(record.profileId, expectedRevision, ['counsellorSessions'], (_reader, moment) =>
        Promise.resolve({
          puts: [
            [
              'counsellorSessions',
              checked('counsellorSessions', counsellorSessionSchemaV5, { ...record, updatedAt: moment }),
            ],
          ],
        }),
      );
    },

    duplicateProfile(sourceId, copy) {
      return withRetry(async (session) => {
        const moment = now();
        const rawSource: unknown = await db.get('profiles', sourceId);
        const source = await openAs<ProfileRowV3>(session, 'profiles', rawSource);
        if (source === undefined) throw new NotFoundError('profiles', sourceId);
        const rawTarget: unknown = await db.get('profiles', copy.id);
        if (rawTarget !== undefined) throw new ConflictError(copy.id, null, 0);
        const loaded = await repository.loadProfile(sourceId);
        const rows = copyProfileRecords(loaded, copy, moment, newId);
        const profileRow: ProfileRowV3 = {
          id: copy.id,
          displayName: copy.displayName,
          notes: source.notes,
          revision: 1,
          updatedAt: moment,
        };
        const sealed = await sealAll(session, [
          ['profiles' as ProfileStoreName, checked('profiles', profileSchemaV3, profileRow)],
          ...rows,
        ]);
        await inTransaction(db, ['meta', 'profiles', ...PROFILE_STORES], async (tx) => {
          await session.assertCurrent(tx);
          if (rowStamp(await tx.objectStore('profiles').get(sourceId)) !== rowStamp(rawSource))
            throw new StaleSessionError();
          if ((await tx.objectStore('profiles').getKey(copy.id)) !== undefined)
            throw new ConflictError(copy.id, null, 0);
          for (const [store, row] of sealed) await putRow(tx, store, row);
        });
        announce({ profileId: copy.id, revision: 1, stores: ['profiles', ...PROFILE_STORES] });
        return { profileId: copy.id, revision: 1, updatedAt: moment };
      });
    },

    saveBudget(budget, expectedRevision) {
      return writeProfile(budget.profileId, expectedRevision, ['budgets'], (_reader, moment) =>
        Promise.resolve({ puts: [['budgets', checked('budgets', budgetSchemaV3, { ...budget, updatedAt: moment })]] }),
      );
    },

    savePlanSettings(settings, expectedRevision) {
      return writeProfile(settings.profileId, expectedRevision, ['planSettings'], (_reader, moment) =>
        Promise.resolve({
          puts: [['planSettings', checked('planSettings', planSettingsSchemaV3, { ...settings, updatedAt: moment })]],
        }),
      );
    },

    saveNegotiation(record, expectedRevision) {
      return writeProfile(record.profileId, expectedRevision, ['negotiations'], (_reader, moment) =>
        Promise.resolve({
          puts: [['negotiations', checked('negotiations', negotiationSchemaV7, { ...record, updatedAt: moment })]],
        }),
      );
    },

    deleteNegotiation(profileId, negotiationId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['negotiations'], async (reader) => {
        const stored = await reader.get<NegotiationRowV7>('negotiations', negotiationId);
        if (stored === undefined || stored.profileId !== profileId) {
          throw new NotFoundError('negotiations', negotiationId);
        }
        return { puts: [], work: async (tx) => tx.objectStore('negotiations').delete(negotiationId) };
      });
    },

    saveLogEntry(entry, expectedRevision, newAttachments = []) {
      return writeProfile(
        entry.profileId,
        expectedRevision,
        ['collectionLog', 'attachments'],
        async (_reader, moment) => {
          const existingKeys = await db.getAllKeysFromIndex('attachments', 'logId', entry.id);
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
          const puts: [ProfileStoreName, object][] = [];
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
            puts.push(['attachments', row]);
          }
          puts.push([
            'collectionLog',
            checked('collectionLog', logEntrySchemaV4, { ...entry, attachments: refs, updatedAt: moment }),
          ]);
          return {
            puts,
            work: async (tx) => {
              const attachments = tx.objectStore('attachments');
              for (const key of existingKeys) if (!kept.has(key)) await attachments.delete(key);
            },
          };
        },
      );
    },

    deleteLogEntry(profileId, logId, expectedRevision) {
      return writeProfile(profileId, expectedRevision, ['collectionLog', 'attachments'], async (reader) => {
        const stored = await reader.get<CollectionLogRowV3>('collectionLog', logId);
        if (stored === undefined || stored.profileId !== profileId) throw new NotFoundError('collectionLog', logId);
        return {
          puts: [],
          work: async (tx) => {
            const attachments = tx.objectStore('attachments');
            for (const key of await attachments.index('logId').getAllKeys(logId)) await attachments.delete(key);
            await tx.objectStore('collectionLog').delete(logId);
          },
        };
      });
    },

    getAttachment(attachmentId) {
      return read(async (session) =>
        openAs<StoredAttachment>(session, 'attachments', await db.get('attachments', attachmentId)),
      );
    },

    listAttachments(logId) {
      return read(async (session) => {
        const rows: unknown[] = await db.getAllFromIndex('attachments', 'logId', logId);
        return Promise.all(rows.map(async (row) => (await session.open('attachments', row)) as StoredAttachment));
      });
    },

    async hasStoredSettings() {
      return (await db.get('settings', SETTINGS_KEY)) !== undefined;
    },

    getSettings() {
      return read(async (session) => {
        const row = await openAs<SettingsRecord>(session, 'settings', await db.get('settings', SETTINGS_KEY));
        return row ?? { ...DEFAULT_SETTINGS };
      });
    },

    async putSettings(settings) {
      await withRetry(async (session) => {
        const row = await session.seal('settings', checked('settings', settingsSchemaV7, { ...settings }));
        await inTransaction(db, ['meta', 'settings'], async (tx) => {
          await session.assertCurrent(tx);
          await putRow(tx, 'settings', row, SETTINGS_KEY);
        });
      });
      announce({ profileId: null, revision: null, stores: ['settings'] });
    },

    async wipeAll() {
      // Needs no key: wiping is also the way out of a forgotten passphrase.
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

/**
 * The records of a duplicate: every copyable record of `loaded` under `copy.id`, with fresh ids
 * for debts and negotiations (the custom order mapped to the new debt ids), each validated.
 */
function copyProfileRecords(
  loaded: LoadedProfile,
  copy: DuplicateInput,
  moment: string,
  newId: () => string,
): [ProfileStoreName, object][] {
  const debtIds = new Map(loaded.debts.map((debt) => [debt.id, newId()]));
  const rows: [ProfileStoreName, object][] = [];
  for (const debt of loaded.debts) {
    rows.push([
      'debts',
      checked('debts', debtSchemaV3, {
        ...debt,
        id: debtIds.get(debt.id) ?? newId(),
        profileId: copy.id,
        updatedAt: moment,
      }),
    ]);
  }
  if (loaded.budget !== undefined) {
    rows.push([
      'budgets',
      checked('budgets', budgetSchemaV3, { ...loaded.budget, profileId: copy.id, updatedAt: moment }),
    ]);
  }
  if (loaded.planSettings !== undefined) {
    const customOrder = loaded.planSettings.customOrder.flatMap((id) => {
      const mapped = debtIds.get(id);
      return mapped === undefined ? [] : [mapped];
    });
    rows.push([
      'planSettings',
      checked('planSettings', planSettingsSchemaV3, {
        ...loaded.planSettings,
        profileId: copy.id,
        customOrder,
        updatedAt: moment,
      }),
    ]);
  }
  for (const negotiation of loaded.negotiations) {
    rows.push([
      'negotiations',
      checked('negotiations', negotiationSchemaV7, {
        ...negotiation,
        id: newId(),
        profileId: copy.id,
        updatedAt: moment,
      }),
    ]);
  }
  if (loaded.counsellorSession !== undefined) {
    const session = loaded.counsellorSession;
    const balances = (review: CounsellorSession['reviews'][number]): CounsellorSession['reviews'][number]['balances'] =>
      review.balances.map((balance) => ({ ...balance, debtId: debtIds.get(balance.debtId) ?? balance.debtId }));
    const copied = {
      ...session,
      profileId: copy.id,
      reviews: session.reviews.map((review) => ({ ...review, balances: balances(review) })),
      updatedAt: moment,
    };
    rows.push(['counsellorSessions', checked('counsellorSessions', counsellorSessionSchemaV5, copied)]);
  }
  return rows;
}

/** Attempts of one write before a run of stale reads is reported (only under heavy contention). */
const MAX_ATTEMPTS = 5;

/** Plain reads for a write's prepare step (each decrypted); the commit re-checks them. */
interface Reader {
  get<T>(store: ProfileStoreName, key: string): Promise<T | undefined>;
  byProfile<T>(store: 'debts' | 'negotiations' | 'collectionLog' | 'attachments', profileId: string): Promise<T[]>;
}

/** What a write will do: plain rows to put (sealed before the commit) and key-only work inside it. */
interface Prepared {
  puts: [ProfileStoreName, object][];
  /** Runs first inside the commit; only requests on `tx` (deletes by key or clear index). */
  work?: (tx: WriteTransaction) => Promise<unknown>;
}

async function sealAll(
  session: Session,
  puts: readonly [ProfileStoreName, object][],
): Promise<[ProfileStoreName, unknown][]> {
  const sealed: [ProfileStoreName, unknown][] = [];
  for (const [store, row] of puts) sealed.push([store, await session.seal(store, row)]);
  return sealed;
}

/** Put a stored-form row (plain or sealed): the typed schema knows only plain rows. */
async function putRow(tx: WriteTransaction, store: DataStoreName, row: unknown, key?: string): Promise<void> {
  const objectStore = tx.objectStore(store) as unknown as { put(value: unknown, key?: string): Promise<unknown> };
  await (key === undefined ? objectStore.put(row) : objectStore.put(row, key));
}
