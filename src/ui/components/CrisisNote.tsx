/**
 * A short, always-reachable note for someone in crisis. Only 110 is offered as a number: it is
 * the only help channel verified in cn-rules.md; no mental-health line was verified there.
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
