/**
 * A short note for someone in crisis: the national mental-health line 12356, 120 and 110, and that
 * being unable to repay is not by itself a crime (texts and sources in src/rules CRISIS_NOTE;
 * docs/sources.md lists them). Shown on the rights page and, through CrisisHelp, from every screen.
 */
import { For } from 'solid-js';
import { CRISIS_NOTE } from '../../rules/reference';
import { pick, rightsT, type RightsLocale } from '../pages/rightsText';

export function CrisisNote(props: { locale: RightsLocale }) {
  return (
    <section class="card crisis-note" aria-label={rightsT(props.locale, 'crisis.label')} data-testid="crisis-note">
      <h2>{pick(CRISIS_NOTE.title, props.locale)}</h2>
      <ul>
        <For each={CRISIS_NOTE.lines}>{(line) => <li>{pick(line.text, props.locale)}</li>}</For>
      </ul>
    </section>
  );
}
