/** Test helper: a log entry with sensible defaults. */
import type { CollectionLogRecord, ProfileId } from '../domain/records';
import type { CollectionEntry } from './types';

let counter = 0;

export function makeEntry(overrides: Partial<CollectionEntry> = {}): CollectionEntry {
  counter += 1;
  const base: CollectionLogRecord = {
    id: `e${counter}`,
    profileId: 'p1' as ProfileId,
    at: '2026-11-28T12:00:00+08:00',
    platform: '某某贷',
    callerNumber: '',
    callerName: '',
    channel: 'call',
    contacted: 'me',
    whatWasSaid: '',
    ruleIds: [],
    attachments: [],
    updatedAt: '2026-11-28T12:00:00+08:00',
  };
  return { ...base, ...overrides };
}
