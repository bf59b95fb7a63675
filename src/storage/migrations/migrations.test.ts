/**
 * Migration tests: one per step, the chain is contiguous, every step runs on an old database,
 * a database seeded at every earlier version opens with intact data, and a failing upgrade
 * leaves the old version untouched.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { makeShoreRepository } from '../repository';
import type { ProfileRowV1, DebtRowV1, CollectionLogRowV1, SnapshotV1, BudgetRowV1, PlanSettingsRowV1, NegotiationRowV1 } from '../schema/v1';
import type { ProfileRowV2, DebtRowV2, CollectionLogRowV2 } from '../schema/v2';
import type { CollectionLogRowV3 } from '../schema/v3';
import { STORES_V5 } from '../schema/v5';
import { dumpDatabase, profileId } from '../testSupport';
import {
  migrateDebtV1toV2,
  migrateProfileV1toV2,
  migrateSnapshotV1toV2,
  percentFromFraction,
} from './0002-entered-rate-and-revision';
import { migrateLogV2toV3, migrateSnapshotV2toV3 } from './0003-log-attachments';
import { migrateLogV3toV4, migrateSnapshotV3toV4 } from './0004-log-facts';
import { MIGRATIONS, migrateSnapshot } from './index';
import { findProblem, logEntrySchemaV3, logEntrySchemaV4 } from '../validation';

const T = '2026-01-02T03:04:05.000Z';

const profileV1: ProfileRowV1 = { id: 'p1', displayName: '张三', notes: 'n', updatedAt: T };
const debtV1Daily: DebtRowV1 = {
  id: 'd1',
  profileId: 'p1',
  platform: '借呗',
  kind: 'online-loan',
  contractNumber: '',
  principal: '1000.00',
  interest: '0',
  fees: '0',
  dailyRate: '0.0005',
  compound: false,
  frozen: false,
  collectionStatus: 'none',
  notes: '',
  position: 0,
  updatedAt: T,
};
const debtV1Monthly: DebtRowV1 = { ...debtV1Daily, id: 'd2', dailyRate: undefined, monthlyRate: '0.015', position: 1 };
const logV1: CollectionLogRowV1 = {
  id: 'l1',
  profileId: 'p1',
  at: '2026-01-01T09:00:00+08:00',
  platform: '借呗',
  callerNumber: '123',
  callerName: '',
  channel: 'call',
  whatWasSaid: '催收',
  ruleIds: [],
  updatedAt: T,
};
/** An entry whose ruleIds carry the `fact:*` tokens the version 3 log page wrote. */
const logV1WithFactTokens: CollectionLogRowV1 = {
  ...logV1,
  id: 'l2',
  at: '2026-01-01T23:30:00+08:00',
  ruleIds: ['fact:threatened', 'third-party-contact', 'fact:notConnected'],
};
const budgetV1: BudgetRowV1 = { profileId: 'p1', mode: 'direct', income: [], expenses: [], directAmount: '2000', updatedAt: T };
const planV1: PlanSettingsRowV1 = {
  profileId: 'p1',
  strategy: 'snowball',
  customOrder: [],
  asOf: '2026-01-01',
  firstPaymentDate: '2026-01-15',
  updatedAt: T,
};
const negotiationV1: NegotiationRowV1 = {
  id: 'n1',
  profileId: 'p1',
  platform: '借呗',
  at: T,
  kind: 'contact',
  summary: '',
  writtenConfirmation: false,
  updatedAt: T,
};

describe('migration 0002 entered-rate-and-revision', () => {
  it.each([
    ['0.0005', '0.05'],
    ['0.015', '1.5'],
    ['0', '0'],
    ['2', '200'],
    ['0.1', '10'],
    ['1.23456', '123.456'],
    ['0.00001', '0.001'],
  ])('percentFromFraction(%s) = %s', (fraction, percent) => {
    expect(percentFromFraction(fraction)).toBe(percent);
  });

  it('rebuilds a daily entered rate from the normalised daily rate', () => {
    expect(migrateDebtV1toV2(debtV1Daily)).toEqual<DebtRowV2>({
      ...debtV1Daily,
      enteredRate: { unit: 'daily-percent', percent: '0.05' },
    });
  });

  it('rebuilds a monthly entered rate from the normalised monthly rate', () => {
    expect(migrateDebtV1toV2(debtV1Monthly).enteredRate).toEqual({ unit: 'monthly-percent', percent: '1.5' });
  });

  it('gives a debt with no rate a zero daily rate', () => {
    const { dailyRate: _none, ...noRate } = debtV1Daily;
    const migrated = migrateDebtV1toV2(noRate);
    expect(migrated.dailyRate).toBe('0');
    expect(migrated.enteredRate).toEqual({ unit: 'daily-percent', percent: '0' });
  });

  it('starts profiles at revision 1', () => {
    expect(migrateProfileV1toV2(profileV1)).toEqual<ProfileRowV2>({ ...profileV1, revision: 1 });
  });
});

describe('migration 0003 log-attachments', () => {
  it('marks old entries as about the person, with no attachments', () => {
    const logV2: CollectionLogRowV2 = logV1;
    expect(migrateLogV2toV3(logV2)).toEqual({ ...logV2, contacted: 'me', attachments: [] });
  });

  it('adds an empty attachments list to a snapshot', () => {
    const snapshot = migrateSnapshotV2toV3(migrateSnapshotV1toV2(emptySnapshotV1()));
    expect(snapshot.attachments).toEqual([]);
  });
});

describe('migration 0004 log-facts', () => {
  const logV3: CollectionLogRowV3 = { ...logV1, contacted: 'family', attachments: [{ id: 'a1', name: 'x.png', type: 'image/png', size: 3 }] };

  it('moves every fact token out of ruleIds into facts, keeping rule ids in order', () => {
    const row = { ...logV3, ruleIds: ['night-contact', 'fact:threatened', 'fact:notConnected', 'third-party-contact', 'fact:insulted'] };
    expect(migrateLogV3toV4(row)).toEqual({
      ...logV3,
      ruleIds: ['night-contact', 'third-party-contact'],
      facts: { threatened: true, connected: false, insulted: true },
    });
  });

  it.each([
    ['fact:threatened', { threatened: true }],
    ['fact:insulted', { insulted: true }],
    ['fact:impersonated', { impersonated: true }],
    ['fact:claimedGuarantor', { claimedGuarantor: true }],
    ['fact:askedPersonalAccount', { askedPersonalAccount: true }],
    ['fact:pushedNewBorrowing', { pushedNewBorrowing: true }],
    ['fact:disclosedDebt', { disclosedDebt: true }],
    ['fact:agreedTime', { agreedTime: true }],
    ['fact:notConnected', { connected: false }],
  ])('reads %s', (token, facts) => {
    const migrated = migrateLogV3toV4({ ...logV3, ruleIds: [token] });
    expect(migrated.facts).toEqual(facts);
    expect(migrated.ruleIds).toEqual([]);
  });

  it('adds no facts field to an entry without fact tokens and leaves the rest as it was', () => {
    const row = { ...logV3, ruleIds: ['no-threats'] };
    const migrated = migrateLogV3toV4(row);
    expect(migrated).toEqual(row);
    expect('facts' in migrated).toBe(false);
  });

  it('keeps tokens it does not know (nothing stored is lost) and reads a repeated token once', () => {
    const migrated = migrateLogV3toV4({ ...logV3, ruleIds: ['fact:somethingElse', 'fact:threatened', 'fact:threatened', '__proto__'] });
    expect(migrated.ruleIds).toEqual(['fact:somethingElse', '__proto__']);
    expect(migrated.facts).toEqual({ threatened: true });
  });

  it('does not change the row it was given', () => {
    const row = { ...logV3, ruleIds: ['fact:threatened'] };
    migrateLogV3toV4(row);
    expect(row.ruleIds).toEqual(['fact:threatened']);
  });

  it('gives rows the version 4 validator (backups, writes) accepts; it refuses unknown or non-boolean facts', () => {
    const migrated = migrateLogV3toV4({ ...logV3, ruleIds: ['fact:threatened', 'fact:notConnected'] });
    expect(findProblem(logEntrySchemaV4, migrated)).toBeUndefined();
    expect(findProblem(logEntrySchemaV4, { ...migrated, facts: { threatened: 'yes' } })?.path).toBe('facts.threatened');
    expect(findProblem(logEntrySchemaV4, { ...migrated, facts: { hacked: true } })?.path).toBe('facts.hacked');
    expect(findProblem(logEntrySchemaV3, migrated)?.path).toBe('facts');
  });

  it('migrates the log of a snapshot and leaves the other stores alone', () => {
    const v3 = migrateSnapshotV2toV3(migrateSnapshotV1toV2({ ...emptySnapshotV1(), collectionLog: [logV1WithFactTokens] }));
    const v4 = migrateSnapshotV3toV4(v3);
    expect(v4.collectionLog[0]?.facts).toEqual({ threatened: true, connected: false });
    expect(v4.collectionLog[0]?.ruleIds).toEqual(['third-party-contact']);
    expect(v4.attachments).toBe(v3.attachments);
  });
});

function fullSnapshotV1(): SnapshotV1 {
  return {
    ...emptySnapshotV1(),
    profiles: [profileV1],
    debts: [debtV1Daily, debtV1Monthly],
    budgets: [budgetV1],
    planSettings: [planV1],
    negotiations: [negotiationV1],
    collectionLog: [logV1, logV1WithFactTokens],
  };
}

function emptySnapshotV1(): SnapshotV1 {
  return { profiles: [], debts: [], budgets: [], planSettings: [], negotiations: [], collectionLog: [], settings: null };
}

describe('the migration chain', () => {
  it('is numbered contiguously from 1 and ends at the current version', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1),
    );
    expect(new Set(MIGRATIONS.map((step) => step.name)).size).toBe(MIGRATIONS.length);
  });

  it('runs every step, in order, when a version 1 database is opened (and rewrites what it should)', async () => {
    const factory = new IDBFactory();
    await seedV1(factory);
    const db = await openShoreDb('meta-test', factory);
    const log = await readMigrationLog(db);
    expect(log.map((entry) => entry.version)).toEqual(MIGRATIONS.map((step) => step.version));
    expect(log.map((entry) => entry.name)).toEqual(MIGRATIONS.map((step) => step.name));
    for (const step of MIGRATIONS) {
      const entry = log.find((candidate) => candidate.version === step.version);
      // Every per-record transform saw at least one record: the seed covers every store a step touches.
      for (const store of Object.keys(step.rows)) expect(entry?.rewritten[store]).toBeGreaterThan(0);
    }
    db.close();
  });

  it('applies the same chain to backup snapshots as to the database', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, 'chain');
    const db = await openShoreDb('chain', factory);
    const migrated = migrateSnapshot(
      { ...emptySnapshotV1(), profiles: [profileV1], debts: [debtV1Daily, debtV1Monthly], collectionLog: [logV1, logV1WithFactTokens] },
      1,
    ) as { profiles: unknown[]; debts: unknown[]; collectionLog: unknown[] };
    expect(migrated.profiles).toEqual(await db.getAll('profiles'));
    expect(migrated.debts).toEqual(await db.getAll('debts'));
    expect(migrated.collectionLog).toEqual(await db.getAll('collectionLog'));
    db.close();
  });
});

async function seedV1(factory: IDBFactory, name = 'meta-test'): Promise<void> {
  const db = await openShoreDbAtVersion(1, name, factory);
  await putV1Rows(db);
  db.close();
}

async function putV1Rows(db: IDBPDatabase<unknown>): Promise<void> {
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  await tx.objectStore('profiles').put(profileV1);
  await tx.objectStore('debts').put(debtV1Daily);
  await tx.objectStore('debts').put(debtV1Monthly);
  await tx.objectStore('budgets').put(budgetV1);
  await tx.objectStore('planSettings').put(planV1);
  await tx.objectStore('negotiations').put(negotiationV1);
  await tx.objectStore('collectionLog').put(logV1);
  await tx.objectStore('collectionLog').put(logV1WithFactTokens);
  await tx.objectStore('settings').put({ language: 'en', activeProfileId: 'p1' }, 'app');
  await tx.done;
}

describe('a database seeded at every earlier version', () => {
  const earlier = Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => index + 1);

  it.each(earlier)('opens from version %i with its data intact and migrated', async (version) => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(version, 'seeded', factory);
    const tx = old.transaction([...old.objectStoreNames], 'readwrite');
    // Rows as that version wrote them: the frozen snapshot chain up to `version` over the v1 rows.
    const atVersion = MIGRATIONS.filter((step) => step.version > 1 && step.version <= version).reduce<unknown>(
      (data, step) => step.snapshot(data),
      fullSnapshotV1(),
    ) as Record<string, unknown[]>;
    for (const store of ['profiles', 'debts', 'budgets', 'planSettings', 'negotiations', 'collectionLog']) {
      for (const row of atVersion[store] ?? []) await tx.objectStore(store).put(row);
    }
    await tx.objectStore('settings').put({ language: 'en', activeProfileId: 'p1' }, 'app');
    await tx.done;
    old.close();

    const db = await openShoreDb('seeded', factory);
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES_V5].sort());
    const repo = makeShoreRepository(db);
    const loaded = await repo.loadProfile(profileId('p1'));
    expect(loaded.profile).toEqual({ ...profileV1, revision: 1 });
    expect(loaded.debts).toEqual([
      { ...debtV1Daily, enteredRate: { unit: 'daily-percent', percent: '0.05' } },
      { ...debtV1Monthly, enteredRate: { unit: 'monthly-percent', percent: '1.5' } },
    ]);
    expect(loaded.budget).toEqual(budgetV1);
    expect(loaded.planSettings).toEqual(planV1);
    expect(loaded.negotiations).toEqual([negotiationV1]);
    expect(loaded.collectionLog).toEqual([
      { ...logV1, contacted: 'me', attachments: [] },
      { ...logV1WithFactTokens, contacted: 'me', attachments: [], ruleIds: ['third-party-contact'], facts: { threatened: true, connected: false } },
    ]);
    expect(await repo.getSettings()).toEqual({ language: 'en', activeProfileId: 'p1' });
    // The current code can write to the upgraded database, migrated log entries included.
    const written = await repo.saveDebt({ ...loaded.debts[0]!, principal: '900.00' }, 1);
    await repo.saveLogEntry({ ...loaded.collectionLog[1]!, whatWasSaid: '改过' }, written.revision);
    repo.close();
  });

  it('leaves a version 1 database untouched when an upgrade step fails', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(1, 'failing', factory);
    await putV1Rows(old);
    // A corrupt v1 row (rate stored as a number) makes migration 2's pure transform throw.
    await old.put('debts', { ...debtV1Daily, id: 'bad', dailyRate: 5 });
    const before = await dumpDatabase(old);
    old.close();

    await expect(openShoreDb('failing', factory)).rejects.toThrow();
    const reopened = await openShoreDbAtVersion(1, 'failing', factory);
    expect(reopened.version).toBe(1);
    expect(await dumpDatabase(reopened)).toBe(before);
    reopened.close();
  });
});
