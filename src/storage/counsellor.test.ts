/**
 * Counsellor-mode storage (schema 5): the per-profile counsellor session store (duplicating a
 * profile is in the repository contract, repositoryContract.ts), cascade delete, one-profile backups carrying the session, and
 * migration 0005's snapshot step.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CounsellorSession } from '../domain/records';
import { applyImport, exportBackup, prepareImport } from './backup';
import { canonicalJson, sha256Hex } from './canonical';
import { CURRENT_SCHEMA_VERSION, openShoreDb, readMigrationLog, type ShoreDb } from './db';
import { ConflictError, InvalidRecordError } from './errors';
import { createVault } from './lock';
import { rawTexts } from './lockTestSupport';
import { migrateSnapshotV4toV5 } from './migrations/0005-counsellor-sessions';
import { makeShoreRepository, type ShoreRepository } from './repository';
import type { SnapshotV4 } from './schema/v4';
import {
  dumpDatabase,
  makeBudget,
  makeCounsellorSession,
  makeDebt,
  makeLogEntry,
  makeNegotiation,
  makePlanSettings,
  momentAt,
  profileId,
} from './testSupport';

const P1 = profileId('p1');
const NOW = '2026-11-28T12:00:00.000Z';

let factory: IDBFactory;
let db: ShoreDb;
let repo: ShoreRepository;
let ids = 0;

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openShoreDb('counsellor', factory);
  ids = 0;
  repo = makeShoreRepository(db, { now: () => NOW, newId: () => `new-${String(++ids)}` });
  return () => repo.close();
});

/** p1 with two debts (custom order), budget, settings, a negotiation, a log entry and a session. */
async function seed(): Promise<number> {
  let revision = (await repo.putProfile({ id: P1, displayName: '张三', notes: '客户备注' }, null)).revision;
  revision = (await repo.save('debts', makeDebt(P1, 'd1', 0), revision)).revision;
  revision = (await repo.save('debts', makeDebt(P1, 'd2', 1), revision)).revision;
  revision = (await repo.save('budget', makeBudget(P1), revision)).revision;
  revision = (
    await repo.save(
      'planSettings',
      { ...makePlanSettings(P1), strategy: 'custom', customOrder: ['d2', 'd1'] },
      revision,
    )
  ).revision;
  revision = (await repo.save('negotiations', makeNegotiation(P1, 'n1', momentAt(1)), revision)).revision;
  revision = (await repo.save('collectionLog', makeLogEntry(P1, 'l1', momentAt(2)), revision)).revision;
  return (await repo.save('counsellorSession', makeCounsellorSession(P1), revision)).revision;
}

describe('counsellor sessions', () => {
  it('are stored per profile, read back with the profile, and bump its revision', async () => {
    const before = (await repo.putProfile({ id: P1, displayName: '张三', notes: '' }, null)).revision;
    expect((await repo.loadProfile(P1)).counsellorSession).toBeUndefined();
    const result = await repo.save('counsellorSession', makeCounsellorSession(P1), before);
    expect(result.revision).toBe(before + 1);
    expect((await repo.loadProfile(P1)).counsellorSession).toEqual(makeCounsellorSession(P1));
    await repo.save(
      'counsellorSession',
      makeCounsellorSession(P1, { step: 'plan', completed: ['situation', 'debts', 'budget'] }),
      result.revision,
    );
    expect((await repo.loadProfile(P1)).counsellorSession?.step).toBe('plan');
  });

  it('refuse a stale revision and an invalid record, writing nothing', async () => {
    const revision = (await repo.putProfile({ id: P1, displayName: '张三', notes: '' }, null)).revision;
    const before = await dumpDatabase(db);
    await expect(repo.save('counsellorSession', makeCounsellorSession(P1), revision + 1)).rejects.toBeInstanceOf(
      ConflictError,
    );
    const badMoney = makeCounsellorSession(P1, {
      reviews: [{ ...makeCounsellorSession(P1).reviews[0]!, payments: [{ platform: 'x', amount: '1.234' }] }],
    });
    await expect(repo.save('counsellorSession', badMoney, revision)).rejects.toBeInstanceOf(InvalidRecordError);
    const badStep = { ...makeCounsellorSession(P1), step: 'lunch' } as unknown as CounsellorSession;
    await expect(repo.save('counsellorSession', badStep, revision)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('go when their profile is deleted', async () => {
    const revision = await seed();
    await repo.deleteProfile(P1, revision);
    expect(await db.count('counsellorSessions')).toBe(0);
  });
});

describe('backups with counsellor sessions', () => {
  it('carry the session in a one-profile export that imports into an empty database', async () => {
    await seed();
    const text = await exportBackup(db, { exportedAt: NOW, profileId: P1 });
    const file = JSON.parse(text) as {
      schemaVersion: number;
      data: { counsellorSessions: unknown[]; settings: unknown };
    };
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.data.counsellorSessions).toHaveLength(1);
    expect(file.data.settings).toBeNull();

    const otherFactory = new IDBFactory();
    const other = await openShoreDb('fresh', otherFactory);
    const preview = await prepareImport(other, text);
    expect(preview.counts.counsellorSessions).toBe(1);
    await applyImport(other, preview);
    const imported = await makeShoreRepository(other).loadProfile(P1);
    expect(imported.counsellorSession).toEqual(makeCounsellorSession(P1));
    expect(imported.debts).toHaveLength(2);
    other.close();
  });

  it('reject a session that points at a profile not in the file', async () => {
    await seed();
    const text = await exportBackup(db, { exportedAt: NOW, profileId: P1 });
    const file = JSON.parse(text) as { data: { counsellorSessions: { profileId: string }[] }; checksum: string };
    file.data.counsellorSessions[0]!.profileId = 'ghost';
    file.checksum = await sha256Hex(canonicalJson(file.data));
    await expect(prepareImport(db, JSON.stringify(file))).rejects.toMatchObject({ code: 'invalid-reference' });
  });
});

describe('migration 0005 counsellor-sessions', () => {
  it('adds an empty session list to a version 4 snapshot and changes nothing else', () => {
    const v4: SnapshotV4 = {
      profiles: [],
      debts: [],
      budgets: [],
      planSettings: [],
      negotiations: [],
      collectionLog: [],
      attachments: [],
      settings: { language: 'en' },
    };
    expect(migrateSnapshotV4toV5(v4)).toEqual({ ...v4, counsellorSessions: [] });
  });

  it('creates the store keyed by profile id and logs itself', async () => {
    expect(db.objectStoreNames.contains('counsellorSessions')).toBe(true);
    expect(db.transaction('counsellorSessions').store.keyPath).toBe('profileId');
    const log = await readMigrationLog(db);
    expect(log.find((entry) => entry.version === 5)).toEqual({
      version: 5,
      name: 'counsellor-sessions',
      rewritten: {},
    });
  });

  it('keeps the discreet setting', async () => {
    await repo.putSettings({ language: 'zh-CN', discreet: true });
    expect(await repo.getSettings()).toEqual({ language: 'zh-CN', discreet: true });
  });
});

describe('counsellor sessions under the passphrase lock', () => {
  it('are sealed at rest (only the profile id in clear) and read back whole when unlocked', async () => {
    const lockFactory = new IDBFactory();
    const lockDb = await openShoreDb('counsellor-lock', lockFactory);
    const vault = createVault(lockDb, { unsafeIterationsForTests: 1_000 });
    const lockRepo = makeShoreRepository(lockDb, { now: () => NOW, vault });
    const revision = (await lockRepo.putProfile({ id: P1, displayName: '张三', notes: '' }, null)).revision;
    await lockRepo.save('counsellorSession', makeCounsellorSession(P1), revision);
    await vault.enable('a long passphrase 4711');
    vault.lock();
    const { texts } = await rawTexts(lockDb);
    for (const secret of ['失业三个月', '李老师', '5120.50', '2027-09-15']) {
      expect(
        texts.some((text) => text.includes(secret)),
        secret,
      ).toBe(false);
    }
    const row = (await lockDb.get('counsellorSessions', P1)) as unknown as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['profileId', 'sealed']);
    await vault.unlock('a long passphrase 4711');
    expect((await lockRepo.loadProfile(P1)).counsellorSession).toEqual(makeCounsellorSession(P1));
    lockDb.close();
  });
});
