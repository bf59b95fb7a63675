/**
 * The request and result of `composeScript` (see CONTEXT.md). Fields marked "contract" are relied
 * on by checks outside the project: keep their names and meanings.
 */
import type { Plan, PlanInput } from '../domain';

export const SCRIPT_KINDS = [
  'proposal',
  'instalment-request',
  'settlement-offer',
  'stop-third-party-contact',
  'contacts-warning',
  'guarantor-reply',
  'complaint',
  'follow-up',
  'verify-collector',
] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

export const SCRIPT_LOCALES = ['zh-CN', 'en'] as const;
export type ScriptLocale = (typeof SCRIPT_LOCALES)[number];

export const SCRIPT_CHANNELS = ['phone', 'message', 'letter'] as const;
export type ScriptChannel = (typeof SCRIPT_CHANNELS)[number];

export const SCRIPT_TONES = ['cooperative', 'firm'] as const;
export type ScriptTone = (typeof SCRIPT_TONES)[number];

export const HARDSHIP_REASONS = ['job-loss', 'income-drop', 'illness', 'family', 'business', 'debt-load'] as const;
export type HardshipReason = (typeof HARDSHIP_REASONS)[number];

export const EVIDENCE_ITEMS = [
  'income-proof',
  'termination',
  'medical',
  'debt-list',
  'budget',
  'bank-statement',
] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

/**
 * contract: who the creditor is, set by the UI from the debt's `LenderType` (src/domain/records.ts:
 * the same values less 'unlicensed' and 'unknown', which leave this field unset). It decides how the
 * creditor is addressed (贵行 / 贵公司 / 贵平台 / 贵司; without it the neutral 贵方) and which
 * collection rules a letter cites (only those that bind that kind of lender; see legal.ts).
 */
export const CREDITOR_KINDS = [
  'bank',
  'consumer-finance',
  'microlender',
  'online-platform',
  'collection-agency',
] as const;
export type CreditorKind = (typeof CREDITOR_KINDS)[number];

/** contract: what the person has kept of the collection contacts (the UI fills it from attachments and ticks). */
export const EVIDENCE_KEPT = ['recording', 'screenshot', 'call-log', 'message'] as const;
export type EvidenceKept = (typeof EVIDENCE_KEPT)[number];

export const FOLLOW_UP_VARIANTS = ['no-reply', 'refused', 'broken-promise', 'keep-current-terms'] as const;
export type FollowUpVariant = (typeof FOLLOW_UP_VARIANTS)[number];

/** What a logged collection event broke; each maps to a verified rule (see templates `breach.*`). */
export const BREACH_CODES = [
  'night-contact',
  'third-party-contact',
  'debt-disclosed',
  'excess-calls',
  'threats-insults',
  'public-posting',
  'extra-fee',
  'new-loan-pressure',
  'personal-account',
  'other',
] as const;
export type BreachCode = (typeof BREACH_CODES)[number];

export interface CollectionEvent {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Free text, e.g. "23:40" (optional). */
  time?: string;
  breach: BreachCode;
  /** How many times on that date (default 1). */
  count?: number;
  /** Free text: number called from, what was said (optional). */
  note?: string;
  /**
   * The rule was matched from words in the person's note, not from what they ticked (the rules'
   * "may" flags, basis 'keywords'): the complaint says the contact *may* have broken it.
   */
  possible?: boolean;
}

export interface CollectionLogSummary {
  events: CollectionEvent[];
  /** Ticket number of an earlier complaint to the platform (for the regulator complaint). */
  platformTicket?: string;
}

export interface ScriptRequest {
  /** contract */
  kind: ScriptKind;
  /** contract */
  locale: ScriptLocale;
  /** contract */
  channel: ScriptChannel;
  /** contract */
  input: PlanInput;
  /** contract: the plan for `input`. */
  plan: Plan;
  /** contract: a `platform` value of the input, or the id of a debt that has none. */
  platform: string;
  /** contract: how the platform is named in the text. */
  platformName: string;

  /** Default 'cooperative'. */
  tone?: ScriptTone;
  /** The borrower's name. */
  name?: string;
  /** Loan / contract number (or its last digits). */
  contractNumber?: string;
  hardshipReasons?: HardshipReason[];
  /** Free-text hardship details, stated as given. */
  hardshipDetails?: string;
  evidence?: EvidenceItem[];
  /** Free-text extra evidence. */
  evidenceOther?: string;
  /** The debts are credit-card debts (adds the credit-card rules). */
  creditCard?: boolean;
  /** follow-up: which one (default 'no-reply'). */
  followUp?: FollowUpVariant;
  /** follow-up: date of the earlier contact / missed payment, `YYYY-MM-DD`. */
  previousDate?: string;
  /**
   * settlement-offer: the lump sum offered (money string, ≤ 2 decimals, > 0). Never more than what
   * is owed on the platform at `asOf` nor than `cashOnHand`: composeScript throws a
   * `SettlementAmountError` (path 'settlementAmount'). Absent: the offer is `cashOnHand` (capped at
   * what is owed) when given; with neither, the letter asks the creditor for its settlement figure
   * and offers no amount (nothing is assumed).
   */
  settlementAmount?: string;
  /** settlement-offer: the most the person can pay at once (money string), as they answered it. */
  cashOnHand?: string;
  /** settlement-offer: the date by which it can be paid, `YYYY-MM-DD` (optional). */
  settlementBy?: string;
  /** instalment-request: months asked for (1–60); default: the shortest term that keeps the plan feasible. */
  instalmentMonths?: number;
  /** complaint: the collection log summary. */
  collectionLog?: CollectionLogSummary;
  /** complaint: to the platform (default) or to the regulator channel. */
  complaintTo?: 'platform' | 'regulator';
  /** guarantor-reply: the contact's own name (optional). */
  contactName?: string;

  /** contract: the creditor's kind (see CREDITOR_KINDS). */
  creditorKind?: CreditorKind;
  /** contract: the evidence kept; recordings, screenshots etc. are mentioned only when listed here. */
  evidenceKept?: EvidenceKept[];
  /**
   * An interest stop the creditor agreed and the person recorded (the negotiation record's latest
   * agreement with interest stopped). Only then does a letter say interest "stays stopped";
   * `since` (YYYY-MM-DD, optional) is the date it was agreed.
   */
  recordedInterestStop?: { since?: string };
  /** The date written on the letter's date line (YYYY-MM-DD); absent: a blank line to fill by hand. */
  letterDate?: string;
  /**
   * The loan's real annual cost in percent ("21.46"), from the cost screen (issue 16). Set only when the
   * person ticked that letters may cite it (`LoanCost.citeInLetters`); then the opening states it as a
   * calculation, with no legal claim. Not of the form `-?digits.2 digits`: ignored.
   */
  realAnnualCost?: string;
}

export interface Script {
  title: string;
  text: string;
}
