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
  /** settlement-offer: the lump sum offered (money string); default: the platform's principal. */
  settlementAmount?: string;
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
}

export interface Script {
  title: string;
  text: string;
}
