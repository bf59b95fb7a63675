/**
 * Test helper: render UI inside a PlannerProvider over an in-memory repository, a fixed clock
 * and counting ids, optionally seeded with a profile (e.g. the example). Tests only.
 */
import { render } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import type { Locale } from '../../i18n';
import { makeExampleProfile, type ProfileSnapshot } from '../model/example';
import { toStorableBudget } from '../model/planInput';
import { PlannerProvider, type Clock } from '../state/PlannerProvider';
import { makeMemoryRepository, type PlannerRepository } from '../state/repository';
import { ServicesProvider, makeMemoryServices } from '../state/services';

export const FIXED_CLOCK: Clock = { today: () => '2026-11-28', now: () => '2026-11-28T10:00:00.000Z' };

export async function seedRepository(
  repository: PlannerRepository,
  snapshot: ProfileSnapshot,
  locale: Locale,
): Promise<void> {
  let result = await repository.putProfile(
    { id: snapshot.profile.id, displayName: snapshot.profile.displayName, notes: snapshot.profile.notes },
    null,
  );
  for (const debt of snapshot.debts) result = await repository.saveDebt(debt, result.revision);
  result = await repository.saveBudget(toStorableBudget(snapshot.budget) ?? snapshot.budget, result.revision);
  await repository.savePlanSettings(snapshot.settings, result.revision);
  await repository.putSettings({ language: locale, activeProfileId: snapshot.profile.id });
}

export interface RenderPlannerOptions {
  locale?: Locale;
  /** Seed with this profile; `'example'` for the built-in example. */
  seed?: ProfileSnapshot | 'example';
  /** Render over this repository (e.g. one an earlier render wrote to: a reload); default a new, empty one. */
  repository?: PlannerRepository;
}

export async function renderPlanner(ui: () => JSX.Element, options: RenderPlannerOptions = {}) {
  const locale = options.locale ?? 'en';
  const repository = options.repository ?? makeMemoryRepository(FIXED_CLOCK.now);
  if (options.seed) {
    const snapshot =
      options.seed === 'example' ? makeExampleProfile(locale, FIXED_CLOCK.today(), FIXED_CLOCK.now()) : options.seed;
    await seedRepository(repository, snapshot, locale);
  }
  let counter = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const services = makeMemoryServices(() => new Date(FIXED_CLOCK.now()));
  const result = render(() => (
    <ServicesProvider services={services}>
      <PlannerProvider
        repository={repository}
        clock={FIXED_CLOCK}
        languages={[locale]}
        newId={() => `id-${String(++counter)}`}
        saveDelayMs={0}
        onReady={markReady}
      >
        {ui()}
      </PlannerProvider>
    </ServicesProvider>
  ));
  await ready;
  return { ...result, repository, services };
}
