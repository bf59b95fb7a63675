/**
 * Migration 13: the counsellor's private notes get their own store (issue 18). A new
 * `counsellorNotes` store, one record per profile keyed by `profileId`, holds the counsellor's
 * notes, the client's situation and worries and the counsellor's name, which until now sat in the
 * counsellor session and so travelled in the client's backup and handover.
 *
 * Stored session rows are not rewritten: a row sealed under the lock cannot be read during the
 * upgrade, and a row transform cannot move data to another store. So no row transforms; the
 * repository reads an old row's three fields as the profile's notes (`splitSessionNotes`), writes
 * them to the new store at the next session or notes write, and every export leaves them out.
 * A backup file from before version 13 is migrated here: its sessions lose the three fields and
 * its data gains `counsellorNotes` holding them (for the profiles where any was filled in), which
 * an import keeps on the device, never in a later file. Pure; imports only frozen schemas.
 */
import type { SnapshotV12 } from '../schema/v12';
import type { CounsellorNotesRowV13, CounsellorSessionRowV13, LegacySessionNotesV13, SnapshotV13 } from '../schema/v13';
import { snapshotTransform, type MigrationStep } from './types';

/**
 * A session row without the counsellor's private fields, and the notes they hold (undefined when
 * the row has none, or all are empty). Pure: the repository and the backup chain both use it.
 */
export function splitSessionNotes<T extends CounsellorSessionRowV13>(
  row: T & LegacySessionNotesV13,
): { session: T; notes: CounsellorNotesRowV13 | undefined } {
  const { situation, worries, counsellorName, ...session } = row;
  const filled = (situation ?? '') !== '' || (worries ?? []).length > 0 || (counsellorName ?? '') !== '';
  const notes: CounsellorNotesRowV13 | undefined = filled
    ? {
        profileId: row.profileId,
        text: '',
        situation: situation ?? '',
        worries: [...(worries ?? [])],
        counsellorName: counsellorName ?? '',
        updatedAt: row.updatedAt,
      }
    : undefined;
  return { session: session as unknown as T, notes };
}

export function migrateSnapshotV12toV13(data: SnapshotV12): SnapshotV13 {
  const counsellorNotes: CounsellorNotesRowV13[] = [];
  const counsellorSessions = data.counsellorSessions.map((row) => {
    const { session, notes } = splitSessionNotes<CounsellorSessionRowV13>(row);
    if (notes !== undefined) counsellorNotes.push(notes);
    return session;
  });
  return { ...data, counsellorSessions, ...(counsellorNotes.length > 0 ? { counsellorNotes } : {}) };
}

export const migration0013: MigrationStep = {
  version: 13,
  name: 'counsellor-notes',
  structure: (db) => {
    db.createObjectStore('counsellorNotes', { keyPath: 'profileId' });
  },
  rows: {},
  snapshot: snapshotTransform(migrateSnapshotV12toV13),
};
