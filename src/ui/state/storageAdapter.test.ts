/** The IndexedDB adapter: the example profile round-trips through the real storage layer (fake-indexeddb). */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeShoreRepository, openShoreDb } from '../../storage';
import { EXAMPLE_PROFILE_ID, makeExampleProfile } from '../model/example';
import { seedRepository } from '../testing/renderPlanner';
import { isConflict } from './repository';
import { adaptShoreRepository } from './storageAdapter';

async function openAdapted() {
  const db = await openShoreDb('adapter-test', new IDBFactory());
  return adaptShoreRepository(makeShoreRepository(db, { now: () => '2026-11-28T10:00:00.000Z' }));
}

describe('adaptShoreRepository', () => {
  it('reports a first visit, then stores and loads the example', async () => {
    const repository = await openAdapted();
    expect(await repository.getSettings()).toBeUndefined();
    const example = makeExampleProfile('zh-CN', '2026-11-28', '2026-11-28T10:00:00.000Z');
    await seedRepository(repository, example, 'zh-CN');
    expect(await repository.getSettings()).toEqual({ language: 'zh-CN', activeProfileId: EXAMPLE_PROFILE_ID });
    const loaded = await repository.loadProfile(EXAMPLE_PROFILE_ID);
    expect(loaded.debts.map((debt) => debt.id)).toEqual(example.debts.map((debt) => debt.id));
    expect(loaded.budget?.income[0]?.amount).toBe('7200.00');
    expect(loaded.planSettings?.strategy).toBe('avalanche');
  });

  it('rejects a stale revision as a conflict', async () => {
    const repository = await openAdapted();
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T10:00:00.000Z');
    await seedRepository(repository, example, 'en');
    const debt = example.debts[0]!;
    const error = await repository.saveDebt(debt, 1).catch((caught: unknown) => caught);
    expect(isConflict(error)).toBe(true);
  });
});
