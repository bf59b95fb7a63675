/**
 * The lock screen: shown (by the lead's wiring) whenever the vault's status is 'locked', or a
 * storage call rejects with LockedError. Unlocks with the passphrase; a wrong one changes
 * nothing. "Forgot" says plainly that the data cannot be recovered and offers only the wipe.
 * The crisis control (CrisisHelp) is here too: it needs no stored data.
 * Never renders user text as HTML.
 */
import { createSignal, createUniqueId, onCleanup, onMount, Show } from 'solid-js';
import type { Locale } from '../../i18n';
import type { WipeReport } from '../../platform/wipe';
import { StorageError } from '../../storage/errors';
import type { Vault } from '../../storage/lock';
import { CrisisHelp } from './CrisisHelp';
import { eraseT } from './eraseText';
import { securityText, WipeAction } from './SecuritySettings';

export interface LockScreenProps {
  vault: Vault;
  locale: Locale;
  onUnlocked?: () => void;
  /** Erase everything (main.tsx: announce, delete, scrub; its progress 0–1); then the page reloads via `onWiped`. */
  wipe: (onScrubProgress?: (fraction: number) => void) => Promise<WipeReport>;
  onWiped?: () => void;
}

export function LockScreen(props: LockScreenProps) {
  const t = (key: Parameters<typeof securityText>[1]) => securityText(props.locale, key);
  const id = createUniqueId();
  const [passphrase, setPassphrase] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<'wrong' | 'failed' | null>(null);
  const [forgot, setForgot] = createSignal(false);
  // The unlock back-off (issue 13; storage/unlockBackoff.ts): the wait the vault asks for after repeated wrong
  // passphrases, counted down here; the count is kept in the database, so a reload shows the same wait.
  const [wait, setWait] = createSignal<{ failures: number; seconds: number } | null>(null);
  const [secondsLeft, setSecondsLeft] = createSignal(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stopTimer = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  onCleanup(stopTimer);

  function startWait(failures: number, waitMs: number): void {
    stopTimer();
    if (waitMs <= 0) return;
    const endsAt = Date.now() + waitMs;
    const seconds = Math.ceil(waitMs / 1000);
    // The seconds first: the status line then goes from empty straight to the wait, never through "ready".
    setSecondsLeft(seconds);
    setWait({ failures, seconds });
    timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) stopTimer();
    }, 250);
  }

  async function checkWait(): Promise<void> {
    try {
      const { failures, waitMs } = await props.vault.unlockWait();
      startWait(failures, waitMs);
    } catch {
      // Unreadable count: the vault refuses during a wait anyway, and says so then.
    }
  }
  onMount(() => void checkWait());

  async function unlock(event: SubmitEvent) {
    event.preventDefault();
    if (busy() || passphrase() === '' || secondsLeft() > 0) return;
    setBusy(true);
    setError(null);
    try {
      await props.vault.unlock(passphrase());
      setPassphrase('');
      props.onUnlocked?.();
    } catch (caught) {
      const code = caught instanceof StorageError ? caught.code : undefined;
      if (code !== 'unlock-wait') setError(code === 'wrong-passphrase' ? 'wrong' : 'failed');
      await checkWait();
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="lock-screen" lang={props.locale}>
      <CrisisHelp locale={props.locale} />
      <h1>{t('lock.title')}</h1>
      <p>{t('lock.intro')}</p>
      <form onSubmit={(event) => void unlock(event)}>
        <label for={id}>{t('lock.passphrase')}</label>
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          value={passphrase()}
          aria-invalid={error() === 'wrong'}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy() || secondsLeft() > 0}>
          {busy()
            ? t('lock.unlocking')
            : secondsLeft() > 0
              ? eraseT(props.locale, 'unlock.waitButton', { seconds: secondsLeft() })
              : t('lock.unlock')}
        </button>
        <Show when={error()}>
          {(kind) => <p role="alert">{kind() === 'wrong' ? t('lock.wrong') : t('lock.failed')}</p>}
        </Show>
        {/* Said once when a wait begins and once when it ends; the countdown itself is on the button. */}
        <p role="status" aria-live="polite" data-testid="unlock-wait">
          <Show when={wait()}>
            {/* In JSX, so the countdown is tracked (Show calls its function child untracked). */}
            {(started) => (
              <>
                {secondsLeft() > 0
                  ? eraseT(props.locale, 'unlock.wait', { count: started().failures, seconds: started().seconds })
                  : eraseT(props.locale, 'unlock.ready')}
              </>
            )}
          </Show>
        </p>
      </form>
      <button type="button" class="link" aria-expanded={forgot()} onClick={() => setForgot(!forgot())}>
        {t('lock.forgot')}
      </button>
      <Show when={forgot()}>
        <p>{t('lock.forgotExplain')}</p>
        <WipeAction locale={props.locale} wipe={props.wipe} onDone={props.onWiped} />
      </Show>
    </main>
  );
}
