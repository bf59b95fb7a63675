/**
 * UI strings of the passphrase lock, its settings and the wipe action (LockScreen.tsx,
 * SecuritySettings.tsx). zh-CN is typed against this file, so a missing key fails typecheck.
 * Placeholders are written `{name}`.
 */
export const securityEn = {
  'lock.title': 'Shore is locked',
  'lock.intro': 'Enter your passphrase to open your data on this device.',
  'lock.passphrase': 'Passphrase',
  'lock.unlock': 'Unlock',
  'lock.unlocking': 'Unlocking…',
  'lock.wrong': 'That passphrase is not right. Nothing was changed. Try again.',
  'lock.forgot': 'Forgot the passphrase?',
  'lock.forgotExplain':
    'It cannot be recovered: nobody, not even Shore, can open the data without it. The only way on is to erase everything on this device and start again.',
  'lock.failed': 'Unlocking failed. Your data was not changed.',

  'security.title': 'Passphrase lock',
  'security.intro':
    'With the lock on, your debts, contacts and evidence are stored encrypted on this device and open only with your passphrase.',
  'security.statusOff': 'The lock is off.',
  'security.statusOn': 'The lock is on.',
  'security.warning':
    'If you forget this passphrase, your data cannot be recovered. Nobody can reset it — not Shore, not anyone. Write it down and keep it somewhere safe.',
  'security.understand': 'I understand that a forgotten passphrase means my data is lost.',
  'security.new': 'New passphrase',
  'security.repeat': 'Repeat the passphrase',
  'security.current': 'Current passphrase',
  'security.tooShort': 'Use at least {min} characters.',
  'security.mismatch': 'The two passphrases are not the same.',
  'security.turnOn': 'Turn the lock on',
  'security.turnOff': 'Turn the lock off',
  'security.change': 'Change the passphrase',
  'security.working': 'Working… keep this page open.',
  'security.done': 'Done.',
  'security.wrong': 'The current passphrase is not right. Nothing was changed.',
  'security.failed':
    'That did not work. Your data was not changed; if it stopped half-way, it finishes the next time you unlock.',
  'security.lockNow': 'Lock now',
  'security.idle': 'Lock after this many minutes without use',
  'security.hidden': 'Lock after this many minutes in the background',
  'security.never': 'Never',
  'security.saveTimes': 'Save',

  'wipe.title': 'Erase everything',
  'wipe.explain':
    'Deletes all your data, the saved app files and the offline copy from this browser. This cannot be undone. Export a backup first if you may need it.',
  'wipe.confirmLabel': 'To confirm, type {word}',
  'wipe.confirmWord': 'ERASE',
  'wipe.button': 'Erase everything on this device',
  'wipe.working': 'Erasing…',
  'wipe.blocked': 'Shore is still open in another tab. Close it; the data is erased when it closes.',
  'wipe.done': 'Everything was erased.',
} as const;

export type SecurityKey = keyof typeof securityEn;
export type SecurityDict = Readonly<Record<SecurityKey, string>>;
