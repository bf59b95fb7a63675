/**
 * One glossary for the words Shore uses about debts and negotiation, in both languages (issue 14).
 * The letters (src/scripts/templates) and the UI dictionaries take these terms from here, so one
 * thing has one name everywhere: the small monthly payment is never also called 象征性还款,
 * 维持还款 or 最低维持还款, and 个性化分期 (a credit-card term) is never used to other lenders.
 *
 * `en` terms are lower-case, as they read inside a sentence; `sentenceCase` starts a sentence.
 * Pure data.
 */
/** One term in both languages. */
export interface Term {
  readonly zh: string;
  readonly en: string;
}

const term = (zh: string, en: string): Term => ({ zh, en });

export const GLOSSARY = {
  /** What a creditor waiting its turn gets each month (DebtInput.tokenPayment). */
  smallPayment: term('小额还款', 'small monthly payment'),
  /** A fixed amount each month agreed with a creditor (DebtInput.fixedPayment). */
  instalment: term('分期', 'instalment'),
  /** Credit cards only: the personalised instalment agreement of the 2011 credit-card measures, art. 70. */
  cardInstalmentPlan: term('个性化分期还款', 'personalised instalment plan'),
  /** Any other lender: a repayment by instalments. */
  loanInstalmentPlan: term('分期还款', 'repayment by instalments'),
  /** Any other lender: a later repayment date. */
  deferral: term('延期还款', 'deferred repayment'),
  /** The creditor stops charging interest and fees (停息). */
  interestStop: term('停止计收利息和费用', 'stop charging interest and fees'),
  /** The lump sum that closes an account for less than is owed. */
  settlement: term('一次性结清', 'one-off settlement'),
  settlementCertificate: term('结清证明', 'settlement certificate'),
  itemisedStatement: term('欠款明细', 'itemised statement'),
  /** Loans: interest charged on overdue principal. */
  penaltyInterest: term('罚息', 'penalty interest'),
  /** Cards: the late-payment charge (违约金; the word 滞纳金 is not used for cards). */
  cardLateCharge: term('违约金', 'late-payment charge'),
  /** How Shore repays: all spare money to one creditor, then the next. Never a "queue" to creditors. */
  oneAtATime: term('逐家集中偿还', 'repaying one creditor at a time'),
  officialAccount: term('合同约定的官方还款账户', 'the official repayment account in the contract'),
  newLoanToRepayOld: term('借新还旧', 'borrowing new money to repay old debts'),
  paidNegotiationAgent: term('代理协商', 'paid debt-negotiation agents'),
  /** The person who guides a client through a plan in counsellor mode (陪谈模式); never 顾问 or 陪谈人. */
  counsellor: term('陪谈员', 'counsellor'),
  guarantor: term('担保人', 'guarantor'),
  guaranteeContract: term('担保合同', 'guarantee contract'),
} as const satisfies Record<string, Term>;

export type GlossaryTerm = keyof typeof GLOSSARY;

/** "small monthly payment" → "Small monthly payment". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
