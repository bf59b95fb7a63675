/**
 * UI strings of issue 13's safety work (engineer "safety"): the import preview's per-client
 * choice, the backup offered before a replace, and what the browser may still keep after an
 * erase. zh-CN is typed against this file, so a missing key fails typecheck. Placeholders are
 * written `{name}`.
 */
export const safetyEn = {
  'import.onDeviceTitle': 'Already on this device',
  'import.onDeviceExplain':
    'These clients are the same records as in the file (matched by their record, not by name). Each stays as it is on this device unless you tick it.',
  'import.replaceChoice':
    'Replace “{device}” on this device (last changed {deviceAt}) with the file’s “{file}” (last changed {fileAt})',
  'import.deviceNewer':
    '“{device}” was changed on this device after the file was saved. Replacing it loses those changes.',
  'import.skipsEmpty': 'Left out: {count} empty client(s) in the file (no name, nothing recorded).',
  'import.keepsSettings': 'This device keeps its own settings (language, discreet mode); the file’s are not applied.',
  'import.backupFirstExplain':
    'Before anything is replaced, save a backup of this device. If the import is not what you wanted, you can bring it back.',
  'import.backupFirst': 'Save a backup of this device first',
  'import.backupSaved': 'Saved {file}. You can import now.',
} as const;

export type SafetyKey = keyof typeof safetyEn;
export type SafetyDict = Readonly<Record<SafetyKey, string>>;
