/**
 * Strings of the "What this loan really costs" screen (issue 16; src/ui/pages/CostPage.tsx), loaded
 * with that screen. Legal reference lines are not here: they come from src/rules/cost.ts with sources.
 */
export const costEn = {
  'cost.title': 'What this loan really costs',
  'cost.intro':
    'Type what you actually received and what you pay, from the contract and the bill. Shore works out the real annual rate from them.',
  'cost.noDebts': 'Add a debt on the Debts screen first.',
  'cost.which': 'Which loan',
  'cost.borrowed': 'Amount on the contract (¥)',
  'cost.upfrontFee': 'Taken at drawdown (¥: service fee, interest taken in advance; 0 if none)',
  'cost.startDate': 'Day the money arrived (contract date)',
  'cost.scheduleLegend': 'How it is repaid',
  'cost.mode.equal': 'The same amount every month',
  'cost.mode.list': 'Payment by payment, from the bill',
  'cost.count': 'Number of monthly payments',
  'cost.amount': 'Each monthly payment (¥)',
  'cost.periodFee': 'Added to every payment (¥: guarantee or membership fee; 0 if none)',
  'cost.payment.date': 'Payment {n}: date',
  'cost.payment.amount': 'Payment {n}: amount (¥)',
  'cost.addPayment': 'Add a payment',
  'cost.removePayment': 'Remove payment {n}',
  'cost.resultTitle': 'Real annual rate',
  'cost.result': 'The real annual rate of this loan is {rate}%.',
  'cost.method.monthly-irr': 'Worked out by month: every payment falls on the same day of a later month.',
  'cost.method.daily-irr': 'Worked out by the actual days between payments.',
  'cost.totals': 'You repay {paid} in all for {received} received: {cost} more than you received.',
  'cost.table.caption': 'Each payment at {rate}% a year',
  'cost.table.date': 'Date',
  'cost.table.periods.month': 'Months',
  'cost.table.periods.day': 'Days',
  'cost.table.payment': 'Payment',
  'cost.table.interest': 'Interest',
  'cost.table.principal': 'Principal part',
  'cost.table.balance': 'Balance after',
  'cost.table.start': 'Received',
  'cost.footnote':
    'How to check a row: the rate for a period is the annual rate shown above ÷ 12 a month (÷ 365 a day), compounded over the months or days since the previous payment. Interest = previous balance × that rate, worked out exactly and then rounded to the fen on its own row (half up). Principal part = payment − interest; balance after = previous balance − principal part.',
  'cost.rounding':
    'After the last payment the balance shows {amount}: a rounding difference, because the annual rate is shown to 2 decimals and each interest is rounded to the fen. The loan itself is repaid: 0.00.',
  'cost.referenceTitle': 'What to compare it with',
  'cost.lender': 'Who lent it (from the debt form): {type}',
  'cost.cite': 'Letters may quote this figure (only when ticked)',
  'cost.citeHint':
    'Letters then say: “Calculated from the amount I actually received and the repayment schedule, the real annual cost of this loan is about {rate}%.” Nothing more.',
  'cost.save': 'Save this calculation',
  'cost.saved': 'Saved.',
  'cost.back': 'Back to debts',
  'cost.error.title': 'Please correct:',
  'cost.error.money-format': '{field}: type an amount such as 1120.00',
  'cost.error.not-positive': '{field}: must be more than 0',
  'cost.error.fee-not-below-borrowed': '{field}: must be less than the amount on the contract',
  'cost.error.count': '{field}: a whole number from 1 to 1200',
  'cost.error.date': '{field}: type a date such as 2027-01-15',
  'cost.error.empty': '{field}: add at least one payment',
  'cost.error.not-after-start': '{field}: must be after the day the money arrived',
  'cost.error.out-of-order': '{field}: must not be before the payment above it',
  'cost.error.too-far': '{field}: must be within 100 years of the day the money arrived',
  'cost.error.too-many': '{field}: at most 1200 payments',
  'cost.error.other': '{field}: please check this value',
  'cost.field.schedule': 'Payments',
  'cost.lpr.title': 'One-year LPR table',
  'cost.lpr.hint':
    'The 4× line uses the LPR in force on the contract date, from this table. The rows built in are a starting point: check them against the People’s Bank of China announcements, and change or add rows.',
  'cost.lpr.from': 'From (date)',
  'cost.lpr.percent': 'One-year LPR (%)',
  'cost.lpr.rowLabel': 'Row {n}',
  'cost.lpr.add': 'Add a row',
  'cost.lpr.remove': 'Remove row {n}',
  'cost.lpr.save': 'Save the LPR table',
  'cost.lpr.reset': 'Back to the built-in rows',
  'cost.lpr.invalid':
    'Row {n}: type a date such as 2025-05-20 and a percent above 0 such as 3.00 (at most 4 decimals).',
  'cost.lpr.saved': 'LPR table saved.',
} as const;

export type CostKey = keyof typeof costEn;
export type CostDict = Readonly<Record<CostKey, string>>;
