/**
 * Security settings: turn the passphrase lock on (after a plain warning that a forgotten
 * passphrase cannot be recovered, and an explicit "I understand"), change it, turn it off,
 * lock now and set the auto-lock times. Also exports `securityText` and `WipeAction` (erase
 * everything, behind a typed confirmation word), which the lock screen and the data page use.
 * Never renders user text as HTML.
 */
import { createResource, createSignal, createUniqueId, Show } from 'solid-js';
import { securityEn, type SecurityDict, type SecurityKey } from '../../i18n/security.en';
import { securityZhCN } from '../../i18n/security.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';
import type { WipeReport } from '../../platform/wipe';
import { StorageError } from '../../storage/errors';
import { eraseT } from './eraseText';
import type { Vault } from '../../storage/lock';

const DICTS: Readonly<Record<Locale, SecurityDict>> = { en: securityEn, 'zh-CN': securityZhCN };

/** A security message in `locale`, `{placeholders}` filled. */
export const securityText = makeTranslator<SecurityKey>(DICTS);

/** Shortest passphrase the UI accepts. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * How far the clean-up of the browser's files is (storage/db.ts scrubFreedSpace, ~2–3 s in Chromium): a
 * progress bar and a status line said once, so the page visibly goes on working and screen readers are not
 * flooded with numbers.
 */
export function ScrubProgress(props: { locale: Locale; fraction: number; label: 'wipe' | 'lock' }) {
  const percent = () => Math.round(props.fraction * 100);
  const text = () => eraseT(props.locale, props.label === 'wipe' ? 'scrub.wipe' : 'scrub.lock');
  return (
    <div class="stack" data-testid="scrub-progress">
      <p role="status">{text()}</p>
      <progress max="100" value={percent()} aria-label={text()}>
        {percent()}%
      </progress>
    </div>
  );
}

export function WipeAction(props: {
  locale: Locale;
  wipe: (onScrubProgress?: (fraction: number) => void) => Promise<WipeReport>;
  onDone?: () => void;
}) {
  const t = (key: Parameters<typeof securityText>[1], params?: Record<string, string>) =>
    securityText(props.locale, key, params);
  const id = createUniqueId();
  const [typed, setTyped] = createSignal('');
  const [state, setState] = createSignal<'idle' | 'working' | 'blocked' | 'done'>('idle');
  const [cleaned, setCleaned] = createSignal<number | null>(null);
  const confirmed = () => typed().trim() === t('wipe.confirmWord');
  async function erase(event: SubmitEvent) {
    event.preventDefault();
    if (!confirmed() || state() === 'working') return;
    setState('working');
    const report = await props.wipe((fraction) => setCleaned(fraction));
    setState(report.database === 'blocked' ? 'blocked' : 'done');
    if (report.database !== 'blocked') props.onDone?.();
  }
  return (
    <form class="wipe" onSubmit={(event) => void erase(event)}>
      <h3>{t('wipe.title')}</h3>
      <p>{t('wipe.explain')}</p>
      <label for={id}>{t('wipe.confirmLabel', { word: t('wipe.confirmWord') })}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        value={typed()}
        onInput={(event) => setTyped(event.currentTarget.value)}
      />
      <button type="submit" class="danger" disabled={!confirmed() || state() === 'working'}>
        {state() === 'working' ? t('wipe.working') : t('wipe.button')}
      </button>
      <Show when={state() === 'working' ? cleaned() : null}>
        {(fraction) => <ScrubProgress locale={props.locale} fraction={fraction()} label="wipe" />}
      </Show>
      <Show when={state() === 'blocked'}>
        <p role="alert">{t('wipe.blocked')}</p>
      </Show>
      <Show when={state() === 'done'}>
        <p role="status">{t('wipe.done')}</p>
      </Show>
    </form>
  );
}

export interface SecuritySettingsProps {
  vault: Vault;
  locale: Locale;
  /**
   * After the lock is turned on: let the browser's storage engine drop the rows' plain-text versions
   * (DataServices.scrubFreedSpace; issue 13). Absent: nothing more is done.
   */
  scrub?: (onProgress: (fraction: number) => void) => Promise<boolean>;
}

type Outcome = 'done' | 'wrong' | 'failed' | 'too-short' | 'mismatch' | null;

export function SecuritySettings(props: SecuritySettingsProps) {
  const t = (key: SecurityKey, params?: Record<string, string | number>) => securityText(props.locale, key, params);
  const ids = {
    current: createUniqueId(),
    next: createUniqueId(),
    repeat: createUniqueId(),
    idle: createUniqueId(),
    hidden: createUniqueId(),
  };
  const [status, { refetch }] = createResource(() => props.vault.status());
  const [autoLock, { refetch: refetchAutoLock }] = createResource(() => props.vault.getAutoLock());
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [understood, setUnderstood] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome>(null);
  const [cleaned, setCleaned] = createSignal<number | null>(null);
  const isOn = () => status() !== undefined && status() !== 'off';

  function checkNew(): boolean {
    if (next().length < MIN_PASSPHRASE_LENGTH) setOutcome('too-short');
    else if (next() !== repeat()) setOutcome('mismatch');
    else return true;
    return false;
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
      setOutcome('done');
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (caught) {
      setOutcome(caught instanceof StorageError && caught.code === 'wrong-passphrase' ? 'wrong' : 'failed');
    } finally {
      setBusy(false);
      setCleaned(null);
      void refetch();
    }
  }

  /** Which vault call a button makes, read only inside its click handler. */
  function act(kind: 'on' | 'change' | 'off') {
    const [passphrase, nextPassphrase, vault, scrub] = [current(), next(), props.vault, props.scrub];
    if (kind !== 'off' && !checkNew()) return;
    if (kind === 'on')
      void run(async () => {
        await vault.enable(nextPassphrase);
        await scrub?.((fraction) => setCleaned(fraction));
      });
    else if (kind === 'change') void run(() => vault.changePassphrase(passphrase, nextPassphrase));
    else void run(() => vault.disable(passphrase));
  }

  function minutes(value: string): number | null {
    const parsed = Number.parseInt(value, 10);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed * 60_000 : null;
  }

  async function saveTimes(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string): string => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    await props.vault.setAutoLock({ idleMs: minutes(field('idle')), hiddenMs: minutes(field('hidden')) });
    void refetchAutoLock();
  }

  const asMinutes = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? '' : String(Math.round(ms / 60_000));

  return (
    <section class="security card stack" aria-labelledby={ids.current + '-title'}>
      <h2 id={ids.current + '-title'}>{t('security.title')}</h2>
      <p>{t('security.intro')}</p>
      <p role="status">{isOn() ? t('security.statusOn') : t('security.statusOff')}</p>

      <Show when={!isOn()}>
        <p class="warning">
          <strong>{t('security.warning')}</strong>
        </p>
        <label>
          <input
            type="checkbox"
            checked={understood()}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          {t('security.understand')}
        </label>
      </Show>

      <form onSubmit={(event) => event.preventDefault()}>
        <Show when={isOn()}>
          <label for={ids.current}>{t('security.current')}</label>
          <input
            id={ids.current}
            type="password"
            autocomplete="current-password"
            value={current()}
            onInput={(event) => setCurrent(event.currentTarget.value)}
          />
        </Show>
        <label for={ids.next}>{t('security.new')}</label>
        <input
          id={ids.next}
          type="password"
          autocomplete="new-password"
          value={next()}
          onInput={(event) => setNext(event.currentTarget.value)}
        />
        <label for={ids.repeat}>{t('security.repeat')}</label>
        <input
          id={ids.repeat}
          type="password"
          autocomplete="new-password"
          value={repeat()}
          onInput={(event) => setRepeat(event.currentTarget.value)}
        />
        <Show
          when={isOn()}
          fallback={
            <button type="button" disabled={busy() || !understood()} onClick={() => act('on')}>
              {t('security.turnOn')}
            </button>
          }
        >
          <button type="button" disabled={busy()} onClick={() => act('change')}>
            {t('security.change')}
          </button>
          <button type="button" disabled={busy() || current() === ''} onClick={() => act('off')}>
            {t('security.turnOff')}
          </button>
          <button
            type="button"
            disabled={busy()}
            onClick={() => {
              props.vault.lock();
              void refetch();
            }}
          >
            {t('security.lockNow')}
          </button>
        </Show>
        <Show when={busy()}>
          <p role="status">{t('security.working')}</p>
        </Show>
        <Show when={busy() ? cleaned() : null}>
          {(fraction) => <ScrubProgress locale={props.locale} fraction={fraction()} label="lock" />}
        </Show>
        <Show when={outcome()}>
          {(kind) => (
            <p role={kind() === 'done' ? 'status' : 'alert'}>
              {kind() === 'done'
                ? t('security.done')
                : kind() === 'wrong'
                  ? t('security.wrong')
                  : kind() === 'too-short'
                    ? t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH })
                    : kind() === 'mismatch'
                      ? t('security.mismatch')
                      : t('security.failed')}
            </p>
          )}
        </Show>
      </form>

      <Show when={isOn()}>
        <form onSubmit={(event) => void saveTimes(event)}>
          <label for={ids.idle}>{t('security.idle')}</label>
          <input
            id={ids.idle}
            name="idle"
            type="number"
            min="0"
            inputmode="numeric"
            placeholder={t('security.never')}
            value={asMinutes(autoLock()?.idleMs)}
          />
          <label for={ids.hidden}>{t('security.hidden')}</label>
          <input
            id={ids.hidden}
            name="hidden"
            type="number"
            min="0"
            inputmode="numeric"
            placeholder={t('security.never')}
            value={asMinutes(autoLock()?.hiddenMs)}
          />
          <button type="submit">{t('security.saveTimes')}</button>
        </form>
      </Show>
    </section>
  );
}
