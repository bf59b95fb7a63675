/**
 * UI strings of the counsellor's private notes and of what a client's file holds (issue 18):
 * the notes panel, the export preview ("the file contains … / not included: …") and the guided
 * session's editing of a debt's agreed terms and overdue date. zh-CN is typed against this file, so a missing key
 * fails typecheck. Placeholders are `{name}`.
 */
export const notesEn = {
  'notes.title': 'Your private notes',
  'notes.where':
    'Only on this device. Never in the client’s backup file, the handover file, the QR codes or the printed pack.',
  'notes.situation': 'Their situation, in their own words',
  'notes.worries': 'What worries them most (tick any)',
  'notes.text': 'Your notes',
  'notes.counsellorName': 'Your name',

  'contents.title': 'What the client’s file contains',
  'contents.for': 'Client: {name}',
  'contents.unnamed': 'Client without a name',
  'contents.notIncluded': 'Not included: your private notes',
  'contents.profile': 'the client’s name, notes and language',
  'contents.debts': '{count} debts',
  'contents.budget': 'the budget',
  'contents.planSettings': 'the plan settings',
  'contents.negotiations': '{count} negotiation records',
  'contents.collectionLog': '{count} collection log entries',
  'contents.attachments': '{count} attached files',
  'contents.counsellorSession': 'the session’s progress and the agreed plan',
  'contents.payments': '{count} payment records',
  'contents.settings': 'this device’s settings',

  'terms.title': 'Agreed terms and overdue date of {platform}',
  'terms.edit': 'Agreed terms and overdue date',
  'terms.editOf': 'Edit the agreed terms and overdue date of {platform}',
  'terms.saved': 'Saved the terms of {platform}.',
  'terms.instalment': 'agreed instalment {amount} a month',
  'terms.frozen': 'interest stopped',
  'terms.overdue': 'overdue since {date}',
} as const;

export type NotesKey = keyof typeof notesEn;
export type NotesDict = Readonly<Record<NotesKey, string>>;
