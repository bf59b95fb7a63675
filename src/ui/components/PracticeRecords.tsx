/**
 * The counsellor's case record of the client on screen (issue 18), on the guided session and the
 * review: consent (day given, what was agreed, renewal day, and whether renewal is due), the next
 * appointment, the counsellor's contact details for the pack, and the case status.
 *
 * The form holds its own draft (copied when it opens) and saves on "Save" only once
 * `practiceFromDraft` accepts it; each refused field says why next to it, and nothing is stored.
 * "Today" is the planner's clock, passed to the pure model (ui/model/practice.ts).
 */
import { Show, createSignal, untrack } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import type { CounsellorSession } from '../../domain/records';
import {
  CASE_STATUSES,
  consentRenewal,
  practiceDraftOf,
  practiceFromDraft,
  withPractice,
  type PracticeDraft,
  type PracticeField,
  type PracticeProblem,
} from '../model/practice';
import { usePlanner } from '../state/PlannerProvider';
import { SelectField, TextField } from './Field';
import { usePracticeText } from './practiceText';

export function PracticeRecords(props: { session: CounsellorSession }) {
  const planner = usePlanner();
  const pt = usePracticeText();
  // The draft is the record as the form opened on it; later store changes do not replace typing.
  const [draft, setDraft] = createStore<PracticeDraft>(practiceDraftOf(unwrap(untrack(() => props.session))));
  const [problems, setProblems] = createSignal<Partial<Record<PracticeField, PracticeProblem>>>({});
  const [saved, setSaved] = createSignal(false);
  const set = (field: PracticeField, value: string): void => {
    setDraft(field, value as never);
    setSaved(false);
  };
  const error = (field: PracticeField): string | undefined => {
    const problem = problems()[field];
    return problem ? pt(`problem.${problem}`) : undefined;
  };
  const renewal = () => {
    const consent = props.session.consent;
    const state = consentRenewal(consent, planner.clock.today());
    switch (state) {
      case 'none':
        return { state, text: pt('consent.none') };
      case 'no-renewal':
        return { state, text: pt('consent.noRenewal', { date: planner.date(consent!.on) }) };
      default:
        return { state, text: pt(`consent.${state}`, { date: planner.date(consent!.renewOn!) }) };
    }
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = practiceFromDraft({ ...draft });
    if (!result.ok) {
      setProblems(result.problems);
      setSaved(false);
      const first = Object.keys(result.problems)[0];
      document.querySelector<HTMLElement>(`[name="practice-${first}"]`)?.focus();
      return;
    }
    setProblems({});
    planner.actions.saveCounsellorSession(withPractice(structuredClone(unwrap(props.session)), result.fields));
    setSaved(true);
  };
  return (
    <form class="card stack no-print" aria-labelledby="practice-title" onSubmit={submit} data-testid="practice-records">
      <h3 id="practice-title">{pt('records.title')}</h3>
      <p class="hint">{pt('records.intro')}</p>
      <SelectField
        label={pt('records.status')}
        value={draft.caseStatus}
        options={CASE_STATUSES.map((status) => ({ value: status, label: pt(`status.${status}`) }))}
        onChange={(status) => set('caseStatus', status)}
        name="practice-caseStatus"
      />
      <fieldset class="stack">
        <legend>{pt('consent.legend')}</legend>
        <p
          data-testid="consent-renewal"
          classList={{ warning: renewal().state === 'due' || renewal().state === 'soon' }}
          role={renewal().state === 'due' ? 'alert' : undefined}
        >
          {renewal().text}
        </p>
        <TextField
          label={pt('consent.on')}
          type="date"
          value={draft.consentOn}
          onInput={(value) => set('consentOn', value)}
          error={error('consentOn')}
          name="practice-consentOn"
        />
        <div class="field">
          <label for="practice-consent-agreed">{pt('consent.agreed')}</label>
          <textarea
            id="practice-consent-agreed"
            name="practice-consentAgreed"
            rows="3"
            value={draft.consentAgreed}
            onInput={(event) => set('consentAgreed', event.currentTarget.value)}
          />
        </div>
        <TextField
          label={pt('consent.renewOn')}
          type="date"
          value={draft.consentRenewOn}
          onInput={(value) => set('consentRenewOn', value)}
          error={error('consentRenewOn')}
          name="practice-consentRenewOn"
        />
      </fieldset>
      <fieldset class="stack">
        <legend>{pt('appointment.legend')}</legend>
        <div class="field-grid">
          <TextField
            label={pt('appointment.on')}
            type="date"
            value={draft.appointmentOn}
            onInput={(value) => set('appointmentOn', value)}
            error={error('appointmentOn')}
            name="practice-appointmentOn"
          />
          <TextField
            label={pt('appointment.time')}
            type="time"
            value={draft.appointmentTime}
            onInput={(value) => set('appointmentTime', value)}
            error={error('appointmentTime')}
            name="practice-appointmentTime"
          />
        </div>
        <TextField
          label={pt('appointment.place')}
          value={draft.appointmentPlace}
          onInput={(value) => set('appointmentPlace', value)}
          name="practice-appointmentPlace"
        />
      </fieldset>
      <div class="field">
        <label for="practice-contact">{pt('contact.label')}</label>
        <textarea
          id="practice-contact"
          name="practice-contact"
          rows="3"
          value={draft.contact}
          onInput={(event) => set('contact', event.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="submit" class="primary">
          {pt('records.save')}
        </button>
      </div>
      <Show when={saved()}>
        <p role="status">{pt('records.saved')}</p>
      </Show>
    </form>
  );
}
