/** 咨询工作的界面文字（issue 18）：客户材料的语言、私人笔记、同意书、下次约见、资料包上的联系方式、案件状态。 */
import type { PracticeDict } from './practice.en';

export const practiceZhCN: PracticeDict = {
  'language.label': '客户材料的语言（话术、信函、资料包、打印的计划）',
  'language.zh-CN': '中文',
  'language.en': 'English（英文）',
};
