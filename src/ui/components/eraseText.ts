/** The translator of issue 13's erase-and-lock strings (src/i18n/erase.*.ts), loaded with the screens that use them. */
import { eraseEn } from '../../i18n/erase.en';
import { eraseZhCN } from '../../i18n/erase.zh-CN';
import { makeTranslator } from '../../i18n/translate';

export const eraseT = makeTranslator({ en: eraseEn, 'zh-CN': eraseZhCN });
