/**
 * UI strings of the counsellor's practice (issue 18): the client's output language, private
 * notes, consent, the next appointment, contact details on the pack and the case status.
 * zh-CN is typed against this file, so a missing key fails typecheck. Placeholders are `{name}`.
 */
export const practiceEn = {
  'language.label': 'Client’s language (scripts, letters, pack, printed plan)',
  'language.zh-CN': '中文 (Chinese)',
  'language.en': 'English',
  'welcome.scan': 'Receive a file from your counsellor by scanning',
  'welcome.scanHint':
    'Your counsellor shows a loop of codes on their screen. The camera is asked for only when you tap “Scan”.',
  'records.title': 'Case record',
  'records.intro':
    'Kept in this client’s file. The pack prints your contact details, the next appointment and the consent.',
  'records.status': 'Case status',
  'status.active': 'Active',
  'status.waiting': 'Waiting for a creditor’s reply',
  'status.closed': 'Closed',
  'consent.legend': 'Consent',
  'consent.on': 'Date consent was given',
  'consent.agreed': 'What was agreed',
  'consent.renewOn': 'Renew consent by',
  'consent.none': 'No consent recorded yet.',
  'consent.noRenewal': 'Consent recorded on {date}; no renewal date set.',
  'consent.due': 'Consent renewal is due: it was due on {date}.',
  'consent.soon': 'Consent renewal is due soon, on {date}.',
  'consent.ok': 'Consent runs until {date}.',
  'appointment.legend': 'Next appointment',
  'appointment.on': 'Appointment date',
  'appointment.time': 'Appointment time',
  'appointment.place': 'Place or notes',
  'appointment.when': '{date}, {time}',
  'appointment.where': '{when}, {place}',
  'appointment.past': ' (passed)',
  'appointment.none': 'None',
  'contact.label': 'Your contact details for the client (name, organisation, phone or email)',
  'records.save': 'Save the case record',
  'records.saved': 'Case record saved.',
  'problem.date': 'Enter a real date.',
  'problem.needs-date': 'Enter the date as well.',
  'problem.before-consent': 'The renewal date must come after the date consent was given.',
  'problem.time': 'Enter a time such as 14:30.',
  'clients.filterStatus': 'Show cases',
  'clients.filterAll': 'Every status',
  'clients.sort.appointment': 'Next appointment',
  'clients.sort.status': 'Case status',
  'pack.contact': 'Your counsellor’s contact details',
  'pack.appointment': 'Next appointment',
  'pack.consent': 'Your consent',
  'pack.consentOn': 'Given on {date}',
  'pack.consentAgreed': 'What you agreed: {text}',
  'pack.consentRenew': 'To renew by {date}',
  'pack.thisWeek': 'This week',
} as const;

export type PracticeKey = keyof typeof practiceEn;
export type PracticeDict = Readonly<Record<PracticeKey, string>>;
