/**
 * Frozen record shapes of schema version 10 (current): a client's output language and the
 * counsellor's practice records (issue 18).
 *
 * - A profile may name the language of the client's outputs (scripts, letters, the handover pack,
 *   the printed plan), independent of the screen's language; absent means the screen's language.
 * - A counsellor session may hold the client's consent (date, what was agreed, renewal date), the
 *   next appointment, the counsellor's contact details for the pack and the case status.
 *
 * Every new field is optional, so no stored record changes (migration 0010 has no row transforms).
 *
 * DO NOT EDIT once released: add v11.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV9,
  AttachmentDataV9,
  AttachmentRefV9,
  AttachmentRowV9,
  BaselinePointV9,
  BudgetRowV9,
  CollectionLogRowV9,
  ConfirmationChannelV9,
  CounsellorSessionRowV9,
  DebtRowV9,
  LprOverrideV9,
  NegotiationConfirmationV9,
  NegotiationPaymentV9,
  NegotiationRowV9,
  PaymentKindV9,
  PaymentRowV9,
  BudgetEventV9,
  PlanBaselineV9,
  PlanSettingsRowV9,
  ProfileRowV9,
  ReviewRowV9,
  SessionStepV9,
  SettingsRowV9,
} from './v9';

export const SCHEMA_V10 = 10;

/** Same stores as version 9. */
export { STORES_V9 as STORES_V10 } from './v9';
export type { StoreNameV9 as StoreNameV10 } from './v9';

/** The two languages Shore writes in. */
export type OutputLocaleV10 = 'zh-CN' | 'en';

export interface ProfileRowV10 extends ProfileRowV9 {
  /** The language of the client's outputs; absent: the screen's language. */
  outputLocale?: OutputLocaleV10;
}

/** The client's consent to the counsellor keeping and using their data. */
export interface ConsentV10 {
  /** The day consent was given (`YYYY-MM-DD`). */
  on: string;
  /** What was agreed, in the counsellor's words. */
  agreed: string;
  /** The day to renew it (`YYYY-MM-DD`); absent: none set. */
  renewOn?: string;
}

/** The next appointment with the counsellor. */
export interface AppointmentV10 {
  /** `YYYY-MM-DD`. */
  on: string;
  /** `HH:MM` (24 h) or '' when no time was set. */
  time: string;
  /** Where, or how (a call): free text, may be ''. */
  place: string;
}

export type CaseStatusV10 = 'active' | 'waiting' | 'closed';

export interface CounsellorSessionRowV10 extends CounsellorSessionRowV9 {
  consent?: ConsentV10;
  nextAppointment?: AppointmentV10;
  /** The counsellor's contact details as printed on the client's pack (free text). */
  counsellorContact?: string;
  /** Absent: active. */
  caseStatus?: CaseStatusV10;
}

export type DebtRowV10 = DebtRowV9;
export type BudgetRowV10 = BudgetRowV9;
export type PlanSettingsRowV10 = PlanSettingsRowV9;
export type NegotiationRowV10 = NegotiationRowV9;
export type CollectionLogRowV10 = CollectionLogRowV9;
export type AttachmentRefV10 = AttachmentRefV9;
export type AttachmentRowV10 = AttachmentRowV9;
export type AttachmentDataV10 = AttachmentDataV9;
export type SessionStepV10 = SessionStepV9;
export type PaymentKindV10 = PaymentKindV9;
export type PaymentRowV10 = PaymentRowV9;
export type BudgetEventV10 = BudgetEventV9;
export type BaselinePointV10 = BaselinePointV9;
export type PlanBaselineV10 = PlanBaselineV9;
export type ReviewRowV10 = ReviewRowV9;
export type ConfirmationChannelV10 = ConfirmationChannelV9;
export type AgreedTermsV10 = AgreedTermsV9;
export type NegotiationConfirmationV10 = NegotiationConfirmationV9;
export type NegotiationPaymentV10 = NegotiationPaymentV9;
export type LprOverrideV10 = LprOverrideV9;
export type SettingsRowV10 = SettingsRowV9;

export interface SnapshotV10 {
  profiles: ProfileRowV10[];
  debts: DebtRowV10[];
  budgets: BudgetRowV10[];
  planSettings: PlanSettingsRowV10[];
  negotiations: NegotiationRowV10[];
  collectionLog: CollectionLogRowV10[];
  attachments: AttachmentDataV10[];
  counsellorSessions: CounsellorSessionRowV10[];
  payments: PaymentRowV10[];
  settings: SettingsRowV10 | null;
}
