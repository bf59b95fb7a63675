/** The language switch (中文 / English), available on every screen. */
import { createUniqueId } from 'solid-js';
import type { Locale } from '../../i18n';
import { usePlanner } from '../state/PlannerProvider';

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch(props: { label?: string }) {
  const planner = usePlanner();
  const id = createUniqueId();
  return (
    <div class="language" role="group" aria-labelledby={id}>
      <span id={id} class="language__label">
        {props.label ?? planner.t('app.language')}
      </span>
      <button
        type="button"
        lang="zh-CN"
        aria-pressed={planner.state.locale === 'zh-CN'}
        onClick={() => planner.actions.setLocale('zh-CN')}
      >
        {LANGUAGE_NAMES['zh-CN']}
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={planner.state.locale === 'en'}
        onClick={() => planner.actions.setLocale('en')}
      >
        {LANGUAGE_NAMES.en}
      </button>
    </div>
  );
}
