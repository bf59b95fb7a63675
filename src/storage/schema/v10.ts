/**
 * Frozen record shapes of schema version 10 (current): a debt may say who its lender is and how it
 * is charged (issue 16), and may keep the person's "what this loan really costs" check; settings may
 * keep a counsellor's one-year LPR history.
 *
 * New, all optional (a version 9 row is a valid version 10 row; migration 0010 changes nothing):
 * - debt `lenderType`: the person's answer to "who lent you this" (`unknown`: "I don't know");
 * - debt `penaltyPercent`: the rate charged while overdue, a percent in the unit of `enteredRate`;
 * - debt `feePercent` + `originalPrincipal`: 等本等息, a fee each month of feePercent % of the
 *   original principal;
 * - debt `contractInstalment`: a current loan's instalment under its contract;
 * - debt `cost`: the inputs of the real-annual-rate check and the figure it gave;
 * - settings `lprHistory`: one-year LPR figures by the date each took effect.
 *
 * DO NOT EDIT once released: add v11.ts and a migration instead. Imports only earlier frozen
 * schemas, never live code. repository.ts checks at compile time that the live domain records
 * still match these shapes.
 */
import type {
  AgreedTermsV9,
  AttachmentDataV9,
  AttachmentRefV9,
  AttachmentRowV9,
  BaselinePointV9,
  BudgetRowV9,
  CollectionLogRowV9,
  ConfirmationChannelV9,
  CounsellorSessionRowV9,
  DebtRowV9,
  LprOverrideV9,
  NegotiationConfirmationV9,
  NegotiationPaymentV9,
  NegotiationRowV9,
  PaymentRowV9,
  PaymentKindV9,
  BudgetEventV9,
  PlanBaselineV9,
  PlanSettingsRowV9,
  ProfileRowV9,
  ReviewRowV9,
  SessionStepV9,
  SettingsRowV9,
} from './v9';

export const SCHEMA_V10 = 10;

/** Same stores as version 9. */
export { STORES_V9 as STORES_V10 } from './v9';
export type { StoreNameV9 as StoreNameV10 } from './v9';

export type LenderTypeV10 =
  'bank' | 'consumer-finance' | 'microlender' | 'online-platform' | 'collection-agency' | 'unlicensed' | 'unknown';

/** One payment of a loan (money string, `YYYY-MM-DD`). */
export interface LoanPaymentV10 {
  date: string;
  amount: string;
}

/** The repayment schedule of the cost check: equal monthly payments, or a list read off the bill. */
export type LoanScheduleV10 =
  { mode: 'equal'; count: number; amount: string } | { mode: 'list'; payments: LoanPaymentV10[] };

/** The "what this loan really costs" check of one debt: what was typed and the figure it gave. */
export interface LoanCostV10 {
  /** The amount on the contract (money string). */
  borrowed: string;
  /** Taken at drawdown (money string, "0.00" when none). */
  upfrontFee: string;
  /** The day the money was received. */
  startDate: string;
  schedule: LoanScheduleV10;
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

export interface DebtRowV10 extends DebtRowV9 {
  lenderType?: LenderTypeV10;
  penaltyPercent?: string;
  feePercent?: string;
  originalPrincipal?: string;
  contractInstalment?: string;
  cost?: LoanCostV10;
}

/** One row of the LPR history: the one-year LPR in percent ("3.1") from a date. */
export interface LprHistoryEntryV10 {
  from: string;
  percent: string;
}

export interface SettingsRowV10 extends SettingsRowV9 {
  lprHistory?: LprHistoryEntryV10[];
}

export type ProfileRowV10 = ProfileRowV9;
export type BudgetRowV10 = BudgetRowV9;
export type PlanSettingsRowV10 = PlanSettingsRowV9;
export type NegotiationRowV10 = NegotiationRowV9;
export type CollectionLogRowV10 = CollectionLogRowV9;
export type AttachmentRefV10 = AttachmentRefV9;
export type AttachmentRowV10 = AttachmentRowV9;
export type AttachmentDataV10 = AttachmentDataV9;
export type CounsellorSessionRowV10 = CounsellorSessionRowV9;
export type SessionStepV10 = SessionStepV9;
export type BaselinePointV10 = BaselinePointV9;
export type PlanBaselineV10 = PlanBaselineV9;
export type ReviewRowV10 = ReviewRowV9;
export type ConfirmationChannelV10 = ConfirmationChannelV9;
export type AgreedTermsV10 = AgreedTermsV9;
export type NegotiationConfirmationV10 = NegotiationConfirmationV9;
export type NegotiationPaymentV10 = NegotiationPaymentV9;
export type PaymentRowV10 = PaymentRowV9;
export type PaymentKindV10 = PaymentKindV9;
export type BudgetEventV10 = BudgetEventV9;
export type LprOverrideV10 = LprOverrideV9;

export interface SnapshotV10 {
  profiles: ProfileRowV10[];
  debts: DebtRowV10[];
  budgets: BudgetRowV10[];
  planSettings: PlanSettingsRowV10[];
  negotiations: NegotiationRowV10[];
  collectionLog: CollectionLogRowV10[];
  attachments: AttachmentDataV10[];
  counsellorSessions: CounsellorSessionRowV10[];
  payments: PaymentRowV10[];
  settings: SettingsRowV10 | null;
}
