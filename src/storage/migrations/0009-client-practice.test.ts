/**
 * Migration 0009 (issue 18): a profile's output language and a session's practice records are new
 * optional fields. A version 8 database opens with every record as it was, its records take the new
 * fields, and the version 9 validators refuse malformed ones (a backup carrying them is checked).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { CounsellorSessionRowV8, ProfileRowV8 } from '../schema/v8';
import type { CounsellorSessionRowV9, ProfileRowV9 } from '../schema/v9';
import { profileId } from '../testSupport';
import { counsellorSessionSchemaV9, findProblem, profileSchemaV9 } from '../validation';
import { migrateSnapshotV8toV9 } from './0009-client-practice';

const T = '2026-12-03T09:00:00.000Z';
const profileV8: ProfileRowV8 = { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 };
const sessionV8: CounsellorSessionRowV8 = {
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
const sessionV9: CounsellorSessionRowV9 = {
  ...sessionV8,
  consent: { on: '2026-12-03', agreed: '保存并使用我的债务资料，用于制定还款计划', renewOn: '2027-06-03' },
  nextAppointment: { on: '2026-12-17', time: '14:30', place: '社区服务中心二楼' },
  counsellorContact: '王老师 138 0000 0000',
  caseStatus: 'waiting',
};

describe('migration 0009 client-practice', () => {
  // Break: no `outputLocale` in profileSchemaV9 (the profile write refused) → fails.
  it('opens a version 8 database with its profile and session as they were', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(8, 'v8', factory);
    await old.put('profiles', profileV8);
    await old.put('counsellorSessions', sessionV8);
    old.close();
    const db = await openShoreDb('v8', factory);
    expect(db.version).toBe(9);
    expect((await readMigrationLog(db)).at(-1)).toEqual({ version: 9, name: 'client-practice', rewritten: {} });
    const repo = makeShoreRepository(db);
    const loaded = await repo.loadProfile(profileId('p1'));
    expect(loaded.profile).toEqual(profileV8);
    expect(loaded.counsellorSession).toEqual(sessionV8);
    // The new fields can be written to the upgraded records and read back.
    const { revision } = await repo.putProfile(
      { id: profileId('p1'), displayName: '周女士', notes: '', outputLocale: 'zh-CN' },
      3,
    );
    await repo.save('counsellorSession', { ...sessionV9, profileId: profileId('p1') }, revision);
    const again = await repo.loadProfile(profileId('p1'));
    expect(again.profile.outputLocale).toBe('zh-CN');
    // The repository stamps `updatedAt` on save.
    expect({ ...again.counsellorSession, updatedAt: T }).toEqual(sessionV9);
    repo.close();
  });

  // Break: `return { ...data, counsellorSessions: [] }` in migrateSnapshotV8toV9 → fails.
  it('leaves a version 8 snapshot as it is (every new field is optional)', () => {
    const snapshot = {
      profiles: [profileV8],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [sessionV8],
      settings: null,
    };
    expect(migrateSnapshotV8toV9(snapshot)).toEqual(snapshot);
  });

  // Break: `outputLocale: v.optional(v.string())` in profileSchemaV9 → the 'fr' case fails.
  it('accepts the two output languages and nothing else', () => {
    const withLocale = (outputLocale: unknown): unknown => ({ ...profileV8, outputLocale });
    expect(findProblem(profileSchemaV9, profileV8)).toBeUndefined();
    expect(findProblem(profileSchemaV9, withLocale('zh-CN') as ProfileRowV9)).toBeUndefined();
    expect(findProblem(profileSchemaV9, withLocale('en'))).toBeUndefined();
    expect(findProblem(profileSchemaV9, withLocale('fr'))?.path).toBe('outputLocale');
  });

  // Break: drop the TIME regex (accept any string) → the '25:00' case fails.
  it('accepts consent, an appointment, contact details and a status; refuses malformed ones', () => {
    expect(findProblem(counsellorSessionSchemaV9, sessionV9)).toBeUndefined();
    expect(findProblem(counsellorSessionSchemaV9, sessionV8)).toBeUndefined();
    const noTime = { ...sessionV9, nextAppointment: { on: '2026-12-17', time: '', place: '' } };
    expect(findProblem(counsellorSessionSchemaV9, noTime)).toBeUndefined();
    const badTime = { ...sessionV9, nextAppointment: { on: '2026-12-17', time: '25:00', place: '' } };
    expect(findProblem(counsellorSessionSchemaV9, badTime)?.path).toBe('nextAppointment.time');
    const badDate = { ...sessionV9, consent: { on: '2026-02-30', agreed: '' } };
    expect(findProblem(counsellorSessionSchemaV9, badDate)?.path).toBe('consent.on');
    const badStatus = { ...sessionV9, caseStatus: 'paused' };
    expect(findProblem(counsellorSessionSchemaV9, badStatus)?.path).toBe('caseStatus');
  });
});
