/** Issue 13's erase-and-lock strings in Chinese (keys and placeholders as in erase.en.ts). */
import type { EraseDict } from './erase.en';

export const eraseZhCN: EraseDict = {
  'error.damaged':
    '口令是对的，但文件已损坏，或保存后被改动过，无法打开。请改用这份备份的另一份副本（比如存在另一台设备上的那份）。',
  'error.tooLongInFile':
    '{field}最多{max}个字，这个文件里是{actual}个字（{path}）。上岸写出的备份不会这样，文件可能被改动过，请改用另一份备份。',
  'field.platform': '平台名称',
  'field.displayName': '客户姓名',
  'field.contractNumber': '合同编号',
  'field.callerName': '对方姓名',
  'field.counsellorName': '陪谈员姓名',
  'field.other': '一项文字',
  'tooLong.platform': '平台名称最多{max}个字，现在是{actual}个字。请改短一些。',
  'scrub.wipe': '正在清理浏览器的存储文件，让删掉的数据不留在磁盘上…请不要关闭页面。',
  'scrub.lock': '正在清理浏览器文件里没加密的旧副本…请不要关闭页面。',
};
