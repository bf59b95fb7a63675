/**
 * Frozen record shapes of schema version 12 (current): the counsellor's private notes (issue 18).
 *
 * - A new store `counsellorNotes`, one record per profile keyed by `profileId` (like sessions):
 *   the counsellor's own notes on a client, the client's situation in their words, their worries
 *   and the counsellor's name. It is the counsellor's material: it never goes into a backup file,
 *   a handover (file or QR) or the printed pack.
 * - A counsellor session no longer holds `situation`, `worries` and `counsellorName`. A session row
 *   written before version 12 may still carry them (`LegacySessionNotesV12`): the upgrade cannot
 *   read a row sealed under the lock, so rows are not rewritten; the repository reads those fields
 *   as the profile's notes while it has none, writes them to `counsellorNotes` at the profile's
 *   next session or notes write, and leaves them out of every export.
 *
 * DO NOT EDIT once released: add v13.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV11,
  AppointmentV11,
  AttachmentDataV11,
  AttachmentRefV11,
  AttachmentRowV11,
  BaselinePointV11,
  BudgetEventV11,
  BudgetRowV11,
  CaseStatusV11,
  CollectionLogRowV11,
  ConfirmationChannelV11,
  ConsentV11,
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
import { STORES_V11 } from './v11';

export const SCHEMA_V12 = 12;

export const STORES_V12 = [...STORES_V11, 'counsellorNotes'] as const;
export type StoreNameV12 = (typeof STORES_V12)[number];

/** The counsellor's private material about one client (one per profile). */
export interface CounsellorNotesRowV12 {
  profileId: string;
  /** The counsellor's own notes, free text. */
  text: string;
  /** The client's situation, in their words (was the session's `situation`). */
  situation: string;
  /** Worry keys the client picked (was the session's `worries`). */
  worries: string[];
  /** The counsellor's name (was the session's `counsellorName`). */
  counsellorName: string;
  updatedAt: string;
}

/** What a session row written before version 12 may still carry (see the header). */
export interface LegacySessionNotesV12 {
  situation?: string;
  worries?: string[];
  counsellorName?: string;
}

/** A session without the counsellor's private material. */
export type CounsellorSessionRowV12 = Omit<CounsellorSessionRowV11, 'situation' | 'worries' | 'counsellorName'>;

/** A session row as stored: written at version 12, or older and still carrying its notes. */
export type StoredCounsellorSessionRowV12 = CounsellorSessionRowV12 & LegacySessionNotesV12;

export type AgreedTermsV12 = AgreedTermsV11;
export type AppointmentV12 = AppointmentV11;
export type AttachmentDataV12 = AttachmentDataV11;
export type AttachmentRefV12 = AttachmentRefV11;
export type AttachmentRowV12 = AttachmentRowV11;
export type BaselinePointV12 = BaselinePointV11;
export type BudgetEventV12 = BudgetEventV11;
export type BudgetRowV12 = BudgetRowV11;
export type CaseStatusV12 = CaseStatusV11;
export type CollectionLogRowV12 = CollectionLogRowV11;
export type ConfirmationChannelV12 = ConfirmationChannelV11;
export type ConsentV12 = ConsentV11;
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
export type PlanSettingsRowV12 = PlanSettingsRowV11;
export type ProfileRowV12 = ProfileRowV11;
export type ReviewRowV12 = ReviewRowV11;
export type SessionStepV12 = SessionStepV11;
export type SettingsRowV12 = SettingsRowV11;

/**
 * A backup's data. `counsellorNotes` is never written by an export: it appears only in the
 * migrated data of a file written before version 12, whose sessions still held that material.
 */
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
  counsellorNotes?: CounsellorNotesRowV12[];
}
