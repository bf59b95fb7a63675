/**
 * Add or edit one debt. The draft keeps exactly what was typed, so nothing is lost on an error;
 * errors appear per field in the person's language after the first save attempt (and then
 * update as they type). Shows the equivalent annual rate as the rate is typed.
 *
 * `termsOnly` (the guided session, issue 18): the same form, draft, validation and save, showing
 * only the agreed terms and the overdue date of an existing debt; the other fields keep the
 * stored values.
 */
import { For, Show, createMemo, createSignal, untrack } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { CollectionStatus, DebtKind, DebtRecord } from '../../domain/records';
import type { MessageKey } from '../../i18n';
import {
  draftEnteredRate,
  emptyDebtDraft,
  fromDebtDraft,
  nameLength,
  PLATFORM_MAX_LENGTH,
  toDebtDraft,
  validateDebtDraft,
  type DebtDraft,
  type DebtField,
  type RateUnit,
} from '../model/debtForm';
import { equivalentAnnualPercent, isAnnualAbove } from '../model/rates';
import { usePlanner } from '../state/PlannerProvider';
import { createEditGuard } from '../state/editGuard';
import { createDraft } from '../state/drafts';
import { DraftNotice } from './DraftNotice';
import { eraseT } from './eraseText';
import { CheckboxField, SelectField, TextField } from './Field';
import { LenderQuestion, LoanTermsFields } from './LoanTermsFields';
import { RateCheck, createRateCheck } from './RateCheck';
import { useNotesText } from './notesText';
import { Isolated, user } from './UserText';

const KINDS: readonly DebtKind[] = ['online-loan', 'credit-card', 'consumer-finance', 'private-loan', 'other'];
const RATE_UNITS: readonly RateUnit[] = ['daily-percent', 'monthly-percent', 'annual-percent'];
const COLLECTION: readonly CollectionStatus[] = [
  'none',
  'reminders',
  'calls',
  'third-party-contact',
  'legal',
  'outsourced',
];

interface DebtFormProps {
  /** The debt being edited; absent to add one. */
  debt?: DebtRecord;
  /** Platform names already used, offered as suggestions. */
  platformNames: readonly string[];
  /** Only the agreed terms and the overdue date (editing `debt` in the guided session). */
  termsOnly?: boolean;
  /** `saved`: the debt was stored (false: cancelled). */
  onDone: (saved: boolean) => void;
}

export function DebtForm(props: DebtFormProps) {
  const planner = usePlanner();
  const nt = useNotesText();
  // The draft starts from the record once; later prop changes must not wipe what is being typed.
  const initial = untrack(() => props.debt);
  const [draft, setDraft] = createStore<DebtDraft>(initial ? toDebtDraft(initial) : emptyDebtDraft());
  // When the debt was last stored as the form opened (read now: `initial` is a live store record that
  // another tab's write updates): a save is refused if the debt changed since (issue 13).
  let openedAt = initial?.updatedAt;
  // Unsaved input is kept as a draft (issue 13) with the moment the edit began, so a stale save is
  // still refused after a reload.
  const kept = createDraft<{ form: DebtDraft; openedAt?: string }>(`debt:${initial?.id ?? 'new'}`, {
    read: () => ({ form: draft, openedAt }),
    apply(value) {
      setDraft(reconcile(value.form));
      openedAt = value.openedAt;
    },
  });
  const [submitted, setSubmitted] = createSignal(false);
  // An open debt form is an edit in progress: an app update waits until it is closed.
  createEditGuard(() => true);
  const errors = createMemo(() => (submitted() ? validateDebtDraft(draft) : {}));
  const errorText = (field: DebtField): string | undefined => {
    const code = errors()[field];
    // A name too long says the limit and its length (issue 13), not only "too long".
    if (code === 'too-long' && field === 'platform') {
      return eraseT(planner.state.locale, 'tooLong.platform', {
        max: PLATFORM_MAX_LENGTH,
        actual: nameLength(draft.platform),
      });
    }
    return code ? planner.t(`error.${code}` as MessageKey) : undefined;
  };
  const enteredRate = createMemo(() => draftEnteredRate(draft));
  // An implausible rate (e.g. 999999999999 % a day) is questioned before it is saved (issue 13).
  const rateCheck = createRateCheck(() => enteredRate());
  let formElement: HTMLFormElement | undefined;
  const listId = `platforms-${initial?.id ?? 'new'}`;

  const set =
    <K extends keyof DebtDraft>(field: K) =>
    (value: DebtDraft[K]): void => {
      setDraft(field, value as never);
    };

  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    const profileId = planner.state.profile?.id;
    if (!profileId) return;
    const result = fromDebtDraft(
      { ...draft },
      {
        id: initial?.id ?? planner.actions.newDebtId(),
        profileId,
        position: initial?.position ?? planner.actions.nextDebtPosition(),
        updatedAt: planner.clock.now(),
      },
    );
    if (!result.ok) {
      const form = event.currentTarget as HTMLFormElement;
      queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (rateCheck.shouldAsk(result.record.enteredRate)) return;
    // The form does not show the cost check (issue 16, the cost screen's): an edit keeps it as stored.
    const storedCost = initial ? planner.state.debts.find((debt) => debt.id === initial.id)?.cost : undefined;
    if (storedCost) result.record.cost = structuredClone(unwrap(storedCost));
    // Refused if another tab changed this debt since the form opened: the person then chooses (ConflictChooser).
    void planner.actions.save('debts', result.record, openedAt === undefined ? {} : { ifUnchangedSince: openedAt });
    kept.clear();
    props.onDone(true);
  };
  const termsOnly = untrack(() => props.termsOnly === true && initial !== undefined);

  return (
    <form ref={formElement} class="card debt-form" onSubmit={save} noValidate aria-labelledby="debt-form-title">
      <h3 id="debt-form-title">
        <Show when={termsOnly} fallback={initial ? planner.t('form.editTitle') : planner.t('form.addTitle')}>
          <Isolated text={nt('terms.title', { platform: user(draft.platform) })} />
        </Show>
      </h3>
      <DraftNotice draft={kept} />
      <Show when={Object.keys(errors()).length > 0}>
        <p class="error-summary" role="alert">
          {planner.t('form.hasErrors')}
        </p>
      </Show>
      <Show when={!termsOnly}>
        <div class="field-grid">
          <div>
            <TextField
              label={planner.t('form.platform')}
              hint={planner.t('form.platformHint')}
              value={draft.platform}
              onInput={set('platform')}
              error={errorText('platform')}
              name="platform"
              list={listId}
              required
            />
            <datalist id={listId}>
              <For each={props.platformNames}>{(name) => <option value={name} />}</For>
            </datalist>
          </div>
          <SelectField
            label={planner.t('form.kind')}
            value={draft.kind}
            options={KINDS.map((kind) => ({ value: kind, label: planner.t(`kind.${kind}`) }))}
            onChange={set('kind')}
            name="kind"
          />
          <TextField
            label={planner.t('form.contractNumber')}
            value={draft.contractNumber}
            onInput={set('contractNumber')}
            name="contractNumber"
          />
          <TextField
            label={planner.t('form.principal')}
            value={draft.principal}
            onInput={set('principal')}
            error={errorText('principal')}
            inputMode="decimal"
            name="principal"
            required
          />
          <TextField
            label={planner.t('form.interest')}
            value={draft.interest}
            onInput={set('interest')}
            error={errorText('interest')}
            inputMode="decimal"
            name="interest"
          />
          <TextField
            label={planner.t('form.fees')}
            value={draft.fees}
            onInput={set('fees')}
            error={errorText('fees')}
            inputMode="decimal"
            name="fees"
          />
        </div>

        <LenderQuestion draft={draft} errors={errors()} set={set} />

        <fieldset>
          <legend>{planner.t('form.rate')}</legend>
          <div class="field-grid">
            <SelectField
              label={planner.t('form.rateUnit')}
              value={draft.rateUnit}
              options={RATE_UNITS.map((unit) => ({ value: unit, label: planner.t(`rateUnit.${unit}`) }))}
              onChange={set('rateUnit')}
              name="rateUnit"
            />
            <TextField
              label={planner.t('form.ratePercent')}
              value={draft.ratePercent}
              onInput={set('ratePercent')}
              error={errorText('ratePercent')}
              inputMode="decimal"
              name="ratePercent"
              required
            />
            <Show when={draft.rateUnit === 'annual-percent'}>
              <SelectField
                label={planner.t('form.basis')}
                value={draft.basis}
                options={[
                  { value: '365', label: planner.t('form.basis365') },
                  { value: '360', label: planner.t('form.basis360') },
                ]}
                onChange={set('basis')}
                name="basis"
              />
            </Show>
          </div>
          <Show when={enteredRate()}>
            {(rate) => (
              <p class="rate-equivalent" aria-live="polite">
                {planner.t('form.rateEquivalent', { percent: equivalentAnnualPercent(rate()) })}
                <Show when={isAnnualAbove(rate(), '36')}>
                  <span class="warning"> {planner.t('form.rateHigh')}</span>
                </Show>
              </p>
            )}
          </Show>
          <CheckboxField
            label={planner.t('form.compound')}
            checked={draft.compound}
            onChange={set('compound')}
            name="compound"
          />
          <TextField
            label={planner.t('form.periodFee')}
            value={draft.periodFee}
            onInput={set('periodFee')}
            error={errorText('periodFee')}
            inputMode="decimal"
            name="periodFee"
          />
        </fieldset>

        <LoanTermsFields draft={draft} errors={errors()} set={set} />
      </Show>

      <fieldset>
        <legend>{planner.t('form.negotiated')}</legend>
        <CheckboxField label={planner.t('form.frozen')} checked={draft.frozen} onChange={set('frozen')} name="frozen" />
        <div class="field-grid">
          <TextField
            label={planner.t('form.fixedPayment')}
            value={draft.fixedPayment}
            onInput={set('fixedPayment')}
            error={errorText('fixedPayment')}
            inputMode="decimal"
            name="fixedPayment"
          />
          <TextField
            label={planner.t('form.chargeCap')}
            value={draft.chargeCap}
            onInput={set('chargeCap')}
            error={errorText('chargeCap')}
            inputMode="decimal"
            name="chargeCap"
          />
          <TextField
            label={planner.t('form.tokenPayment')}
            value={draft.tokenPayment}
            onInput={set('tokenPayment')}
            error={errorText('tokenPayment')}
            inputMode="decimal"
            name="tokenPayment"
          />
        </div>
      </fieldset>

      <div class="field-grid">
        <TextField
          label={planner.t('form.overdueSince')}
          type="date"
          value={draft.overdueSince}
          onInput={set('overdueSince')}
          error={errorText('overdueSince')}
          name="overdueSince"
        />
        <Show when={!termsOnly}>
          <SelectField
            label={planner.t('form.collectionStatus')}
            value={draft.collectionStatus}
            options={COLLECTION.map((status) => ({ value: status, label: planner.t(`collection.${status}`) }))}
            onChange={set('collectionStatus')}
            name="collectionStatus"
          />
          <TextField label={planner.t('form.notes')} value={draft.notes} onInput={set('notes')} name="notes" />
        </Show>
      </div>
      <Show when={rateCheck.asking()}>
        {(rate) => (
          <RateCheck
            rate={rate()}
            locale={planner.state.locale}
            onCorrect={() => {
              rateCheck.dismiss();
              formElement?.querySelector<HTMLInputElement>('[name="ratePercent"]')?.focus();
            }}
            onConfirm={() => {
              rateCheck.confirm(rate());
              formElement?.requestSubmit();
            }}
          />
        )}
      </Show>
      <div class="actions">
        <button type="submit" class="primary">
          {planner.t('form.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            kept.clear();
            props.onDone(false);
          }}
        >
          {planner.t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
