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
  'scrub.wipe':
    'Asking the browser to tidy its files so the erased data does not stay in them (in our tests none stayed; other devices may differ)… keep this page open.',
  'scrub.lock':
    'Asking the browser to tidy its files so the old unencrypted copies do not stay in them (in our tests none stayed; other devices may differ)… keep this page open.',
  'unlock.wait':
    'The passphrase was wrong {count} times in a row. To protect your data, wait {seconds} seconds before you try again.',
  'unlock.waitButton': 'Try again in {seconds} s',
  'unlock.ready': 'You can try again now.',
  'afterErase.title': 'What the browser may still keep',
  'afterErase.measured':
    'After “Erase everything”, and after the lock is turned on, Shore asks the browser to tidy its files: it writes and deletes some scratch data, so the browser rewrites the files that held the old text. We measured this in Chromium 156 (the engine of Chrome and Edge) on a computer, with 7 test texts typed in: afterwards the browser’s files held none of them, in each of 8 tries after an erase and 8 after turning the lock on. That is what we measured, not a promise: the browser decides how it keeps its files, and on another device, in another version or with much more data, old copies may stay longer. Files attached to log entries were not in the test. Other browsers were not measured.',
  'afterErase.clear':
    'To remove what the browser keeps for this site, also delete this site’s data in the browser’s settings:',
  'afterErase.chrome':
    'Chrome or Edge: Settings → Privacy and security → Delete browsing data → “Cookies and other site data”.',
  'afterErase.safari':
    'Safari: on iPhone or iPad, Settings → Apps → Safari → Advanced → Website Data, then delete this site; on a Mac, Safari → Settings → Privacy → Manage Website Data.',
  'afterErase.firefox':
    'Firefox: Settings → Privacy & Security → Cookies and Site Data → Manage Data, then remove this site.',
} as const;

export type EraseKey = keyof typeof eraseEn;
export type EraseDict = Record<EraseKey, string>;
