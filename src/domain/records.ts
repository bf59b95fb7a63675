/**
 * The records a person keeps in Shore, as the UI and storage share them.
 *
 * These are the live shapes. Storage keeps frozen copies per schema version (src/storage/schema/)
 * and migrates between them; nothing persisted may import this file's types directly into a
 * migration. Money is a money string ("1234.50"), dates `YYYY-MM-DD`, moments ISO 8601 strings.
 */
import type { Strategy } from './types';

export type ProfileId = string & { readonly __brand: 'ProfileId' };

export interface Profile {
  id: ProfileId;
  displayName: string;
  notes: string;
  /** ISO 8601 moment; used to detect a newer change made in another tab. */
  updatedAt: string;
  /** Bumped on every write; an edit based on an older revision is a conflict. */
  revision: number;
  archived?: boolean;
  /** The language of the client's outputs (scripts, letters, pack, printed plan); absent: the screen's. */
  outputLocale?: 'zh-CN' | 'en';
}

export type DebtKind = 'online-loan' | 'credit-card' | 'consumer-finance' | 'private-loan' | 'other';

/**
 * Who the lender is, as the rules see it (issue 15): each collection rule and complaint channel
 * declares which of these it binds. `unknown` is the person's "I don't know": rules then use the
 * common legal floor (the laws that bind everyone) and say why.
 * - `bank`: a bank or credit-card issuer (银行、信用卡中心)
 * - `consumer-finance`: a licensed consumer finance company (消费金融公司)
 * - `microlender`: a microlender (小额贷款公司) or financing guarantee company (融资担保公司)
 * - `online-platform`: an online platform or loan-facilitation (助贷) operator
 * - `collection-agency`: a third-party collection agency acting for a creditor
 * - `unlicensed`: a lender with no licence (including private lenders)
 */
export type LenderType =
  'bank' | 'consumer-finance' | 'microlender' | 'online-platform' | 'collection-agency' | 'unlicensed' | 'unknown';

/** Every lender type, in the order the debt form offers them. */
export const LENDER_TYPES: readonly LenderType[] = [
  'bank',
  'consumer-finance',
  'microlender',
  'online-platform',
  'collection-agency',
  'unlicensed',
  'unknown',
];

/** The rate as the person typed it: a percentage with its unit, and the basis for an annual rate. */
export type EnteredRate =
  | { unit: 'daily-percent'; percent: string }
  | { unit: 'monthly-percent'; percent: string }
  | { unit: 'annual-percent'; percent: string; basis: 360 | 365 };

export type CollectionStatus = 'none' | 'reminders' | 'calls' | 'third-party-contact' | 'legal' | 'outsourced';

export interface DebtRecord {
  id: string;
  profileId: ProfileId;
  /** Platform / creditor name; debts with the same name form one platform in the plan. */
  platform: string;
  kind: DebtKind;
  /** Loan or contract number (optional). */
  contractNumber: string;
  principal: string;
  interest: string;
  fees: string;
  /** The rate as the person entered it; the engine's rate is computed from it (ui/model/rates.ts). */
  enteredRate: EnteredRate;
  compound: boolean;
  periodFee?: string;
  chargeCap?: string;
  frozen: boolean;
  fixedPayment?: string;
  tokenPayment?: string;
  overdueSince?: string;
  collectionStatus: CollectionStatus;
  notes: string;
  /** Who lent the money, as the person answered (issue 16); absent: not asked yet (the kind decides). */
  lenderType?: LenderType;
  /** The rate while overdue, a percent in the unit of `enteredRate` (e.g. "0.075" % a day). */
  penaltyPercent?: string;
  /** 等本等息: a fee each month of this percent of `originalPrincipal` (e.g. "1" for 月费率 1%). */
  feePercent?: string;
  /** The principal the loan started with (money string); the base of `feePercent`. */
  originalPrincipal?: string;
  /** A loan still current (not overdue): the instalment its contract requires each month. */
  contractInstalment?: string;
  /** The "what this loan really costs" check and its figure (issue 16). */
  cost?: LoanCost;
  /** Position in the person's list (input order for the engine). */
  position: number;
  updatedAt: string;
}

/** One payment of a loan (money string, `YYYY-MM-DD`). */
export interface LoanPayment {
  date: string;
  amount: string;
}

/** A repayment schedule: `count` equal monthly payments from a month after the start, or a list from the bill. */
export type LoanSchedule = { mode: 'equal'; count: number; amount: string } | { mode: 'list'; payments: LoanPayment[] };

/**
 * The real-annual-rate check of one debt (issue 16): what the person typed and the figure
 * `annualCost` gave. Letters may cite `annualRate` only when `citeInLetters` is true.
 */
export interface LoanCost {
  /** The amount on the contract (money string). */
  borrowed: string;
  /** Taken at drawdown (money string, "0.00" when none): the money received is borrowed − upfrontFee. */
  upfrontFee: string;
  /** The day the money was received. */
  startDate: string;
  schedule: LoanSchedule;
  /** Added to every payment (guarantee or membership fee; "0.00" when none). */
  periodFee: string;
  /** Real annual rate in percent, 2 decimals ("21.46"). */
  annualRate: string;
  method: 'monthly-irr' | 'daily-irr';
  citeInLetters: boolean;
  /** The day the figure was computed. */
  computedOn: string;
}

export interface BudgetLine {
  id: string;
  label: string;
  /** Preset category key (rent, food, transport, family, medical, other) or 'custom'. */
  category: string;
  amount: string;
}

export interface BudgetRecord {
  profileId: ProfileId;
  /** 'lines': monthly amount = income − expenses; 'direct': `directAmount` as typed. */
  mode: 'lines' | 'direct';
  income: BudgetLine[];
  expenses: BudgetLine[];
  directAmount: string;
  /** Months without income and one-off sums (issue 17; schema v9), absent when none. */
  events?: BudgetEvent[];
  updatedAt: string;
}

/**
 * A change to the money for the debts, as a person says it (issue 17): "no income in March 2027"
 * (`no-income`, the budget is 0 for that calendar month) or "a one-off sum" such as a year-end
 * bonus (`one-off`, added on `date`).
 */
export type BudgetEvent =
  | { id: string; kind: 'no-income'; /** `YYYY-MM` */ month: string; note: string }
  | { id: string; kind: 'one-off'; date: string; amount: string; note: string };

export interface PlanSettingsRecord {
  profileId: ProfileId;
  strategy: Strategy;
  customOrder: string[];
  asOf: string;
  firstPaymentDate: string;
  /** Optional "debt-free by" goal. */
  targetDate?: string;
  /**
   * The plan as it was when the person began recording payments (issue 17; schema v9): progress
   * and "interest avoided" compare against it. Restarting from reconciled balances keeps it.
   */
  baseline?: PlanBaseline;
  /**
   * The letters the person copied, shared or printed, newest first (issue 14; schema v14): the
   * client's record of what was sent, re-checked against the current plan (src/ui/model/keptLetters.ts).
   */
  keptLetters?: KeptLetterRecord[];
  updatedAt: string;
}

/**
 * A letter the person copied, shared or printed (issue 14; schema v14): its title, how and when it
 * left Shore, what its text stated (the scripts' `LetterFigures`) and the request it was written
 * from, without its plan and without free text (no name, contract number, hardship details,
 * collection log or contact's name). The string fields hold the scripts' values (kinds, channels,
 * amount and date names); storage checks them against the lists it knows.
 */
export interface KeptLetterRecord {
  key: string;
  title: string;
  how: 'copied' | 'shared' | 'printed';
  /** `YYYY-MM-DD`. */
  on: string;
  figures: {
    kind: string;
    platform: string;
    version: string;
    status: string | null;
    place: { place: number; count: number } | null;
    amounts: Partial<Record<string, string>>;
    dates: Partial<Record<string, string>>;
  };
  request: {
    kind: string;
    locale: 'zh-CN' | 'en';
    channel: string;
    platform: string;
    platformName: string;
    tone?: string;
    creditCard?: boolean;
    creditorKind?: string;
    hardshipReasons?: string[];
    evidence?: string[];
    evidenceKept?: string[];
    followUp?: string;
    previousDate?: string;
    settlementAmount?: string;
    cashOnHand?: string;
    settlementBy?: string;
    instalmentMonths?: number;
    complaintTo?: 'platform' | 'regulator';
    recordedInterestStop?: { since?: string };
    letterDate?: string;
  };
}

/**
 * What happened with one platform (issue 17; schema v9): a payment made (`paid`, partial allowed),
 * a payment missed (`missed`), a new charge the lender added (`charge`), or the balance the
 * lender's app showed on a day (`balance`, a reconciliation).
 */
export type PaymentKind = 'paid' | 'missed' | 'charge' | 'balance';

export interface PaymentRecord {
  id: string;
  profileId: ProfileId;
  /** Platform name, as in the debts (matched by `platformKeyOf`). */
  platform: string;
  kind: PaymentKind;
  /** The day it was paid, charged, or the balance was read (`YYYY-MM-DD`). */
  on: string;
  /**
   * paid: the amount paid; missed: the amount that was due; charge: the amount added; balance:
   * what the lender shows, or '' when not known (the platform was not checked that day).
   */
  amount: string;
  /** paid / missed: the plan's payment date this answers. */
  dueDate?: string;
  /** paid / missed: what the plan asked for on `dueDate`. */
  planned?: string;
  /** balance: Shore's own figure for that day, the plan restarted from `amount` (or this, when not known). */
  expected?: string;
  note: string;
  /** ISO 8601 moment first recorded; edits keep it. */
  recordedAt: string;
  updatedAt: string;
}

export type NegotiationEventKind = 'contact' | 'proposal' | 'reply' | 'agreement' | 'confirmation' | 'note';

export interface NegotiationRecord {
  id: string;
  profileId: ProfileId;
  /** Platform name this negotiation is with. */
  platform: string;
  /** ISO 8601 moment. */
  at: string;
  kind: NegotiationEventKind;
  summary: string;
  /** Creditor's answer, if any. */
  answer?: 'accepted' | 'refused' | 'counter-offer' | 'no-reply' | 'pending';
  /** Agreed terms, applied to the plan from `effectiveFrom`. */
  agreedTerms?: {
    frozen?: boolean;
    fixedPayment?: string;
    chargeCap?: string;
    tokenPayment?: string;
    months?: number;
    effectiveFrom: string;
    /** Amount the creditor agreed to waive (money string); not applied to the plan. */
    waivedAmount?: string;
  };
  /** The person has the agreed terms in writing (only ever set because they said so). */
  writtenConfirmation: boolean;
  /** On a confirmation event: how the written confirmation came, and its reference (may be empty). */
  confirmation?: NegotiationConfirmation;
  /** On a note event: a payment under the agreement kept or missed. */
  payment?: NegotiationPayment;
  /**
   * ISO 8601 moment the event was first recorded; edits keep it, so events of the same moment
   * stay in the order they were recorded (schema v7).
   */
  recordedAt: string;
  updatedAt: string;
}

/** How a written confirmation of agreed terms reached the person. */
export type ConfirmationChannel = 'app-message' | 'sms' | 'email' | 'letter' | 'website' | 'other';

export interface NegotiationConfirmation {
  channel: ConfirmationChannel;
  /** Ticket number, message id…; at most 500 characters, may be empty. */
  reference: string;
}

export interface NegotiationPayment {
  outcome: 'kept' | 'missed';
  /** Money string. */
  amount?: string;
  /** The payment's due date (`YYYY-MM-DD`). */
  dueDate?: string;
}

export type CollectionChannel = 'call' | 'sms' | 'wechat' | 'in-app' | 'visit' | 'letter' | 'call-to-contact';
export type ContactedParty = 'me' | 'emergency-contact' | 'other-contact' | 'family' | 'employer';

export interface AttachmentRef {
  id: string;
  name: string;
  type: string;
  size: number;
}

/**
 * What the person ticked about one contact. Absent fields are "not ticked"; for `connected`,
 * absent means the call connected (the entry records a conversation) and `false` that it did not.
 */
export interface CollectionLogFacts {
  connected?: boolean;
  threatened?: boolean;
  insulted?: boolean;
  impersonated?: boolean;
  claimedGuarantor?: boolean;
  askedPersonalAccount?: boolean;
  pushedNewBorrowing?: boolean;
  /** The debt (amount, lateness) was told to someone other than me. */
  disclosedDebt?: boolean;
  /** I had agreed to be contacted at this time (so the 22:00–08:00 rule does not apply). */
  agreedTime?: boolean;
}

export interface CollectionLogRecord {
  id: string;
  profileId: ProfileId;
  /** ISO 8601 moment with offset, e.g. 2026-11-28T23:15:00+08:00. */
  at: string;
  platform: string;
  callerNumber: string;
  callerName: string;
  channel: CollectionChannel;
  contacted: ContactedParty;
  whatWasSaid: string;
  /** Rule ids (from the rules reference) the person or Shore marked as broken. */
  ruleIds: string[];
  /** Facts the person ticked; absent when none were. */
  facts?: CollectionLogFacts;
  attachments: AttachmentRef[];
  updatedAt: string;
}

export interface SettingsRecord {
  language: 'zh-CN' | 'en';
  activeProfileId?: ProfileId;
  /** Counsellor's name for printouts. */
  preparerName?: string;
  /** Discreet mode: a neutral page title and the quick-hide action. */
  discreet?: boolean;
  /** A counsellor's one-year LPR figure, shown instead of the built-in one (src/rules LprOverride). */
  lprOverride?: {
    /** Percent as a plain decimal string, e.g. "3.0". */
    percent: string;
    /** Date the figure was last confirmed (`YYYY-MM-DD`). */
    confirmedOn: string;
    /** Date the figure took effect (`YYYY-MM-DD`), if known. */
    effectiveFrom?: string;
  };
  /** A counsellor's one-year LPR history (issue 16): each figure from the date it took effect. */
  lprHistory?: { from: string; percent: string }[];
}

/** The steps of a counsellor's guided session, in order. */
export type SessionStep = 'situation' | 'debts' | 'budget' | 'plan' | 'scripts' | 'week' | 'handover';

/** One point of the planned path: total owed after a period and what that period pays (money strings). */
export interface BaselinePoint {
  date: string;
  owed: string;
  paid: string;
}

/** The plan as agreed at handover, kept so later reviews can compare against it. */
export interface PlanBaseline {
  takenOn: string;
  asOf: string;
  startOwed: string;
  monthlyBudget: string;
  debtFreeDate: string | null;
  points: BaselinePoint[];
}

/** A follow-up review: what was paid, what is owed now per debt, and the debt-free date before and after replanning. */
export interface ReviewRecord {
  id: string;
  on: string;
  payments: { platform: string; amount: string }[];
  balances: { debtId: string; before: string; after: string }[];
  note: string;
  debtFreeBefore: string | null;
  debtFreeAfter: string | null;
}

/** A counsellor's guided session with one person (one per profile), resumable at `step`. */
export interface CounsellorSession {
  profileId: ProfileId;
  step: SessionStep;
  completed: SessionStep[];
  /** The script chosen for each platform (platform name, script kind). */
  scripts: { platform: string; kind: string }[];
  weekDone: string[];
  handedOverOn?: string;
  baseline?: PlanBaseline;
  reviews: ReviewRecord[];
  updatedAt: string;
  /** The client's consent: the day given, what was agreed, the day to renew it. */
  consent?: Consent;
  nextAppointment?: Appointment;
  /** The counsellor's contact details as printed on the client's pack. */
  counsellorContact?: string;
  /** Absent: active. */
  caseStatus?: CaseStatus;
}

/**
 * The counsellor's private material about one client (one per profile, issue 18): kept on the
 * counsellor's device only, never in the client's backup, handover or printed pack.
 */
export interface CounsellorNotes {
  profileId: ProfileId;
  /** The counsellor's own notes, free text. */
  text: string;
  /** The client's situation, in their words. */
  situation: string;
  /** Worry keys the client picked (e.g. 'calls', 'family'). */
  worries: string[];
  counsellorName: string;
  updatedAt: string;
}

export interface Consent {
  /** `YYYY-MM-DD`. */
  on: string;
  agreed: string;
  /** `YYYY-MM-DD`; absent: none set. */
  renewOn?: string;
}

export interface Appointment {
  /** `YYYY-MM-DD`. */
  on: string;
  /** `HH:MM` (24 h), or '' when no time was set. */
  time: string;
  place: string;
}

/** A case's status in the counsellor's list: active, waiting for a creditor's reply, closed. */
export type CaseStatus = 'active' | 'waiting' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['active', 'waiting', 'closed'];
