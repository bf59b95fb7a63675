/**
 * Migration 0010 (issue 18): a profile's output language and a session's practice records are new
 * optional fields. A version 9 database opens with every record as it was, its records take the new
 * fields, and the version 10 validators refuse malformed ones (a backup carrying them is checked).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { CounsellorSessionRowV9, ProfileRowV9 } from '../schema/v9';
import type { CounsellorSessionRowV10, ProfileRowV10 } from '../schema/v10';
import { profileId } from '../testSupport';
import { counsellorSessionSchemaV10, findProblem, profileSchemaV10 } from '../validation';
import { migrateSnapshotV9toV10 } from './0010-client-practice';

const T = '2026-12-03T09:00:00.000Z';
const profileV9: ProfileRowV9 = { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 };
const sessionV9: CounsellorSessionRowV9 = {
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
const sessionV10: CounsellorSessionRowV10 = {
  ...sessionV9,
  consent: { on: '2026-12-03', agreed: '保存并使用我的债务资料，用于制定还款计划', renewOn: '2027-06-03' },
  nextAppointment: { on: '2026-12-17', time: '14:30', place: '社区服务中心二楼' },
  counsellorContact: '王老师 138 0000 0000',
  caseStatus: 'waiting',
};

describe('migration 0010 client-practice', () => {
  // Break: no `outputLocale` in profileSchemaV10 (the profile write refused) → fails.
  it('opens a version 9 database with its profile and session as they were', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(9, 'v9', factory);
    await old.put('profiles', profileV9);
    await old.put('counsellorSessions', sessionV9);
    old.close();
    const db = await openShoreDb('v9', factory);
    expect(db.version).toBe(10);
    expect((await readMigrationLog(db)).at(-1)).toEqual({ version: 10, name: 'client-practice', rewritten: {} });
    const repo = makeShoreRepository(db);
    const loaded = await repo.loadProfile(profileId('p1'));
    expect(loaded.profile).toEqual(profileV9);
    expect(loaded.counsellorSession).toEqual(sessionV9);
    // The new fields can be written to the upgraded records and read back.
    const { revision } = await repo.putProfile(
      { id: profileId('p1'), displayName: '周女士', notes: '', outputLocale: 'zh-CN' },
      3,
    );
    await repo.save('counsellorSession', { ...sessionV10, profileId: profileId('p1') }, revision);
    const again = await repo.loadProfile(profileId('p1'));
    expect(again.profile.outputLocale).toBe('zh-CN');
    // The repository stamps `updatedAt` on save.
    expect({ ...again.counsellorSession, updatedAt: T }).toEqual(sessionV10);
    repo.close();
  });

  // Break: `return { ...data, counsellorSessions: [] }` in migrateSnapshotV9toV10 → fails.
  it('leaves a version 9 snapshot as it is (every new field is optional)', () => {
    const snapshot = {
      profiles: [profileV9],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [sessionV9],
      payments: [],
      settings: null,
    };
    expect(migrateSnapshotV9toV10(snapshot)).toEqual(snapshot);
  });

  // Break: `outputLocale: v.optional(v.string())` in profileSchemaV10 → the 'fr' case fails.
  it('accepts the two output languages and nothing else', () => {
    const withLocale = (outputLocale: unknown): unknown => ({ ...profileV9, outputLocale });
    expect(findProblem(profileSchemaV10, profileV9)).toBeUndefined();
    expect(findProblem(profileSchemaV10, withLocale('zh-CN') as ProfileRowV10)).toBeUndefined();
    expect(findProblem(profileSchemaV10, withLocale('en'))).toBeUndefined();
    expect(findProblem(profileSchemaV10, withLocale('fr'))?.path).toBe('outputLocale');
  });

  // Break: drop the TIME regex (accept any string) → the '25:00' case fails.
  it('accepts consent, an appointment, contact details and a status; refuses malformed ones', () => {
    expect(findProblem(counsellorSessionSchemaV10, sessionV10)).toBeUndefined();
    expect(findProblem(counsellorSessionSchemaV10, sessionV9)).toBeUndefined();
    const noTime = { ...sessionV10, nextAppointment: { on: '2026-12-17', time: '', place: '' } };
    expect(findProblem(counsellorSessionSchemaV10, noTime)).toBeUndefined();
    const badTime = { ...sessionV10, nextAppointment: { on: '2026-12-17', time: '25:00', place: '' } };
    expect(findProblem(counsellorSessionSchemaV10, badTime)?.path).toBe('nextAppointment.time');
    const badDate = { ...sessionV10, consent: { on: '2026-02-30', agreed: '' } };
    expect(findProblem(counsellorSessionSchemaV10, badDate)?.path).toBe('consent.on');
    const badStatus = { ...sessionV10, caseStatus: 'paused' };
    expect(findProblem(counsellorSessionSchemaV10, badStatus)?.path).toBe('caseStatus');
  });
});
