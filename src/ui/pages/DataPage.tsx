/**
 * "Your data": where the data lives and what that means, asking the browser to keep it,
 * backup files (export, and import with a preview before anything is written; a counsellor's
 * QR codes are scanned into the same preview), installing the
 * app, and erasing everything (confirmed, with a backup offered first).
 *
 * Talks to storage only through `useServices().data`; every failure is shown in the person's
 * language and leaves the data as it was.
 */
import { For, Show, Suspense, createSignal, lazy, onMount } from 'solid-js';
import type { ProfileId } from '../../domain/records';
import type { MessageKey } from '../../i18n';
import { formatMoment, safetyText } from '../../i18n/safety';
import type { SafetyKey } from '../../i18n/safety.en';
import { download } from '../download';
import { exportFileName } from '../model/exports';
import { DiscreetSettings } from '../components/Discreet';
import { ExportContents, createClientFile } from '../components/ExportContents';
import { eraseT } from '../components/eraseText';
import type { EraseKey } from '../../i18n/erase.en';
import { SecuritySettings, WipeAction } from '../components/SecuritySettings';
import { startAfresh } from '../state/navigation';
import { usePlanner } from '../state/PlannerProvider';
import { useServices, type DataError, type ImportPlan, type PersistenceStatus } from '../state/services';
import { Isolated, user } from '../components/UserText';

// Scanning a counsellor's QR codes loads with this page only (the decoder later, on "scan").
const QrReceive = lazy(() => import('../handover/QrReceive').then((m) => ({ default: m.QrReceive })));

const KNOWN_ERRORS = new Set([
  'too-large',
  'not-json',
  'wrong-format',
  'forbidden-key',
  'too-deep',
  'newer-version',
  'unsupported-version',
  'invalid-field',
  'checksum-mismatch',
  'duplicate-id',
  'invalid-reference',
  'conflict',
  'quota-exceeded',
  'passphrase-required',
  'wrong-passphrase',
  'locked',
]);

const NAMED_FIELDS = ['platform', 'displayName', 'contractNumber', 'callerName', 'counsellorName'] as const;

/** The name of the field at the end of a file path such as `data.debts.0.platform`. */
function fieldKey(path: string): EraseKey {
  const last = path.split('.').at(-1) ?? '';
  const named = NAMED_FIELDS.find((field) => field === last);
  return named === undefined ? 'field.other' : `field.${named}`;
}

function isDataError(error: unknown): error is DataError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]!}`;
}

export function DataPage() {
  const planner = usePlanner();
  const services = useServices();
  const t = planner.t;
  const et = (key: EraseKey, params?: Record<string, string | number>): string =>
    eraseT(planner.state.locale, key, params);
  const st = (key: SafetyKey, params?: Record<string, string | number>): string =>
    safetyText(planner.state.locale, key, params);
  /** Clients of the preview the person ticked to replace (none by default). */
  const [toReplace, setToReplace] = createSignal<readonly ProfileId[]>([]);
  const [backupSaved, setBackupSaved] = createSignal<string>();
  const [persistence, setPersistence] = createSignal<PersistenceStatus | undefined>();
  const [usage, setUsage] = createSignal<number | undefined>();
  const [message, setMessage] = createSignal<string>();
  const [preview, setPreview] = createSignal<ImportPlan>();
  const [checking, setChecking] = createSignal(false);
  const [backupPassphrase, setBackupPassphrase] = createSignal('');
  const [importText, setImportText] = createSignal<string>();
  const [importPassphrase, setImportPassphrase] = createSignal('');
  const [needsPassphrase, setNeedsPassphrase] = createSignal(false);
  const [installable, setInstallable] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;
  // The open client's file: what it holds, shown before it is saved (issue 18).
  const clientFile = createClientFile(() => planner.state.profile?.id);

  onMount(() => {
    void services.data.storageEstimate().then((estimate) => setUsage(estimate.usage));
    services.app?.onInstallAvailable(setInstallable);
  });

  const explain = (error: unknown): string => {
    const reason = (): string => {
      const code = isDataError(error) && KNOWN_ERRORS.has(error.code) ? error.code : 'unknown';
      const path = isDataError(error) ? (error.path ?? '') : '';
      if (isDataError(error) && error.code === 'damaged') return et('error.damaged');
      if (isDataError(error) && error.code === 'invalid-field' && error.tooLong) {
        const number = new Intl.NumberFormat(planner.state.locale);
        return et('error.tooLongInFile', {
          field: et(fieldKey(path)),
          max: number.format(error.tooLong.max),
          actual: number.format(error.tooLong.actual),
          path,
        });
      }
      return t(`data.error.${code}` as MessageKey, { path });
    };
    return t('data.importFailed', { reason: reason() });
  };

  const saveBackup = async (profileOnly: boolean): Promise<string> => {
    const profile = planner.state.profile;
    const passphrase = backupPassphrase();
    const text =
      profileOnly && profile
        ? await clientFile.write(profile.id, passphrase || undefined)
        : await services.data.exportBackup(passphrase ? { passphrase } : {});
    const file = exportFileName({
      kind: 'backup',
      extension: 'json',
      ...(profileOnly && profile ? { displayName: profile.displayName, profileId: profile.id } : {}),
      discreet: planner.state.settings.discreet === true,
      at: new Date(planner.clock.now()),
    });
    download(file, 'application/json', text);
    setMessage(t('data.exported', { file }));
    return file;
  };

  /** Show an import's preview: nothing ticked to replace, no backup saved for it yet. */
  const showPreview = (plan: ImportPlan | undefined): void => {
    setToReplace([]);
    setBackupSaved(undefined);
    setPreview(plan);
  };

  const explainFailure = (error: unknown): void => {
    setMessage(explain(error));
  };

  /** Check the chosen file (with the passphrase, once the file says it needs one). */
  const checkImport = async (passphrase?: string): Promise<void> => {
    const text = importText();
    if (text === undefined) return;
    setChecking(true);
    try {
      showPreview(await services.data.prepareImport(text, passphrase));
      setNeedsPassphrase(false);
    } catch (error) {
      if (isDataError(error) && error.code === 'passphrase-required') setNeedsPassphrase(true);
      else setMessage(explain(error));
    } finally {
      setChecking(false);
    }
  };

  const chooseFile = async (file: File | undefined): Promise<void> => {
    showPreview(undefined);
    setMessage(undefined);
    setNeedsPassphrase(false);
    setImportPassphrase('');
    setImportText(undefined);
    if (!file) return;
    if (file.size > services.data.maxImportBytes) {
      setMessage(explain({ code: 'too-large' }));
      return;
    }
    setImportText(await file.text());
    if (fileInput) fileInput.value = '';
    await checkImport();
  };

  const confirmImport = async (plan: ImportPlan): Promise<void> => {
    try {
      const replaced = toReplace();
      await plan.apply(replaced);
      // One client written (a handover): open it on its plan, not on this device's previous
      // (often empty) profile (issue 18).
      const written = [...(plan.addIds ?? []), ...replaced];
      if (written.length === 1 && written[0] !== undefined) await planner.actions.openProfile(written[0], 'plan');
      setPreview(undefined);
      setMessage(t('data.imported'));
      window.location.reload();
    } catch (error) {
      setPreview(undefined);
      setMessage(explain(error));
    }
  };

  return (
    <section class="stack" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <Show when={message()}>
        {(text) => (
          <p role="status" class="notice-inline">
            {text()}
          </p>
        )}
      </Show>

      <section class="card stack" aria-labelledby="data-where">
        <h3 id="data-where">{t('data.whereTitle')}</h3>
        <p>{t('data.where')}</p>
        <p>{services.data.kind === 'memory' ? t('data.memoryOnly') : t('data.risk')}</p>
        <Show when={usage() !== undefined}>
          <p class="hint">{t('data.usage', { used: formatBytes(usage() ?? 0, planner.state.locale) })}</p>
        </Show>
      </section>

      <section class="card stack" aria-labelledby="data-persist">
        <h3 id="data-persist">{t('data.persistTitle')}</h3>
        <p>{t('data.persistExplain')}</p>
        <p role="status" data-testid="persistence-status">
          {t(`data.persist.${persistence() ?? 'unknown'}` as MessageKey)}
        </p>
        <button type="button" onClick={() => void services.data.requestPersistence().then(setPersistence)}>
          {t('data.persistAsk')}
        </button>
      </section>

      <section class="card stack" aria-labelledby="data-backup">
        <h3 id="data-backup">{t('data.backupTitle')}</h3>
        <p>{t('data.backupExplain')}</p>
        <ExportContents contents={clientFile.contents()} />
        <label class="field">
          <span>{t('data.backupPassphrase')}</span>
          <input
            type="password"
            autocomplete="new-password"
            value={backupPassphrase()}
            onInput={(event) => setBackupPassphrase(event.currentTarget.value)}
          />
          <span class="hint">{t('data.backupPassphraseHint')}</span>
        </label>
        <div class="button-row">
          <button type="button" onClick={() => void saveBackup(false)}>
            {t('data.exportAll')}
          </button>
          <Show when={planner.state.profile}>
            {(profile) => (
              <button type="button" onClick={() => void saveBackup(true).catch(explainFailure)}>
                <Isolated text={t('data.exportProfile', { name: user(profile().displayName) })} />
              </button>
            )}
          </Show>
        </div>
      </section>

      <section class="card stack" aria-labelledby="data-import">
        <h3 id="data-import">{t('data.importTitle')}</h3>
        <label class="field">
          <span>{t('data.importLabel')}</span>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
          />
        </label>
        <Show when={needsPassphrase()}>
          <form
            class="stack"
            onSubmit={(event) => {
              event.preventDefault();
              void checkImport(importPassphrase());
            }}
          >
            <label class="field">
              <span>{t('data.importPassphrase')}</span>
              <input
                type="password"
                autocomplete="current-password"
                value={importPassphrase()}
                onInput={(event) => setImportPassphrase(event.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('data.importOpen')}</button>
          </form>
        </Show>
        <Suspense>
          <QrReceive
            onPlan={(plan) => {
              setMessage(undefined);
              showPreview(plan);
            }}
            onError={(error) => setMessage(explain(error))}
          />
        </Suspense>
        <Show when={checking()}>
          <p role="status">{t('data.importChecking')}</p>
        </Show>
        <Show when={preview()}>
          {(plan) => (
            <div class="stack" data-testid="import-preview">
              <p>{t('data.importPreview', { records: plan().recordCount })}</p>
              <Show when={plan().adds.length > 0}>
                <p>{t('data.importAdds', { names: plan().adds.join('、') })}</p>
              </Show>
              <Show when={plan().skipsEmpty > 0}>
                <p>{st('import.skipsEmpty', { count: plan().skipsEmpty })}</p>
              </Show>
              <Show when={plan().replaces.length > 0}>
                <fieldset class="stack" data-testid="import-on-device">
                  <legend>{st('import.onDeviceTitle')}</legend>
                  <p class="hint">{st('import.onDeviceExplain')}</p>
                  <For each={plan().replaces}>
                    {(client) => (
                      <div class="stack">
                        <label class="checkbox">
                          <input
                            type="checkbox"
                            checked={toReplace().includes(client.id)}
                            onChange={(event) => {
                              const checked = event.currentTarget.checked;
                              setToReplace((ids) =>
                                checked ? [...ids, client.id] : ids.filter((id) => id !== client.id),
                              );
                            }}
                          />
                          <span>
                            {st('import.replaceChoice', {
                              device: client.deviceName,
                              deviceAt: formatMoment(client.deviceUpdatedAt, planner.state.locale),
                              file: client.fileName,
                              fileAt: formatMoment(client.fileUpdatedAt, planner.state.locale),
                            })}
                          </span>
                        </label>
                        <Show when={client.deviceChangedSince}>
                          <p class="warning">{st('import.deviceNewer', { device: client.deviceName })}</p>
                        </Show>
                      </div>
                    )}
                  </For>
                </fieldset>
              </Show>
              <Show when={plan().replacesSettings}>
                <p>{t('data.importSettings')}</p>
              </Show>
              <Show when={plan().keepsSettings}>
                <p>{st('import.keepsSettings')}</p>
              </Show>
              <Show when={toReplace().length > 0}>
                <div class="stack" data-testid="import-backup-first">
                  <p>{st('import.backupFirstExplain')}</p>
                  <div class="button-row">
                    <button
                      type="button"
                      onClick={() => void saveBackup(false).then((file) => setBackupSaved(file), explainFailure)}
                    >
                      {st('import.backupFirst')}
                    </button>
                  </div>
                  <Show when={backupSaved()}>
                    {(file) => <p role="status">{st('import.backupSaved', { file: file() })}</p>}
                  </Show>
                </div>
              </Show>
              <div class="button-row">
                <button type="button" class="primary" onClick={() => void confirmImport(plan())}>
                  {t('data.importConfirm')}
                </button>
                <button type="button" onClick={() => showPreview(undefined)}>
                  {t('data.importCancel')}
                </button>
              </div>
            </div>
          )}
        </Show>
      </section>

      <section class="card stack" aria-labelledby="data-install">
        <h3 id="data-install">{t('data.installTitle')}</h3>
        <p>{t('data.installExplain')}</p>
        <Show when={installable()} fallback={<p class="hint">{t('data.installManual')}</p>}>
          <button type="button" onClick={() => void services.app?.promptInstall()}>
            {t('data.install')}
          </button>
        </Show>
      </section>

      <DiscreetSettings />

      <Show when={services.vault}>
        {(vault) => (
          <SecuritySettings
            vault={vault()}
            locale={planner.state.locale}
            scrub={(onProgress) => services.data.scrubFreedSpace?.(onProgress) ?? Promise.resolve(false)}
          />
        )}
      </Show>

      <section class="card stack danger-zone">
        <Show when={services.data.kind === 'device'}>
          <button type="button" onClick={() => void saveBackup(false)}>
            {t('data.wipeBackupFirst')}
          </button>
        </Show>
        <WipeAction
          locale={planner.state.locale}
          wipe={(onScrubProgress) => services.data.wipeEverything(onScrubProgress)}
          onDone={() => startAfresh()}
        />
        <section class="stack" aria-labelledby="data-after-erase" data-testid="after-erase">
          <h3 id="data-after-erase">{et('afterErase.title')}</h3>
          <p>{et('afterErase.measured')}</p>
          <p>{et('afterErase.clear')}</p>
          <ul>
            <li>{et('afterErase.chrome')}</li>
            <li>{et('afterErase.safari')}</li>
            <li>{et('afterErase.firefox')}</li>
          </ul>
        </section>
      </section>
    </section>
  );
}
