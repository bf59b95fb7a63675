/**
 * `ShoreRepository` kept in memory: for component tests, and for browsers where IndexedDB cannot
 * be opened (some private modes: nothing survives the tab, and the app says so).
 *
 * It is the IndexedDB repository without the disk: the same write plans (writePlans.ts) decide
 * every write (revisions, validation, the custom order, attachments, copies), the same order and
 * shapes come back from every read, and the same contract suite (repositoryContract.ts) runs on
 * both. Like the IndexedDB commit, a write re-checks the profile rows it read before applying its
 * plan and plans again if one moved (two writes racing on one revision: one lands, one conflicts).
 * Rows are copied in and out, so callers never share an object with the store.
 */
import type { Profile, ProfileId, SettingsRecord } from '../domain/records';
import { rowStamp } from './cryptoRecords';
import { draftId, draftRow, draftsOf } from './drafts';
import type { DraftRowV12 } from './schema/v12';
import { NotFoundError, StorageError } from './errors';
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
  type ShoreRepository,
  type StoredAttachment,
} from './records';
import type { Guard } from './sealedWrite';
import { DATA_STORES, SETTINGS_KEY, storeKeyOf, type DataStoreName } from './stores';
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

export interface MemoryRepositoryOptions {
  /** ISO 8601 moment for `updatedAt`; default the system clock. */
  now?: () => string;
  /** New record ids (duplicateProfile); default crypto.randomUUID. */
  newId?: () => string;
}

type Row = Readonly<Record<string, unknown>>;

/** A copy of a row; an attachment's Blob is immutable and kept as it is. */
function copyRow<T>(row: T): T {
  if (typeof row !== 'object' || row === null || !('blob' in row)) return structuredClone(row);
  const { blob, ...rest } = row as Row;
  return { ...structuredClone(rest), blob } as T;
}

/** Plans again (at most this often) when a racing write moved what a plan read. */
const MAX_ATTEMPTS = 5;

export function makeMemoryRepository(options: MemoryRepositoryOptions = {}): ShoreRepository {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const stores = new Map<DataStoreName, Map<string, Row>>(DATA_STORES.map((store) => [store, new Map()]));
  const table = (store: DataStoreName): Map<string, Row> => stores.get(store) ?? new Map<string, Row>();
  /** Rows of a store in key order, as IndexedDB returns them. */
  const rowsOf = (store: DataStoreName): Row[] =>
    [...table(store).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  const owned = (store: DataStoreName, field: string, value: string): Row[] =>
    rowsOf(store).filter((row) => row[field] === value);

  function reader(guards: Guard[]): PlanReader {
    return {
      // Plans only read and spread what they get (writePlans.ts), so the rows need no copying here.
      get<T>(store: DataStoreName, key: string) {
        const row = table(store).get(key);
        if (store === 'profiles') guards.push({ store, key, raw: row });
        return Promise.resolve(row as T | undefined);
      },
      byProfile: <T>(store: DataStoreName, profileId: string) =>
        Promise.resolve(owned(store, 'profileId', profileId) as T[]),
      keysByProfile: (store, profileId) =>
        Promise.resolve(owned(store, 'profileId', profileId).map((row) => storeKeyOf(store, row))),
      attachmentKeys: (logId) => Promise.resolve(owned('attachments', 'logId', logId).map((row) => String(row.id))),
    };
  }

  /** Plan against the current rows, then apply the plan at once if nothing it read has moved. */
  async function commit<T>(
    plan: (planReader: PlanReader, moment: string) => Promise<PlannedWrite<T>>,
    after?: () => void,
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const guards: Guard[] = [];
      const planned = await plan(reader(guards), now());
      const moved = guards.some((guard) => rowStamp(table(guard.store).get(guard.key)) !== rowStamp(guard.raw));
      if (moved && attempt < MAX_ATTEMPTS) continue;
      if (moved) throw new StorageError('storage-failed', 'racing writes kept moving what this one read');
      for (const { store, key } of planned.deletes) table(store).delete(key);
      for (const { store, row } of planned.puts) table(store).set(storeKeyOf(store, row as Row), copyRow(row as Row));
      after?.();
      return planned.result;
    }
  }

  function loadProfile(profileId: ProfileId): Promise<LoadedProfile> {
    const profile = table('profiles').get(profileId);
    if (profile === undefined) return Promise.reject(new NotFoundError('profiles', profileId));
    const records: { [K in RecordKind]?: unknown } = {};
    for (const kind of RECORD_KIND_NAMES) {
      const { store } = RECORD_KINDS[kind];
      const row = table(store).get(profileId);
      records[kind] = isListKind(kind)
        ? owned(store, 'profileId', profileId).map((entry) => copyRow(entry))
        : row === undefined
          ? undefined
          : copyRow(row);
    }
    return Promise.resolve(assembleProfile(copyRow(profile as unknown as Profile), records));
  }

  return {
    listProfiles: () => Promise.resolve(rowsOf('profiles').map((row) => copyRow(row as unknown as Profile))),
    getProfile: (profileId) => {
      const row = table('profiles').get(profileId);
      return Promise.resolve(row === undefined ? undefined : copyRow(row as unknown as Profile));
    },
    putProfile: (profile, expectedRevision) =>
      commit((planReader, moment) => planPutProfile(profile, expectedRevision, planReader, moment)),
    deleteProfile: (profileId, expectedRevision) =>
      commit(
        (planReader) => planDeleteProfile(profileId, expectedRevision, planReader),
        () => {
          const settings = table('settings').get(SETTINGS_KEY);
          if (settings?.activeProfileId === profileId) {
            const { activeProfileId: _removed, ...rest } = settings;
            table('settings').set(SETTINGS_KEY, rest);
          }
        },
      ),
    duplicateProfile: (sourceId, copy) =>
      commit((planReader, moment) => planDuplicate(sourceId, copy, planReader, loadProfile, moment, newId)),
    loadProfile,
    async loadClientDirectory() {
      const entries: ClientDirectoryEntry[] = [];
      for (const row of rowsOf('profiles')) {
        const {
          negotiations: _n,
          collectionLog: _l,
          payments: _p,
          counsellorNotes: _c,
          ...entry
        } = await loadProfile(String(row.id) as ProfileId);
        entries.push(entry);
      }
      return entries;
    },
    save: (kind, record, expectedRevision, saveOptions) =>
      commit((planReader, moment) => planSave(kind, record, expectedRevision, planReader, moment, saveOptions)),
    remove: (kind, profileId, id, expectedRevision) =>
      commit((planReader, moment) => planRemove(kind, profileId, id, expectedRevision, planReader, moment)),
    reorderDebts: (profileId, orderedDebtIds, expectedRevision) =>
      commit((planReader, moment) => planReorder(profileId, orderedDebtIds, expectedRevision, planReader, moment)),
    getAttachment(attachmentId) {
      const row = table('attachments').get(attachmentId);
      return Promise.resolve(row === undefined ? undefined : copyRow(row as unknown as StoredAttachment));
    },
    listAttachments: (logId) =>
      Promise.resolve(owned('attachments', 'logId', logId).map((row) => copyRow(row as unknown as StoredAttachment))),
    getSettings() {
      const row = table('settings').get(SETTINGS_KEY);
      return Promise.resolve(row === undefined ? { ...DEFAULT_SETTINGS } : copyRow(row as unknown as SettingsRecord));
    },
    hasStoredSettings: () => Promise.resolve(table('settings').has(SETTINGS_KEY)),
    putSettings(settings) {
      try {
        table('settings').set(SETTINGS_KEY, copyRow(checked('settings', settingsSchemaV10, { ...settings })));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    loadDrafts: (profileId) =>
      Promise.resolve(
        draftsOf(owned('drafts', 'profileId', profileId).map((row) => copyRow(row as unknown as DraftRowV12))),
      ),
    putDraft(profileId, formKey, value) {
      try {
        const row = draftRow(profileId, formKey, value, now());
        table('drafts').set(row.id, row as unknown as Row);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    deleteDraft(profileId, formKey) {
      table('drafts').delete(draftId(profileId, formKey));
      return Promise.resolve();
    },
    wipeAll() {
      for (const store of DATA_STORES) table(store).clear();
      return Promise.resolve();
    },
    close: () => undefined,
  };
}
