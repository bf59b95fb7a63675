/**
 * The counsellor's private notes on the client on screen (issue 18): the client's situation in
 * their words, their worries, the counsellor's own notes and name. Kept in the profile's
 * `counsellorNotes` record (storage keeps it on this device only: no backup, handover, QR code
 * or printed pack carries it), and the panel says so. Its fields sit in a form marked autocomplete="off", so
 * Chromium does not copy what is typed into its tab-restore files (issue 13).
 */
import { For, createUniqueId } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { CounsellorNotes } from '../../domain/records';
import { withoutDirectionControls } from '../../domain/text';
import { usePlanner } from '../state/PlannerProvider';
import { useCounsellorText } from './counsellorUi';
import { CheckboxField, TextField } from './Field';
import { useNotesText } from './notesText';

export const WORRIES = ['calls', 'family', 'credit', 'lawsuit', 'living', 'health'] as const;

export function CounsellorNotesPanel() {
  const planner = usePlanner();
  const nt = useNotesText();
  const ct = useCounsellorText();
  const id = createUniqueId();
  const notes = (): CounsellorNotes =>
    planner.records.counsellorNotes ?? {
      profileId: planner.state.profile?.id ?? ('' as CounsellorNotes['profileId']),
      text: '',
      situation: '',
      worries: [],
      counsellorName: '',
      updatedAt: planner.clock.now(),
    };
  const save = (patch: Partial<CounsellorNotes>): void => {
    if (!planner.state.profile) return;
    void planner.actions.save('counsellorNotes', { ...structuredClone(unwrap(notes())), ...patch }, { debounce: true });
  };
  return (
    <section class="card stack" aria-labelledby={`${id}-title`} data-testid="counsellor-notes">
      <h4 id={`${id}-title`}>{nt('notes.title')}</h4>
      <p class="hint" data-testid="notes-where">
        {nt('notes.where')}
      </p>
      {/* A form marked autocomplete="off": Chromium then keeps these fields' text out of its tab-restore files
          (Sessions/), which neither an erase nor the lock reaches (issue 13; platform/formRestore.ts). Nothing is
          submitted: every field saves as it is typed. */}
      <form class="stack" autocomplete="off" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for={`${id}-situation`}>{nt('notes.situation')}</label>
          <textarea
            id={`${id}-situation`}
            name="situation"
            rows="4"
            value={notes().situation}
            onInput={(event) => save({ situation: event.currentTarget.value })}
          />
        </div>
        <fieldset class="stack">
          <legend>{nt('notes.worries')}</legend>
          <For each={WORRIES}>
            {(worry) => (
              <CheckboxField
                label={ct(`worry.${worry}`)}
                checked={notes().worries.includes(worry)}
                onChange={(on) =>
                  save({
                    worries: on
                      ? [...new Set([...notes().worries, worry])]
                      : notes().worries.filter((kept) => kept !== worry),
                  })
                }
              />
            )}
          </For>
        </fieldset>
        <div class="field">
          <label for={`${id}-text`}>{nt('notes.text')}</label>
          <textarea
            id={`${id}-text`}
            name="privateNotes"
            rows="4"
            value={notes().text}
            onInput={(event) => save({ text: event.currentTarget.value })}
          />
        </div>
        <TextField
          label={nt('notes.counsellorName')}
          value={notes().counsellorName}
          onInput={(name) => save({ counsellorName: withoutDirectionControls(name) })}
          name="counsellorName"
        />
      </form>
    </section>
  );
}
