/**
 * Frozen record shapes of schema version 5 (current): counsellor mode. Each profile may have one
 * counsellor session (keyed by its profile id, like budgets): the guided session's progress, the
 * choices made in it, the plan baseline taken at handover and the follow-up reviews. Settings
 * gain an optional `discreet` flag (neutral title, quick-hide).
 *
 * DO NOT EDIT once released: add v6.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AttachmentDataV4,
  AttachmentRefV4,
  AttachmentRowV4,
  BudgetRowV4,
  CollectionLogRowV4,
  DebtRowV4,
  NegotiationRowV4,
  PlanSettingsRowV4,
  ProfileRowV4,
  SettingsRowV4,
} from './v4';

export const SCHEMA_V5 = 5;

export const STORES_V5 = [
  'profiles',
  'debts',
  'budgets',
  'planSettings',
  'negotiations',
  'collectionLog',
  'attachments',
  'counsellorSessions',
  'settings',
  'meta',
] as const;
export type StoreNameV5 = (typeof STORES_V5)[number];

export type ProfileRowV5 = ProfileRowV4;
export type DebtRowV5 = DebtRowV4;
export type BudgetRowV5 = BudgetRowV4;
export type PlanSettingsRowV5 = PlanSettingsRowV4;
export type NegotiationRowV5 = NegotiationRowV4;
export type CollectionLogRowV5 = CollectionLogRowV4;
export type AttachmentRefV5 = AttachmentRefV4;
export type AttachmentRowV5 = AttachmentRowV4;
export type AttachmentDataV5 = AttachmentDataV4;

export interface SettingsRowV5 extends SettingsRowV4 {
  /** Discreet mode: a neutral page title and the quick-hide action. */
  discreet?: boolean;
}

export type SessionStepV5 = 'situation' | 'debts' | 'budget' | 'plan' | 'scripts' | 'week' | 'handover';

/** One point of the planned path: total owed after a period, and what the period pays. */
export interface BaselinePointV5 {
  date: string;
  /** Money string. */
  owed: string;
  /** Money string. */
  paid: string;
}

/** The plan as agreed at handover, kept so later reviews can compare against it. */
export interface PlanBaselineV5 {
  /** The day the baseline was taken (`YYYY-MM-DD`). */
  takenOn: string;
  asOf: string;
  /** Owed at `asOf`, money string. */
  startOwed: string;
  monthlyBudget: string;
  debtFreeDate: string | null;
  points: BaselinePointV5[];
}

export interface ReviewPaymentV5 {
  /** Platform name (as in the debts). */
  platform: string;
  amount: string;
}

export interface ReviewBalanceV5 {
  debtId: string;
  /** Owed before the review (what the plan held), money string. */
  before: string;
  /** Owed now, as read from the platform, money string. */
  after: string;
}

/** One follow-up review: what was paid, what is owed now, and the plan's dates before and after. */
export interface ReviewRowV5 {
  id: string;
  /** The review's date (`YYYY-MM-DD`). */
  on: string;
  payments: ReviewPaymentV5[];
  balances: ReviewBalanceV5[];
  note: string;
  /** Debt-free date of the plan before and after replanning from this review. */
  debtFreeBefore: string | null;
  debtFreeAfter: string | null;
}

export interface ScriptChoiceV5 {
  /** Platform name. */
  platform: string;
  /** A script kind (src/scripts SCRIPT_KINDS). */
  kind: string;
}

export interface CounsellorSessionRowV5 {
  profileId: string;
  /** The step the session is on (resume here). */
  step: SessionStepV5;
  /** Steps finished at least once. */
  completed: SessionStepV5[];
  /** The person's situation, in their words. */
  situation: string;
  /** Worry keys (e.g. 'calls', 'family') the person picked. */
  worries: string[];
  scripts: ScriptChoiceV5[];
  /** Ids of this-week checklist items already done. */
  weekDone: string[];
  counsellorName: string;
  /** Day of the handover (`YYYY-MM-DD`); absent until the session is handed over. */
  handedOverOn?: string;
  baseline?: PlanBaselineV5;
  reviews: ReviewRowV5[];
  updatedAt: string;
}

export interface SnapshotV5 {
  profiles: ProfileRowV5[];
  debts: DebtRowV5[];
  budgets: BudgetRowV5[];
  planSettings: PlanSettingsRowV5[];
  negotiations: NegotiationRowV5[];
  collectionLog: CollectionLogRowV5[];
  attachments: AttachmentDataV5[];
  counsellorSessions: CounsellorSessionRowV5[];
  settings: SettingsRowV5 | null;
}
