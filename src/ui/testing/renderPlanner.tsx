/**
 * Test helper: render UI inside a PlannerProvider over an in-memory repository (storage's own, the
 * one that passes the repository contract), a fixed clock, counting ids and an in-memory history,
 * optionally seeded with a profile (e.g. the example). Tests only.
 */
import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import type { Locale } from '../../i18n';
import { makeMemoryRepository, type ChangeChannel, type ShoreRepository } from '../../storage';
import { makeExampleProfile, type ProfileSnapshot } from '../model/example';
import { toStorableBudget } from '../model/planInput';
import { memoryHistory } from '../state/navigation';
import { PlannerProvider, usePlanner, type Clock, type Planner } from '../state/PlannerProvider';
import type { ConflictPolicy } from '../state/profileStore';
import { ServicesProvider, makeMemoryServices } from '../state/services';

export const FIXED_CLOCK: Clock = { today: () => '2026-11-28', now: () => '2026-11-28T10:00:00.000Z' };

export async function seedRepository(
  repository: ShoreRepository,
  snapshot: ProfileSnapshot,
  locale: Locale,
): Promise<void> {
  let result = await repository.putProfile(
    { id: snapshot.profile.id, displayName: snapshot.profile.displayName, notes: snapshot.profile.notes },
    null,
  );
  for (const debt of snapshot.debts) result = await repository.save('debts', debt, result.revision);
  result = await repository.save('budget', toStorableBudget(snapshot.budget) ?? snapshot.budget, result.revision);
  await repository.save('planSettings', snapshot.settings, result.revision);
  await repository.putSettings({ language: locale, activeProfileId: snapshot.profile.id });
}

export interface RenderPlannerOptions {
  locale?: Locale;
  /** Seed with this profile; `'example'` for the built-in example. */
  seed?: ProfileSnapshot | 'example';
  /** Render over this repository (e.g. one an earlier render wrote to: a reload); default a new, empty one. */
  repository?: ShoreRepository;
  conflictPolicy?: ConflictPolicy;
  /** Other tabs' change notices (default: none, this tab is alone). */
  changes?: Pick<ChangeChannel, 'subscribe'>;
  /** Render over this history (e.g. the one an earlier render left: a reload); default a new, empty one. */
  history?: ReturnType<typeof memoryHistory>;
}

export async function renderPlanner(ui: () => JSX.Element, options: RenderPlannerOptions = {}) {
  const locale = options.locale ?? 'en';
  const repository = options.repository ?? makeMemoryRepository({ now: FIXED_CLOCK.now });
  if (options.seed) {
    const snapshot =
      options.seed === 'example' ? makeExampleProfile(locale, FIXED_CLOCK.today(), FIXED_CLOCK.now()) : options.seed;
    await seedRepository(repository, snapshot, locale);
  }
  let counter = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const services = makeMemoryServices(() => new Date(FIXED_CLOCK.now()));
  const history = options.history ?? memoryHistory();
  let planner: Planner | undefined;
  function Capture() {
    planner = usePlanner();
    return null;
  }
  const result = render(() => (
    <ServicesProvider services={services}>
      <PlannerProvider
        repository={repository}
        clock={FIXED_CLOCK}
        languages={[locale]}
        newId={() => `id-${String(++counter)}`}
        saveDelayMs={0}
        history={history}
        conflictPolicy={options.conflictPolicy}
        changes={options.changes}
        onReady={markReady}
      >
        <Capture />
        {ui()}
      </PlannerProvider>
    </ServicesProvider>
  ));
  await ready;
  if (!planner) throw new Error('renderPlanner: the planner was not rendered');
  return { ...result, repository, services, history, planner };
}
