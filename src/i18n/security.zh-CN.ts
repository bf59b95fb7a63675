/** 密码锁、安全设置和"清除全部"的中文界面文字（类型与 security.en.ts 对齐）。 */
import type { SecurityDict } from './security.en';

export const securityZhCN: SecurityDict = {
  'lock.title': '上岸已锁定',
  'lock.intro': '输入密码，打开这台设备上的数据。',
  'lock.passphrase': '密码',
  'lock.unlock': '解锁',
  'lock.unlocking': '正在解锁…',
  'lock.wrong': '密码不对，数据没有任何改动。请再试一次。',
  'lock.forgot': '忘记密码了？',
  'lock.forgotExplain':
    '密码无法找回：没有它，谁都打不开这些数据，上岸也不行。唯一的办法是清除这台设备上的全部数据，重新开始。',
  'lock.failed': '解锁失败，数据没有改动。',

  'security.title': '密码锁',
  'security.intro': '打开密码锁后，你的债务、联系人和证据会加密保存在这台设备上，只有输入密码才能打开。',
  'security.statusOff': '密码锁未开启。',
  'security.statusOn': '密码锁已开启。',
  'security.warning':
    '如果忘记这个密码，数据将无法恢复。没有人能帮你重置，上岸不能，任何人都不能。请把密码写下来，放在安全的地方。',
  'security.understand': '我明白：忘记密码，数据就找不回来了。',
  'security.new': '新密码',
  'security.repeat': '再输入一次',
  'security.current': '当前密码',
  'security.tooShort': '至少 {min} 个字符。',
  'security.mismatch': '两次输入的密码不一样。',
  'security.turnOn': '开启密码锁',
  'security.turnOff': '关闭密码锁',
  'security.change': '修改密码',
  'security.working': '处理中…请不要关闭页面。',
  'security.done': '完成。',
  'security.wrong': '当前密码不对，没有任何改动。',
  'security.failed': '操作没有完成，数据没有丢失；如果中途停止，下次解锁时会自动完成。',
  'security.lockNow': '立即锁定',
  'security.idle': '多少分钟不操作后自动锁定',
  'security.hidden': '切到后台多少分钟后自动锁定',
  'security.never': '从不',
  'security.saveTimes': '保存',

  'wipe.title': '清除全部数据',
  'wipe.explain':
    '删除这个浏览器里你的全部数据、已保存的应用文件和离线副本。无法撤销。如果以后可能用到，请先导出备份。',
  'wipe.confirmLabel': '请输入 {word} 确认',
  'wipe.confirmWord': '清除',
  'wipe.button': '清除这台设备上的全部数据',
  'wipe.working': '正在清除…',
  'wipe.blocked': '上岸还在另一个标签页中打开。关闭它后，数据会被清除。',
  'wipe.done': '已全部清除。',
};
