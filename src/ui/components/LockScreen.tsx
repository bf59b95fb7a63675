/**
 * The lock screen: shown (by the lead's wiring) whenever the vault's status is 'locked', or a
 * storage call rejects with LockedError. Unlocks with the passphrase; a wrong one changes
 * nothing. "Forgot" says plainly that the data cannot be recovered and offers only the wipe.
 * The crisis control (CrisisHelp) is here too: it needs no stored data.
 * Never renders user text as HTML.
 */
import { createSignal, createUniqueId, Show } from 'solid-js';
import type { Locale } from '../../i18n';
import type { WipeReport } from '../../platform/wipe';
import { StorageError } from '../../storage/errors';
import type { Vault } from '../../storage/lock';
import { CrisisHelp } from './CrisisHelp';
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

  async function unlock(event: SubmitEvent) {
    event.preventDefault();
    if (busy() || passphrase() === '') return;
    setBusy(true);
    setError(null);
    try {
      await props.vault.unlock(passphrase());
      setPassphrase('');
      props.onUnlocked?.();
    } catch (caught) {
      setError(caught instanceof StorageError && caught.code === 'wrong-passphrase' ? 'wrong' : 'failed');
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
        <button type="submit" disabled={busy()}>
          {busy() ? t('lock.unlocking') : t('lock.unlock')}
        </button>
        <Show when={error()}>
          {(kind) => <p role="alert">{kind() === 'wrong' ? t('lock.wrong') : t('lock.failed')}</p>}
        </Show>
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
