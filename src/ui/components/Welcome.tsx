/**
 * First visit: a calm welcome that says everything stays on this device, a language choice,
 * and two ways in: start fresh, or open the built-in example.
 */
import { Show } from 'solid-js';
import { usePlanner } from '../state/PlannerProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function Welcome() {
  const planner = usePlanner();
  return (
    <section class="welcome card" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{planner.t('welcome.title')}</h2>
      <p class="privacy">{planner.t('welcome.privacy')}</p>
      <p>{planner.t('welcome.how')}</p>
      <LanguageSwitch label={planner.t('welcome.languageChoice')} />
      <div class="actions actions--stack">
        <button type="button" class="primary" onClick={() => void planner.actions.startFresh()}>
          {planner.t('welcome.startFresh')}
        </button>
        <button type="button" onClick={() => void planner.actions.openExample()}>
          {planner.t('welcome.openExample')}
        </button>
      </div>
      <p class="hint">{planner.t('welcome.exampleNote')}</p>
      <Show when={planner.state.profile}>
        <button type="button" class="link" onClick={() => planner.actions.setScreen('debts')}>
          {planner.t('nav.debts')} →
        </button>
      </Show>
    </section>
  );
}
