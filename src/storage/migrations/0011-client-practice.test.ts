/**
 * Migration 0011 (issue 18): a profile's output language and a session's practice records are new
 * optional fields. A version 10 database opens with every record as it was, its records take the new
 * fields, and the version 11 validators refuse malformed ones (a backup carrying them is checked).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { CounsellorSessionRowV10, ProfileRowV10 } from '../schema/v10';
import type { CounsellorSessionRowV11, ProfileRowV11 } from '../schema/v11';
import { profileId } from '../testSupport';
import { counsellorSessionSchemaV11, findProblem, profileSchemaV11 } from '../validation';
import { migrateSnapshotV10toV11 } from './0011-client-practice';
import { splitSessionNotes } from './0013-counsellor-notes';

const T = '2026-12-03T09:00:00.000Z';
const profileV10: ProfileRowV10 = { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 };
const sessionV10: CounsellorSessionRowV10 = {
  profileId: 'p1',
  step: 'plan',
  completed: ['situation', 'debts', 'budget'],
  situation: '',
  worries: [],
  scripts: [],
  weekDone: [],
  counsellorName: '',
  reviews: [],
  updatedAt: T,
};
const sessionV11: CounsellorSessionRowV11 = {
  ...sessionV10,
  consent: { on: '2026-12-03', agreed: '保存并使用我的债务资料，用于制定还款计划', renewOn: '2027-06-03' },
  nextAppointment: { on: '2026-12-17', time: '14:30', place: '社区服务中心二楼' },
  counsellorContact: '王老师 138 0000 0000',
  caseStatus: 'waiting',
};

describe('migration 0011 client-practice', () => {
  // Break: no `outputLocale` in profileSchemaV11 (the profile write refused) → fails.
  it('opens a version 10 database with its profile and session as they were', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(10, 'v10', factory);
    await old.put('profiles', profileV10);
    await old.put('counsellorSessions', sessionV10);
    old.close();
    const db = await openShoreDb('v10', factory);
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect((await readMigrationLog(db)).find((entry) => entry.version === 11)).toEqual({
      version: 11,
      name: 'client-practice',
      rewritten: {},
    });
    const repo = makeShoreRepository(db);
    const loaded = await repo.loadProfile(profileId('p1'));
    expect(loaded.profile).toEqual(profileV10);
    // Since version 13 the session is read without the counsellor's (here empty) private fields.
    expect(loaded.counsellorSession).toEqual(splitSessionNotes(sessionV10).session);
    // The new fields can be written to the upgraded records and read back.
    const { revision } = await repo.putProfile(
      { id: profileId('p1'), displayName: '周女士', notes: '', outputLocale: 'zh-CN' },
      3,
    );
    const savedV11 = splitSessionNotes(sessionV11).session;
    await repo.save('counsellorSession', { ...savedV11, profileId: profileId('p1') }, revision);
    const again = await repo.loadProfile(profileId('p1'));
    expect(again.profile.outputLocale).toBe('zh-CN');
    // The repository stamps `updatedAt` on save.
    expect({ ...again.counsellorSession, updatedAt: T }).toEqual(savedV11);
    repo.close();
  });

  // Break: `return { ...data, counsellorSessions: [] }` in migrateSnapshotV10toV11 → fails.
  it('leaves a version 10 snapshot as it is (every new field is optional)', () => {
    const snapshot = {
      profiles: [profileV10],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [sessionV10],
      payments: [],
      settings: null,
    };
    expect(migrateSnapshotV10toV11(snapshot)).toEqual(snapshot);
  });

  // Break: `outputLocale: v.optional(v.string())` in profileSchemaV11 → the 'fr' case fails.
  it('accepts the two output languages and nothing else', () => {
    const withLocale = (outputLocale: unknown): unknown => ({ ...profileV10, outputLocale });
    expect(findProblem(profileSchemaV11, profileV10)).toBeUndefined();
    expect(findProblem(profileSchemaV11, withLocale('zh-CN') as ProfileRowV11)).toBeUndefined();
    expect(findProblem(profileSchemaV11, withLocale('en'))).toBeUndefined();
    expect(findProblem(profileSchemaV11, withLocale('fr'))?.path).toBe('outputLocale');
  });

  // Break: drop the TIME regex (accept any string) → the '25:00' case fails.
  it('accepts consent, an appointment, contact details and a status; refuses malformed ones', () => {
    expect(findProblem(counsellorSessionSchemaV11, sessionV11)).toBeUndefined();
    expect(findProblem(counsellorSessionSchemaV11, sessionV10)).toBeUndefined();
    const noTime = { ...sessionV11, nextAppointment: { on: '2026-12-17', time: '', place: '' } };
    expect(findProblem(counsellorSessionSchemaV11, noTime)).toBeUndefined();
    const badTime = { ...sessionV11, nextAppointment: { on: '2026-12-17', time: '25:00', place: '' } };
    expect(findProblem(counsellorSessionSchemaV11, badTime)?.path).toBe('nextAppointment.time');
    const badDate = { ...sessionV11, consent: { on: '2026-02-30', agreed: '' } };
    expect(findProblem(counsellorSessionSchemaV11, badDate)?.path).toBe('consent.on');
    const badStatus = { ...sessionV11, caseStatus: 'paused' };
    expect(findProblem(counsellorSessionSchemaV11, badStatus)?.path).toBe('caseStatus');
  });
});
