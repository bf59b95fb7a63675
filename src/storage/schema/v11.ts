/**
 * Frozen record shapes of schema version 11: a client's output language and the
 * counsellor's practice records (issue 18).
 *
 * - A profile may name the language of the client's outputs (scripts, letters, the handover pack,
 *   the printed plan), independent of the screen's language; absent means the screen's language.
 * - A counsellor session may hold the client's consent (date, what was agreed, renewal date), the
 *   next appointment, the counsellor's contact details for the pack and the case status.
 *
 * Every new field is optional, so no stored record changes (migration 0011 has no row transforms).
 *
 * DO NOT EDIT once released: add v12.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV10,
  AttachmentDataV10,
  AttachmentRefV10,
  AttachmentRowV10,
  BaselinePointV10,
  BudgetEventV10,
  BudgetRowV10,
  CollectionLogRowV10,
  ConfirmationChannelV10,
  CounsellorSessionRowV10,
  DebtRowV10,
  LenderTypeV10,
  LoanCostV10,
  LoanPaymentV10,
  LoanScheduleV10,
  LprHistoryEntryV10,
  LprOverrideV10,
  NegotiationConfirmationV10,
  NegotiationPaymentV10,
  NegotiationRowV10,
  PaymentKindV10,
  PaymentRowV10,
  PlanBaselineV10,
  PlanSettingsRowV10,
  ProfileRowV10,
  ReviewRowV10,
  SessionStepV10,
  SettingsRowV10,
} from './v10';

export const SCHEMA_V11 = 11;

/** Same stores as version 10. */
export { STORES_V10 as STORES_V11 } from './v10';
export type { StoreNameV10 as StoreNameV11 } from './v10';

/** The two languages Shore writes in. */
export type OutputLocaleV11 = 'zh-CN' | 'en';

export interface ProfileRowV11 extends ProfileRowV10 {
  /** The language of the client's outputs; absent: the screen's language. */
  outputLocale?: OutputLocaleV11;
}

/** The client's consent to the counsellor keeping and using their data. */
export interface ConsentV11 {
  /** The day consent was given (`YYYY-MM-DD`). */
  on: string;
  /** What was agreed, in the counsellor's words. */
  agreed: string;
  /** The day to renew it (`YYYY-MM-DD`); absent: none set. */
  renewOn?: string;
}

/** The next appointment with the counsellor. */
export interface AppointmentV11 {
  /** `YYYY-MM-DD`. */
  on: string;
  /** `HH:MM` (24 h) or '' when no time was set. */
  time: string;
  /** Where, or how (a call): free text, may be ''. */
  place: string;
}

export type CaseStatusV11 = 'active' | 'waiting' | 'closed';

export interface CounsellorSessionRowV11 extends CounsellorSessionRowV10 {
  consent?: ConsentV11;
  nextAppointment?: AppointmentV11;
  /** The counsellor's contact details as printed on the client's pack (free text). */
  counsellorContact?: string;
  /** Absent: active. */
  caseStatus?: CaseStatusV11;
}

export type AgreedTermsV11 = AgreedTermsV10;
export type AttachmentDataV11 = AttachmentDataV10;
export type AttachmentRefV11 = AttachmentRefV10;
export type AttachmentRowV11 = AttachmentRowV10;
export type BaselinePointV11 = BaselinePointV10;
export type BudgetEventV11 = BudgetEventV10;
export type BudgetRowV11 = BudgetRowV10;
export type CollectionLogRowV11 = CollectionLogRowV10;
export type ConfirmationChannelV11 = ConfirmationChannelV10;
export type DebtRowV11 = DebtRowV10;
export type LenderTypeV11 = LenderTypeV10;
export type LoanCostV11 = LoanCostV10;
export type LoanPaymentV11 = LoanPaymentV10;
export type LoanScheduleV11 = LoanScheduleV10;
export type LprHistoryEntryV11 = LprHistoryEntryV10;
export type LprOverrideV11 = LprOverrideV10;
export type NegotiationConfirmationV11 = NegotiationConfirmationV10;
export type NegotiationPaymentV11 = NegotiationPaymentV10;
export type NegotiationRowV11 = NegotiationRowV10;
export type PaymentKindV11 = PaymentKindV10;
export type PaymentRowV11 = PaymentRowV10;
export type PlanBaselineV11 = PlanBaselineV10;
export type PlanSettingsRowV11 = PlanSettingsRowV10;
export type ReviewRowV11 = ReviewRowV10;
export type SessionStepV11 = SessionStepV10;
export type SettingsRowV11 = SettingsRowV10;

export interface SnapshotV11 {
  profiles: ProfileRowV11[];
  debts: DebtRowV11[];
  budgets: BudgetRowV11[];
  planSettings: PlanSettingsRowV11[];
  negotiations: NegotiationRowV11[];
  collectionLog: CollectionLogRowV11[];
  attachments: AttachmentDataV11[];
  counsellorSessions: CounsellorSessionRowV11[];
  payments: PaymentRowV11[];
  settings: SettingsRowV11 | null;
}
