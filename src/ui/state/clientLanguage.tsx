/**
 * The client's output language (issue 18): scripts, letters, the handover pack and the printed
 * plan are written in the language stored on the client's profile (`outputLocale`), which may
 * differ from the counsellor's screen language; without one, the screen's language.
 *
 * `<InClientLanguage>` gives its children a planner whose `state.locale`, `t`, `money` and `date`
 * speak the client's language, so every output component (and anything it renders, e.g. the
 * queue timeline or counsellor strings through `useCounsellorText`) follows without a prop.
 */
import { mergeProps, type JSX } from 'solid-js';
import { formatDate, formatMoney, translate, type Locale } from '../../i18n';
import { PlannerContext, usePlanner, type Planner, type PlannerState } from './PlannerProvider';

/** The language of the active client's outputs. */
export function clientLocale(planner: Planner): Locale {
  return planner.state.profile?.outputLocale ?? planner.state.locale;
}

export function InClientLanguage(props: { children: JSX.Element }) {
  const planner = usePlanner();
  const locale = (): Locale => clientLocale(planner);
  const state: PlannerState = mergeProps(planner.state, {
    get locale() {
      return locale();
    },
  });
  const inClientLanguage: Planner = {
    ...planner,
    state,
    t: (key, params) => translate(locale(), key, params),
    money: (amount) => formatMoney(amount, locale()),
    date: (iso) => formatDate(iso, locale()),
  };
  return <PlannerContext.Provider value={inClientLanguage}>{props.children}</PlannerContext.Provider>;
}
