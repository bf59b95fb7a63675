/** The dictionaries of the scripts page's issue-14 parts and their translator (see letters.en.ts). Pure. */
import { lettersEn, type LettersDict, type LettersMessageKey } from './letters.en';
import { lettersZhCN } from './letters.zh-CN';
import { makeTranslator, type Locale } from './translate';

export type { LettersDict, LettersMessageKey } from './letters.en';

export const LETTERS_DICTIONARIES: Readonly<Record<Locale, LettersDict>> = {
  'zh-CN': lettersZhCN,
  en: lettersEn,
};

export const lettersText = makeTranslator<LettersMessageKey>(LETTERS_DICTIONARIES);
