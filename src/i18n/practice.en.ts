/**
 * UI strings of the counsellor's practice (issue 18): the client's output language, private
 * notes, consent, the next appointment, contact details on the pack and the case status.
 * zh-CN is typed against this file, so a missing key fails typecheck. Placeholders are `{name}`.
 */
export const practiceEn = {
  'language.label': 'Client’s language (scripts, letters, pack, printed plan)',
  'language.zh-CN': '中文 (Chinese)',
  'language.en': 'English',
  'welcome.scan': 'Receive a file from your counsellor by scanning',
  'welcome.scanHint':
    'Your counsellor shows a loop of codes on their screen. The camera is asked for only when you tap “Scan”.',
} as const;

export type PracticeKey = keyof typeof practiceEn;
export type PracticeDict = Readonly<Record<PracticeKey, string>>;
