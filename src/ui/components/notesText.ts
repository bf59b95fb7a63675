/** The private-notes strings (src/i18n/notes.*.ts) in the screen's language (the counsellor's). */
import { notesEn, type NotesDict, type NotesKey } from '../../i18n/notes.en';
import { notesZhCN } from '../../i18n/notes.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';
import { usePlanner } from '../state/PlannerProvider';

const DICTS: Readonly<Record<Locale, NotesDict>> = { 'zh-CN': notesZhCN, en: notesEn };

export const notesText = makeTranslator<NotesKey>(DICTS);

export type NotesT = (key: NotesKey, params?: Readonly<Record<string, string | number>>) => string;

/** Notes strings in the planner's current language (reactive when called inside JSX). */
export function useNotesText(): NotesT {
  const planner = usePlanner();
  return (key, params) => notesText(planner.state.locale, key, params);
}
