/**
 * The debt form's issue-16 part: who lent the money (in plain words, with "I don't know"), and
 * how the loan is charged: the penalty rate while overdue, a monthly fee on the original principal
 * (等本等息) and a current loan's contract instalment. Kept apart from DebtForm.tsx so the form's
 * other edits do not collide with these; the draft and its errors are the form's own.
 */
import { For, Show, createUniqueId } from 'solid-js';
import { LENDER_TYPES, type LenderType } from '../../domain/records';
import type { MessageKey } from '../../i18n';
import type { DebtDraft, DebtDraftErrors, DebtField } from '../model/debtForm';
import { loansText } from '../model/loansText';
import { rightsT } from '../pages/rightsText';
import { usePlanner } from '../state/PlannerProvider';
import { TextField } from './Field';

interface LoanTermsFieldsProps {
  draft: DebtDraft;
  errors: DebtDraftErrors;
  set: <K extends keyof DebtDraft>(field: K) => (value: DebtDraft[K]) => void;
}

/** The lender-type question: one radio per type, each with a hint saying how to recognise it. */
export function LenderQuestion(props: LoanTermsFieldsProps) {
  const planner = usePlanner();
  const id = createUniqueId();
  return (
    <fieldset class="lender-question" aria-describedby={`${id}-hint`}>
      <legend>{rightsT(planner.state.locale, 'lender.question')}</legend>
      <p id={`${id}-hint`} class="hint">
        {rightsT(planner.state.locale, 'lender.questionHint')}
      </p>
      <For each={LENDER_TYPES}>
        {(type: LenderType) => (
          <label class="radio">
            <input
              type="radio"
              name={`lenderType-${id}`}
              value={type}
              checked={props.draft.lenderType === type}
              aria-describedby={`${id}-${type}`}
              onChange={() => props.set('lenderType')(type)}
            />
            <span>
              {rightsT(planner.state.locale, `lender.type.${type}`)}
              <span id={`${id}-${type}`} class="hint">
                {rightsT(planner.state.locale, `lender.hint.${type}`)}
              </span>
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}

/** Penalty rate, fee rate with the original principal, and the contract instalment. */
export function LoanTermsFields(props: LoanTermsFieldsProps) {
  const planner = usePlanner();
  const lt = (key: Parameters<typeof loansText>[1], params?: Record<string, string>) =>
    loansText(planner.state.locale, key, params);
  const errorText = (field: DebtField): string | undefined => {
    const code = props.errors[field];
    if (code === undefined) return undefined;
    return code === 'instalment-and-fixed'
      ? lt('loans.error.instalment-and-fixed')
      : planner.t(`error.${code}` as MessageKey);
  };
  return (
    <fieldset>
      <legend>{lt('loans.termsLegend')}</legend>
      <p class="hint">{lt('loans.termsHint')}</p>
      <div class="field-grid">
        <TextField
          label={lt('loans.penaltyPercent')}
          hint={lt('loans.penaltyHint', { unit: planner.t(`rateUnit.${props.draft.rateUnit}`) })}
          value={props.draft.penaltyPercent}
          onInput={props.set('penaltyPercent')}
          error={errorText('penaltyPercent')}
          inputMode="decimal"
          name="penaltyPercent"
        />
        <TextField
          label={lt('loans.contractInstalment')}
          hint={lt('loans.contractInstalmentHint')}
          value={props.draft.contractInstalment}
          onInput={props.set('contractInstalment')}
          error={errorText('contractInstalment')}
          inputMode="decimal"
          name="contractInstalment"
        />
        <TextField
          label={lt('loans.feePercent')}
          hint={lt('loans.feeHint')}
          value={props.draft.feePercent}
          onInput={props.set('feePercent')}
          error={errorText('feePercent')}
          inputMode="decimal"
          name="feePercent"
        />
        <Show when={props.draft.feePercent.trim() !== '' || props.draft.originalPrincipal.trim() !== ''}>
          <TextField
            label={lt('loans.originalPrincipal')}
            hint={lt('loans.originalPrincipalHint')}
            value={props.draft.originalPrincipal}
            onInput={props.set('originalPrincipal')}
            error={errorText('originalPrincipal')}
            inputMode="decimal"
            name="originalPrincipal"
          />
        </Show>
      </div>
    </fieldset>
  );
}
