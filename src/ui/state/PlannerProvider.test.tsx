/** The planner's write queue: edits made in one tab never race each other into a false conflict. */
import { describe, expect, it } from 'vitest';
import { renderPlanner } from '../testing/renderPlanner';
import { usePlanner, type Planner } from './PlannerProvider';

async function withPlanner(): Promise<{
  planner: Planner;
  repository: Awaited<ReturnType<typeof renderPlanner>>['repository'];
}> {
  let captured: Planner | undefined;
  function Probe() {
    captured = usePlanner();
    return null;
  }
  const { repository } = await renderPlanner(() => <Probe />, { locale: 'en', seed: 'example' });
  if (!captured) throw new Error('planner not rendered');
  return { planner: captured, repository };
}

const setRent = (planner: Planner, amount: string): void =>
  planner.actions.updateBudget((budget) => ({
    ...budget,
    expenses: budget.expenses.map((line) => (line.category === 'rent' ? { ...line, amount } : line)),
  }));

describe('one write queue per tab', () => {
  it('runs a profile write from outside the planner between two budget edits without a conflict', async () => {
    const { planner, repository } = await withPlanner();
    const profile = planner.state.profile!;
    setRent(planner, '2300.00');
    // Like a collection-log entry saved a moment later: it bumps the profile's revision.
    const outside = planner.actions.writeProfile((revision) =>
      repository.putProfile({ id: profile.id, displayName: profile.displayName, notes: 'log entry saved' }, revision),
    );
    setRent(planner, '2400.00');
    await outside;
    await planner.actions.flush();

    expect(planner.state.notice).toBeNull();
    const stored = await repository.loadProfile(profile.id);
    expect(stored.profile.notes).toBe('log entry saved');
    expect(stored.budget?.expenses.find((line) => line.category === 'rent')?.amount).toBe('2400.00');
    expect(planner.state.revision).toBe(stored.profile.revision);
  });

  it('rejects to the caller when the outside write fails, and keeps the planner usable', async () => {
    const { planner, repository } = await withPlanner();
    await expect(planner.actions.writeProfile(() => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    setRent(planner, '2500.00');
    await planner.actions.flush();
    const stored = await repository.loadProfile(planner.state.profile!.id);
    expect(stored.budget?.expenses.find((line) => line.category === 'rent')?.amount).toBe('2500.00');
  });
});
