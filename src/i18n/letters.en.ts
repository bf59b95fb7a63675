/**
 * UI strings of the scripts page's issue-14 parts (src/ui/pages/ScriptsPage.tsx and
 * src/ui/components/KeptLetters.tsx): who is calling, the settlement's cash question, the evidence
 * kept, the instalments the letters assume, and the letters already copied, shared or printed.
 * This file defines the keys; letters.zh-CN.ts is typed against it.
 */
export const lettersEn = {
  'letters.date': 'Date on the letter (today unless you change it; empty: a blank line to fill in by hand)',
  'letters.unsure': 'I am not sure who is contacting me about this debt',
  'letters.cashOnHand': 'Cash you have now and could pay at once (yuan; optional)',
  'letters.cashOnHand.hint':
    'Shore never assumes you have money for a settlement. Without an amount, the letter asks the creditor for its settlement figure.',
  'letters.owedNow':
    'You owe this creditor {owed} as of {asOf} (principal, interest and fees as you entered them). A settlement offer cannot be more.',
  'letters.invalidCash': 'The cash you have is not an amount. Write it in yuan, for example 3000 or 2999.50.',
  'letters.kept': 'What you have kept of these contacts',
  'letters.kept.hint': 'The letter mentions only what is ticked. Ticked for you: what your collection log holds.',
  'letters.kept.recording': 'Call recordings',
  'letters.kept.screenshot': 'Screenshots',
  'letters.kept.call-log': 'Call logs',
  'letters.kept.message': 'Text and chat messages',
  'letters.complaintEvents': 'Entries from your collection log listed in this complaint: {count}.',
  'letters.complaintEvents.none':
    'Your collection log has no entry for this creditor that may break a rule, so the complaint lists none.',
  'letters.interestStop': 'Your record says {platform} agreed to stop interest from {since}: the letter can say so.',
  'letters.whatIf.title': 'All your letters assume',
  'letters.whatIf.intro':
    'Every letter is written from one version of your plan. An instalment you ask for is written into it before its letter, and kept for every other letter once you copy, share or print it, so each letter shows the same money.',
  'letters.whatIf.none': 'Your plan as it is (no instalment asked for).',
  'letters.whatIf.item': '{platform}: an instalment of {amount} a month ({months} months)',
  'letters.whatIf.unfit': '{platform}: no instalment of 60 months or less fits your plan, so the letters assume none',
  'letters.whatIf.keep': 'Use this instalment in every letter',
  'letters.whatIf.remove': 'Stop assuming the instalment from {platform}',
  'letters.kept.title': 'Letters you copied, shared or printed',
  'letters.kept.empty':
    'None yet. When you copy, share or print a letter, it is listed here and checked against your plan.',
  'letters.kept.copied': 'Copied {at}',
  'letters.kept.shared': 'Shared {at}',
  'letters.kept.printed': 'Printed {at}',
  'letters.kept.current': 'Still matches your plan.',
  'letters.kept.outOfDate': 'Out of date: your plan changed since. What changed in this letter:',
  'letters.kept.gone': 'Out of date: this creditor is no longer in your plan.',
  'letters.kept.forget': 'Remove “{title}” from this list',
  'letters.kept.forgetShort': 'Remove',
  'letters.kept.note': 'This list is kept until you close or reload the app.',
} as const satisfies Record<string, string>;

export type LettersMessageKey = keyof typeof lettersEn;
export type LettersDict = Readonly<Record<LettersMessageKey, string>>;
