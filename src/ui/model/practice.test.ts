import { describe, expect, it } from 'vitest';
import type { CounsellorSession, ProfileId } from '../../domain/records';
import { consentRenewal, practiceDraftOf, practiceFromDraft, withPractice, type PracticeDraft } from './practice';

const session: CounsellorSession = {
  profileId: 'p' as ProfileId,
  step: 'situation',
  completed: [],
  scripts: [],
  weekDone: [],
  reviews: [],
  updatedAt: '2026-12-03T10:00:00.000Z',
};

const blank: PracticeDraft = practiceDraftOf(undefined);

describe('practiceFromDraft', () => {
  // Break: practiceFromDraft without the renewal check → the renewal-before-consent case is ok.
  it('stores what was typed, trimmed, and refuses a section without its date or with a bad one', () => {
    const result = practiceFromDraft({
      ...blank,
      consentOn: '2026-12-03',
      consentAgreed: '  保存并使用我的债务资料 ',
      consentRenewOn: '2027-06-03',
      appointmentOn: '2026-12-17',
      appointmentTime: '14:30',
      appointmentPlace: '社区服务中心二楼',
      contact: ' 王老师 138 0000 0000\u202e ',
      caseStatus: 'waiting',
    });
    expect(result).toEqual({
      ok: true,
      fields: {
        consent: { on: '2026-12-03', agreed: '保存并使用我的债务资料', renewOn: '2027-06-03' },
        nextAppointment: { on: '2026-12-17', time: '14:30', place: '社区服务中心二楼' },
        counsellorContact: '王老师 138 0000 0000',
        caseStatus: 'waiting',
      },
    });
    expect(practiceFromDraft({ ...blank, consentAgreed: 'agreed' })).toEqual({
      ok: false,
      problems: { consentOn: 'needs-date' },
    });
    expect(
      practiceFromDraft({ ...blank, consentOn: '2026-12-03', consentRenewOn: '2026-12-03', appointmentPlace: 'x' }),
    ).toEqual({ ok: false, problems: { consentRenewOn: 'before-consent', appointmentOn: 'needs-date' } });
    expect(practiceFromDraft({ ...blank, appointmentOn: '2026-02-30', appointmentTime: '25:00' })).toEqual({
      ok: false,
      problems: { appointmentOn: 'date', appointmentTime: 'time' },
    });
    // Nothing typed: nothing recorded, the case active.
    expect(practiceFromDraft(blank)).toEqual({ ok: true, fields: { caseStatus: 'active' } });
  });

  // Break: withPractice without deleting the old keys → the cleared appointment stays.
  it('clears on the session what the form cleared, and reads back what it stored', () => {
    const stored = withPractice(
      { ...session, nextAppointment: { on: '2026-12-17', time: '', place: '' }, counsellorContact: 'x' },
      { caseStatus: 'closed', consent: { on: '2026-12-03', agreed: '' } },
    );
    expect('nextAppointment' in stored).toBe(false);
    expect('counsellorContact' in stored).toBe(false);
    expect(stored.caseStatus).toBe('closed');
    expect(practiceDraftOf(stored)).toEqual({ ...blank, consentOn: '2026-12-03', caseStatus: 'closed' });
  });
});

describe('consentRenewal', () => {
  // Break: RENEWAL_NOTICE_DAYS 7 → 2027-01-02 is 'ok', not 'soon'.
  it('is due on and after the renewal day and soon within 30 days before it', () => {
    const consent = { on: '2026-06-03', agreed: '', renewOn: '2027-01-02' };
    expect(consentRenewal(undefined, '2026-12-03')).toBe('none');
    expect(consentRenewal({ on: '2026-06-03', agreed: '' }, '2026-12-03')).toBe('no-renewal');
    expect(consentRenewal(consent, '2026-12-02')).toBe('ok'); // 31 days before
    expect(consentRenewal(consent, '2026-12-03')).toBe('soon'); // 30 days before
    expect(consentRenewal(consent, '2027-01-01')).toBe('soon');
    expect(consentRenewal(consent, '2027-01-02')).toBe('due');
    expect(consentRenewal(consent, '2027-03-01')).toBe('due');
  });
});
