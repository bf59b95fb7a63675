/** 陪谈员私人备注、客户文件内容清单、会谈中修改约定条件的界面文字（议题18）。键与 notes.en.ts 相同。 */
import type { NotesDict } from './notes.en';

export const notesZhCN: NotesDict = {
  'notes.title': '你的私人备注',
  'notes.where': '只保存在这台设备上，不会进入客户的备份文件、交接文件、二维码或打印的材料。',
  'notes.situation': '客户的情况（用客户自己的话）',
  'notes.worries': '最担心什么（可多选）',
  'notes.text': '你的备注',
  'notes.counsellorName': '你的姓名',

  'contents.title': '客户文件里有什么',
  'contents.for': '客户：{name}',
  'contents.unnamed': '未填姓名的客户',
  'contents.notIncluded': '不包含：你的私人备注',
  'contents.profile': '客户姓名、备注和语言',
  'contents.debts': '{count}笔欠款',
  'contents.budget': '每月预算',
  'contents.planSettings': '还款计划设置',
  'contents.negotiations': '{count}条协商记录',
  'contents.collectionLog': '{count}条催收记录',
  'contents.attachments': '{count}个附件',
  'contents.counsellorSession': '会谈进度和商定的计划',
  'contents.payments': '{count}条还款记录',
  'contents.settings': '这台设备的设置',

  'terms.title': '{platform}的约定条件和逾期日期',
  'terms.edit': '约定条件和逾期日期',
  'terms.editOf': '修改{platform}的约定条件和逾期日期',
  'terms.saved': '已保存{platform}的条件。',
  'terms.instalment': '约定每月分期{amount}',
  'terms.frozen': '已停息',
  'terms.overdue': '{date}开始逾期',
};
