/**
 * Frozen record shapes of schema version 2: debts keep the rate as entered, profiles a revision.
 *
 * DO NOT EDIT: version 2 databases and backups look exactly like this forever.
 * Imports only earlier frozen schemas, never live code.
 */
import type {
  BudgetRowV1,
  CollectionLogRowV1,
  DebtRowV1,
  NegotiationRowV1,
  PlanSettingsRowV1,
  ProfileRowV1,
  SettingsRowV1,
} from './v1';

export const SCHEMA_V2 = 2;

/** Same stores as version 1. */
export { STORES_V1 as STORES_V2, SETTINGS_KEY_V1 as SETTINGS_KEY_V2 } from './v1';

export interface ProfileRowV2 extends ProfileRowV1 {
  /** Bumped on every write to the profile or anything it owns. */
  revision: number;
}

export type EnteredRateV2 =
  | { unit: 'daily-percent'; percent: string }
  | { unit: 'monthly-percent'; percent: string }
  | { unit: 'annual-percent'; percent: string; basis: 360 | 365 };

export interface DebtRowV2 extends DebtRowV1 {
  enteredRate: EnteredRateV2;
}

export type BudgetRowV2 = BudgetRowV1;
export type PlanSettingsRowV2 = PlanSettingsRowV1;
export type NegotiationRowV2 = NegotiationRowV1;
export type CollectionLogRowV2 = CollectionLogRowV1;
export type SettingsRowV2 = SettingsRowV1;

export interface SnapshotV2 {
  profiles: ProfileRowV2[];
  debts: DebtRowV2[];
  budgets: BudgetRowV2[];
  planSettings: PlanSettingsRowV2[];
  negotiations: NegotiationRowV2[];
  collectionLog: CollectionLogRowV2[];
  settings: SettingsRowV2 | null;
}
