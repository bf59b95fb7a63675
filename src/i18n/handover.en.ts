/**
 * UI strings of the QR handover (issue 18): the counsellor's screen that shows the client's file
 * as a loop of QR codes, and the client's phone that scans them. zh-CN is typed against this
 * file, so a missing key fails typecheck. Placeholders are written `{name}`. Loaded with the
 * handover screens only (a lazy chunk), not with the first page.
 */
export const handoverEn = {
  'show.title': 'Hand over by QR code (no network needed)',
  'show.explain':
    'The client’s phone scans the codes on this screen; nothing goes over a network. The file is encrypted: the phone needs the 12 digits shown here to open it.',
  'show.start': 'Show the QR codes',
  'show.preparing': 'Preparing the encrypted file…',
  'show.passphraseLabel': 'Read these digits to the client',
  'show.passphraseHint':
    'The client types them on their phone after scanning. Say them aloud; do not write them on the pack.',
  'show.loopLabel':
    'Changing QR codes: the client’s file, encrypted, in {total} codes shown one after another. Scan them with Shore on the client’s phone: Your data, then Receive from a counsellor’s screen.',
  'show.frame': 'Code {n} of {total}',
  'show.needed': 'Any {needed} of the {total} codes are enough, in any order.',
  'show.pause': 'Pause the codes',
  'show.play': 'Play the codes',
  'show.stop': 'Stop showing the codes',
  'show.attachments':
    'Photos and recordings from the collection log are not in the QR codes: give them to the client in a backup file.',
  'show.attachmentsLeftOut':
    '{count} photos or recordings from the collection log are not in the QR codes. Give them to the client in a backup file.',
  'show.tooLarge': 'This client’s file is too large for QR codes. Use the backup file instead.',
  'show.failed': 'The QR codes could not be made. Nothing was changed. Use the backup file instead.',
  'scan.title': 'Receive from a counsellor’s screen',
  'scan.explain':
    'If your counsellor shows you QR codes, scan them here. The camera is used only while you scan, and nothing leaves this phone.',
  'scan.start': 'Scan the QR codes',
  'scan.video': 'Camera view',
  'scan.aim': 'Point the camera at the codes on the counsellor’s screen and hold it still.',
  'scan.waiting': 'Looking for the codes…',
  'scan.progress': 'Received {collected} of {needed} codes',
  'scan.stop': 'Stop scanning',
  'scan.stopped': 'Scanning stopped. The camera is off.',
  'scan.damaged': 'A code was misread, so scanning starts again. Keep the camera on the screen.',
  'scan.complete': 'All the codes are in. The camera is off.',
  'scan.passphrase': 'The 12 digits your counsellor reads to you',
  'scan.open': 'Open the file',
  'scan.opening': 'Checking…',
  'scan.passphraseShape': 'Please type all 12 digits.',
  'scan.wrongPassphrase':
    'These digits do not open the file. Nothing was changed. Ask your counsellor to read them again.',
  'scan.cameraDenied':
    'Shore is not allowed to use the camera. Allow it in the browser’s settings and try again, or import a backup file instead.',
  'scan.noCamera': 'No camera was found. Import a backup file instead.',
  'scan.cameraFailed': 'The camera could not be started. Import a backup file instead.',
  'scan.unsupported': 'This browser cannot scan QR codes here. Import a backup file instead.',
} as const;

export type HandoverKey = keyof typeof handoverEn;
export type HandoverDict = Readonly<Record<HandoverKey, string>>;
