/**
 * The letters the person copied, shared or printed (issue 14), each checked against the plan
 * version every letter on the scripts page is written from: still current, or out of date with
 * what changed in it (`describeLetterChanges`, in the person's language).
 *
 * The list is stored with the client's plan settings (`keptLetters`, schema v14: sealed under the
 * lock, in backups), so "out of date, with what changed" survives a reload. Pure logic:
 * ../model/keptLetters.ts.
 */
import { For, Show } from 'solid-js';
import type { Plan, PlanInput } from '../../domain';
import { lettersText, type LettersMessageKey } from '../../i18n/letters';
import { describeLetterChanges } from '../../scripts';
import {
  keepLetter,
  keptLettersOfRecords,
  keptLettersToRecords,
  keptStatus,
  type KeptLetter,
} from '../model/keptLetters';
import { usePlanner, type Planner } from '../state/PlannerProvider';

/** The kept letters of the profile on screen, newest first. */
export function keptLettersOf(planner: Planner): KeptLetter[] {
  return keptLettersOfRecords(planner.state.planSettings.keptLetters);
}

/**
 * Store the kept letters of the profile on screen with its plan settings. Through the same
 * (debounced, flushed when the page hides) write as every plan-settings edit, so a pending edit of
 * the settings and this list never overwrite each other.
 */
function storeKept(planner: Planner, list: readonly KeptLetter[]): void {
  planner.actions.updatePlanSettings({ keptLetters: keptLettersToRecords(list) });
}

/** Record a letter as copied, shared or printed (the same letter of the same plan version once). */
export function recordKeptLetter(planner: Planner, letter: KeptLetter): void {
  storeKept(planner, keepLetter(keptLettersOf(planner), letter));
}

function forget(planner: Planner, key: string): void {
  storeKept(
    planner,
    keptLettersOf(planner).filter((item) => item.key !== key),
  );
}

export function KeptLetters(props: { version: { input: PlanInput; plan: Plan } | null }) {
  const planner = usePlanner();
  const ui = (key: LettersMessageKey, params?: Record<string, string | number>): string =>
    lettersText(planner.state.locale, key, params);
  const letters = () => keptLettersOf(planner);

  return (
    <section class="kept-letters" aria-labelledby="kept-letters-title" data-testid="kept-letters">
      <h2 id="kept-letters-title">{ui('letters.kept.title')}</h2>
      <Show when={letters().length > 0} fallback={<p>{ui('letters.kept.empty')}</p>}>
        <ul>
          <For each={letters()}>
            {(letter) => {
              const status = () => (props.version ? keptStatus(letter, props.version) : { state: 'gone' as const });
              return (
                <li data-testid="kept-letter" data-state={status().state}>
                  <strong>{letter.title}</strong>
                  {' · '}
                  {ui(`letters.kept.${letter.how}`, { at: planner.date(letter.on) })}
                  <Show when={status().state === 'current'}>
                    <p>{ui('letters.kept.current')}</p>
                  </Show>
                  <Show when={status().state === 'gone'}>
                    <p role="status">{ui('letters.kept.gone')}</p>
                  </Show>
                  <Show
                    when={(() => {
                      const s = status();
                      return s.state === 'changed' ? s.changes : null;
                    })()}
                  >
                    {(changes) => (
                      <div role="status">
                        <p>{ui('letters.kept.outOfDate')}</p>
                        <ul>
                          <For each={describeLetterChanges(changes(), planner.state.locale)}>
                            {(line) => <li>{line}</li>}
                          </For>
                        </ul>
                      </div>
                    )}
                  </Show>
                  <button
                    type="button"
                    aria-label={ui('letters.kept.forget', { title: letter.title })}
                    onClick={() => forget(planner, letter.key)}
                  >
                    {ui('letters.kept.forgetShort')}
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
        <p>{ui('letters.kept.note')}</p>
      </Show>
    </section>
  );
}
