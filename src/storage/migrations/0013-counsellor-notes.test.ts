/**
 * Migration 0013 (issue 18): the counsellor's private notes get their own store. A version 12
 * database's session still holding the situation, worries and counsellor's name opens with them
 * as the profile's notes and without them in the session; a session or notes write stores them in
 * `counsellorNotes` and drops them from the session row; no export carries them; a version 12
 * backup file's sessions lose them and its data gains `counsellorNotes`, which an import keeps on
 * the device only. Version 12 (drafts) kept the version 11 session and profile shapes, so the
 * seeded rows are typed as v11's. Expected values are the seeded rows, written out by hand.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup, prepareImport, applyImport } from '../backup';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { CounsellorSessionRowV11, ProfileRowV11 } from '../schema/v11';
import type { SnapshotV12 } from '../schema/v12';
import { profileId } from '../testSupport';
import { migrateSnapshotV12toV13 } from './0013-counsellor-notes';

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
/** The same session as version 13 holds it, written out by hand. */
const sessionV13 = {
  profileId: 'p1',
  step: 'plan',
  completed: ['situation', 'debts', 'budget'],
  scripts: [],
  weekDone: [],
  reviews: [],
  updatedAt: T,
  caseStatus: 'waiting',
};
const notesV13 = {
  profileId: 'p1',
  text: '',
  situation: '夜班，两个孩子，丈夫不知道',
  worries: ['family', 'calls'],
  counsellorName: '陈老师',
  updatedAt: T,
};

async function openV12(name: string, factory: IDBFactory) {
  const old = await openShoreDbAtVersion(12, name, factory);
  await old.put('profiles', profileV11);
  await old.put('counsellorSessions', sessionV11);
  old.close();
  return openShoreDb(name, factory);
}

describe('migration 0013 counsellor-notes', () => {
  // Break: drop the split in records.ts assembleProfile → the session still has `situation` and there are no notes → fails.
  it('opens a version 12 session with its private fields as the notes, not in the session', async () => {
    const db = await openV12('v12', new IDBFactory());
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect((await readMigrationLog(db)).find((entry) => entry.version === 13)).toEqual({
      version: 13,
      name: 'counsellor-notes',
      rewritten: {},
    });
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    expect(loaded.counsellorSession).toEqual(sessionV13);
    expect(loaded.counsellorNotes).toEqual(notesV13);
    expect((await repo.loadClientDirectory())[0]?.counsellorSession).toEqual(sessionV13);
    repo.close();
  });

  // Break: return [] from writePlans settleSessionNotes → the notes row is missing after the session write → fails.
  it('stores the notes at the next session write, and drops them from the session at a notes write', async () => {
    const db = await openV12('settle', new IDBFactory());
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    const { revision } = await repo.save('counsellorSession', { ...loaded.counsellorSession!, step: 'scripts' }, 3);
    expect(await db.get('counsellorNotes', 'p1')).toEqual(notesV13);
    expect(await db.get('counsellorSessions', 'p1')).toEqual({ ...sessionV13, step: 'scripts', updatedAt: NOW });

    // A second database: the notes written first drop the old fields from the stored session.
    const other = await openV12('notes-first', new IDBFactory());
    const otherRepo = makeShoreRepository(other, { now: () => NOW });
    await otherRepo.save('counsellorNotes', { ...notesV13, profileId: P, text: '下次带工资单' }, 3);
    expect(await other.get('counsellorSessions', 'p1')).toEqual(sessionV13);
    expect((await otherRepo.loadProfile(P)).counsellorNotes?.text).toBe('下次带工资单');
    expect(revision).toBe(4);
    repo.close();
    otherRepo.close();
  });

  // Break: export sessions as stored (no splitSessionNotes in backup.ts readSnapshot) → the situation is in the file → fails.
  it('never exports the notes, from an old session row or from the notes store', async () => {
    const db = await openV12('export', new IDBFactory());
    const repo = makeShoreRepository(db, { now: () => NOW });
    await repo.save('counsellorNotes', { ...notesV13, profileId: P, text: '私下：有赌博史' }, 3);
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

  // Break: `return { ...data }` (keep the fields in the sessions) in migrateSnapshotV12toV13 → fails.
  it('moves a version 12 file’s private fields out of its sessions into counsellorNotes', () => {
    const empty = { ...sessionV11, profileId: 'p2', situation: '', worries: [], counsellorName: '' };
    const snapshot: SnapshotV12 = {
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
    expect(migrateSnapshotV12toV13(snapshot)).toEqual({
      ...snapshot,
      counsellorSessions: [sessionV13, { ...sessionV13, profileId: 'p2' }],
      counsellorNotes: [notesV13],
    });
  });

  // Break: skip the counsellorNotes puts in applyImport → the imported client has no notes → fails.
  it('imports a version 12 file’s notes onto the device, and a new export leaves them out', async () => {
    const source = await openShoreDbAtVersion(12, 'source', new IDBFactory());
    await source.put('profiles', profileV11);
    await source.put('counsellorSessions', sessionV11);
    source.close();
    // A version 12 file, as that release wrote it: the envelope around the v12 rows.
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
      schemaVersion: 12,
      exportedAt: T,
      checksum: await sha256Hex(canonicalJson(data)),
      data,
    });
    const db = await openShoreDb('target', new IDBFactory());
    await applyImport(db, await prepareImport(db, file));
    const repo = makeShoreRepository(db, { now: () => NOW });
    const loaded = await repo.loadProfile(P);
    expect(loaded.counsellorNotes).toEqual(notesV13);
    expect(loaded.counsellorSession).toEqual(sessionV13);
    expect(await exportBackup(db, { exportedAt: NOW })).not.toContain('夜班');
    repo.close();
  });
});
