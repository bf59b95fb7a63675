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
    'Asking the browser to tidy its files so the erased data is cleared sooner (it may not all go)… keep this page open.',
  'scrub.lock':
    'Asking the browser to tidy its files so the old unencrypted copies are cleared sooner (they may not all go)… keep this page open.',
  'unlock.wait':
    'The passphrase was wrong {count} times in a row. To protect your data, wait {seconds} seconds before you try again.',
  'unlock.waitButton': 'Try again in {seconds} s',
  'unlock.ready': 'You can try again now.',
  'afterErase.title': 'What the browser may still keep',
  'afterErase.measured':
    'After “Erase everything”, and after the lock is turned on, Shore asks the browser to tidy its files. We measured this in Chromium 156 (the engine of Chrome and Edge): after an erase, the browser’s database files still held some of the erased text in 3 of 4 tries; after turning the lock on, old unencrypted copies were still there in all 3 tries. The browser may drop them later when it tidies its files, at a time Shore cannot choose. In the browser’s other files (such as those for reopening tabs) we found none of it. Other browsers were not measured.',
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
