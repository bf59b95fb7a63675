/**
 * The add/edit debt form as data: a draft of strings (exactly what was typed, so nothing is lost
 * when there is an error), its validation, and the conversion to and from a `DebtRecord`.
 *
 * Errors are codes per field; the UI shows them in the person's language.
 */
import type { CollectionStatus, DebtKind, DebtRecord, EnteredRate, LenderType, ProfileId } from '../../domain/records';
import { isIsoDate } from './dates';
import { parseMoneyInput, parseNumberInput } from './money';
import { withoutDirectionControls } from '../../domain/text';

export type RateUnit = EnteredRate['unit'];

export interface DebtDraft {
  platform: string;
  kind: DebtKind;
  contractNumber: string;
  principal: string;
  interest: string;
  fees: string;
  rateUnit: RateUnit;
  ratePercent: string;
  basis: '360' | '365';
  compound: boolean;
  periodFee: string;
  chargeCap: string;
  frozen: boolean;
  fixedPayment: string;
  tokenPayment: string;
  overdueSince: string;
  collectionStatus: CollectionStatus;
  notes: string;
  /** The lender-type answer; '' while not answered (the kind then decides, src/rules lenderOfDebts). */
  lenderType: LenderType | '';
  /** Issue 16: the rate while overdue, a percent in the unit of `rateUnit`. */
  penaltyPercent: string;
  /** Issue 16: 等本等息, a monthly fee of this percent of `originalPrincipal`. */
  feePercent: string;
  originalPrincipal: string;
  /** Issue 16: a current loan's instalment under its contract. */
  contractInstalment: string;
}

export type DebtField = keyof DebtDraft;
export type DebtFieldError = 'required' | 'money' | 'percent' | 'date' | 'too-long' | 'instalment-and-fixed';
export type DebtDraftErrors = Partial<Record<DebtField, DebtFieldError>>;

export function emptyDebtDraft(): DebtDraft {
  return {
    platform: '',
    kind: 'online-loan',
    contractNumber: '',
    principal: '',
    interest: '',
    fees: '',
    rateUnit: 'daily-percent',
    ratePercent: '',
    basis: '365',
    compound: false,
    periodFee: '',
    chargeCap: '',
    frozen: false,
    fixedPayment: '',
    tokenPayment: '',
    overdueSince: '',
    collectionStatus: 'none',
    notes: '',
    lenderType: '',
    penaltyPercent: '',
    feePercent: '',
    originalPrincipal: '',
    contractInstalment: '',
  };
}

/** The draft for editing an existing record. */
export function toDebtDraft(record: DebtRecord): DebtDraft {
  return {
    platform: record.platform,
    kind: record.kind,
    contractNumber: record.contractNumber,
    principal: record.principal,
    interest: record.interest === '0.00' ? '' : record.interest,
    fees: record.fees === '0.00' ? '' : record.fees,
    rateUnit: record.enteredRate.unit,
    ratePercent: record.enteredRate.percent,
    basis: record.enteredRate.unit === 'annual-percent' ? (String(record.enteredRate.basis) as '360' | '365') : '365',
    compound: record.compound,
    periodFee: record.periodFee ?? '',
    chargeCap: record.chargeCap ?? '',
    frozen: record.frozen,
    fixedPayment: record.fixedPayment ?? '',
    tokenPayment: record.tokenPayment ?? '',
    overdueSince: record.overdueSince ?? '',
    collectionStatus: record.collectionStatus,
    notes: record.notes,
    lenderType: record.lenderType ?? '',
    penaltyPercent: record.penaltyPercent ?? '',
    feePercent: record.feePercent ?? '',
    originalPrincipal: record.originalPrincipal ?? '',
    contractInstalment: record.contractInstalment ?? '',
  };
}

/** The rate as entered, if the percentage is valid. */
export function draftEnteredRate(
  draft: Pick<DebtDraft, 'rateUnit' | 'ratePercent' | 'basis'>,
): EnteredRate | undefined {
  const percent = parseNumberInput(draft.ratePercent);
  if (percent === undefined) return undefined;
  if (draft.rateUnit === 'annual-percent')
    return { unit: 'annual-percent', percent, basis: draft.basis === '360' ? 360 : 365 };
  return { unit: draft.rateUnit, percent };
}

const OPTIONAL_MONEY: readonly DebtField[] = [
  'interest',
  'fees',
  'periodFee',
  'chargeCap',
  'fixedPayment',
  'tokenPayment',
  'originalPrincipal',
  'contractInstalment',
];

const OPTIONAL_PERCENT: readonly DebtField[] = ['penaltyPercent', 'feePercent'];

/** The most characters a platform name may have in the forms (the backup file allows more: LIMITS.text). */
export const PLATFORM_MAX_LENGTH = 60;

/** A name's length as the person counts it: characters (not UTF-16 units), direction controls and outer spaces left out. */
export function nameLength(text: string): number {
  return [...withoutDirectionControls(text).trim()].length;
}

/** Every problem in the draft, by field. Empty object: the draft is valid. */
export function validateDebtDraft(draft: DebtDraft): DebtDraftErrors {
  const errors: DebtDraftErrors = {};
  if (withoutDirectionControls(draft.platform).trim() === '') errors.platform = 'required';
  else if (nameLength(draft.platform) > PLATFORM_MAX_LENGTH) errors.platform = 'too-long';
  if (draft.principal.trim() === '') errors.principal = 'required';
  else if (parseMoneyInput(draft.principal) === undefined) errors.principal = 'money';
  for (const field of OPTIONAL_MONEY) {
    const value = draft[field];
    if (typeof value === 'string' && value.trim() !== '' && parseMoneyInput(value) === undefined)
      errors[field] = 'money';
  }
  for (const field of OPTIONAL_PERCENT) {
    const value = draft[field];
    if (typeof value === 'string' && value.trim() !== '' && parseNumberInput(value) === undefined)
      errors[field] = 'percent';
  }
  // A negotiated instalment replaces the contract's: the engine takes one or the other.
  if (draft.contractInstalment.trim() !== '' && draft.fixedPayment.trim() !== '' && !errors.contractInstalment)
    errors.contractInstalment = 'instalment-and-fixed';
  if (draft.ratePercent.trim() === '') errors.ratePercent = 'required';
  else if (draftEnteredRate(draft) === undefined) errors.ratePercent = 'percent';
  if (draft.overdueSince.trim() !== '' && !isIsoDate(draft.overdueSince.trim())) errors.overdueSince = 'date';
  return errors;
}

function optionalMoney(text: string): string | undefined {
  return text.trim() === '' ? undefined : parseMoneyInput(text);
}

function optionalPercent(text: string): string | undefined {
  return text.trim() === '' ? undefined : parseNumberInput(text);
}

export type DraftResult = { ok: true; record: DebtRecord } | { ok: false; errors: DebtDraftErrors };

/** Validate and build the record (new or edited). `base` carries id, profile, position. */
export function fromDebtDraft(
  draft: DebtDraft,
  base: { id: string; profileId: ProfileId; position: number; updatedAt: string },
): DraftResult {
  const errors = validateDebtDraft(draft);
  const enteredRate = draftEnteredRate(draft);
  const principal = parseMoneyInput(draft.principal);
  if (Object.keys(errors).length > 0 || !enteredRate || principal === undefined) return { ok: false, errors };
  const record: DebtRecord = {
    id: base.id,
    profileId: base.profileId,
    // Names are stored without direction controls (issue 13: `abc\u202Efdp.exe` scrambled the app's sentences).
    platform: withoutDirectionControls(draft.platform).trim(),
    kind: draft.kind,
    contractNumber: withoutDirectionControls(draft.contractNumber).trim(),
    principal,
    interest: optionalMoney(draft.interest) ?? '0.00',
    fees: optionalMoney(draft.fees) ?? '0.00',
    enteredRate,
    compound: draft.compound,
    frozen: draft.frozen,
    collectionStatus: draft.collectionStatus,
    notes: draft.notes,
    position: base.position,
    updatedAt: base.updatedAt,
  };
  const periodFee = optionalMoney(draft.periodFee);
  const chargeCap = optionalMoney(draft.chargeCap);
  const fixedPayment = optionalMoney(draft.fixedPayment);
  const tokenPayment = optionalMoney(draft.tokenPayment);
  if (periodFee !== undefined) record.periodFee = periodFee;
  if (chargeCap !== undefined) record.chargeCap = chargeCap;
  if (fixedPayment !== undefined) record.fixedPayment = fixedPayment;
  if (tokenPayment !== undefined) record.tokenPayment = tokenPayment;
  if (draft.overdueSince.trim() !== '') record.overdueSince = draft.overdueSince.trim();
  if (draft.lenderType !== '') record.lenderType = draft.lenderType;
  const penaltyPercent = optionalPercent(draft.penaltyPercent);
  const feePercent = optionalPercent(draft.feePercent);
  const originalPrincipal = optionalMoney(draft.originalPrincipal);
  const contractInstalment = optionalMoney(draft.contractInstalment);
  if (penaltyPercent !== undefined) record.penaltyPercent = penaltyPercent;
  if (feePercent !== undefined) record.feePercent = feePercent;
  if (originalPrincipal !== undefined) record.originalPrincipal = originalPrincipal;
  if (contractInstalment !== undefined) record.contractInstalment = contractInstalment;
  return { ok: true, record };
}
