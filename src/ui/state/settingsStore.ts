/**
 * The device's settings (language, active profile, discreet mode, the preparer's name, a
 * counsellor's LPR figure, the LPR table) as a small Solid store: loaded once, changed in the store first, then
 * written in order through a write queue of their own (settings carry no revision: the last write
 * wins, as it always has). Typing (the preparer's name, the LPR figure) is debounced.
 */
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { ProfileId, SettingsRecord } from '../../domain/records';
import { pickInitialLocale, type Locale } from '../../i18n';
import type { ShoreRepository } from '../../storage';
import { createWriteQueue, type QueuedWrite, type Timers, type WriteOutcome } from './writeQueue';

export interface SettingsStore {
  /** The settings as shown (reactive). */
  readonly settings: SettingsRecord;
  /** Read what is stored; `firstVisit` when nothing ever was (the language comes from the browser). */
  load(): Promise<{ firstVisit: boolean }>;
  setLocale(locale: Locale): void;
  setDiscreet(on: boolean): void;
  setPreparerName(name: string): void;
  /** A counsellor's LPR figure (undefined: back to the built-in figure). */
  setLprOverride(override: SettingsRecord['lprOverride']): void;
  /** The person's one-year LPR table (issue 16; undefined: back to the built-in rows). */
  setLprHistory(history: SettingsRecord['lprHistory']): void;
  /** The profile opened at start-up (undefined: none); written before it resolves. */
  setActiveProfile(profileId: ProfileId | undefined): Promise<WriteOutcome>;
  /** Write any debounced change now. */
  flush(): Promise<void>;
}

export interface SettingsStoreOptions {
  /** Browser language preferences (navigator.languages), for the first visit. */
  languages: readonly string[];
  delayMs: number;
  /** A write failed (shown as a notice; the settings stay as shown). */
  onFailed(): void;
  timers?: Timers;
}

export function createSettingsStore(repository: ShoreRepository, options: SettingsStoreOptions): SettingsStore {
  const [settings, setSettings] = createStore<SettingsRecord>({ language: pickInitialLocale(options.languages) });
  const queue = createWriteQueue<QueuedWrite>({
    delayMs: options.delayMs,
    // Settings have no revision, so no write of theirs is ever refused as a conflict.
    isConflict: () => false,
    onConflict: () => Promise.resolve(),
    onOutcome: (outcome) => {
      if (outcome.status === 'failed') options.onFailed();
    },
    ...(options.timers ? { timers: options.timers } : {}),
  });
  queue.reset(0);

  /** Write the settings as shown when the write runs: a debounced write never brings back an older value. */
  const writeShown: QueuedWrite = {
    async commit(revision) {
      await repository.putSettings(structuredClone(unwrap(settings)));
      return { revision };
    },
  };
  const change = (next: SettingsRecord, debounceKey?: string): Promise<WriteOutcome> | undefined => {
    setSettings(reconcile(next));
    if (debounceKey === undefined) return queue.run(writeShown);
    queue.later(debounceKey, writeShown);
    return undefined;
  };
  const current = (): SettingsRecord => unwrap(settings);

  return {
    settings,
    async load() {
      const firstVisit = !(await repository.hasStoredSettings());
      if (!firstVisit) setSettings(reconcile(await repository.getSettings()));
      return { firstVisit };
    },
    setLocale: (language) => void change({ ...current(), language }),
    setDiscreet: (discreet) => void change({ ...current(), discreet }),
    setPreparerName: (preparerName) => void change({ ...current(), preparerName }, 'settings'),
    setLprOverride(override) {
      const { lprOverride: _previous, ...rest } = current();
      void change(override === undefined ? rest : { ...rest, lprOverride: { ...override } }, 'settings');
    },
    setLprHistory(history) {
      const { lprHistory: _previous, ...rest } = current();
      void change(history === undefined ? rest : { ...rest, lprHistory: history.map((row) => ({ ...row })) });
    },
    async setActiveProfile(profileId) {
      const { activeProfileId: _previous, ...rest } = current();
      return change(profileId === undefined ? rest : { ...rest, activeProfileId: profileId }) ?? { status: 'skipped' };
    },
    flush: () => queue.flush(),
  };
}
