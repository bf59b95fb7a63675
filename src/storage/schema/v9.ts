/**
 * Frozen record shapes of schema version 9 (current): a debt may say who its lender is and how it
 * is charged (issue 16), and may keep the person's "what this loan really costs" check; settings may
 * keep a counsellor's one-year LPR history.
 *
 * New, all optional (a version 8 row is a valid version 9 row; migration 0009 changes nothing):
 * - debt `lenderType`: the person's answer to "who lent you this" (`unknown`: "I don't know");
 * - debt `penaltyPercent`: the rate charged while overdue, a percent in the unit of `enteredRate`;
 * - debt `feePercent` + `originalPrincipal`: 等本等息, a fee each month of feePercent % of the
 *   original principal;
 * - debt `contractInstalment`: a current loan's instalment under its contract;
 * - debt `cost`: the inputs of the real-annual-rate check and the figure it gave;
 * - settings `lprHistory`: one-year LPR figures by the date each took effect.
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

export type LenderTypeV9 =
  'bank' | 'consumer-finance' | 'microlender' | 'online-platform' | 'collection-agency' | 'unlicensed' | 'unknown';

/** One payment of a loan (money string, `YYYY-MM-DD`). */
export interface LoanPaymentV9 {
  date: string;
  amount: string;
}

/** The repayment schedule of the cost check: equal monthly payments, or a list read off the bill. */
export type LoanScheduleV9 =
  { mode: 'equal'; count: number; amount: string } | { mode: 'list'; payments: LoanPaymentV9[] };

/** The "what this loan really costs" check of one debt: what was typed and the figure it gave. */
export interface LoanCostV9 {
  /** The amount on the contract (money string). */
  borrowed: string;
  /** Taken at drawdown (money string, "0.00" when none). */
  upfrontFee: string;
  /** The day the money was received. */
  startDate: string;
  schedule: LoanScheduleV9;
  /** Added to every payment: guarantee or membership fee (money string, "0.00" when none). */
  periodFee: string;
  /** The real annual rate in percent, 2 decimals, as computed from the above. */
  annualRate: string;
  method: 'monthly-irr' | 'daily-irr';
  /** The person agreed that letters may cite the figure. */
  citeInLetters: boolean;
  /** The day the figure was computed. */
  computedOn: string;
}

export interface DebtRowV9 extends DebtRowV8 {
  lenderType?: LenderTypeV9;
  penaltyPercent?: string;
  feePercent?: string;
  originalPrincipal?: string;
  contractInstalment?: string;
  cost?: LoanCostV9;
}

/** One row of the LPR history: the one-year LPR in percent ("3.1") from a date. */
export interface LprHistoryEntryV9 {
  from: string;
  percent: string;
}

export interface SettingsRowV9 extends SettingsRowV8 {
  lprHistory?: LprHistoryEntryV9[];
}

export type ProfileRowV9 = ProfileRowV8;
export type BudgetRowV9 = BudgetRowV8;
export type PlanSettingsRowV9 = PlanSettingsRowV8;
export type NegotiationRowV9 = NegotiationRowV8;
export type CollectionLogRowV9 = CollectionLogRowV8;
export type AttachmentRefV9 = AttachmentRefV8;
export type AttachmentRowV9 = AttachmentRowV8;
export type AttachmentDataV9 = AttachmentDataV8;
export type CounsellorSessionRowV9 = CounsellorSessionRowV8;
export type SessionStepV9 = SessionStepV8;
export type BaselinePointV9 = BaselinePointV8;
export type PlanBaselineV9 = PlanBaselineV8;
export type ReviewRowV9 = ReviewRowV8;
export type ConfirmationChannelV9 = ConfirmationChannelV8;
export type AgreedTermsV9 = AgreedTermsV8;
export type NegotiationConfirmationV9 = NegotiationConfirmationV8;
export type NegotiationPaymentV9 = NegotiationPaymentV8;
export type LprOverrideV9 = LprOverrideV8;

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
