/** 第13号问题安全部分的中文界面文字：导入预览里逐个客户的选择、替换前先备份、清除后浏览器可能还留着什么（类型与 safety.en.ts 对齐）。 */
import type { SafetyDict } from './safety.en';

export const safetyZhCN: SafetyDict = {
  'import.onDeviceTitle': '这台设备上已经有的客户',
  'import.onDeviceExplain':
    '下面这些客户和文件里的是同一份记录（按记录本身对应，不按名字）。你不勾选，这台设备上的就保持原样。',
  'import.replaceChoice': '用文件里的“{file}”（最后修改于{fileAt}）替换这台设备上的“{device}”（最后修改于{deviceAt}）',
  'import.deviceNewer': '文件保存之后，这台设备上的“{device}”又有改动。替换会丢掉这些改动。',
  'import.skipsEmpty': '不导入文件里{count}个空白客户（没有名字，也没有任何记录）。',
  'import.keepsSettings': '这台设备保留自己的设置（语言、隐蔽模式），不使用文件里的设置。',
  'import.backupFirstExplain': '替换任何内容之前，先保存这台设备的备份。导入的结果不是你想要的，还能用它恢复。',
  'import.backupFirst': '先保存这台设备的备份',
  'import.backupSaved': '已保存 {file}，现在可以导入了。',
};
