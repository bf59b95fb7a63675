/**
 * The letters the person copied, shared or printed (issue 14), each checked against the plan
 * version every letter on the scripts page is written from: still current, or out of date with
 * what changed in it (`describeLetterChanges`, in the person's language).
 *
 * The list lives in memory for the session, per profile (a module-level signal, so it survives
 * moving between screens; it is not stored: a reload starts it again). Pure logic:
 * ../model/keptLetters.ts.
 */
import { createSignal, For, Show } from 'solid-js';
import type { Plan, PlanInput } from '../../domain';
import { lettersText, type LettersMessageKey } from '../../i18n/letters';
import { describeLetterChanges } from '../../scripts';
import { keepLetter, keptStatus, type KeptLetter } from '../model/keptLetters';
import { usePlanner } from '../state/PlannerProvider';

const [byProfile, setByProfile] = createSignal<Readonly<Record<string, readonly KeptLetter[]>>>({});

/** The kept letters of a profile, newest first. */
export function keptLettersOf(profileId: string): readonly KeptLetter[] {
  return byProfile()[profileId] ?? [];
}

/** Record a letter as copied, shared or printed (the same letter of the same plan version once). */
export function recordKeptLetter(profileId: string, letter: KeptLetter): void {
  setByProfile((all) => ({ ...all, [profileId]: keepLetter(all[profileId] ?? [], letter) }));
}

function forget(profileId: string, key: string): void {
  setByProfile((all) => ({ ...all, [profileId]: (all[profileId] ?? []).filter((item) => item.key !== key) }));
}

/** For tests: forget every kept letter. */
export function clearKeptLetters(): void {
  setByProfile({});
}

export function KeptLetters(props: { version: { input: PlanInput; plan: Plan } | null }) {
  const planner = usePlanner();
  const ui = (key: LettersMessageKey, params?: Record<string, string | number>): string =>
    lettersText(planner.state.locale, key, params);
  const profileId = (): string => planner.state.profile?.id ?? '';
  const letters = () => keptLettersOf(profileId());

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
                    onClick={() => forget(profileId(), letter.key)}
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
