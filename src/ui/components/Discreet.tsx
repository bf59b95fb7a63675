/**
 * Discreet mode (issue 8) for a person who hides their debts from people sharing the device:
 * a neutral document title, and Quick hide — a button and a shortcut (Esc twice within a
 * second) that replace the whole app with a plain notes screen at once.
 *
 * Limits, said plainly in the UI: the web app manifest's `name`/`short_name` (the label under
 * an installed app's icon) is read at install time and cannot change while the app runs; only
 * the document title can. Quick hide keeps nothing on screen but does not lock the data; the
 * passphrase lock does that.
 */
import { createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import { usePlanner } from '../state/PlannerProvider';
import { CrisisHelp } from './CrisisHelp';
import { CheckboxField } from './Field';
import '../pages/counsellor.css';

/** The normal document title (index.html). */
export const APP_TITLE = '上岸 Shore';
/** Two Escape presses within this many milliseconds hide the app. */
export const DOUBLE_ESCAPE_MS = 1000;

const [quickHidden, setQuickHidden] = createSignal(false);
export { quickHidden };

/** Hide the app now (pending writes are flushed in the background). */
export function useQuickHide(): () => void {
  const planner = usePlanner();
  return () => {
    setQuickHidden(true);
    void planner.actions.flush();
  };
}

/** Keeps the document title neutral in discreet mode or while hidden, and listens for Esc twice. */
export function DiscreetController() {
  const planner = usePlanner();
  const hide = useQuickHide();
  createEffect(() => {
    document.title =
      quickHidden() || planner.state.settings.discreet === true ? planner.t('discreet.neutralTitle') : APP_TITLE;
  });
  onMount(() => {
    let lastEscape = -Infinity;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      if (event.timeStamp - lastEscape <= DOUBLE_ESCAPE_MS) {
        lastEscape = -Infinity;
        hide();
      } else lastEscape = event.timeStamp;
    };
    document.addEventListener('keydown', onKey);
    onCleanup(() => document.removeEventListener('keydown', onKey));
  });
  return null;
}

export function QuickHideButton() {
  const planner = usePlanner();
  const hide = useQuickHide();
  return (
    <button type="button" class="quick-hide" title={planner.t('discreet.hideHint')} onClick={hide}>
      {planner.t('discreet.hide')}
    </button>
  );
}

/** What shows instead of the app after Quick hide: a plain notes page, with the neutral "Need help?" control. */
export function NeutralScreen() {
  const planner = usePlanner();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <main class="page neutral-screen" data-testid="neutral-screen">
      <h1 ref={heading} tabindex="-1">
        {planner.t('discreet.neutralTitle')}
      </h1>
      <p>{planner.t('discreet.neutralBody')}</p>
      <button type="button" class="link" onClick={() => setQuickHidden(false)}>
        {planner.t('discreet.return')}
      </button>
      <CrisisHelp locale={planner.state.locale} />
    </main>
  );
}

/** The discreet-mode setting, with what it can and cannot hide. */
export function DiscreetSettings() {
  const planner = usePlanner();
  return (
    <section class="card stack" aria-labelledby="discreet-title">
      <h3 id="discreet-title">{planner.t('discreet.title')}</h3>
      <p>{planner.t('discreet.explain')}</p>
      <CheckboxField
        label={planner.t('discreet.on')}
        checked={planner.state.settings.discreet === true}
        onChange={(on) => planner.actions.setDiscreet(on)}
        name="discreet"
      />
      <p class="hint">{planner.t('discreet.limit')}</p>
    </section>
  );
}
