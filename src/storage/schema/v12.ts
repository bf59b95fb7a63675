/**
 * Frozen record shapes of schema version 12 (current): the letters a person copied, shared or
 * printed (issue 14), kept with the client's plan settings.
 *
 * A plan settings record may hold `keptLetters`: for each letter, its title, how and when it left
 * Shore, what its text stated (`figures`: amounts, dates, place, status, plan version) and the
 * request it was written from without any free text (no name, contract number, hardship details,
 * collection log or contact's name), so the letter can be written again from the current plan and
 * compared. Optional, so no stored record changes (migration 0012 has no row transforms).
 *
 * DO NOT EDIT once released: add v13.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV11,
  AttachmentDataV11,
  AttachmentRefV11,
  AttachmentRowV11,
  BaselinePointV11,
  BudgetEventV11,
  BudgetRowV11,
  CollectionLogRowV11,
  ConfirmationChannelV11,
  CounsellorSessionRowV11,
  DebtRowV11,
  LenderTypeV11,
  LoanCostV11,
  LoanPaymentV11,
  LoanScheduleV11,
  LprHistoryEntryV11,
  LprOverrideV11,
  NegotiationConfirmationV11,
  NegotiationPaymentV11,
  NegotiationRowV11,
  OutputLocaleV11,
  PaymentKindV11,
  PaymentRowV11,
  PlanBaselineV11,
  PlanSettingsRowV11,
  ProfileRowV11,
  ReviewRowV11,
  SessionStepV11,
  SettingsRowV11,
} from './v11';

export const SCHEMA_V12 = 12;

/** Same stores as version 11. */
export { STORES_V11 as STORES_V12 } from './v11';
export type { StoreNameV11 as StoreNameV12 } from './v11';

/** What a kept letter's text stated (the scripts' `LetterFigures`), as stored. */
export interface KeptLetterFiguresV12 {
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
export interface KeptLetterRequestV12 {
  kind: string;
  locale: OutputLocaleV11;
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

export interface KeptLetterV12 {
  /** One entry per letter (kind, channel, language, creditor) and plan version. */
  key: string;
  title: string;
  how: 'copied' | 'shared' | 'printed';
  /** The day it was last copied, shared or printed (`YYYY-MM-DD`). */
  on: string;
  figures: KeptLetterFiguresV12;
  request: KeptLetterRequestV12;
}

export interface PlanSettingsRowV12 extends PlanSettingsRowV11 {
  /** Newest first; absent: none kept. */
  keptLetters?: KeptLetterV12[];
}

export type AgreedTermsV12 = AgreedTermsV11;
export type AttachmentDataV12 = AttachmentDataV11;
export type AttachmentRefV12 = AttachmentRefV11;
export type AttachmentRowV12 = AttachmentRowV11;
export type BaselinePointV12 = BaselinePointV11;
export type BudgetEventV12 = BudgetEventV11;
export type BudgetRowV12 = BudgetRowV11;
export type CollectionLogRowV12 = CollectionLogRowV11;
export type ConfirmationChannelV12 = ConfirmationChannelV11;
export type CounsellorSessionRowV12 = CounsellorSessionRowV11;
export type DebtRowV12 = DebtRowV11;
export type LenderTypeV12 = LenderTypeV11;
export type LoanCostV12 = LoanCostV11;
export type LoanPaymentV12 = LoanPaymentV11;
export type LoanScheduleV12 = LoanScheduleV11;
export type LprHistoryEntryV12 = LprHistoryEntryV11;
export type LprOverrideV12 = LprOverrideV11;
export type NegotiationConfirmationV12 = NegotiationConfirmationV11;
export type NegotiationPaymentV12 = NegotiationPaymentV11;
export type NegotiationRowV12 = NegotiationRowV11;
export type OutputLocaleV12 = OutputLocaleV11;
export type PaymentKindV12 = PaymentKindV11;
export type PaymentRowV12 = PaymentRowV11;
export type PlanBaselineV12 = PlanBaselineV11;
export type ProfileRowV12 = ProfileRowV11;
export type ReviewRowV12 = ReviewRowV11;
export type SessionStepV12 = SessionStepV11;
export type SettingsRowV12 = SettingsRowV11;

export interface SnapshotV12 {
  profiles: ProfileRowV12[];
  debts: DebtRowV12[];
  budgets: BudgetRowV12[];
  planSettings: PlanSettingsRowV12[];
  negotiations: NegotiationRowV12[];
  collectionLog: CollectionLogRowV12[];
  attachments: AttachmentDataV12[];
  counsellorSessions: CounsellorSessionRowV12[];
  payments: PaymentRowV12[];
  settings: SettingsRowV12 | null;
}
