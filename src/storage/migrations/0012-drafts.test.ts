/**
 * Migration 0012 (issue 13): the `drafts` store. A version 11 database opens with every record as
 * it was and an empty drafts store indexed by profile; a draft written under the lock is sealed (no
 * plain text of what was typed on disk); a backup of a profile with drafts carries none of them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../backup';
import { CURRENT_SCHEMA_VERSION, openShoreDb, openShoreDbAtVersion, readMigrationLog } from '../db';
import { createVault } from '../lock';
import { makeShoreRepository } from '../repository';
import type { ProfileRowV11 } from '../schema/v11';
import { profileId } from '../testSupport';
import { migrateSnapshotV11toV12 } from './0012-drafts';

const T = '2026-12-04T09:00:00.000Z';
const P1 = profileId('p1');
const profileV11: ProfileRowV11 = { id: 'p1', displayName: '周女士', notes: '', updatedAt: T, revision: 3 };

describe('migration 0012 drafts', () => {
  // Break: no createObjectStore('drafts') in migration0012.structure → opening fails → fails.
  it('opens a version 11 database with its records as they were and an empty drafts store', async () => {
    const factory = new IDBFactory();
    const old = await openShoreDbAtVersion(11, 'v11', factory);
    await old.put('profiles', profileV11);
    old.close();
    const db = await openShoreDb('v11', factory);
    expect(db.version).toBe(CURRENT_SCHEMA_VERSION);
    expect((await readMigrationLog(db)).find((entry) => entry.version === 12)).toEqual({
      version: 12,
      name: 'drafts',
      rewritten: {},
    });
    expect(await db.count('drafts')).toBe(0);
    expect([...db.transaction('drafts').store.indexNames]).toEqual(['profileId']);
    const repo = makeShoreRepository(db, { now: () => T });
    expect((await repo.loadProfile(P1)).profile).toEqual(profileV11);
    await repo.putDraft(P1, 'debt:new', { name: '借呗' });
    expect(await db.get('drafts', 'p1/debt:new')).toEqual({
      id: 'p1/debt:new',
      profileId: 'p1',
      formKey: 'debt:new',
      value: { name: '借呗' },
      updatedAt: T,
    });
    repo.close();
  });

  // Break: `return { ...data, drafts: [] }` in migrateSnapshotV11toV12 → fails.
  it('leaves a version 11 snapshot as it is (backups carry no drafts)', () => {
    const snapshot = { profiles: [profileV11], debts: [], settings: null };
    expect(migrateSnapshotV11toV12(snapshot as never)).toEqual(snapshot);
  });

  // Break: add 'value' to CLEAR_FIELDS.drafts → the typed name is on disk → fails.
  it('seals a draft under the lock: the stored row holds only its ids', async () => {
    const db = await openShoreDb('locked', new IDBFactory());
    const vault = createVault(db, { unsafeIterationsForTests: 1_000 });
    const repo = makeShoreRepository(db, { vault, now: () => T });
    await repo.putProfile({ id: P1, displayName: '我', notes: '' }, null);
    await vault.enable('口令 long enough');
    await repo.putDraft(P1, 'debt:new', { name: '草稿里的借呗', principal: '17777' });
    const stored = (await db.get('drafts', 'p1/debt:new')) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['id', 'profileId', 'sealed']);
    expect(JSON.stringify(stored)).not.toContain('借呗');
    expect(JSON.stringify(stored)).not.toContain('17777');
    expect(await repo.loadDrafts(P1)).toEqual([
      { formKey: 'debt:new', value: { name: '草稿里的借呗', principal: '17777' }, updatedAt: T },
    ]);
    repo.close();
  });

  // Break: readSnapshot (backup.ts) also returns `drafts` (the store's rows) → the file holds the draft → fails.
  it('never puts a draft into a backup file', async () => {
    const db = await openShoreDb('backup', new IDBFactory());
    const repo = makeShoreRepository(db, { now: () => T });
    await repo.putProfile({ id: P1, displayName: '我', notes: '' }, null);
    await repo.putDraft(P1, 'scripts', { hardship: '失业三个月' });
    const text = await exportBackup(db, { exportedAt: T });
    expect(text).not.toContain('失业三个月');
    expect(text).not.toContain('drafts');
    repo.close();
  });
});
