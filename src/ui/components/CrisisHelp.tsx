/**
 * The crisis control present on every screen (issue 15): the app's header, the lock screen and
 * Quick hide's neutral screen. A small button with a calm, neutral label ("Need help?"), reachable
 * by keyboard early in the tab order; it opens the crisis note in a panel near the top of the
 * screen with the focus on its "Close", which returns the focus to the button. The note's own code
 * and texts load on first open (the service worker precaches them, so this works offline and
 * while the data is locked: the note needs no stored data).
 */
import { Show, Suspense, createSignal, createUniqueId, lazy } from 'solid-js';
import { crisisEn } from '../../i18n/crisis.en';
import { crisisZhCN } from '../../i18n/crisis.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';

const CrisisNote = lazy(() => import('./CrisisNote').then((m) => ({ default: m.CrisisNote })));

const crisisT = makeTranslator({ en: crisisEn, 'zh-CN': crisisZhCN });

export function CrisisHelp(props: { locale: Locale }) {
  const panel = createUniqueId();
  const [open, setOpen] = createSignal(false);
  let toggle: HTMLButtonElement | undefined;
  const close = (): void => {
    setOpen(false);
    toggle?.focus();
  };
  return (
    <div class="crisis-help no-print">
      <button
        ref={toggle}
        type="button"
        class="crisis-toggle"
        aria-expanded={open()}
        aria-controls={panel}
        onClick={() => setOpen(!open())}
      >
        {crisisT(props.locale, 'crisis.open')}
      </button>
      <Show when={open()}>
        <div id={panel} class="crisis-panel" data-testid="crisis-panel">
          <button
            type="button"
            class="crisis-close"
            ref={(button) => queueMicrotask(() => button.focus())}
            onClick={close}
          >
            {crisisT(props.locale, 'crisis.close')}
          </button>
          <Suspense fallback={<p role="status">…</p>}>
            <CrisisNote locale={props.locale} />
          </Suspense>
        </div>
      </Show>
    </div>
  );
}
