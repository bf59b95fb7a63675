/**
 * UI strings of the counsellor's private notes and of what a client's file holds (issue 18):
 * the notes panel, the export preview ("the file contains … / not included: …") and the
 * handover that finishes the session first. zh-CN is typed against this file, so a missing key
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
  'contents.none': 'Nothing recorded yet',
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
  'contents.omitted': 'Not in the QR codes: {count} attached files (they go by file)',

  'handover.exportFinishes': 'Saving the client’s file finishes the session first, so the file opens on their plan.',
} as const;

export type NotesKey = keyof typeof notesEn;
export type NotesDict = Readonly<Record<NotesKey, string>>;
