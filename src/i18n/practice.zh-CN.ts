/** 咨询工作的界面文字（issue 18）：客户材料的语言、私人笔记、同意书、下次约见、资料包上的联系方式、案件状态。 */
import type { PracticeDict } from './practice.en';

export const practiceZhCN: PracticeDict = {
  'language.label': '客户材料的语言（话术、信函、资料包、打印的计划）',
  'language.zh-CN': '中文',
  'language.en': 'English（英文）',
  'welcome.scan': '扫码接收顾问发来的文件',
  'welcome.scanHint': '顾问会在屏幕上循环播放一组二维码。只有在你点“扫描”之后，才会请求使用摄像头。',
};
