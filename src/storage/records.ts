/**
 * What the repository speaks: the kinds of record a profile owns, their shapes, order and
 * validation, and the `ShoreRepository` interface that both implementations (IndexedDB,
 * repository.ts; in memory, memoryRepository.ts) satisfy and one contract suite tests.
 *
 * A record kind is named as the UI holds it (`debts`, `budget`, …): list kinds (many per profile,
 * keyed by `id`) and single kinds (one per profile, keyed by `profileId`). Adding a kind of record
 * is one entry in RECORD_KINDS plus its store (schema version, migration, validator); both
 * repositories, loads, writes, backups' stores and the UI's profile store follow from it.
 */
import type { GenericSchema } from 'valibot';
import type {
  AttachmentRef,
  BudgetRecord,
  CollectionLogRecord,
  CounsellorNotes,
  CounsellorSession,
  DebtRecord,
  NegotiationRecord,
  PaymentRecord,
  PlanSettingsRecord,
  Profile,
  ProfileId,
  SettingsRecord,
} from '../domain/records';
import type { Draft } from './drafts';
import { InvalidRecordError } from './errors';
import { splitSessionNotes } from './migrations/0013-counsellor-notes';
import type { CounsellorSessionRowV13 } from './schema/v13';
import type { StoreName } from './stores';
import {
  budgetSchemaV9,
  counsellorNotesSchemaV13,
  counsellorSessionSchemaV13,
  debtSchemaV10,
  findProblem,
  logEntrySchemaV4,
  negotiationSchemaV7,
  paymentSchemaV9,
  planSettingsSchemaV14,
} from './validation';

/** Every kind of record a profile owns, by the name the UI holds it under. */
export interface ProfileRecordKinds {
  debts: DebtRecord;
  negotiations: NegotiationRecord;
  collectionLog: CollectionLogRecord;
  budget: BudgetRecord;
  planSettings: PlanSettingsRecord;
  counsellorSession: CounsellorSession;
  /** The counsellor's private notes: on this device only, never in a backup or handover. */
  counsellorNotes: CounsellorNotes;
  payments: PaymentRecord;
}
export type RecordKind = keyof ProfileRecordKinds;
/** Kinds a profile has many of, keyed by `id`. */
export type ListKind = 'debts' | 'negotiations' | 'collectionLog' | 'payments';
/** Kinds a profile has at most one of, keyed by its `profileId`. */
export type SingleKind = Exclude<RecordKind, ListKind>;
export type RecordOf<K extends RecordKind> = ProfileRecordKinds[K];

interface KindSpec<K extends RecordKind> {
  /** The object store holding it. */
  readonly store: Exclude<StoreName, 'profiles' | 'settings' | 'meta' | 'attachments'>;
  readonly list: K extends ListKind ? true : false;
  /** The current schema's validator: every write is checked against it. */
  readonly schema: GenericSchema;
  /** The order `loadProfile` returns a list in. */
  readonly order?: (a: RecordOf<K>, b: RecordOf<K>) => number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the [profileId, at] index: by moment, then by id. */
function byMomentThenId(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return compareText(a.at, b.at) || compareText(a.id, b.id);
}

export const RECORD_KINDS: { readonly [K in RecordKind]: KindSpec<K> } = {
  debts: { store: 'debts', list: true, schema: debtSchemaV10, order: (a, b) => a.position - b.position },
  negotiations: {
    store: 'negotiations',
    list: true,
    schema: negotiationSchemaV7,
    // In the order they happened: by moment, then the one recorded first, then by id.
    order: (a, b) => compareText(a.at, b.at) || compareText(a.recordedAt, b.recordedAt) || compareText(a.id, b.id),
  },
  collectionLog: { store: 'collectionLog', list: true, schema: logEntrySchemaV4, order: byMomentThenId },
  budget: { store: 'budgets', list: false, schema: budgetSchemaV9 },
  planSettings: { store: 'planSettings', list: false, schema: planSettingsSchemaV14 },
  counsellorSession: { store: 'counsellorSessions', list: false, schema: counsellorSessionSchemaV13 },
  counsellorNotes: { store: 'counsellorNotes', list: false, schema: counsellorNotesSchemaV13 },
  payments: {
    store: 'payments',
    list: true,
    schema: paymentSchemaV9,
    // By day, then the one recorded first, then by id.
    order: (a, b) => compareText(a.on, b.on) || compareText(a.recordedAt, b.recordedAt) || compareText(a.id, b.id),
  },
};

export const LIST_KINDS: readonly ListKind[] = ['debts', 'negotiations', 'collectionLog', 'payments'];
export const SINGLE_KINDS: readonly SingleKind[] = ['budget', 'planSettings', 'counsellorSession', 'counsellorNotes'];
export const RECORD_KIND_NAMES: readonly RecordKind[] = [...LIST_KINDS, ...SINGLE_KINDS];

export function isListKind(kind: RecordKind): kind is ListKind {
  return RECORD_KINDS[kind].list;
}

/** The key of a record in its store: its `id` (list kinds) or its profile's id (single kinds). */
export function recordKey<K extends RecordKind>(kind: K, record: RecordOf<K>): string {
  return isListKind(kind) ? (record as { id: string }).id : record.profileId;
}

/**
 * Check a record against the current schema before it is written, so everything stored can be
 * exported and imported back. Returns the record. @throws InvalidRecordError naming the field.
 */
export function checked<T>(store: StoreName, schema: GenericSchema, record: T): T {
  const problem = findProblem(schema, record);
  if (problem !== undefined) throw new InvalidRecordError(store, problem.path, problem.message);
  return record;
}

/** Everything the UI shows for one profile, read at one moment (a consistent snapshot). */
export type LoadedProfile = { profile: Profile } & { [K in ListKind]: RecordOf<K>[] } & {
  [K in SingleKind]: RecordOf<K> | undefined;
};

/**
 * A profile as `loadProfile` returns it, from its stored records (plain, any order) by kind: each
 * list sorted by its kind's order, a missing single record undefined.
 */
export function assembleProfile(profile: Profile, records: { readonly [K in RecordKind]?: unknown }): LoadedProfile {
  const loaded: Record<string, unknown> = { profile };
  for (const kind of LIST_KINDS) {
    const order = RECORD_KINDS[kind].order as (a: unknown, b: unknown) => number;
    loaded[kind] = [...((records[kind] as readonly unknown[] | undefined) ?? [])].sort(order);
  }
  for (const kind of SINGLE_KINDS) loaded[kind] = records[kind];
  // A session row from before version 13 still holds the counsellor's notes: shown as the notes
  // until the profile has its own (the next session or notes write stores them), never in the session.
  if (loaded.counsellorSession !== undefined) {
    const { session, notes } = splitSessionNotes(loaded.counsellorSession as CounsellorSessionRowV13);
    loaded.counsellorSession = session;
    if (loaded.counsellorNotes === undefined && notes !== undefined) loaded.counsellorNotes = notes;
  }
  return loaded as LoadedProfile;
}

/**
 * One profile as the counsellor's client list shows it: what `LoadedProfile` holds minus the
 * negotiations, the collection log and the payments, which the list never shows (and which can be thousands of
 * records per client).
 */
export type ClientDirectoryEntry = Omit<
  LoadedProfile,
  'negotiations' | 'collectionLog' | 'payments' | 'counsellorNotes'
>;

/** The new state of a profile after a committed write. */
export interface WriteResult {
  profileId: ProfileId;
  revision: number;
  updatedAt: string;
}

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

/** Options of a `save`. */
export interface SaveOptions {
  /**
   * The record's `updatedAt` when the edit being saved began (an open form's draft). If the stored
   * record has changed since (another tab saved it), the save is refused with a ConflictError
   * naming the record, and nothing is written. Absent: no such check (the profile revision alone).
   */
  readonly ifUnchangedSince?: string;
  /**
   * Collection log only: new files for the entry. `entry.attachments` lists every attachment the
   * entry keeps: each must be among these or already stored; stored ones no longer listed are deleted.
   */
  readonly attachments?: readonly AttachmentInput[];
}

export const DEFAULT_SETTINGS: SettingsRecord = { language: 'zh-CN' };

/**
 * The repository: typed reads and writes of everything a person keeps. Every profile write names
 * the revision the caller last saw and is refused with ConflictError, writing nothing, when the
 * stored one differs; it lands whole or not at all and bumps the revision. Failures leave as
 * StorageError subclasses.
 */
export interface ShoreRepository {
  listProfiles(): Promise<Profile[]>;
  getProfile(profileId: ProfileId): Promise<Profile | undefined>;
  /** Create (expectedRevision null: must not exist yet) or update a profile's name and notes. */
  putProfile(profile: ProfileInput, expectedRevision: number | null): Promise<WriteResult>;
  /** Delete a profile and everything it owns, in one transaction. */
  deleteProfile(profileId: ProfileId, expectedRevision: number): Promise<void>;
  /**
   * Copy a profile (to try a variant) under a new id and name, in ONE transaction: its debts,
   * budget, plan settings, negotiations, counsellor session and payments, with fresh record ids (the custom
   * order and the reviews' balances follow the debts). The collection log and its attachments are
   * not copied: evidence stays with the person's own profile. The copy starts at revision 1;
   * nothing is archived.
   * @throws NotFoundError if the source is missing; ConflictError if `copy.id` exists already.
   */
  duplicateProfile(sourceId: ProfileId, copy: DuplicateInput): Promise<WriteResult>;
  /** @throws NotFoundError if there is no such profile. */
  loadProfile(profileId: ProfileId): Promise<LoadedProfile>;
  /**
   * Every profile with its debts, budget, plan settings and counsellor session, read at one
   * moment (the client list). A profile with a record that cannot be opened (damaged) is left out.
   */
  loadClientDirectory(): Promise<ClientDirectoryEntry[]>;
  /**
   * Add or replace one record of the profile named by `record.profileId`. A new debt is appended
   * to a non-empty custom order. @throws InvalidRecordError (nothing written), ConflictError.
   */
  save<K extends RecordKind>(
    kind: K,
    record: RecordOf<K>,
    expectedRevision: number,
    options?: SaveOptions,
  ): Promise<WriteResult>;
  /**
   * Delete one record of a list kind: a debt (and its id from the custom order), a negotiation
   * event, a log entry (and its attachments). @throws NotFoundError if it is not the profile's.
   */
  remove(kind: ListKind, profileId: ProfileId, id: string, expectedRevision: number): Promise<WriteResult>;
  /** Set `position` from the given order, which must list every debt of the profile exactly once. */
  reorderDebts(profileId: ProfileId, orderedDebtIds: readonly string[], expectedRevision: number): Promise<WriteResult>;
  getAttachment(attachmentId: string): Promise<StoredAttachment | undefined>;
  listAttachments(logId: string): Promise<StoredAttachment[]>;
  /** Stored settings, or DEFAULT_SETTINGS. */
  getSettings(): Promise<SettingsRecord>;
  /** Whether settings were ever stored (false on a first visit). Works while locked. */
  hasStoredSettings(): Promise<boolean>;
  putSettings(settings: SettingsRecord): Promise<void>;
  /** Every unsaved form draft of the profile (drafts.ts, issue 13); [] when none. */
  loadDrafts(profileId: ProfileId): Promise<Draft[]>;
  /**
   * Keep `value` as the draft of `formKey` (replacing the one kept). Bumps no revision, tells no
   * other tab, and never goes into a backup. @throws InvalidRecordError (nothing written).
   */
  putDraft(profileId: ProfileId, formKey: string, value: unknown): Promise<void>;
  /** Forget the draft of `formKey` (saved or discarded); nothing if there is none. */
  deleteDraft(profileId: ProfileId, formKey: string): Promise<void>;
  /** Delete every person's data (settings too); the schema stays. */
  wipeAll(): Promise<void>;
  close(): void;
}
