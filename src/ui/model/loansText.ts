/** The translator for issue 16's strings (src/i18n/loans.*.ts), loaded with the screens that use them. */
import { loansEn, type LoansDict, type LoansKey } from '../../i18n/loans.en';
import { loansZhCN } from '../../i18n/loans.zh-CN';
import { makeTranslator, type Locale } from '../../i18n/translate';

const DICTS: Readonly<Record<Locale, LoansDict>> = { 'zh-CN': loansZhCN, en: loansEn };

export const loansText = makeTranslator<LoansKey>(DICTS);
export type { LoansKey };
