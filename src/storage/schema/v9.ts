/**
 * Frozen record shapes of schema version 9 (current): plan against reality (issue 17).
 *
 * - A new `payments` store (many per profile, keyed by `id`, indexed by `profileId`): what
 *   happened with one platform: a payment made (partial allowed), missed, a new charge, or the
 *   balance the lender's app showed on a day (a reconciliation).
 * - Plan settings gain an optional `baseline`: the plan as it was when payments began to be
 *   recorded, which progress compares against.
 * - A budget gains optional `events`: months without income and one-off sums.
 * No existing record changes shape (the new fields are optional), so there are no row transforms.
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

export const STORES_V9 = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
  'payments',
  'settings',
  'meta',
] as const;
export type StoreNameV9 = (typeof STORES_V9)[number];

export type ProfileRowV9 = ProfileRowV8;
export type DebtRowV9 = DebtRowV8;

/** A month without income (`YYYY-MM`) or a one-off sum on a day. */
export type BudgetEventV9 =
  | { id: string; kind: 'no-income'; month: string; note: string }
  | { id: string; kind: 'one-off'; date: string; amount: string; note: string };

export interface BudgetRowV9 extends BudgetRowV8 {
  events?: BudgetEventV9[];
}

export type PlanBaselineV9 = PlanBaselineV8;

export interface PlanSettingsRowV9 extends PlanSettingsRowV8 {
  baseline?: PlanBaselineV9;
}

export type PaymentKindV9 = 'paid' | 'missed' | 'charge' | 'balance';

export interface PaymentRowV9 {
  id: string;
  profileId: string;
  platform: string;
  kind: PaymentKindV9;
  /** `YYYY-MM-DD`. */
  on: string;
  /** Money string; '' only on a `balance` that was not known. */
  amount: string;
  dueDate?: string;
  planned?: string;
  expected?: string;
  note: string;
  recordedAt: string;
  updatedAt: string;
}

export type NegotiationRowV9 = NegotiationRowV8;
export type CollectionLogRowV9 = CollectionLogRowV8;
export type AttachmentRefV9 = AttachmentRefV8;
export type AttachmentRowV9 = AttachmentRowV8;
export type AttachmentDataV9 = AttachmentDataV8;
export type CounsellorSessionRowV9 = CounsellorSessionRowV8;
export type SessionStepV9 = SessionStepV8;
export type BaselinePointV9 = BaselinePointV8;
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
  payments: PaymentRowV9[];
  settings: SettingsRowV9 | null;
}
