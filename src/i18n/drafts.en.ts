/**
 * Strings of issue 13's drafts (src/ui/state/drafts.ts, src/ui/components/DraftNotice.tsx): the note
 * a form shows when it brings back what was typed and not saved, and the way to discard it.
 * zh-CN is typed against this file.
 */
export const draftsEn = {
  'draft.restored': 'We brought back what you typed here last time and had not saved yet.',
  'draft.discard': 'Discard these entries',
  'draft.filesNotKept': 'Chosen files are kept only once you save. If you leave before saving, choose them again.',
} as const;

export type DraftsKey = keyof typeof draftsEn;
export type DraftsDict = Readonly<Record<DraftsKey, string>>;
