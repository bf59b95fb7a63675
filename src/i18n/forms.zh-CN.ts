/** Issue 13's form-safety strings in Chinese (keys and placeholders as in forms.en.ts). */
import type { FormsDict } from './forms.en';

export const formsZhCN: FormsDict = {
  'rateCheck.question': '{unit}{percent}%？请核对',
  'rateCheck.explain': '折合年化约{annual}%，远高于一般借款的利率。很可能多输了几位数字，或者小数点放错了位置。',
  'rateCheck.correct': '改一下利率',
  'rateCheck.confirm': '没错，保存',
  'unit.daily-percent': '日利率',
  'unit.monthly-percent': '月利率',
  'unit.annual-percent': '年化利率',
  'conflict.title': '另一个标签页改过了',
  'conflict.explain': '你在编辑的时候，另一个标签页或窗口改了这条记录。两边的内容都还在，没有被覆盖。你要保留哪一份？',
  'conflict.what.debts': '债务：{name}',
  'conflict.what.budget': '预算',
  'conflict.what.other': '一条记录',
  'conflict.mine': '你的（这个标签页）',
  'conflict.theirs': '另一个标签页的',
  'conflict.removed': '（已删除）',
  'conflict.keepMine': '保留我的',
  'conflict.takeTheirs': '用另一个标签页的',
};
