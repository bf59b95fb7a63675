/**
 * Migration 0012 (issue 18): the counsellor's private notes get their own store. A version 11
 * database's session still holding the situation, worries and counsellor's name opens with them
 * as the profile's notes and without them in the session; a session or notes write stores them in
 * `counsellorNotes` and drops them from the session row; no export carries them; a version 11
 * backup file's sessions lose them and its data gains `counsellorNotes`, which an import keeps on
 * the device only. Expected values are the seeded rows, written out by hand.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup, prepareImport, applyImport } from '../backup';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { CounsellorSessionRowV11, ProfileRowV11, SnapshotV11 } from '../schema/v11';
import { profileId } from '../testSupport';
import { migrateSnapshotV11toV12 } from './0012-counsellor-notes';

const T = '2026-12-03T09:00:00.000Z';
const NOW = '2026-12-04T10:00:00.000Z';
const P = profileId('p1');
const profileV11: ProfileRowV11 = { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 };
const sessionV11: CounsellorSessionRowV11 = {
  profileId: 'p1',
  step: 'plan',
  completed: ['situation', 'debts', 'budget'],
  situation: '夜班，两个孩子，丈夫不知道',
  worries: ['family', 'calls'],
  scripts: [],
  weekDone: [],
  counsellorName: '陈老师',
  reviews: [],
  updatedAt: T,
  caseStatus: 'waiting',
};
/** The same session as version 12 holds it, written out by hand. */
const sessionV12 = {
  profileId: 'p1',
  step: 'plan',
  completed: ['situation', 'debts', 'budget'],
  scripts: [],
  weekDone: [],
  reviews: [],
  updatedAt: T,
  caseStatus: 'waiting',
};
const notesV12 = {
  profileId: 'p1',
  text: '',
  situation: '夜班，两个孩子，丈夫不知道',
  worries: ['family', 'calls'],
  counsellorName: '陈老师',
  updatedAt: T,
};

async function openV11(name: string, factory: IDBFactory) {
  const old = await openShoreDbAtVersion(11, name, factory);
  await old.put('profiles', profileV11);
  await old.put('counsellorSessions', sessionV11);
  old.close();
  return openShoreDb(name, factory);
}

describe('migration 0012 counsellor-notes', () => {
  // Break: drop the split in records.ts assembleProfile → the session still has `situation` and there are no notes → fails.
  it('opens a version 11 session with its private fields as the notes, not in the session', async () => {
    const db = await openV11('v11', new IDBFactory());
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect((await readMigrationLog(db)).find((entry) => entry.version === 12)).toEqual({
      version: 12,
      name: 'counsellor-notes',
      rewritten: {},
    });
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    expect(loaded.counsellorSession).toEqual(sessionV12);
    expect(loaded.counsellorNotes).toEqual(notesV12);
    expect((await repo.loadClientDirectory())[0]?.counsellorSession).toEqual(sessionV12);
    repo.close();
  });

  // Break: return [] from writePlans settleSessionNotes → the notes row is missing after the session write → fails.
  it('stores the notes at the next session write, and drops them from the session at a notes write', async () => {
    const db = await openV11('settle', new IDBFactory());
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    const { revision } = await repo.save('counsellorSession', { ...loaded.counsellorSession!, step: 'scripts' }, 3);
    expect(await db.get('counsellorNotes', 'p1')).toEqual(notesV12);
    expect(await db.get('counsellorSessions', 'p1')).toEqual({ ...sessionV12, step: 'scripts', updatedAt: NOW });

    // A second database: the notes written first drop the old fields from the stored session.
    const other = await openV11('notes-first', new IDBFactory());
    const otherRepo = makeShoreRepository(other, { now: () => NOW });
    await otherRepo.save('counsellorNotes', { ...notesV12, profileId: P, text: '下次带工资单' }, 3);
    expect(await other.get('counsellorSessions', 'p1')).toEqual(sessionV12);
    expect((await otherRepo.loadProfile(P)).counsellorNotes?.text).toBe('下次带工资单');
    expect(revision).toBe(4);
    repo.close();
    otherRepo.close();
  });

  // Break: export sessions as stored (no splitSessionNotes in backup.ts readSnapshot) → the situation is in the file → fails.
  it('never exports the notes, from an old session row or from the notes store', async () => {
    const db = await openV11('export', new IDBFactory());
    const repo = makeShoreRepository(db, { now: () => NOW });
    await repo.save('counsellorNotes', { ...notesV12, profileId: P, text: '私下：有赌博史' }, 3);
    for (const text of [
      await exportBackup(db, { exportedAt: NOW }),
      await exportBackup(db, { exportedAt: NOW, profileId: P }),
      await exportBackup(db, { exportedAt: NOW, profileId: P, omitAttachments: true }),
    ]) {
      for (const secret of ['夜班', '陈老师', '有赌博史', 'counsellorNotes', 'worries'])
        expect(text).not.toContain(secret);
    }
    repo.close();
  });

  // Break: `return { ...data }` (keep the fields in the sessions) in migrateSnapshotV11toV12 → fails.
  it('moves a version 11 file’s private fields out of its sessions into counsellorNotes', () => {
    const empty = { ...sessionV11, profileId: 'p2', situation: '', worries: [], counsellorName: '' };
    const snapshot: SnapshotV11 = {
      profiles: [profileV11, { ...profileV11, id: 'p2' }],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [sessionV11, empty],
      payments: [],
      settings: null,
    };
    expect(migrateSnapshotV11toV12(snapshot)).toEqual({
      ...snapshot,
      counsellorSessions: [sessionV12, { ...sessionV12, profileId: 'p2' }],
      counsellorNotes: [notesV12],
    });
  });

  // Break: skip the counsellorNotes puts in applyImport → the imported client has no notes → fails.
  it('imports a version 11 file’s notes onto the device, and a new export leaves them out', async () => {
    const source = await openShoreDbAtVersion(11, 'source', new IDBFactory());
    await source.put('profiles', profileV11);
    await source.put('counsellorSessions', sessionV11);
    source.close();
    // A version 11 file, as that release wrote it: the envelope around the v11 rows.
    const { canonicalJson, sha256Hex } = await import('../canonical');
    const data = {
      profiles: [profileV11],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [sessionV11],
      payments: [],
      settings: null,
    };
    const file = JSON.stringify({
      format: 'shore-backup',
      schemaVersion: 11,
      exportedAt: T,
      checksum: await sha256Hex(canonicalJson(data)),
      data,
    });
    const db = await openShoreDb('target', new IDBFactory());
    await applyImport(db, await prepareImport(db, file));
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    expect(loaded.counsellorNotes).toEqual(notesV12);
    expect(loaded.counsellorSession).toEqual(sessionV12);
    expect(await exportBackup(db, { exportedAt: NOW })).not.toContain('夜班');
    repo.close();
  });
});
