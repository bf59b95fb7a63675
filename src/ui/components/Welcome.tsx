/**
 * First visit: a calm welcome that says everything stays on this device, a language choice,
 * and three ways in: start fresh, open the built-in example, or receive a file from a counsellor
 * by scanning their QR codes (issue 18: the data page's scanner; the camera is asked for only there, on "Scan").
 */
import { Show } from 'solid-js';
import { usePlanner } from '../state/PlannerProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { usePracticeText } from './practiceText';

export function Welcome() {
  const planner = usePlanner();
  const pt = usePracticeText();
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
        <button type="button" aria-describedby="welcome-scan-hint" onClick={() => planner.actions.setScreen('data')}>
          {pt('welcome.scan')}
        </button>
      </div>
      <p class="hint">{planner.t('welcome.exampleNote')}</p>
      <p class="hint" id="welcome-scan-hint">
        {pt('welcome.scanHint')}
      </p>
      <Show when={planner.state.profile}>
        <button type="button" class="link" onClick={() => planner.actions.setScreen('debts')}>
          {planner.t('nav.debts')} →
        </button>
      </Show>
    </section>
  );
}
