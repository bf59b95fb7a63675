/**
 * A short, always-reachable note for someone in crisis: the national mental-health line 12356,
 * 120 and 110 (texts and sources in src/rules CRISIS_NOTE; docs/sources.md lists them).
 */
import { For } from 'solid-js';
import { CRISIS_NOTE } from '../../rules';
import { pick, rightsT, type RightsLocale } from '../pages/rightsText';

export function CrisisNote(props: { locale: RightsLocale }) {
  return (
    <aside class="card crisis-note" aria-label={rightsT(props.locale, 'crisis.label')} data-testid="crisis-note">
      <h2>{pick(CRISIS_NOTE.title, props.locale)}</h2>
      <ul>
        <For each={CRISIS_NOTE.lines}>{(line) => <li>{pick(line.text, props.locale)}</li>}</For>
      </ul>
    </aside>
  );
}
