/**
 * Strings of issue 13's erase-and-lock work: errors that say what is wrong and what to do (a damaged
 * or altered backup, a name longer than its limit), the unlock back-off, and what the browser may
 * still keep after an erase or with the lock on. zh-CN is typed against this file.
 */
export const eraseEn = {
  'error.damaged':
    'the passphrase is right, but the file is damaged or was altered after it was saved, so it cannot be opened. Use another copy of this backup (for example one kept on another device).',
  'error.tooLongInFile':
    '{field} can have at most {max} characters; in this file it has {actual} ({path}). Shore never writes a backup like this, so the file may have been altered: use another copy.',
  'field.platform': 'A platform name',
  'field.displayName': 'A client’s name',
  'field.contractNumber': 'A contract number',
  'field.callerName': 'A caller’s name',
  'field.counsellorName': 'The counsellor’s name',
  'field.other': 'A text',
  'tooLong.platform': 'A platform name can have at most {max} characters; this one has {actual}. Shorten it.',
  'scrub.wipe': 'Cleaning the browser’s files so the erased data does not stay on disk… keep this page open.',
  'scrub.lock': 'Clearing the unencrypted copies out of the browser’s files… keep this page open.',
} as const;

export type EraseKey = keyof typeof eraseEn;
export type EraseDict = Record<EraseKey, string>;
