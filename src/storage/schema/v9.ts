/**
 * Frozen record shapes of schema version 9 (current): a client's output language and the
 * counsellor's practice records (issue 18).
 *
 * - A profile may name the language of the client's outputs (scripts, letters, the handover pack,
 *   the printed plan), independent of the screen's language; absent means the screen's language.
 * - A counsellor session may hold the client's consent (date, what was agreed, renewal date), the
 *   next appointment, the counsellor's contact details for the pack and the case status.
 *
 * Every new field is optional, so no stored record changes (migration 0009 has no row transforms).
 *
 * DO NOT EDIT once released: add v10.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV8,
  AttachmentDataV8,
  AttachmentRefV8,
  AttachmentRowV8,
  BaselinePointV8,
  BudgetRowV8,
  CollectionLogRowV8,
  ConfirmationChannelV8,
  CounsellorSessionRowV8,
  DebtRowV8,
  LprOverrideV8,
  NegotiationConfirmationV8,
  NegotiationPaymentV8,
  NegotiationRowV8,
  PlanBaselineV8,
  PlanSettingsRowV8,
  ProfileRowV8,
  ReviewRowV8,
  SessionStepV8,
  SettingsRowV8,
} from './v8';

export const SCHEMA_V9 = 9;

/** Same stores as version 8. */
export { STORES_V8 as STORES_V9 } from './v8';
export type { StoreNameV8 as StoreNameV9 } from './v8';

/** The two languages Shore writes in. */
export type OutputLocaleV9 = 'zh-CN' | 'en';

export interface ProfileRowV9 extends ProfileRowV8 {
  /** The language of the client's outputs; absent: the screen's language. */
  outputLocale?: OutputLocaleV9;
}

/** The client's consent to the counsellor keeping and using their data. */
export interface ConsentV9 {
  /** The day consent was given (`YYYY-MM-DD`). */
  on: string;
  /** What was agreed, in the counsellor's words. */
  agreed: string;
  /** The day to renew it (`YYYY-MM-DD`); absent: none set. */
  renewOn?: string;
}

/** The next appointment with the counsellor. */
export interface AppointmentV9 {
  /** `YYYY-MM-DD`. */
  on: string;
  /** `HH:MM` (24 h) or '' when no time was set. */
  time: string;
  /** Where, or how (a call): free text, may be ''. */
  place: string;
}

export type CaseStatusV9 = 'active' | 'waiting' | 'closed';

export interface CounsellorSessionRowV9 extends CounsellorSessionRowV8 {
  consent?: ConsentV9;
  nextAppointment?: AppointmentV9;
  /** The counsellor's contact details as printed on the client's pack (free text). */
  counsellorContact?: string;
  /** Absent: active. */
  caseStatus?: CaseStatusV9;
}

export type DebtRowV9 = DebtRowV8;
export type BudgetRowV9 = BudgetRowV8;
export type PlanSettingsRowV9 = PlanSettingsRowV8;
export type NegotiationRowV9 = NegotiationRowV8;
export type CollectionLogRowV9 = CollectionLogRowV8;
export type AttachmentRefV9 = AttachmentRefV8;
export type AttachmentRowV9 = AttachmentRowV8;
export type AttachmentDataV9 = AttachmentDataV8;
export type SessionStepV9 = SessionStepV8;
export type BaselinePointV9 = BaselinePointV8;
export type PlanBaselineV9 = PlanBaselineV8;
export type ReviewRowV9 = ReviewRowV8;
export type ConfirmationChannelV9 = ConfirmationChannelV8;
export type AgreedTermsV9 = AgreedTermsV8;
export type NegotiationConfirmationV9 = NegotiationConfirmationV8;
export type NegotiationPaymentV9 = NegotiationPaymentV8;
export type LprOverrideV9 = LprOverrideV8;
export type SettingsRowV9 = SettingsRowV8;

export interface SnapshotV9 {
  profiles: ProfileRowV9[];
  debts: DebtRowV9[];
  budgets: BudgetRowV9[];
  planSettings: PlanSettingsRowV9[];
  negotiations: NegotiationRowV9[];
  collectionLog: CollectionLogRowV9[];
  attachments: AttachmentDataV9[];
  counsellorSessions: CounsellorSessionRowV9[];
  settings: SettingsRowV9 | null;
}
