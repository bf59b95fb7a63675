/**
 * What the collection-log page needs from storage, an adapter over src/storage's repository
 * (saveLogEntry / deleteLogEntry / getAttachment), and an in-memory store for tests and for
 * browsers without IndexedDB. Attachments are Blobs; the page never inlines them as HTML.
 */
import type { CollectionLogRecord, ProfileId } from '../../domain/records';
import type { AttachmentInput, ShoreRepository } from '../../storage/repository';

export type { AttachmentInput };

export interface CollectionLogStore {
  /** 'device' when entries survive a reload; 'memory' when they do not. */
  readonly kind: 'device' | 'memory';
  list(profileId: ProfileId): Promise<CollectionLogRecord[]>;
  save(entry: CollectionLogRecord, newAttachments: readonly AttachmentInput[]): Promise<void>;
  remove(profileId: ProfileId, logId: string): Promise<void>;
  attachmentBlob(attachmentId: string): Promise<Blob | undefined>;
}

/** Over the IndexedDB repository: each write names the profile revision it read just before. */
export function logStoreFromRepository(repository: ShoreRepository): CollectionLogStore {
  return {
    kind: 'device',
    async list(profileId) {
      return (await repository.loadProfile(profileId)).collectionLog;
    },
    async save(entry, newAttachments) {
      const { profile } = await repository.loadProfile(entry.profileId);
      await repository.saveLogEntry(entry, profile.revision, newAttachments);
    },
    async remove(profileId, logId) {
      const { profile } = await repository.loadProfile(profileId);
      await repository.deleteLogEntry(profileId, logId, profile.revision);
    },
    async attachmentBlob(attachmentId) {
      return (await repository.getAttachment(attachmentId))?.blob;
    },
  };
}

/** Kept in memory only (lost on reload). */
export function memoryLogStore(initial: readonly CollectionLogRecord[] = []): CollectionLogStore {
  const entries = new Map(initial.map((e) => [e.id, e] as const));
  const blobs = new Map<string, Blob>();
  return {
    kind: 'memory',
    list(profileId) {
      return Promise.resolve([...entries.values()].filter((e) => e.profileId === profileId));
    },
    save(entry, newAttachments) {
      for (const file of newAttachments) blobs.set(file.id, file.blob);
      const previous = entries.get(entry.id);
      if (previous) for (const old of previous.attachments) if (!entry.attachments.some((a) => a.id === old.id)) blobs.delete(old.id);
      entries.set(entry.id, structuredClone(entry));
      return Promise.resolve();
    },
    remove(_profileId, logId) {
      const previous = entries.get(logId);
      if (previous) for (const file of previous.attachments) blobs.delete(file.id);
      entries.delete(logId);
      return Promise.resolve();
    },
    attachmentBlob(attachmentId) {
      return Promise.resolve(blobs.get(attachmentId));
    },
  };
}
