/**
 * The changing budget, the credit record's end date and the payment history on the debts screen
 * (issue 17). zh-CN (budget.zh-CN.ts) is typed against this file; the translator is
 * ui/components/budgetText.ts.
 */
export const budgetEn = {
  'events.title': 'Changes ahead',
  'events.intro':
    'A month without income, or a one-off sum such as a year-end bonus: the plan takes them into account at once.',
  'events.none': 'No changes yet: the same budget every month.',
  'events.noIncome.title': 'A month without income',
  'events.noIncome.hint': 'That month nothing goes to the debts; the month after, your budget is back to normal.',
  'events.noIncome.month': 'Which month',
  'events.noIncome.add': 'Add the month',
  'events.oneOff.title': 'A one-off sum',
  'events.oneOff.hint': 'It all goes to the debts on that day, on top of the month’s budget.',
  'events.oneOff.date': 'When it comes',
  'events.oneOff.amount': 'Amount (¥)',
  'events.oneOff.add': 'Add the sum',
  'events.note': 'What it is (optional)',
  'events.item.noIncome': 'No income in {month}',
  'events.item.oneOff': '{amount} on {date}',
  'events.edit': 'Change',
  'events.editLabel': 'Change: {what}',
  'events.save': 'Save the change',
  'events.cancel': 'Cancel',
  'events.remove': 'Remove',
  'events.removeLabel': 'Remove: {what}',
  'events.added': 'Added: {what}. The plan is updated.',
  'events.saved': 'Changed: {what}. The plan is updated.',
  'events.removed': 'Removed: {what}. The plan is updated.',
  'events.planEnds': 'With these changes, the plan clears every debt by {date}.',
  'events.planOpen': 'With these changes, the plan cannot clear every debt yet: see the plan screen.',
  'events.error.month': 'Choose a month, like 2027-03.',
  'events.error.month-over': '{month} is already over: the plan starts on {asOf}.',
  'events.error.month-twice': '{month} is already on the list.',
  'events.error.date': 'Enter a real date, like 2027-01-20.',
  'events.error.date-before': 'The date is before the plan starts ({asOf}).',
  'events.error.amount': 'Enter an amount above 0, like 5000 or 5000.50.',
  'events.error.note': 'The note is too long: at most 200 characters.',
  'credit.title': 'Credit record',
  'credit.separator': ': ',
  'credit.planned':
    'If it is paid off as planned on {cleared}, the overdue ends that day; by this rule the adverse record is kept until {until}, five years on, and must then be deleted.',
  'credit.notCleared': 'The plan does not clear this platform yet, so no date can be worked out.',
  'history.summary': 'Payment history ({count})',
  'history.summaryNone': 'Payment history (none yet)',
  'history.partial': '{date}: paid {amount} of {planned}',
} as const;

export type BudgetKey = keyof typeof budgetEn;
export type BudgetDict = Readonly<Record<BudgetKey, string>>;
