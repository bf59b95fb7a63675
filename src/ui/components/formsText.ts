/** The translator of issue 13's form-safety strings (src/i18n/forms.*.ts), loaded with the screens that use them. */
import { formsEn } from '../../i18n/forms.en';
import { formsZhCN } from '../../i18n/forms.zh-CN';
import { makeTranslator } from '../../i18n/translate';

export const formsT = makeTranslator({ en: formsEn, 'zh-CN': formsZhCN });
