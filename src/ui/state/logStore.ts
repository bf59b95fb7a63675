/**
 * What the collection-log page needs, over the planner: the profile's entries as the profile
 * store holds them (loaded once with the profile, never read again per visit), and its writes,
 * which go through the planner's one write path. The page stays a props-driven component.
 */
import type { CollectionLogRecord } from '../../domain/records';
import type { AttachmentInput } from '../../storage';
import type { Planner } from './PlannerProvider';
import type { WriteOutcome } from './writeQueue';

export type { AttachmentInput };

export interface CollectionLogStore {
  /** 'device' when entries survive a reload; 'memory' when they do not. */
  readonly kind: 'device' | 'memory';
  /** The active profile's entries, oldest first (reactive). */
  entries(): readonly CollectionLogRecord[];
  /** Add or change an entry with its new files. Rejects when it was not written, so the page can say so. */
  save(entry: CollectionLogRecord, newAttachments: readonly AttachmentInput[]): Promise<void>;
  remove(logId: string): Promise<void>;
  attachmentBlob(attachmentId: string): Promise<Blob | undefined>;
}

/** Resolve when written; reject otherwise (failed, conflict, no profile). */
async function written(outcome: Promise<WriteOutcome>): Promise<void> {
  const result = await outcome;
  if (result.status !== 'written') throw new Error(`collection log: not written (${result.status})`);
}

/** The log store of the planner's active profile. */
export function logStoreOf(planner: Planner, kind: 'device' | 'memory'): CollectionLogStore {
  return {
    kind,
    entries: () => planner.state.collectionLog,
    save: (entry, newAttachments) => written(planner.actions.saveLogEntry(entry, newAttachments)),
    remove: (logId) => written(planner.actions.deleteLogEntry(logId)),
    attachmentBlob: (attachmentId) => planner.actions.attachmentBlob(attachmentId),
  };
}
