/**
 * What the collection-log page needs from storage, an adapter over src/storage's repository
 * (saveLogEntry / deleteLogEntry / getAttachment), and an in-memory store for tests and for
 * browsers without IndexedDB. Attachments are Blobs; the page never inlines them as HTML.
 *
 * Writes take the profile revision the caller holds (`RevisionedLogStore`). The app binds them
 * to the planner's write queue (`bindLogStore`), so one tab never races itself: a log entry and a
 * budget edit typed a moment apart are written one after the other, each with the newest
 * revision, and neither is refused as a conflict.
 */
import type { CollectionLogRecord, ProfileId } from '../../domain/records';
import type { AttachmentInput, ShoreRepository } from '../../storage/repository';

export type { AttachmentInput };

/** What the log page uses: its writes are already placed in the profile's write queue. */
export interface CollectionLogStore {
  /** 'device' when entries survive a reload; 'memory' when they do not. */
  readonly kind: 'device' | 'memory';
  list(profileId: ProfileId): Promise<CollectionLogRecord[]>;
  save(entry: CollectionLogRecord, newAttachments: readonly AttachmentInput[]): Promise<void>;
  remove(profileId: ProfileId, logId: string): Promise<void>;
  attachmentBlob(attachmentId: string): Promise<Blob | undefined>;
}

/** The profile's revision after a write. */
export interface LogWriteResult {
  readonly revision: number;
}

/** What storage offers: writes under the profile revision the caller holds. */
export interface RevisionedLogStore {
  readonly kind: 'device' | 'memory';
  list(profileId: ProfileId): Promise<CollectionLogRecord[]>;
  save(
    entry: CollectionLogRecord,
    newAttachments: readonly AttachmentInput[],
    expectedRevision: number,
  ): Promise<LogWriteResult>;
  remove(profileId: ProfileId, logId: string, expectedRevision: number): Promise<LogWriteResult>;
  attachmentBlob(attachmentId: string): Promise<Blob | undefined>;
}

/** Runs a profile write after every earlier one of this tab, with the newest revision it knows. */
export type ProfileWriteQueue = (write: (revision: number) => Promise<LogWriteResult>) => Promise<void>;

/** The log page's store: `store`'s writes, placed in the tab's profile write queue. */
export function bindLogStore(store: RevisionedLogStore, writeProfile: ProfileWriteQueue): CollectionLogStore {
  return {
    kind: store.kind,
    list: (profileId) => store.list(profileId),
    attachmentBlob: (attachmentId) => store.attachmentBlob(attachmentId),
    save: (entry, newAttachments) => writeProfile((revision) => store.save(entry, newAttachments, revision)),
    remove: (profileId, logId) => writeProfile((revision) => store.remove(profileId, logId, revision)),
  };
}

/** Over the IndexedDB repository. */
export function logStoreFromRepository(repository: ShoreRepository): RevisionedLogStore {
  return {
    kind: 'device',
    async list(profileId) {
      return (await repository.loadProfile(profileId)).collectionLog;
    },
    save: (entry, newAttachments, expectedRevision) => repository.saveLogEntry(entry, expectedRevision, newAttachments),
    remove: (profileId, logId, expectedRevision) => repository.deleteLogEntry(profileId, logId, expectedRevision),
    async attachmentBlob(attachmentId) {
      return (await repository.getAttachment(attachmentId))?.blob;
    },
  };
}

/**
 * Kept in memory only (lost on reload). Its entries are not part of the planner's profile record,
 * so a write leaves the profile revision as it was.
 */
export function memoryLogStore(initial: readonly CollectionLogRecord[] = []): RevisionedLogStore {
  const entries = new Map(initial.map((e) => [e.id, e] as const));
  const blobs = new Map<string, Blob>();
  return {
    kind: 'memory',
    list(profileId) {
      return Promise.resolve([...entries.values()].filter((e) => e.profileId === profileId));
    },
    save(entry, newAttachments, expectedRevision) {
      for (const file of newAttachments) blobs.set(file.id, file.blob);
      const previous = entries.get(entry.id);
      if (previous)
        for (const old of previous.attachments)
          if (!entry.attachments.some((a) => a.id === old.id)) blobs.delete(old.id);
      entries.set(entry.id, structuredClone(entry));
      return Promise.resolve({ revision: expectedRevision });
    },
    remove(_profileId, logId, expectedRevision) {
      const previous = entries.get(logId);
      if (previous) for (const file of previous.attachments) blobs.delete(file.id);
      entries.delete(logId);
      return Promise.resolve({ revision: expectedRevision });
    },
    attachmentBlob(attachmentId) {
      return Promise.resolve(blobs.get(attachmentId));
    },
  };
}
