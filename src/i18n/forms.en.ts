/**
 * Strings of issue 13's form safety (src/ui/components/RateCheck.tsx, ConflictChooser.tsx and the
 * drafts): the question before an implausible rate is saved, the chooser between this tab's edit
 * and another tab's, and the notes about kept drafts. zh-CN is typed against this file.
 */
export const formsEn = {
  'rateCheck.question': '{unit} {percent}%? Please check.',
  'rateCheck.explain':
    'That is about {annual}% a year, far above the rates loans are usually quoted at. One digit too many or a misplaced decimal point is easy to type.',
  'rateCheck.correct': 'Correct the rate',
  'rateCheck.confirm': 'It is right, save it',
  'unit.daily-percent': 'Daily rate',
  'unit.monthly-percent': 'Monthly rate',
  'unit.annual-percent': 'Annual rate',
  'conflict.title': 'Changed in another tab',
  'conflict.explain':
    'While you were editing, this was changed in another tab or window. Nothing has been overwritten. Which version do you want to keep?',
  'conflict.what.debts': 'Debt: {name}',
  'conflict.what.budget': 'Budget',
  'conflict.what.other': 'A record',
  'conflict.mine': 'Yours (this tab)',
  'conflict.theirs': 'The other tab’s',
  'conflict.removed': '(deleted)',
  'conflict.keepMine': 'Keep mine',
  'conflict.takeTheirs': 'Take the other tab’s',
} as const;

export type FormsKey = keyof typeof formsEn;
export type FormsDict = Readonly<Record<FormsKey, string>>;
