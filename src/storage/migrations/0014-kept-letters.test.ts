/**
 * Migration 0014 (issue 14): the letters a person copied, shared or printed are kept with the
 * plan settings. A version 13 database opens with its plan settings as they were; they take kept
 * letters, which come back from storage and from a backup file exactly as written; the version 14
 * validator refuses malformed ones (free text in the request, an unknown kind, a float amount).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, prepareImport } from '../backup';
import { openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { PlanSettingsRowV13 } from '../schema/v13';
import { makeKeptLetter, profileId } from '../testSupport';
import { findProblem, planSettingsSchemaV14 } from '../validation';
import { migrateSnapshotV13toV14 } from './0014-kept-letters';

const T = '2026-12-04T09:00:00.000Z';
const settingsV13: PlanSettingsRowV13 = {
  profileId: 'p1',
  strategy: 'avalanche',
  customOrder: [],
  asOf: '2026-12-04',
  firstPaymentDate: '2026-12-15',
  updatedAt: T,
};

describe('migration 0014 kept-letters', () => {
  // Break: no `keptLetters` in planSettingsSchemaV14 (the write refused) → fails.
  // Break: `if (oldVersion < 14 …)` block removed from db.ts → the migration log has no step 14 → fails.
  it('opens a version 13 database with its plan settings as they were; they then keep letters', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(13, 'v13', factory);
    await old.put('profiles', { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 });
    await old.put('planSettings', settingsV13);
    old.close();
    const db = await openShoreDb('v13', factory);
    expect(db.version).toBeGreaterThanOrEqual(14);
    expect((await readMigrationLog(db)).find((step) => step.version === 14)).toEqual({
      version: 14,
      name: 'kept-letters',
      rewritten: {},
    });
    const repo = makeShoreRepository(db, { now: () => T });
    expect((await repo.loadProfile(profileId('p1'))).planSettings).toEqual(settingsV13);
    const kept = [makeKeptLetter('招商银行'), makeKeptLetter()];
    await repo.save('planSettings', { ...settingsV13, profileId: profileId('p1'), keptLetters: kept }, 3);
    expect((await repo.loadProfile(profileId('p1'))).planSettings?.keptLetters).toEqual(kept);

    // The client's record of what was sent travels in their backup and comes back as it was.
    const text = await exportBackup(db, { exportedAt: '2026-12-04T17:00:00+08:00' });
    const fresh = await openShoreDb('fresh', factory);
    await applyImport(fresh, await prepareImport(fresh, text));
    const freshRepo = makeShoreRepository(fresh);
    expect((await freshRepo.loadProfile(profileId('p1'))).planSettings?.keptLetters).toEqual(kept);
    repo.close();
    freshRepo.close();
  });

  // Break: `return { ...data, planSettings: [] }` in migrateSnapshotV13toV14 → fails.
  it('leaves a version 13 snapshot as it is (the new field is optional)', () => {
    const snapshot = {
      profiles: [],
      debts: [],
      budgets: [],
      planSettings: [settingsV13],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      counsellorSessions: [],
      payments: [],
      settings: null,
    };
    expect(migrateSnapshotV13toV14(snapshot)).toEqual(snapshot);
  });

  // Break: `request: v.looseObject(…)` in keptLetterV14 → the free-text case passes → fails.
  // Break: `amounts: v.record(v.string(), v.string())` → the float and unknown-name cases pass → fails.
  it('accepts kept letters; refuses free text in the request, unknown kinds and malformed figures', () => {
    const letter = makeKeptLetter();
    const withLetter = (changed: unknown): unknown => ({ ...settingsV13, keptLetters: [changed] });
    expect(findProblem(planSettingsSchemaV14, settingsV13)).toBeUndefined();
    expect(findProblem(planSettingsSchemaV14, withLetter(letter))).toBeUndefined();
    const named = { ...letter, request: { ...letter.request, name: '周女士' } };
    expect(findProblem(planSettingsSchemaV14, withLetter(named))?.path).toBe('keptLetters.0.request.name');
    const unknownKind = { ...letter, request: { ...letter.request, kind: 'threat' } };
    expect(findProblem(planSettingsSchemaV14, withLetter(unknownKind))?.path).toBe('keptLetters.0.request.kind');
    const float = { ...letter, figures: { ...letter.figures, amounts: { owed: '2450.005' } } };
    expect(findProblem(planSettingsSchemaV14, withLetter(float))?.path).toBe('keptLetters.0.figures.amounts.owed');
    const unknownAmount = { ...letter, figures: { ...letter.figures, amounts: { salary: '1.00' } } };
    expect(findProblem(planSettingsSchemaV14, withLetter(unknownAmount))?.path).toBe(
      'keptLetters.0.figures.amounts.salary',
    );
    const how = { ...letter, how: 'emailed' };
    expect(findProblem(planSettingsSchemaV14, withLetter(how))?.path).toBe('keptLetters.0.how');
  });
});
