/**
 * Frozen record shapes of schema version 6 (current): negotiation events keep their structured
 * details in fields of their own, and settings keep a counsellor's LPR figure.
 *
 * Until version 6 a negotiation event's waived amount, its written-confirmation evidence and a
 * payment kept or missed travelled in the event's `summary` as a trailing `[shore] {json}` line.
 * Version 6 holds them in `agreedTerms.waivedAmount`, `confirmation` and `payment`, and the
 * summary is only the person's note (migration 0006). Settings gain an optional `lprOverride`.
 *
 * DO NOT EDIT once released: add v7.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AttachmentDataV5,
  AttachmentRefV5,
  AttachmentRowV5,
  BaselinePointV5,
  BudgetRowV5,
  CollectionLogRowV5,
  CounsellorSessionRowV5,
  DebtRowV5,
  NegotiationRowV5,
  PlanBaselineV5,
  PlanSettingsRowV5,
  ProfileRowV5,
  ReviewRowV5,
  SessionStepV5,
  SettingsRowV5,
} from './v5';

export const SCHEMA_V6 = 6;

/** Same stores as version 5. */
export { STORES_V5 as STORES_V6 } from './v5';
export type { StoreNameV5 as StoreNameV6 } from './v5';

export type ProfileRowV6 = ProfileRowV5;
export type DebtRowV6 = DebtRowV5;
export type BudgetRowV6 = BudgetRowV5;
export type PlanSettingsRowV6 = PlanSettingsRowV5;
export type CollectionLogRowV6 = CollectionLogRowV5;
export type AttachmentRefV6 = AttachmentRefV5;
export type AttachmentRowV6 = AttachmentRowV5;
export type AttachmentDataV6 = AttachmentDataV5;
export type CounsellorSessionRowV6 = CounsellorSessionRowV5;
export type SessionStepV6 = SessionStepV5;
export type BaselinePointV6 = BaselinePointV5;
export type PlanBaselineV6 = PlanBaselineV5;
export type ReviewRowV6 = ReviewRowV5;

/** How a written confirmation of agreed terms reached the person. */
export type ConfirmationChannelV6 = 'app-message' | 'sms' | 'email' | 'letter' | 'website' | 'other';

export interface AgreedTermsV6 extends NonNullable<NegotiationRowV5['agreedTerms']> {
  /** Amount the creditor agreed to waive, money string. */
  waivedAmount?: string;
}

/** Evidence of a written confirmation: the channel and its reference (ticket, message id…; may be empty). */
export interface NegotiationConfirmationV6 {
  channel: ConfirmationChannelV6;
  /** At most 500 characters. */
  reference: string;
}

/** A payment under the agreement, kept or missed, with the amount and its due date if known. */
export interface NegotiationPaymentV6 {
  outcome: 'kept' | 'missed';
  /** Money string. */
  amount?: string;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
}

export interface NegotiationRowV6 extends Omit<NegotiationRowV5, 'agreedTerms'> {
  agreedTerms?: AgreedTermsV6;
  /** On a confirmation event: how the written confirmation came. */
  confirmation?: NegotiationConfirmationV6;
  /** On a note event: a payment kept or missed. */
  payment?: NegotiationPaymentV6;
}

/** A counsellor's one-year LPR figure (src/rules LprOverride), shown instead of the built-in one. */
export interface LprOverrideV6 {
  /** Percent as a plain decimal string, e.g. "3.0" (0 < percent < 100, at most 4 decimals). */
  percent: string;
  /** Date the figure was last confirmed (`YYYY-MM-DD`). */
  confirmedOn: string;
  /** Date the figure took effect (`YYYY-MM-DD`), if known. */
  effectiveFrom?: string;
}

export interface SettingsRowV6 extends SettingsRowV5 {
  lprOverride?: LprOverrideV6;
}

export interface SnapshotV6 {
  profiles: ProfileRowV6[];
  debts: DebtRowV6[];
  budgets: BudgetRowV6[];
  planSettings: PlanSettingsRowV6[];
  negotiations: NegotiationRowV6[];
  collectionLog: CollectionLogRowV6[];
  attachments: AttachmentDataV6[];
  counsellorSessions: CounsellorSessionRowV6[];
  settings: SettingsRowV6 | null;
}
