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
 *
 * Storage (schema v6) keeps every detail in its own field: the waived amount in
 * `agreedTerms.waivedAmount`, the confirmation evidence in `confirmation`, a payment kept or missed
 * in `payment` (on a `note` event). The `summary` is only the person's note.
 */
import type { ConfirmationChannel, DebtRecord, NegotiationConfirmation, NegotiationRecord } from '../../domain/records';
import type { PlanInput, Strategy } from '../../domain';
import { indexPlatforms, runPlan, summarisePlan, type StrategySummary } from './analysis';
import { UiDecimal } from './money';
import { owedNow, toPlanInput, type PlanSources } from './planInput';

export const CONFIRMATION_CHANNELS = ['app-message', 'sms', 'email', 'letter', 'website', 'other'] as const satisfies readonly ConfirmationChannel[];
export type { ConfirmationChannel };

export const CREDITOR_ANSWERS = ['accepted', 'counter-offer', 'refused', 'no-reply'] as const;
export type CreditorAnswer = (typeof CREDITOR_ANSWERS)[number];

/** What the person can add to the record, in the order the negotiation usually goes. */
export const NEGOTIATION_STEPS = ['contact', 'proposal', 'reply', 'agreement', 'confirmation', 'payment-kept', 'payment-missed', 'note'] as const;
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

/** Events of one platform in time order (same moment: the one written first comes first). */
export function negotiationTimeline(records: readonly NegotiationRecord[], platform: string): NegotiationRecord[] {
  return records
    .filter((record) => record.platform === platform)
    .sort((a, b) => a.at.localeCompare(b.at) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
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
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
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
  if (weights.length === 0) return [];
  const totalFen = new UiDecimal(amount).times(100);
  const weightSum = weights.reduce((sum, weight) => sum.plus(weight), new UiDecimal(0));
  if (weightSum.isZero()) return weights.map((_, i) => (i === 0 ? totalFen : new UiDecimal(0)).div(100).toFixed(2));
  const exact = weights.map((weight) => totalFen.times(weight).div(weightSum));
  const floors = exact.map((share) => share.floor());
  let left = totalFen.minus(floors.reduce((sum, share) => sum.plus(share), new UiDecimal(0))).toNumber();
  const byRemainder = exact.map((share, i) => ({ i, rest: share.minus(floors[i]!) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = floors[i]!.plus(1);
    left -= 1;
  }
  return floors.map((fen) => fen.div(100).toFixed(2));
}

/** The smallest monthly amount that repays `owed` in `months` (rounded up to the fen). */
export function instalmentFor(owed: string, months: number): string {
  return new UiDecimal(owed).div(months).toDecimalPlaces(2, UiDecimal.ROUND_UP).toFixed(2);
}

/**
 * The platform's debts with the agreed terms applied: interest stopped → `frozen`; the monthly
 * instalment, the charges cap and the token payment are platform amounts, split over its loans in
 * proportion to what each owes now. Terms not agreed leave the debt as it is. The waived amount is
 * not applied (a waiver usually takes effect only once the agreement is kept; see the panel text).
 */
export function applyAgreedTerms(debts: readonly DebtRecord[], terms: AgreedTerms, updatedAt: string): DebtRecord[] {
  const owed = debts.map((debt) => owedNow(debt));
  const share = (amount: string | undefined): string[] | undefined => (amount === undefined ? undefined : splitMoney(amount, owed));
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
  return { changedDebts, before: summarise(toPlanInput(sources, strategy)), after: summarise(toPlanInput(after, strategy)) };
}
