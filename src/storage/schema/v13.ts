/**
 * Frozen record shapes of schema version 13: the counsellor's private notes (issue 18).
 *
 * - A new store `counsellorNotes`, one record per profile keyed by `profileId` (like sessions):
 *   the counsellor's own notes on a client, the client's situation in their words, their worries
 *   and the counsellor's name. It is the counsellor's material: it never goes into a backup file,
 *   a handover (file or QR) or the printed pack.
 * - A counsellor session no longer holds `situation`, `worries` and `counsellorName`. A session row
 *   written before version 13 may still carry them (`LegacySessionNotesV13`): the upgrade cannot
 *   read a row sealed under the lock, so rows are not rewritten; the repository reads those fields
 *   as the profile's notes while it has none, writes them to `counsellorNotes` at the profile's
 *   next session or notes write, and leaves them out of every export.
 *
 * Every other record keeps its version 12 shape (version 12 added only the `drafts` store, and its
 * records otherwise kept their version 11 shapes, hence the imports from v11).
 *
 * DO NOT EDIT once released: add v14.ts and a migration instead. Imports only earlier frozen
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
import { STORES_V12, type DraftRowV12 } from './v12';

export const SCHEMA_V13 = 13;

export const STORES_V13 = [...STORES_V12, 'counsellorNotes'] as const;
export type StoreNameV13 = (typeof STORES_V13)[number];

/** The counsellor's private material about one client (one per profile). */
export interface CounsellorNotesRowV13 {
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

/** What a session row written before version 13 may still carry (see the header). */
export interface LegacySessionNotesV13 {
  situation?: string;
  worries?: string[];
  counsellorName?: string;
}

/** A session without the counsellor's private material. */
export type CounsellorSessionRowV13 = Omit<CounsellorSessionRowV11, 'situation' | 'worries' | 'counsellorName'>;

/** A session row as stored: written at version 13, or older and still carrying its notes. */
export type StoredCounsellorSessionRowV13 = CounsellorSessionRowV13 & LegacySessionNotesV13;

export type DraftRowV13 = DraftRowV12;
export type AgreedTermsV13 = AgreedTermsV11;
export type AppointmentV13 = AppointmentV11;
export type AttachmentDataV13 = AttachmentDataV11;
export type AttachmentRefV13 = AttachmentRefV11;
export type AttachmentRowV13 = AttachmentRowV11;
export type BaselinePointV13 = BaselinePointV11;
export type BudgetEventV13 = BudgetEventV11;
export type BudgetRowV13 = BudgetRowV11;
export type CaseStatusV13 = CaseStatusV11;
export type CollectionLogRowV13 = CollectionLogRowV11;
export type ConfirmationChannelV13 = ConfirmationChannelV11;
export type ConsentV13 = ConsentV11;
export type DebtRowV13 = DebtRowV11;
export type LenderTypeV13 = LenderTypeV11;
export type LoanCostV13 = LoanCostV11;
export type LoanPaymentV13 = LoanPaymentV11;
export type LoanScheduleV13 = LoanScheduleV11;
export type LprHistoryEntryV13 = LprHistoryEntryV11;
export type LprOverrideV13 = LprOverrideV11;
export type NegotiationConfirmationV13 = NegotiationConfirmationV11;
export type NegotiationPaymentV13 = NegotiationPaymentV11;
export type NegotiationRowV13 = NegotiationRowV11;
export type OutputLocaleV13 = OutputLocaleV11;
export type PaymentKindV13 = PaymentKindV11;
export type PaymentRowV13 = PaymentRowV11;
export type PlanBaselineV13 = PlanBaselineV11;
export type PlanSettingsRowV13 = PlanSettingsRowV11;
export type ProfileRowV13 = ProfileRowV11;
export type ReviewRowV13 = ReviewRowV11;
export type SessionStepV13 = SessionStepV11;
export type SettingsRowV13 = SettingsRowV11;

/**
 * A backup's data. `counsellorNotes` is never written by an export: it appears only in the
 * migrated data of a file written before version 13, whose sessions still held that material.
 */
export interface SnapshotV13 {
  profiles: ProfileRowV13[];
  debts: DebtRowV13[];
  budgets: BudgetRowV13[];
  planSettings: PlanSettingsRowV13[];
  negotiations: NegotiationRowV13[];
  collectionLog: CollectionLogRowV13[];
  attachments: AttachmentDataV13[];
  counsellorSessions: CounsellorSessionRowV13[];
  payments: PaymentRowV13[];
  settings: SettingsRowV13 | null;
  counsellorNotes?: CounsellorNotesRowV13[];
}
