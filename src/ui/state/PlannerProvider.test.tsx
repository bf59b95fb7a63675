/**
 * The planner's data path: one write queue per tab, the profile (collection log included) read
 * once, conflicts with another tab reported with both versions, another tab's changes shown
 * without losing an edit not written yet, and screens in the browser's history.
 */
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../rules/testing';
import { makeMemoryRepository, type ChangeListener, type ShoreRepository } from '../../storage';
import { App } from '../App';
import { EXAMPLE_PROFILE_ID } from '../model/example';
import { FIXED_CLOCK, renderPlanner, seedRepository } from '../testing/renderPlanner';
import { makeExampleProfile } from '../model/example';
import type { Planner } from './PlannerProvider';

const setRent = (planner: Planner, amount: string): void =>
  planner.actions.updateBudget((budget) => ({
    ...budget,
    expenses: budget.expenses.map((line) => (line.category === 'rent' ? { ...line, amount } : line)),
  }));

const rentOf = async (repository: ShoreRepository): Promise<string | undefined> =>
  (await repository.loadProfile(EXAMPLE_PROFILE_ID)).budget?.expenses.find((line) => line.category === 'rent')?.amount;

/** A repository that counts how often each profile is read whole. */
function countingLoads(inner: ShoreRepository): { repository: ShoreRepository; loads: () => number } {
  let loads = 0;
  return {
    repository: {
      ...inner,
      loadProfile(profileId) {
        loads += 1;
        return inner.loadProfile(profileId);
      },
    },
    loads: () => loads,
  };
}

describe('one write queue per tab', () => {
  it('writes a log entry saved between two budget edits without a conflict, each with the newest revision', async () => {
    const { planner, repository } = await renderPlanner(() => null, { seed: 'example' });
    setRent(planner, '2300.00');
    // A collection-log entry saved a moment later bumps the profile's revision too.
    const logged = planner.actions.saveLogEntry(makeEntry({ id: 'l1', profileId: EXAMPLE_PROFILE_ID }), []);
    setRent(planner, '2400.00');
    // Mutation: run the log write outside the queue (at the revision it was asked at) → one of the
    // writes is refused as a conflict and the notice below is 'storage.conflict'.
    expect((await logged).status).toBe('written');
    await planner.actions.flush();

    expect(planner.state.notice).toBeNull();
    const stored = await repository.loadProfile(EXAMPLE_PROFILE_ID);
    expect(stored.collectionLog.map((entry) => entry.id)).toEqual(['l1']);
    expect(await rentOf(repository)).toBe('2400.00');
    expect(planner.state.revision).toBe(stored.profile.revision);
  });

  it('reports a failed write to its caller and as one notice, and keeps writing what follows', async () => {
    const { planner, repository } = await renderPlanner(() => null, { seed: 'example' });
    // An entry that lists a file it does not bring: storage refuses it.
    const broken = makeEntry({
      id: 'l1',
      profileId: EXAMPLE_PROFILE_ID,
      attachments: [{ id: 'ghost', name: 'x.png', type: 'image/png', size: 1 }],
    });
    expect((await planner.actions.saveLogEntry(broken, [])).status).toBe('failed');
    expect(planner.state.notice).toBe('storage.failed');
    setRent(planner, '2500.00');
    await planner.actions.flush();
    expect(await rentOf(repository)).toBe('2500.00');
  });
});

describe('the profile is read once', () => {
  // It renders the whole app and opens two screens that load on first use: more than 5 s on a busy machine.
  it('reads the profile, its collection log included, once at start-up; the log and scripts screens read no more', async () => {
    const { repository: inner } = { repository: makeMemoryRepository({ now: FIXED_CLOCK.now }) };
    await seedRepository(inner, makeExampleProfile('en', FIXED_CLOCK.today(), FIXED_CLOCK.now()), 'en');
    const { revision } = (await inner.getProfile(EXAMPLE_PROFILE_ID))!;
    await inner.save('collectionLog', makeEntry({ id: 'l1', profileId: EXAMPLE_PROFILE_ID }), revision);
    const { repository, loads } = countingLoads(inner);
    const { planner } = await renderPlanner(() => <App />, { repository });
    expect(loads()).toBe(1);
    expect(planner.state.collectionLog.map((entry) => entry.id)).toEqual(['l1']);

    fireEvent.click(screen.getByRole('button', { name: 'Collection log' }));
    // The screens load on first use (lazy chunks): allow for the first import.
    expect(await screen.findByTestId('log-entry', {}, { timeout: 10_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Scripts' }));
    await screen.findByLabelText('Creditor', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Collection log' }));
    await screen.findByTestId('log-entry');
    // Before: once at start-up (decrypted and discarded), again on every visit to either screen.
    // Mutation: read the log through the repository when the log screen opens → 2 or more.
    expect(loads()).toBe(1);
  }, 30_000);
});

describe('another tab', () => {
  /**
   * Two planners (tabs) over one repository. `tell()` delivers a change notice to A, as the
   * BroadcastChannel would; until then A has not heard of B's writes.
   */
  async function twoTabs(policy: 'take-theirs' | 'ask' = 'take-theirs', now: () => string = FIXED_CLOCK.now) {
    const repository = makeMemoryRepository({ now });
    const listeners = new Set<ChangeListener>();
    const changes = {
      subscribe(listener: ChangeListener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const a = await renderPlanner(() => null, { seed: 'example', repository, conflictPolicy: policy, changes });
    const b = await renderPlanner(() => null, { repository });
    const tell = async (): Promise<void> => {
      for (const listener of listeners) listener({ profileId: EXAMPLE_PROFILE_ID, revision: null, stores: [] });
      await a.planner.actions.flush();
    };
    return { repository, a: a.planner, b: b.planner, tell };
  }

  it('shows theirs when mine is refused, and says so (take-theirs)', async () => {
    const { repository, a, b } = await twoTabs();
    const debt = a.state.debts[0]!;
    b.actions.saveDebt({ ...debt, principal: '17777.00' });
    await b.actions.flush();
    a.actions.saveDebt({ ...debt, principal: '1.00' });
    await a.actions.flush();
    // Mutation: reload silently without a notice → the notice stays null.
    expect(a.state.notice).toBe('storage.conflict');
    expect(a.state.debts.find((d) => d.id === debt.id)?.principal).toBe('17777.00');
    expect((await repository.loadProfile(EXAMPLE_PROFILE_ID)).debts.find((d) => d.id === debt.id)?.principal).toBe(
      '17777.00',
    );
  });

  it('keeps the conflict with both versions until the person chooses (ask), and writes mine when kept', async () => {
    const { repository, a, b } = await twoTabs('ask');
    const debt = a.state.debts[0]!;
    b.actions.saveDebt({ ...debt, principal: '17777.00' });
    await b.actions.flush();
    a.actions.saveDebt({ ...debt, principal: '1.00' });
    await a.actions.flush();
    const [conflict] = a.conflicts();
    // Mutation: build the conflict from the store after the reload (both versions theirs) → mine fails.
    expect(conflict).toMatchObject({ kind: 'debts', key: debt.id, mine: { principal: '1.00' } });
    expect(conflict?.theirs).toMatchObject({ principal: '17777.00' });
    expect(a.state.notice).toBeNull();
    expect((await conflict!.keepMine()).status).toBe('written');
    expect(a.conflicts()).toEqual([]);
    expect((await repository.loadProfile(EXAMPLE_PROFILE_ID)).debts.find((d) => d.id === debt.id)?.principal).toBe(
      '1.00',
    );
    expect(a.state.debts.find((d) => d.id === debt.id)?.principal).toBe('1.00');
  });

  it('refuses a save whose record another tab changed since the edit began (ifUnchangedSince)', async () => {
    let moment = FIXED_CLOCK.now();
    const { a, b, tell } = await twoTabs('ask', () => moment);
    const debt = a.state.debts[0]!;
    const openedAt = debt.updatedAt;
    moment = '2026-11-28T11:00:00.000Z';
    b.actions.saveDebt({ ...debt, principal: '17777.00' });
    await b.actions.flush();
    // A's form was opened before B's save; A has heard of B's change since (and shows it), so
    // the profile revision alone would let A's save land over B's.
    await tell();
    expect(a.state.debts[0]?.principal).toBe('17777.00');
    const outcome = await a.actions.save('debts', { ...debt, principal: '1.00' }, { ifUnchangedSince: openedAt });
    expect(outcome.status).toBe('conflict');
    expect(a.conflicts()[0]?.theirs).toMatchObject({ principal: '17777.00' });
  });
});

describe('screens in the browser history', () => {
  it('puts each screen the person opens in the history, and Back returns to the one before', async () => {
    const { planner, history } = await renderPlanner(() => <App />, { seed: 'example' });
    expect(planner.state.screen).toBe('plan');
    fireEvent.click(screen.getByRole('button', { name: 'Budget' }));
    fireEvent.click(screen.getByRole('button', { name: 'Debts' }));
    // Mutation: replace the entry instead of pushing one → history holds one entry and Back goes nowhere.
    expect(history.entries()).toEqual(['#/plan', '#/budget', '#/debts']);
    history.back();
    await waitFor(() => expect(planner.state.screen).toBe('budget'));
    expect(screen.getByRole('button', { name: 'Budget' })).toHaveAttribute('aria-current', 'page');
  });

  it('never puts anything about the person in the address: screen names only', async () => {
    const { planner, history } = await renderPlanner(() => <App />, { seed: 'example' });
    await planner.actions.openProfile(EXAMPLE_PROFILE_ID, 'review');
    planner.actions.setScreen('log');
    for (const entry of history.entries()) expect(entry).toMatch(/^#\/[a-z]+$/);
  });

  it('comes back to the screen in the address after a reload', async () => {
    const repository = makeMemoryRepository({ now: FIXED_CLOCK.now });
    const first = await renderPlanner(() => null, { seed: 'example', repository });
    first.planner.actions.setScreen('budget');
    first.unmount();
    const second = await renderPlanner(() => null, { repository, history: first.history });
    expect(second.planner.state.screen).toBe('budget');
  });
});
