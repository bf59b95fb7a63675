/**
 * Frozen record shapes of schema version 14 (current): the letters a person copied, shared or
 * printed (issue 14), kept with the client's plan settings.
 *
 * A plan settings record may hold `keptLetters`: for each letter, its title, how and when it left
 * Shore, what its text stated (`figures`: amounts, dates, place, status, plan version) and the
 * request it was written from without any free text (no name, contract number, hardship details,
 * collection log or contact's name), so the letter can be written again from the current plan and
 * compared. Optional, so no stored record changes (migration 0014 has no row transforms).
 *
 * Every other record keeps its version 13 shape (drafts since 12, the counsellor's notes since 13).
 *
 * DO NOT EDIT once released: add v15.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV13,
  AppointmentV13,
  AttachmentDataV13,
  AttachmentRefV13,
  AttachmentRowV13,
  BaselinePointV13,
  BudgetEventV13,
  BudgetRowV13,
  CaseStatusV13,
  CollectionLogRowV13,
  ConfirmationChannelV13,
  ConsentV13,
  CounsellorNotesRowV13,
  CounsellorSessionRowV13,
  DebtRowV13,
  DraftRowV13,
  LegacySessionNotesV13,
  LenderTypeV13,
  LoanCostV13,
  LoanPaymentV13,
  LoanScheduleV13,
  LprHistoryEntryV13,
  LprOverrideV13,
  NegotiationConfirmationV13,
  NegotiationPaymentV13,
  NegotiationRowV13,
  OutputLocaleV13,
  PaymentKindV13,
  PaymentRowV13,
  PlanBaselineV13,
  PlanSettingsRowV13,
  ProfileRowV13,
  ReviewRowV13,
  SessionStepV13,
  SettingsRowV13,
  StoredCounsellorSessionRowV13,
} from './v13';

export const SCHEMA_V14 = 14;

/** Same stores as version 13. */
export { STORES_V13 as STORES_V14 } from './v13';
export type { StoreNameV13 as StoreNameV14 } from './v13';

/** What a kept letter's text stated (the scripts' `LetterFigures`), as stored. */
export interface KeptLetterFiguresV14 {
  kind: string;
  /** The engine's platform key (`p:name` or `own:id`). */
  platform: string;
  /** The plan version the figures come from. */
  version: string;
  status: string | null;
  place: { place: number; count: number } | null;
  /** Money strings by name (`owed`, `budget`, `focusAmount`, …). */
  amounts: Partial<Record<string, string>>;
  /** `YYYY-MM-DD` by name (`focusStart`, `payoff`, …). */
  dates: Partial<Record<string, string>>;
}

/** The request a kept letter was written from, without its plan and without free text. */
export interface KeptLetterRequestV14 {
  kind: string;
  locale: OutputLocaleV13;
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
}

export interface KeptLetterV14 {
  /** One entry per letter (kind, channel, language, creditor) and plan version. */
  key: string;
  title: string;
  how: 'copied' | 'shared' | 'printed';
  /** The day it was last copied, shared or printed (`YYYY-MM-DD`). */
  on: string;
  figures: KeptLetterFiguresV14;
  request: KeptLetterRequestV14;
}

export interface PlanSettingsRowV14 extends PlanSettingsRowV13 {
  /** Newest first; absent: none kept. */
  keptLetters?: KeptLetterV14[];
}

export type AgreedTermsV14 = AgreedTermsV13;
export type AppointmentV14 = AppointmentV13;
export type AttachmentDataV14 = AttachmentDataV13;
export type AttachmentRefV14 = AttachmentRefV13;
export type AttachmentRowV14 = AttachmentRowV13;
export type BaselinePointV14 = BaselinePointV13;
export type BudgetEventV14 = BudgetEventV13;
export type BudgetRowV14 = BudgetRowV13;
export type CaseStatusV14 = CaseStatusV13;
export type CollectionLogRowV14 = CollectionLogRowV13;
export type ConfirmationChannelV14 = ConfirmationChannelV13;
export type ConsentV14 = ConsentV13;
export type CounsellorNotesRowV14 = CounsellorNotesRowV13;
export type CounsellorSessionRowV14 = CounsellorSessionRowV13;
export type DebtRowV14 = DebtRowV13;
export type DraftRowV14 = DraftRowV13;
export type LegacySessionNotesV14 = LegacySessionNotesV13;
export type LenderTypeV14 = LenderTypeV13;
export type LoanCostV14 = LoanCostV13;
export type LoanPaymentV14 = LoanPaymentV13;
export type LoanScheduleV14 = LoanScheduleV13;
export type LprHistoryEntryV14 = LprHistoryEntryV13;
export type LprOverrideV14 = LprOverrideV13;
export type NegotiationConfirmationV14 = NegotiationConfirmationV13;
export type NegotiationPaymentV14 = NegotiationPaymentV13;
export type NegotiationRowV14 = NegotiationRowV13;
export type OutputLocaleV14 = OutputLocaleV13;
export type PaymentKindV14 = PaymentKindV13;
export type PaymentRowV14 = PaymentRowV13;
export type PlanBaselineV14 = PlanBaselineV13;
export type ProfileRowV14 = ProfileRowV13;
export type ReviewRowV14 = ReviewRowV13;
export type SessionStepV14 = SessionStepV13;
export type SettingsRowV14 = SettingsRowV13;
export type StoredCounsellorSessionRowV14 = StoredCounsellorSessionRowV13;

export interface SnapshotV14 {
  profiles: ProfileRowV14[];
  debts: DebtRowV14[];
  budgets: BudgetRowV14[];
  planSettings: PlanSettingsRowV14[];
  negotiations: NegotiationRowV14[];
  collectionLog: CollectionLogRowV14[];
  attachments: AttachmentDataV14[];
  counsellorSessions: CounsellorSessionRowV14[];
  payments: PaymentRowV14[];
  settings: SettingsRowV14 | null;
  /** Only in the migrated data of a file written before version 13 (see v13.ts). */
  counsellorNotes?: CounsellorNotesRowV14[];
}
