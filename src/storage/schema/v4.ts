/**
 * Frozen record shapes of schema version 4 (current): collection-log entries keep the facts the
 * person ticked (the call did not connect, they threatened me, they asked me to pay a personal
 * account…) in their own optional `facts` field instead of `fact:*` tokens inside `ruleIds`.
 *
 * DO NOT EDIT once released: add v5.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AttachmentDataV3,
  AttachmentRefV3,
  AttachmentRowV3,
  BudgetRowV3,
  CollectionLogRowV3,
  DebtRowV3,
  NegotiationRowV3,
  PlanSettingsRowV3,
  ProfileRowV3,
  SettingsRowV3,
} from './v3';

export const SCHEMA_V4 = 4;

/** Same stores as version 3. */
export { STORES_V3 as STORES_V4, SETTINGS_KEY_V3 as SETTINGS_KEY_V4 } from './v3';
export type { StoreNameV3 as StoreNameV4 } from './v3';

export type ProfileRowV4 = ProfileRowV3;
export type DebtRowV4 = DebtRowV3;
export type BudgetRowV4 = BudgetRowV3;
export type PlanSettingsRowV4 = PlanSettingsRowV3;
export type NegotiationRowV4 = NegotiationRowV3;
export type SettingsRowV4 = SettingsRowV3;
export type AttachmentRefV4 = AttachmentRefV3;
export type AttachmentRowV4 = AttachmentRowV3;
export type AttachmentDataV4 = AttachmentDataV3;

/**
 * What the person ticked about one contact. Every field is optional; absent means "not ticked"
 * (for `connected`: absent means the call connected, `false` that it did not).
 */
export interface CollectionLogFactsV4 {
  connected?: boolean;
  threatened?: boolean;
  insulted?: boolean;
  impersonated?: boolean;
  claimedGuarantor?: boolean;
  askedPersonalAccount?: boolean;
  pushedNewBorrowing?: boolean;
  disclosedDebt?: boolean;
  agreedTime?: boolean;
}

export interface CollectionLogRowV4 extends CollectionLogRowV3 {
  /** Absent when nothing was ticked. `ruleIds` no longer carries `fact:*` tokens. */
  facts?: CollectionLogFactsV4;
}

export interface SnapshotV4 {
  profiles: ProfileRowV4[];
  debts: DebtRowV4[];
  budgets: BudgetRowV4[];
  planSettings: PlanSettingsRowV4[];
  negotiations: NegotiationRowV4[];
  collectionLog: CollectionLogRowV4[];
  attachments: AttachmentDataV4[];
  settings: SettingsRowV4 | null;
}
