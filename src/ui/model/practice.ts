/**
 * The counsellor's practice records of one client (issue 18), as pure functions over the
 * counsellor session (schema v11): the client's consent (day given, what was agreed, renewal day),
 * the next appointment, the counsellor's contact details for the pack, and the case status.
 *
 * The practice form edits a `PracticeDraft` (every field as typed); `practiceFromDraft` checks it
 * and gives the fields to store, or the problem of each field (nothing is stored then).
 * `withPractice` puts them on a session, leaving out what was cleared. No clock: `today` comes in.
 */
import {
  CASE_STATUSES,
  type Appointment,
  type CaseStatus,
  type Consent,
  type CounsellorSession,
} from '../../domain/records';
import { withoutDirectionControls } from '../../domain/text';
import { addDays, isIsoDate } from './dates';

export { CASE_STATUSES, type CaseStatus };

/** The practice form as typed. Dates `YYYY-MM-DD` (or ''), time `HH:MM` (or ''). */
export interface PracticeDraft {
  consentOn: string;
  consentAgreed: string;
  consentRenewOn: string;
  appointmentOn: string;
  appointmentTime: string;
  appointmentPlace: string;
  contact: string;
  caseStatus: CaseStatus;
}

export type PracticeField = keyof PracticeDraft;
/** `date`: not a date; `needs-date`: something typed without its date; `before-consent`: renewal not after consent. */
export type PracticeProblem = 'date' | 'needs-date' | 'before-consent' | 'time';

/** What the practice form stores on the session; an absent field is cleared. */
export interface PracticeFields {
  consent?: Consent;
  nextAppointment?: Appointment;
  counsellorContact?: string;
  caseStatus: CaseStatus;
}

export const PRACTICE_KEYS = ['consent', 'nextAppointment', 'counsellorContact', 'caseStatus'] as const;

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** The longest free text storage accepts (src/storage/validation.ts LIMITS.text). */
const MAX_TEXT = 10_000;

/** The form as it opens on `session` (absent: nothing recorded, case active). */
export function practiceDraftOf(session: CounsellorSession | undefined): PracticeDraft {
  return {
    consentOn: session?.consent?.on ?? '',
    consentAgreed: session?.consent?.agreed ?? '',
    consentRenewOn: session?.consent?.renewOn ?? '',
    appointmentOn: session?.nextAppointment?.on ?? '',
    appointmentTime: session?.nextAppointment?.time ?? '',
    appointmentPlace: session?.nextAppointment?.place ?? '',
    contact: session?.counsellorContact ?? '',
    caseStatus: session?.caseStatus ?? 'active',
  };
}

const clean = (text: string): string => withoutDirectionControls(text.trim()).slice(0, MAX_TEXT);

/** The fields to store, or each field's problem. A blank section clears what was stored. */
export function practiceFromDraft(
  draft: PracticeDraft,
): { ok: true; fields: PracticeFields } | { ok: false; problems: Partial<Record<PracticeField, PracticeProblem>> } {
  const problems: Partial<Record<PracticeField, PracticeProblem>> = {};
  const fields: PracticeFields = { caseStatus: CASE_STATUSES.includes(draft.caseStatus) ? draft.caseStatus : 'active' };

  const consentOn = draft.consentOn.trim();
  const agreed = clean(draft.consentAgreed);
  const renewOn = draft.consentRenewOn.trim();
  if (consentOn !== '' || agreed !== '' || renewOn !== '') {
    if (consentOn === '') problems.consentOn = 'needs-date';
    else if (!isIsoDate(consentOn)) problems.consentOn = 'date';
    if (renewOn !== '' && !isIsoDate(renewOn)) problems.consentRenewOn = 'date';
    else if (renewOn !== '' && isIsoDate(consentOn) && renewOn <= consentOn) problems.consentRenewOn = 'before-consent';
    fields.consent = { on: consentOn, agreed, ...(renewOn !== '' ? { renewOn } : {}) };
  }

  const appointmentOn = draft.appointmentOn.trim();
  const time = draft.appointmentTime.trim();
  const place = clean(draft.appointmentPlace);
  if (appointmentOn !== '' || time !== '' || place !== '') {
    if (appointmentOn === '') problems.appointmentOn = 'needs-date';
    else if (!isIsoDate(appointmentOn)) problems.appointmentOn = 'date';
    if (time !== '' && !TIME.test(time)) problems.appointmentTime = 'time';
    fields.nextAppointment = { on: appointmentOn, time, place };
  }

  const contact = clean(draft.contact);
  if (contact !== '') fields.counsellorContact = contact;

  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, fields };
}

/** `session` with the practice fields replaced by `fields` (a cleared one left out, not stored as undefined). */
export function withPractice(session: CounsellorSession, fields: PracticeFields): CounsellorSession {
  const next: CounsellorSession = { ...session };
  for (const key of PRACTICE_KEYS) delete next[key];
  return { ...next, ...fields };
}

/** Days before the renewal day from which renewal shows as due soon. */
export const RENEWAL_NOTICE_DAYS = 30;

/**
 * Where the consent stands on `today`: none recorded; no renewal day set; renewal `due` (the day
 * has come or passed); due `soon` (within RENEWAL_NOTICE_DAYS days); or `ok`.
 */
export function consentRenewal(
  consent: Consent | undefined,
  today: string,
): 'none' | 'no-renewal' | 'due' | 'soon' | 'ok' {
  if (!consent) return 'none';
  if (!consent.renewOn) return 'no-renewal';
  if (consent.renewOn <= today) return 'due';
  if (consent.renewOn <= addDays(today, RENEWAL_NOTICE_DAYS)) return 'soon';
  return 'ok';
}

/** An appointment compared with `today`: `past` once its day has gone. */
export function appointmentIsPast(appointment: Appointment, today: string): boolean {
  return appointment.on < today;
}
