/**
 * The choice of the client's output language (issue 18), stored on the client's profile: scripts,
 * letters, the handover pack and the printed plan use it (state/clientLanguage.tsx).
 */
import type { Locale } from '../../i18n';
import { LOCALES } from '../../i18n/translate';
import { clientLocale } from '../state/clientLanguage';
import { usePlanner } from '../state/PlannerProvider';
import { SelectField } from './Field';
import { usePracticeText } from './practiceText';

export function ClientLanguageField() {
  const planner = usePlanner();
  const pt = usePracticeText();
  return (
    <SelectField
      label={pt('language.label')}
      value={clientLocale(planner)}
      options={LOCALES.map((locale) => ({ value: locale, label: pt(`language.${locale}`) }))}
      onChange={(locale: Locale) => planner.actions.setOutputLocale(locale)}
      name="clientLanguage"
    />
  );
}
