/**
 * Frozen record shapes of schema version 3 (current): collection-log entries record who was
 * contacted and carry attachments, whose Blobs live in their own `attachments` store; the log
 * gains a [profileId, at] index.
 *
 * DO NOT EDIT once released: add v4.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  BudgetRowV2,
  CollectionLogRowV2,
  DebtRowV2,
  NegotiationRowV2,
  PlanSettingsRowV2,
  ProfileRowV2,
  SettingsRowV2,
} from './v2';

export const SCHEMA_V3 = 3;

export const STORES_V3 = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'settings',
  'meta',
] as const;
export type StoreNameV3 = (typeof STORES_V3)[number];

export const SETTINGS_KEY_V3 = 'app';

export type ProfileRowV3 = ProfileRowV2;
export type DebtRowV3 = DebtRowV2;
export type BudgetRowV3 = BudgetRowV2;
export type PlanSettingsRowV3 = PlanSettingsRowV2;
export type NegotiationRowV3 = NegotiationRowV2;
export type SettingsRowV3 = SettingsRowV2;

export interface AttachmentRefV3 {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface CollectionLogRowV3 extends CollectionLogRowV2 {
  contacted: 'me' | 'emergency-contact' | 'other-contact' | 'family' | 'employer';
  attachments: AttachmentRefV3[];
}

/** One stored file (a screenshot, a recording) attached to a collection-log entry. */
export interface AttachmentRowV3 {
  id: string;
  profileId: string;
  logId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

/** In a backup file the Blob travels as base64. */
export interface AttachmentDataV3 {
  id: string;
  profileId: string;
  logId: string;
  name: string;
  type: string;
  size: number;
  base64: string;
}

export interface SnapshotV3 {
  profiles: ProfileRowV3[];
  debts: DebtRowV3[];
  budgets: BudgetRowV3[];
  planSettings: PlanSettingsRowV3[];
  negotiations: NegotiationRowV3[];
  collectionLog: CollectionLogRowV3[];
  attachments: AttachmentDataV3[];
  settings: SettingsRowV3 | null;
}
