/**
 * Frozen record shapes of schema version 7 (current): a negotiation event remembers when it was
 * first recorded, so events of the same day keep the order they were recorded in when one of them
 * is edited later.
 *
 * Until version 7 events of the same moment were ordered by `updatedAt`, which every write sets:
 * editing an event would move it after the others of its day (and an edited agreement after its
 * own written confirmation). Version 7 adds `recordedAt`, set once when the event is recorded and
 * kept by every edit; migration 0007 fills it from `updatedAt`, which until then was exactly that
 * moment (events could not be edited).
 *
 * DO NOT EDIT once released: add v8.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV6,
  AttachmentDataV6,
  AttachmentRefV6,
  AttachmentRowV6,
  BaselinePointV6,
  BudgetRowV6,
  CollectionLogRowV6,
  ConfirmationChannelV6,
  CounsellorSessionRowV6,
  DebtRowV6,
  LprOverrideV6,
  NegotiationConfirmationV6,
  NegotiationPaymentV6,
  NegotiationRowV6,
  PlanBaselineV6,
  PlanSettingsRowV6,
  ProfileRowV6,
  ReviewRowV6,
  SessionStepV6,
  SettingsRowV6,
} from './v6';

export const SCHEMA_V7 = 7;

/** Same stores as version 6. */
export { STORES_V6 as STORES_V7 } from './v6';
export type { StoreNameV6 as StoreNameV7 } from './v6';

export type ProfileRowV7 = ProfileRowV6;
export type DebtRowV7 = DebtRowV6;
export type BudgetRowV7 = BudgetRowV6;
export type PlanSettingsRowV7 = PlanSettingsRowV6;
export type CollectionLogRowV7 = CollectionLogRowV6;
export type AttachmentRefV7 = AttachmentRefV6;
export type AttachmentRowV7 = AttachmentRowV6;
export type AttachmentDataV7 = AttachmentDataV6;
export type CounsellorSessionRowV7 = CounsellorSessionRowV6;
export type SessionStepV7 = SessionStepV6;
export type BaselinePointV7 = BaselinePointV6;
export type PlanBaselineV7 = PlanBaselineV6;
export type ReviewRowV7 = ReviewRowV6;
export type ConfirmationChannelV7 = ConfirmationChannelV6;
export type AgreedTermsV7 = AgreedTermsV6;
export type NegotiationConfirmationV7 = NegotiationConfirmationV6;
export type NegotiationPaymentV7 = NegotiationPaymentV6;
export type LprOverrideV7 = LprOverrideV6;
export type SettingsRowV7 = SettingsRowV6;

export interface NegotiationRowV7 extends NegotiationRowV6 {
  /** ISO 8601 moment the event was first recorded; never changed by an edit. */
  recordedAt: string;
}

export interface SnapshotV7 {
  profiles: ProfileRowV7[];
  debts: DebtRowV7[];
  budgets: BudgetRowV7[];
  planSettings: PlanSettingsRowV7[];
  negotiations: NegotiationRowV7[];
  collectionLog: CollectionLogRowV7[];
  attachments: AttachmentDataV7[];
  counsellorSessions: CounsellorSessionRowV7[];
  settings: SettingsRowV7 | null;
}
