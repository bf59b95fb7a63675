/**
 * Frozen record shapes of schema version 8 (current): a debt keeps only the rate as the person
 * entered it (`enteredRate`).
 *
 * Until version 8 each debt also stored the rate normalised for the engine (`dailyRate` or
 * `monthlyRate`), written on every save and read by nothing: the engine's input has always been
 * computed from `enteredRate` (ui/model/planInput.ts `toDebtInput` → `toEngineRate`). Two copies
 * of one fact can only disagree, so version 8 drops the stored one; migration 0008 removes it.
 *
 * DO NOT EDIT once released: add v9.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV7,
  AttachmentDataV7,
  AttachmentRefV7,
  AttachmentRowV7,
  BaselinePointV7,
  BudgetRowV7,
  CollectionLogRowV7,
  ConfirmationChannelV7,
  CounsellorSessionRowV7,
  DebtRowV7,
  LprOverrideV7,
  NegotiationConfirmationV7,
  NegotiationPaymentV7,
  NegotiationRowV7,
  PlanBaselineV7,
  PlanSettingsRowV7,
  ProfileRowV7,
  ReviewRowV7,
  SessionStepV7,
  SettingsRowV7,
} from './v7';

export const SCHEMA_V8 = 8;

/** Same stores as version 7. */
export { STORES_V7 as STORES_V8 } from './v7';
export type { StoreNameV7 as StoreNameV8 } from './v7';

export type ProfileRowV8 = ProfileRowV7;
/** A debt without the stored engine rate: `enteredRate` is the only rate kept. */
export type DebtRowV8 = Omit<DebtRowV7, 'dailyRate' | 'monthlyRate'>;
export type BudgetRowV8 = BudgetRowV7;
export type PlanSettingsRowV8 = PlanSettingsRowV7;
export type NegotiationRowV8 = NegotiationRowV7;
export type CollectionLogRowV8 = CollectionLogRowV7;
export type AttachmentRefV8 = AttachmentRefV7;
export type AttachmentRowV8 = AttachmentRowV7;
export type AttachmentDataV8 = AttachmentDataV7;
export type CounsellorSessionRowV8 = CounsellorSessionRowV7;
export type SessionStepV8 = SessionStepV7;
export type BaselinePointV8 = BaselinePointV7;
export type PlanBaselineV8 = PlanBaselineV7;
export type ReviewRowV8 = ReviewRowV7;
export type ConfirmationChannelV8 = ConfirmationChannelV7;
export type AgreedTermsV8 = AgreedTermsV7;
export type NegotiationConfirmationV8 = NegotiationConfirmationV7;
export type NegotiationPaymentV8 = NegotiationPaymentV7;
export type LprOverrideV8 = LprOverrideV7;
export type SettingsRowV8 = SettingsRowV7;

export interface SnapshotV8 {
  profiles: ProfileRowV8[];
  debts: DebtRowV8[];
  budgets: BudgetRowV8[];
  planSettings: PlanSettingsRowV8[];
  negotiations: NegotiationRowV8[];
  collectionLog: CollectionLogRowV8[];
  attachments: AttachmentDataV8[];
  counsellorSessions: CounsellorSessionRowV8[];
  settings: SettingsRowV8 | null;
}
