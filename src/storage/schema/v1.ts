/**
 * Frozen record shapes of schema version 1 (the first release).
 *
 * DO NOT EDIT: databases and backup files written by version 1 look exactly like this forever.
 * Change the schema by adding vN+1.ts and a migration. Imports nothing from live code.
 * Money is a string like "1234.50", dates `YYYY-MM-DD`, moments ISO 8601 strings.
 */

export const SCHEMA_V1 = 1;

/** Object stores of version 1 (all of them keyed by `id` unless said otherwise). */
export const STORES_V1 = [
  'profiles',
  'debts',
  'budgets', // key: profileId
  'planSettings', // key: profileId
  'negotiations',
  'collectionLog',
  'settings', // out-of-line key, one record under SETTINGS_KEY_V1
  'meta', // out-of-line keys
] as const;
export type StoreNameV1 = (typeof STORES_V1)[number];

export const SETTINGS_KEY_V1 = 'app';

/** Version 1 profiles had no revision counter. */
export interface ProfileRowV1 {
  id: string;
  displayName: string;
  notes: string;
  updatedAt: string;
  archived?: boolean;
}

/** Version 1 debts kept only the normalised rate, not the rate as the person entered it. */
export interface DebtRowV1 {
  id: string;
  profileId: string;
  platform: string;
  kind: 'online-loan' | 'credit-card' | 'consumer-finance' | 'private-loan' | 'other';
  contractNumber: string;
  principal: string;
  interest: string;
  fees: string;
  dailyRate?: string;
  monthlyRate?: string;
  compound: boolean;
  periodFee?: string;
  chargeCap?: string;
  frozen: boolean;
  fixedPayment?: string;
  tokenPayment?: string;
  overdueSince?: string;
  collectionStatus: 'none' | 'reminders' | 'calls' | 'third-party-contact' | 'legal' | 'outsourced';
  notes: string;
  position: number;
  updatedAt: string;
}

export interface BudgetLineV1 {
  id: string;
  label: string;
  category: string;
  amount: string;
}

export interface BudgetRowV1 {
  profileId: string;
  mode: 'lines' | 'direct';
  income: BudgetLineV1[];
  expenses: BudgetLineV1[];
  directAmount: string;
  updatedAt: string;
}

export interface PlanSettingsRowV1 {
  profileId: string;
  strategy: 'snowball' | 'avalanche' | 'custom';
  customOrder: string[];
  asOf: string;
  firstPaymentDate: string;
  targetDate?: string;
  updatedAt: string;
}

export interface NegotiationRowV1 {
  id: string;
  profileId: string;
  platform: string;
  at: string;
  kind: 'contact' | 'proposal' | 'reply' | 'agreement' | 'confirmation' | 'note';
  summary: string;
  answer?: 'accepted' | 'refused' | 'counter-offer' | 'no-reply' | 'pending';
  agreedTerms?: {
    frozen?: boolean;
    fixedPayment?: string;
    chargeCap?: string;
    tokenPayment?: string;
    months?: number;
    effectiveFrom: string;
  };
  writtenConfirmation: boolean;
  updatedAt: string;
}

/** Version 1 log entries had no "who was contacted" and no attachments. */
export interface CollectionLogRowV1 {
  id: string;
  profileId: string;
  at: string;
  platform: string;
  callerNumber: string;
  callerName: string;
  channel: 'call' | 'sms' | 'wechat' | 'in-app' | 'visit' | 'letter' | 'call-to-contact';
  whatWasSaid: string;
  ruleIds: string[];
  updatedAt: string;
}

export interface SettingsRowV1 {
  language: 'zh-CN' | 'en';
  activeProfileId?: string;
  preparerName?: string;
}

/** Everything of one version as plain data: what a backup file's `data` holds. */
export interface SnapshotV1 {
  profiles: ProfileRowV1[];
  debts: DebtRowV1[];
  budgets: BudgetRowV1[];
  planSettings: PlanSettingsRowV1[];
  negotiations: NegotiationRowV1[];
  collectionLog: CollectionLogRowV1[];
  settings: SettingsRowV1 | null;
}
