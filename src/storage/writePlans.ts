/**
 * What each write does, decided once for both repositories: given a reader of the stored
 * records (plain, as the app sees them) and the moment, a plan lists the rows to put and the keys
 * to delete. The IndexedDB repository seals and commits a plan in one transaction (sealedWrite.ts);
 * the in-memory one applies it to its maps. So both check revisions, validate, keep the custom
 * order in step, handle attachments and copy profiles the same way: one contract, one code path.
 *
 * Invariants: a plan reads through `reader` only, and decides everything before anything is
 * written; every profile-owned change bumps the profile's revision and `updatedAt` (so a write
 * that re-checks the profile row at commit sees any change made since it read); a refused write
 * throws (ConflictError, NotFoundError, InvalidRecordError) and leaves nothing to commit.
 */
import type { AttachmentRef, CounsellorSession, PlanSettingsRecord, Profile, ProfileId } from '../domain/records';
import { ConflictError, NotFoundError } from './errors';
import {
  checked,
  LIST_KINDS,
  RECORD_KINDS,
  recordKey,
  SINGLE_KINDS,
  type DuplicateInput,
  type ListKind,
  type LoadedProfile,
  type ProfileInput,
  type RecordKind,
  type RecordOf,
  type SaveOptions,
  type WriteResult,
} from './records';
import { splitSessionNotes } from './migrations/0013-counsellor-notes';
import type { AttachmentRowV11 } from './schema/v11';
import type { StoredCounsellorSessionRowV13 } from './schema/v13';
import type { DataStoreName } from './stores';
import { profileSchemaV11 } from './validation';

/** Reads of the stored state a plan is made from (plain records; the IndexedDB one decrypts). */
export interface PlanReader {
  /** The record stored under `key` in `store`, if any. */
  get<T>(store: DataStoreName, key: string): Promise<T | undefined>;
  /** Every record of `store` owned by the profile. */
  byProfile<T>(store: ListStore | 'attachments', profileId: string): Promise<T[]>;
  /** Keys of `store`'s records owned by the profile (an index of clear ids: nothing to decrypt). */
  keysByProfile(store: ListStore | 'attachments' | 'drafts', profileId: string): Promise<string[]>;
  /** Keys of a log entry's attachments (clear index). */
  attachmentKeys(logId: string): Promise<string[]>;
}

type ListStore = (typeof RECORD_KINDS)[ListKind]['store'];

/** Rows to put (plain; the IndexedDB repository seals them) and keys to delete, in one commit. */
export interface WritePlan {
  readonly puts: readonly { readonly store: DataStoreName; readonly row: object }[];
  /** Deleted before the puts. */
  readonly deletes: readonly { readonly store: DataStoreName; readonly key: string }[];
}

/** A plan and what the caller gets back once it is committed. */
export interface PlannedWrite<T> extends WritePlan {
  readonly result: T;
}

/** The stored profile, or NotFoundError. */
async function storedProfile(reader: PlanReader, profileId: string): Promise<Profile> {
  const stored = await reader.get<Profile>('profiles', profileId);
  if (stored === undefined) throw new NotFoundError('profiles', profileId);
  return stored;
}

/**
 * A write to records a profile owns: the revision the caller saw must be the stored one; the plan
 * `body` makes is committed with the profile's revision bumped.
 */
async function profileWrite(
  profileId: ProfileId,
  expectedRevision: number,
  reader: PlanReader,
  moment: string,
  body: () => Promise<WritePlan>,
): Promise<PlannedWrite<WriteResult>> {
  const stored = await storedProfile(reader, profileId);
  if (stored.revision !== expectedRevision) throw new ConflictError(profileId, expectedRevision, stored.revision);
  const plan = await body();
  const revision = stored.revision + 1;
  return {
    puts: [...plan.puts, { store: 'profiles', row: { ...stored, revision, updatedAt: moment } }],
    deletes: plan.deletes,
    result: { profileId, revision, updatedAt: moment },
  };
}

/** Add or replace one record (see ShoreRepository.save). */
export function planSave<K extends RecordKind>(
  kind: K,
  record: RecordOf<K>,
  expectedRevision: number,
  reader: PlanReader,
  moment: string,
  options: SaveOptions = {},
): Promise<PlannedWrite<WriteResult>> {
  const { store, schema } = RECORD_KINDS[kind];
  const key = recordKey(kind, record);
  return profileWrite(record.profileId, expectedRevision, reader, moment, async () => {
    const stored = await reader.get<{ updatedAt: string }>(store, key);
    if (options.ifUnchangedSince !== undefined && stored?.updatedAt !== options.ifUnchangedSince) {
      throw new ConflictError(record.profileId, expectedRevision, expectedRevision, { store, key });
    }
    if (kind === 'collectionLog') {
      return planLogEntry(record as RecordOf<'collectionLog'>, reader, moment, options.attachments ?? []);
    }
    const puts: { store: DataStoreName; row: object }[] = [
      { store, row: checked(store, schema, { ...record, updatedAt: moment }) },
    ];
    if (kind === 'counsellorSession' || kind === 'counsellorNotes') {
      puts.push(...(await settleSessionNotes(kind, record.profileId, reader)));
    }
    if (kind === 'debts' && stored === undefined) {
      // A new debt joins the end of a custom order the person has set.
      const settings = await reader.get<PlanSettingsRecord>('planSettings', record.profileId);
      if (settings !== undefined && settings.customOrder.length > 0 && !settings.customOrder.includes(key)) {
        puts.push({
          store: 'planSettings',
          row: { ...settings, customOrder: [...settings.customOrder, key], updatedAt: moment },
        });
      }
    }
    return { puts, deletes: [] };
  });
}

/**
 * A session row from before version 13 still holding the counsellor's notes (migration 0013): a
 * session write keeps them as the profile's notes if it has none yet; a notes write drops them
 * from the session (the notes written supersede them).
 */
async function settleSessionNotes(
  kind: 'counsellorSession' | 'counsellorNotes',
  profileId: ProfileId,
  reader: PlanReader,
): Promise<{ store: DataStoreName; row: object }[]> {
  const stored = await reader.get<StoredCounsellorSessionRowV13>('counsellorSessions', profileId);
  if (stored === undefined || !('situation' in stored || 'worries' in stored || 'counsellorName' in stored)) return [];
  const { session, notes } = splitSessionNotes(stored);
  if (kind === 'counsellorNotes') {
    const { store, schema } = RECORD_KINDS.counsellorSession;
    return [{ store, row: checked(store, schema, session) }];
  }
  if (notes === undefined || (await reader.get('counsellorNotes', profileId)) !== undefined) return [];
  const { store, schema } = RECORD_KINDS.counsellorNotes;
  return [{ store, row: checked(store, schema, notes) }];
}

/** A log entry with its new files; stored files it no longer lists are deleted. */
async function planLogEntry(
  entry: RecordOf<'collectionLog'>,
  reader: PlanReader,
  moment: string,
  newAttachments: readonly { id: string; name: string; type: string; blob: Blob }[],
): Promise<WritePlan> {
  const existing = new Set(await reader.attachmentKeys(entry.id));
  const incoming = new Map(newAttachments.map((file) => [file.id, file]));
  const refs: AttachmentRef[] = entry.attachments.map((ref) => {
    const file = incoming.get(ref.id);
    if (file !== undefined) return { id: file.id, name: file.name, type: file.type, size: file.blob.size };
    if (existing.has(ref.id)) return ref;
    throw new NotFoundError('attachments', ref.id);
  });
  const kept = new Set(refs.map((ref) => ref.id));
  const files = [...incoming.values()].filter((file) => kept.has(file.id));
  const rows = files.map((file): AttachmentRowV11 => ({
    id: file.id,
    profileId: entry.profileId,
    logId: entry.id,
    name: file.name,
    type: file.type,
    size: file.blob.size,
    blob: file.blob,
  }));
  const { store, schema } = RECORD_KINDS.collectionLog;
  return {
    puts: [
      ...rows.map((row) => ({ store: 'attachments' as const, row })),
      { store, row: checked(store, schema, { ...entry, attachments: refs, updatedAt: moment }) },
    ],
    deletes: [...existing].filter((key) => !kept.has(key)).map((key) => ({ store: 'attachments' as const, key })),
  };
}

/** Delete one record of a list kind (see ShoreRepository.remove). */
export function planRemove(
  kind: ListKind,
  profileId: ProfileId,
  id: string,
  expectedRevision: number,
  reader: PlanReader,
  moment: string,
): Promise<PlannedWrite<WriteResult>> {
  const { store } = RECORD_KINDS[kind];
  return profileWrite(profileId, expectedRevision, reader, moment, async () => {
    const stored = await reader.get<{ profileId: string }>(store, id);
    if (stored === undefined || stored.profileId !== profileId) throw new NotFoundError(store, id);
    const deletes: { store: DataStoreName; key: string }[] = [{ store, key: id }];
    const puts: { store: DataStoreName; row: object }[] = [];
    if (kind === 'debts') {
      const settings = await reader.get<PlanSettingsRecord>('planSettings', profileId);
      if (settings?.customOrder.includes(id) === true) {
        const customOrder = settings.customOrder.filter((debtId) => debtId !== id);
        puts.push({ store: 'planSettings', row: { ...settings, customOrder, updatedAt: moment } });
      }
    }
    if (kind === 'collectionLog') {
      for (const key of await reader.attachmentKeys(id)) deletes.push({ store: 'attachments', key });
    }
    return { puts, deletes };
  });
}

/** Set every debt's `position` from an order that lists each of the profile's debts once. */
export function planReorder(
  profileId: ProfileId,
  orderedDebtIds: readonly string[],
  expectedRevision: number,
  reader: PlanReader,
  moment: string,
): Promise<PlannedWrite<WriteResult>> {
  return profileWrite(profileId, expectedRevision, reader, moment, async () => {
    const stored = await reader.byProfile<RecordOf<'debts'>>('debts', profileId);
    const byId = new Map(stored.map((debt) => [debt.id, debt]));
    if (new Set(orderedDebtIds).size !== orderedDebtIds.length || orderedDebtIds.length !== stored.length) {
      throw new ConflictError(profileId, expectedRevision, expectedRevision);
    }
    const puts = orderedDebtIds.flatMap((id, position) => {
      const debt = byId.get(id);
      if (debt === undefined) throw new NotFoundError('debts', id);
      return debt.position === position
        ? []
        : [{ store: 'debts' as const, row: { ...debt, position, updatedAt: moment } }];
    });
    return { puts, deletes: [] };
  });
}

/** Create (expectedRevision null: must not exist) or update a profile's own fields. */
export async function planPutProfile(
  profile: ProfileInput,
  expectedRevision: number | null,
  reader: PlanReader,
  moment: string,
): Promise<PlannedWrite<WriteResult>> {
  const stored = await reader.get<Profile>('profiles', profile.id);
  const actual = stored?.revision ?? null;
  if (actual !== expectedRevision) throw new ConflictError(profile.id, expectedRevision, actual);
  const revision = (actual ?? 0) + 1;
  const row = checked('profiles', profileSchemaV11, { ...profile, revision, updatedAt: moment });
  return {
    puts: [{ store: 'profiles', row }],
    deletes: [],
    result: { profileId: profile.id, revision, updatedAt: moment },
  };
}

/** Every key a profile owns in every store (the profile record itself not included). */
export async function ownedKeys(profileId: string, reader: PlanReader): Promise<WritePlan['deletes']> {
  const deletes: { store: DataStoreName; key: string }[] = [];
  // Drafts too: a deleted or replaced profile's unsaved forms go with it (issue 13).
  for (const store of [
    ...LIST_KINDS.map((kind) => RECORD_KINDS[kind].store),
    'attachments' as const,
    'drafts' as const,
  ]) {
    for (const key of await reader.keysByProfile(store, profileId)) deletes.push({ store, key });
  }
  for (const kind of SINGLE_KINDS) deletes.push({ store: RECORD_KINDS[kind].store, key: profileId });
  return deletes;
}

/** Delete a profile and everything it owns. */
export async function planDeleteProfile(
  profileId: ProfileId,
  expectedRevision: number,
  reader: PlanReader,
): Promise<PlannedWrite<undefined>> {
  const stored = await storedProfile(reader, profileId);
  if (stored.revision !== expectedRevision) throw new ConflictError(profileId, expectedRevision, stored.revision);
  return {
    puts: [],
    deletes: [...(await ownedKeys(profileId, reader)), { store: 'profiles', key: profileId }],
    result: undefined,
  };
}

/**
 * A copy of `loaded` under `copy.id` (see ShoreRepository.duplicateProfile): every copyable record
 * with a fresh id from `newId` (debts, negotiations and payments), the custom order and the reviews' balances
 * mapped to the new debt ids, each validated; the copy's profile at revision 1.
 */
export async function planDuplicate(
  sourceId: ProfileId,
  copy: DuplicateInput,
  reader: PlanReader,
  load: (profileId: ProfileId) => Promise<LoadedProfile>,
  moment: string,
  newId: () => string,
): Promise<PlannedWrite<WriteResult>> {
  const source = await storedProfile(reader, sourceId);
  if ((await reader.get('profiles', copy.id)) !== undefined) throw new ConflictError(copy.id, null, 0);
  const loaded = await load(sourceId);
  const debtIds = new Map(loaded.debts.map((debt) => [debt.id, newId()]));
  const puts: { store: DataStoreName; row: object }[] = [];
  const put = <K extends RecordKind>(kind: K, record: RecordOf<K>): void => {
    const { store, schema } = RECORD_KINDS[kind];
    puts.push({ store, row: checked(store, schema, { ...record, profileId: copy.id, updatedAt: moment }) });
  };
  for (const debt of loaded.debts) put('debts', { ...debt, id: debtIds.get(debt.id) ?? newId() });
  if (loaded.budget !== undefined) put('budget', loaded.budget);
  if (loaded.planSettings !== undefined) {
    const customOrder = loaded.planSettings.customOrder.flatMap((id) => {
      const mapped = debtIds.get(id);
      return mapped === undefined ? [] : [mapped];
    });
    put('planSettings', { ...loaded.planSettings, customOrder });
  }
  for (const negotiation of loaded.negotiations) put('negotiations', { ...negotiation, id: newId() });
  for (const payment of loaded.payments) put('payments', { ...payment, id: newId() });
  if (loaded.counsellorSession !== undefined) {
    const session = loaded.counsellorSession;
    const reviews: CounsellorSession['reviews'] = session.reviews.map((review) => ({
      ...review,
      balances: review.balances.map((balance) => ({
        ...balance,
        debtId: debtIds.get(balance.debtId) ?? balance.debtId,
      })),
    }));
    put('counsellorSession', { ...session, reviews });
  }
  const profileRow = {
    id: copy.id,
    displayName: copy.displayName,
    notes: source.notes,
    ...(source.outputLocale === undefined ? {} : { outputLocale: source.outputLocale }),
    revision: 1,
    updatedAt: moment,
  };
  puts.unshift({ store: 'profiles', row: checked('profiles', profileSchemaV11, profileRow) });
  return { puts, deletes: [], result: { profileId: copy.id, revision: 1, updatedAt: moment } };
}
