/**
 * The negotiation record with one creditor (issue 5), as pure functions over stored
 * `NegotiationRecord`s: where the negotiation stands, what was agreed, whether it was confirmed in
 * writing, payments kept or missed; and what the agreed terms change in the person's debts and plan.
 *
 * Invariants:
 * - Written confirmation counts only from an event the person recorded as received
 *   (`writtenConfirmation: true`), and only for the latest agreement: new terms need a new one.
 * - Money stays in decimal strings; splitting an amount over a platform's loans hands out every fen.
 * - No clock: dates and moments come in as arguments.
 * - Adding and editing an event share one form and one set of checks (`addNegotiationEvent`,
 *   `editNegotiationEvent`): a form that fails them changes nothing. An edit keeps the event's id,
 *   platform and `recordedAt`, so it stays where it was among the events of its day.
 *
 * Storage (schema v6) keeps every detail in its own field: the waived amount in
 * `agreedTerms.waivedAmount`, the confirmation evidence in `confirmation`, a payment kept or missed
 * in `payment` (on a `note` event). The `summary` is only the person's note.
 */
import type {
  ConfirmationChannel,
  DebtRecord,
  NegotiationConfirmation,
  NegotiationRecord,
  ProfileId,
} from '../../domain/records';
import type { PlanInput, Strategy } from '../../domain';
import { indexPlatforms, runPlan, summarisePlan, type StrategySummary } from './analysis';
import { isIsoDate } from './dates';
import { allocateFen, fromFen, mulDivFen, toFen } from '../../domain/money';
import { parseMoneyInput } from './money';
import { owedNow, toPlanInput, type PlanSources } from './planInput';

export const CONFIRMATION_CHANNELS = [
  'app-message',
  'sms',
  'email',
  'letter',
  'website',
  'other',
] as const satisfies readonly ConfirmationChannel[];
export type { ConfirmationChannel };

export const CREDITOR_ANSWERS = ['accepted', 'counter-offer', 'refused', 'no-reply'] as const;
export type CreditorAnswer = (typeof CREDITOR_ANSWERS)[number];

/** What the person can add to the record, in the order the negotiation usually goes. */
export const NEGOTIATION_STEPS = [
  'contact',
  'proposal',
  'reply',
  'agreement',
  'confirmation',
  'payment-kept',
  'payment-missed',
  'note',
] as const;
export type NegotiationStep = (typeof NEGOTIATION_STEPS)[number];

export type NegotiationStage = 'not-contacted' | 'contacted' | 'proposal-sent' | 'answered' | 'agreed' | 'confirmed';

/** Which step an event is (the stored `kind`; a note with a payment outcome is that payment). */
export function stepOf(record: NegotiationRecord): NegotiationStep {
  if (record.kind === 'note') {
    const outcome = record.payment?.outcome;
    if (outcome === 'kept') return 'payment-kept';
    if (outcome === 'missed') return 'payment-missed';
  }
  return record.kind;
}

/**
 * The order events happened in: by moment; at the same moment, the one recorded first comes first
 * (`recordedAt`, which edits keep, so editing an event never moves it among the others of its day).
 */
export function compareEvents(a: NegotiationRecord, b: NegotiationRecord): number {
  return a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);
}

/** Events of one platform in time order (see `compareEvents`). */
export function negotiationTimeline(records: readonly NegotiationRecord[], platform: string): NegotiationRecord[] {
  return records.filter((record) => record.platform === platform).sort(compareEvents);
}

export type AgreedTerms = NonNullable<NegotiationRecord['agreedTerms']>;

export interface NegotiationStatus {
  stage: NegotiationStage;
  /** The latest answer recorded, if any. */
  answer: CreditorAnswer | null;
  /** The latest agreement, if any (its terms include the waived amount). */
  agreement: { record: NegotiationRecord; terms: AgreedTerms } | null;
  /** The latest agreement was confirmed in writing (recorded by the person). */
  confirmed: boolean;
  /** The confirmation event of the latest agreement, if any, with its evidence. */
  confirmation: { record: NegotiationRecord; evidence: NegotiationConfirmation | null } | null;
  paymentsKept: number;
  paymentsMissed: number;
  lastEventAt: string | null;
}

/**
 * Where the negotiation with one platform stands, from its events (any order; they are sorted).
 * The stage follows the latest milestone (proposal, answer, agreement, confirmation); a contact
 * only moves a negotiation that has not started; notes and payments do not move it.
 */
export function deriveNegotiationStatus(events: readonly NegotiationRecord[]): NegotiationStatus {
  const sorted = [...events].sort(compareEvents);
  const status: NegotiationStatus = {
    stage: 'not-contacted',
    answer: null,
    agreement: null,
    confirmed: false,
    confirmation: null,
    paymentsKept: 0,
    paymentsMissed: 0,
    lastEventAt: sorted.at(-1)?.at ?? null,
  };
  for (const record of sorted) {
    const step = stepOf(record);
    switch (step) {
      case 'contact':
        if (status.stage === 'not-contacted') status.stage = 'contacted';
        break;
      case 'proposal':
        status.stage = 'proposal-sent';
        break;
      case 'reply':
        status.stage = 'answered';
        status.answer = record.answer === undefined || record.answer === 'pending' ? status.answer : record.answer;
        break;
      case 'agreement':
        if (!record.agreedTerms) break;
        status.stage = 'agreed';
        status.agreement = { record, terms: record.agreedTerms };
        status.answer = 'accepted';
        status.confirmed = record.writtenConfirmation;
        status.confirmation = record.writtenConfirmation ? { record, evidence: null } : null;
        break;
      case 'confirmation':
        if (!record.writtenConfirmation || !status.agreement) break;
        status.stage = 'confirmed';
        status.confirmed = true;
        status.confirmation = { record, evidence: record.confirmation ?? null };
        break;
      case 'payment-kept':
        status.paymentsKept += 1;
        break;
      case 'payment-missed':
        status.paymentsMissed += 1;
        break;
      case 'note':
        break;
    }
  }
  if (status.stage === 'agreed' && status.confirmed) status.stage = 'confirmed';
  return status;
}

/**
 * Split `amount` over weights, exactly to the fen: each gets its floored share and the fen left
 * over go one each to the largest remainders (earlier first on ties). All weights 0: all to the first.
 */
export function splitMoney(amount: string, weights: readonly string[]): string[] {
  return allocateFen(toFen(amount), weights.map(toFen)).map(fromFen);
}

/** The smallest monthly amount that repays `owed` in `months` (rounded up to the fen). */
export function instalmentFor(owed: string, months: number): string {
  return fromFen(mulDivFen(toFen(owed), 1, months, 'up'));
}

/**
 * The platform's debts with the agreed terms applied: interest stopped → `frozen`; the monthly
 * instalment, the charges cap and the token payment are platform amounts, split over its loans in
 * proportion to what each owes now. Terms not agreed leave the debt as it is. The waived amount is
 * not applied (a waiver usually takes effect only once the agreement is kept; see the panel text).
 */
export function applyAgreedTerms(debts: readonly DebtRecord[], terms: AgreedTerms, updatedAt: string): DebtRecord[] {
  const owed = debts.map((debt) => owedNow(debt));
  const share = (amount: string | undefined): string[] | undefined =>
    amount === undefined ? undefined : splitMoney(amount, owed);
  const fixed = share(terms.fixedPayment);
  const cap = share(terms.chargeCap);
  const token = share(terms.tokenPayment);
  return debts.map((debt, i) => {
    const next: DebtRecord = { ...debt, updatedAt };
    if (terms.frozen === true) next.frozen = true;
    if (fixed) next.fixedPayment = fixed[i];
    if (cap) next.chargeCap = cap[i];
    if (token) next.tokenPayment = token[i];
    return next;
  });
}

export interface AgreementPreview {
  /** The platform's debts as they would be stored. */
  changedDebts: DebtRecord[];
  before: StrategySummary;
  after: StrategySummary;
}

function summarise(input: PlanInput): StrategySummary {
  return summarisePlan(input.strategy, runPlan(input), indexPlatforms(input));
}

/** The plan now and with the agreed terms applied to the debts `debtIds`, for the chosen strategy. */
export function previewAgreement(
  sources: PlanSources,
  strategy: Strategy,
  debtIds: readonly string[],
  terms: AgreedTerms,
  updatedAt: string,
): AgreementPreview {
  const ids = new Set(debtIds);
  const changedDebts = applyAgreedTerms(
    sources.debts.filter((debt) => ids.has(debt.id)),
    terms,
    updatedAt,
  );
  const byId = new Map(changedDebts.map((debt) => [debt.id, debt]));
  const after = { ...sources, debts: sources.debts.map((debt) => byId.get(debt.id) ?? debt) };
  return {
    changedDebts,
    before: summarise(toPlanInput(sources, strategy)),
    after: summarise(toPlanInput(after, strategy)),
  };
}

// ---- the form that adds or edits an event ----

/** What the add/edit form holds, as the person typed it. */
export interface NegotiationForm {
  step: NegotiationStep;
  /** `YYYY-MM-DD`; anything else falls back to the date the form opened with. */
  date: string;
  note: string;
  answer: CreditorAnswer;
  frozen: boolean;
  months: string;
  fixed: string;
  cap: string;
  token: string;
  waived: string;
  effective: string;
  received: boolean;
  channel: ConfirmationChannel;
  reference: string;
  amount: string;
  dueDate: string;
}

/**
 * Why a form cannot be saved. Each has a message in the person's language; `gone`: the event
 * being edited is no longer in the record (deleted, perhaps in another tab).
 */
export type NegotiationFormProblem = 'invalid-money' | 'need-terms' | 'need-received' | 'no-agreement' | 'gone';

/** The saved event and the whole record with it, or why nothing changed. */
export type NegotiationFormResult =
  | { ok: true; record: NegotiationRecord; records: NegotiationRecord[] }
  | { ok: false; problem: NegotiationFormProblem };

/** The add form as it opens: a proposal today. */
export function emptyNegotiationForm(today: string): NegotiationForm {
  return {
    step: 'proposal',
    date: today,
    note: '',
    answer: 'accepted',
    frozen: false,
    months: '',
    fixed: '',
    cap: '',
    token: '',
    waived: '',
    effective: today,
    received: false,
    channel: 'app-message',
    reference: '',
    amount: '',
    dueDate: '',
  };
}

function isCreditorAnswer(answer: string | undefined): answer is CreditorAnswer {
  return (CREDITOR_ANSWERS as readonly string[]).includes(answer ?? '');
}

/** The edit form as it opens on `record`: every field as stored. */
export function formFromEvent(record: NegotiationRecord, today: string): NegotiationForm {
  const form = emptyNegotiationForm(today);
  form.step = stepOf(record);
  form.date = record.at.slice(0, 10);
  form.note = record.summary;
  if (isCreditorAnswer(record.answer)) form.answer = record.answer;
  const terms = record.agreedTerms;
  if (terms) {
    form.frozen = terms.frozen === true;
    form.months = terms.months === undefined ? '' : String(terms.months);
    form.fixed = terms.fixedPayment ?? '';
    form.cap = terms.chargeCap ?? '';
    form.token = terms.tokenPayment ?? '';
    form.waived = terms.waivedAmount ?? '';
    form.effective = terms.effectiveFrom;
  }
  if (record.kind === 'confirmation') form.received = record.writtenConfirmation;
  if (record.confirmation) {
    form.channel = record.confirmation.channel;
    form.reference = record.confirmation.reference;
  }
  if (record.payment) {
    form.amount = record.payment.amount ?? '';
    form.dueDate = record.payment.dueDate ?? '';
  }
  return form;
}

/** A typed number of months: a whole number from 1 to 1200, else undefined (left out). */
export function monthCountOf(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 1200 ? n : undefined;
}

/** Money storage accepts: at most 12 whole digits. */
const STORABLE_MONEY = /^(0|[1-9][0-9]{0,11})\.[0-9]{2}$/;

/** A typed amount: undefined when empty, null when malformed or too large to store. */
function typedAmount(text: string): string | undefined | null {
  if (text.trim() === '') return undefined;
  const parsed = parseMoneyInput(text);
  return parsed !== undefined && STORABLE_MONEY.test(parsed) ? parsed : null;
}

/** Where and what the event is, apart from the form: fixed by add or edit. */
interface EventFrame {
  id: string;
  profileId: ProfileId;
  platform: string;
  at: string;
  recordedAt: string;
  updatedAt: string;
  /** Effective date of the terms when the typed one is not a date. */
  effectiveFallback: string;
  /** Written confirmation recorded with the agreement itself (kept by an edit of that agreement). */
  agreementConfirmed: boolean;
  /** The platform's other events hold agreed terms (a written confirmation belongs to them). */
  hasAgreement: boolean;
}

function eventFromForm(
  form: NegotiationForm,
  frame: EventFrame,
): { ok: true; record: NegotiationRecord } | { ok: false; problem: NegotiationFormProblem } {
  const step = form.step;
  const record: NegotiationRecord = {
    id: frame.id,
    profileId: frame.profileId,
    platform: frame.platform,
    at: frame.at,
    kind: step === 'payment-kept' || step === 'payment-missed' ? 'note' : step,
    summary: form.note.trim(),
    writtenConfirmation: false,
    recordedAt: frame.recordedAt,
    updatedAt: frame.updatedAt,
  };
  if (step === 'reply') record.answer = form.answer;
  if (step === 'agreement') {
    const amounts = [typedAmount(form.fixed), typedAmount(form.cap), typedAmount(form.token), typedAmount(form.waived)];
    if (amounts.includes(null)) return { ok: false, problem: 'invalid-money' };
    const [fixedPayment, chargeCap, tokenPayment, waivedAmount] = amounts as (string | undefined)[];
    const terms: AgreedTerms = { effectiveFrom: isIsoDate(form.effective) ? form.effective : frame.effectiveFallback };
    if (form.frozen) terms.frozen = true;
    if (fixedPayment !== undefined) terms.fixedPayment = fixedPayment;
    const months = monthCountOf(form.months);
    if (months !== undefined) terms.months = months;
    if (chargeCap !== undefined) terms.chargeCap = chargeCap;
    if (tokenPayment !== undefined) terms.tokenPayment = tokenPayment;
    if (waivedAmount !== undefined) terms.waivedAmount = waivedAmount;
    if (
      !terms.frozen &&
      fixedPayment === undefined &&
      chargeCap === undefined &&
      tokenPayment === undefined &&
      waivedAmount === undefined
    ) {
      return { ok: false, problem: 'need-terms' };
    }
    record.answer = 'accepted';
    record.agreedTerms = terms;
    record.writtenConfirmation = frame.agreementConfirmed;
  }
  if (step === 'confirmation') {
    if (!frame.hasAgreement) return { ok: false, problem: 'no-agreement' };
    if (!form.received) return { ok: false, problem: 'need-received' };
    record.writtenConfirmation = true;
    record.confirmation = { channel: form.channel, reference: form.reference.trim().slice(0, 500) };
  }
  if (step === 'payment-kept' || step === 'payment-missed') {
    const paid = typedAmount(form.amount);
    if (paid === null) return { ok: false, problem: 'invalid-money' };
    const payment: NonNullable<NegotiationRecord['payment']> = { outcome: step === 'payment-kept' ? 'kept' : 'missed' };
    if (paid !== undefined) payment.amount = paid;
    if (isIsoDate(form.dueDate)) payment.dueDate = form.dueDate;
    record.payment = payment;
  }
  return { ok: true, record };
}

const NOON = 'T12:00:00.000Z';

/**
 * A new event for `platform` from the add form, appended to `records` (every platform's events).
 * A date that is not a date means today.
 */
export function addNegotiationEvent(
  records: readonly NegotiationRecord[],
  form: NegotiationForm,
  context: { id: string; profileId: ProfileId; platform: string; today: string; now: string },
): NegotiationFormResult {
  const result = eventFromForm(form, {
    id: context.id,
    profileId: context.profileId,
    platform: context.platform,
    at: `${isIsoDate(form.date) ? form.date : context.today}${NOON}`,
    recordedAt: context.now,
    updatedAt: context.now,
    effectiveFallback: context.today,
    agreementConfirmed: false,
    hasAgreement: deriveNegotiationStatus(negotiationTimeline(records, context.platform)).agreement !== null,
  });
  return result.ok ? { ok: true, record: result.record, records: [...records, result.record] } : result;
}

/**
 * The event `id` replaced, where it stands in `records`, by what the edit form holds: same id,
 * platform and `recordedAt`; the same moment if the date did not change (a date that is not a
 * date keeps the event's own). The same checks as adding; when they fail, or the event is no
 * longer there, nothing changes. A written confirmation recorded with an agreement is kept.
 */
export function editNegotiationEvent(
  records: readonly NegotiationRecord[],
  id: string,
  form: NegotiationForm,
  context: { today: string; now: string },
): NegotiationFormResult {
  const original = records.find((record) => record.id === id);
  if (!original) return { ok: false, problem: 'gone' };
  const originalDate = original.at.slice(0, 10);
  const date = isIsoDate(form.date) ? form.date : originalDate;
  const others = negotiationTimeline(records, original.platform).filter((record) => record.id !== id);
  const result = eventFromForm(form, {
    id,
    profileId: original.profileId,
    platform: original.platform,
    at: date === originalDate ? original.at : `${date}${NOON}`,
    recordedAt: original.recordedAt,
    updatedAt: context.now,
    effectiveFallback: original.agreedTerms?.effectiveFrom ?? context.today,
    agreementConfirmed: original.kind === 'agreement' && original.writtenConfirmation,
    hasAgreement: deriveNegotiationStatus(others).agreement !== null,
  });
  if (!result.ok) return result;
  return {
    ok: true,
    record: result.record,
    records: records.map((record) => (record.id === id ? result.record : record)),
  };
}

/** Agreed terms that applying them writes to the debts (besides `frozen`); see `applyAgreedTerms`. */
const PLAN_TERMS = ['fixedPayment', 'chargeCap', 'tokenPayment'] as const;

/**
 * How the terms the plan would use changed from `before` to `after` (null: no agreement):
 * `changed` when applying them would write something else to the debts; `removed` when a term
 * the plan used is gone (applying never takes one out: the person changes that debt).
 * The waived amount, months and effective date do not change what is applied.
 */
export function planTermsChange(
  before: AgreedTerms | null,
  after: AgreedTerms | null,
): { changed: boolean; removed: boolean } {
  if (before === null) return { changed: after !== null, removed: false };
  const frozenBefore = before.frozen === true;
  const frozenAfter = after?.frozen === true;
  const changed = frozenBefore !== frozenAfter || PLAN_TERMS.some((field) => before[field] !== after?.[field]);
  const removed =
    (frozenBefore && !frozenAfter) ||
    PLAN_TERMS.some((field) => before[field] !== undefined && after?.[field] === undefined);
  return { changed, removed };
}
