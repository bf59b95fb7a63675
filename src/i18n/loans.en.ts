/**
 * Issue 16's strings: how a loan is charged (the debt form), plan warnings (not realistic, current
 * loans going overdue) and the "what this loan really costs" screen. zh-CN is typed against this
 * file; translator `loansText` (src/ui/model/loansText.ts).
 */
export const loansEn = {
  'loans.termsLegend': 'How this loan is charged',
  'loans.termsHint':
    'You can find these in the loan contract or the loan details in the app. Leave blank what you do not know.',
  'loans.penaltyPercent': 'Rate once overdue (penalty rate, %, optional)',
  'loans.penaltyHint':
    'In the same unit as the rate above ({unit}). For example 0.075 % a day once overdue, against 0.05 % before. While the loan is overdue the plan charges this rate.',
  'loans.feePercent': 'Monthly fee rate on the original amount (%, optional)',
  'loans.feeHint':
    'Loans sold as “monthly fee rate 1 %” (等本等息) charge the original amount × this rate every month.',
  'loans.originalPrincipal': 'Amount originally borrowed (yuan, optional)',
  'loans.originalPrincipalHint':
    'What you borrowed at the start. If blank, the fee is worked out on the principal owed now.',
  'loans.contractInstalment': 'Not overdue yet: the monthly instalment in the contract (yuan, optional)',
  'loans.contractInstalmentHint':
    'If you are still paying this loan on time, enter what is due each month. The plan pays it first every month so that the loan stays on time.',
  'loans.error.instalment-and-fixed':
    'Fill in either the contract instalment or the agreed instalment, not both: once an instalment is agreed, it replaces the contract’s.',
  'loans.costLink': 'What this loan really costs',
  'loans.unrealisticTitle': 'This plan is not realistic',
  'loans.unrealistic.longer-than-5-years':
    'At {budget} a month it takes {months} months, until {date}: more than 5 years.',
  'loans.unrealistic.longer-uncleared': 'At {budget} a month it is not cleared within 5 years.',
  'loans.unrealistic.not-feasible': 'At {budget} a month this plan does not work (see above).',
  'loans.unrealistic.interest-outgrows-payments':
    'Interest and fees grow as fast as the payments: the debt no longer goes down.',
  'loans.realisticThree': 'To be debt-free within 3 years (by {date}): {amount} a month.',
  'loans.realisticFive': 'To be debt-free within 5 years (by {date}): {amount} a month.',
  'loans.realisticNoneThree': 'No budget clears it within 3 years.',
  'loans.realisticNoneFive': 'No budget clears it within 5 years.',
  'loans.realisticAdvice':
    'If that is more than you can pay, the usual next step is to ask the largest and most expensive creditors to stop interest or agree instalments, or to get help from a debt counsellor or legal aid.',
  'loans.headlineLong':
    'At the current budget the last payment would be on {date}, {months} months from now. That is not a realistic plan: see below.',
  'loans.shortfallTitle': 'The budget cannot keep your current loans on time',
  'loans.shortfallOverdue': 'At the current budget, {name} goes overdue from {date}.',
  'loans.shortfallPenalty':
    'Once overdue it is charged the penalty rate: {amount} more penalty interest over the plan.',
  'loans.shortfallNoPenalty':
    'No penalty rate was entered, so the plan charges none; in practice an overdue loan usually costs penalty interest and leaves a late-payment record.',
  'loans.shortfallMissed': 'From {date}, {amount} of payments due cannot be paid in all.',
  'loans.shortfallKeep':
    'To keep every current loan on time, the budget must at least cover their instalments: {amount} a month.',
  'loans.penaltyNote':
    '{name} is charged its penalty rate while overdue: {amount} more than its contract rate over the plan.',
  'loans.suggestLegend': 'A realistic goal',
  'loans.suggestThree': 'Within 3 years (by {date})',
  'loans.suggestFive': 'Within 5 years (by {date})',
  'loans.targetTooFar':
    'This date is more than 5 years away. The longer a plan runs, the more interest it costs and the harder it is to keep to; a date within 5 years is better.',
} as const;

export type LoansKey = keyof typeof loansEn;
export type LoansDict = Readonly<Record<LoansKey, string>>;
