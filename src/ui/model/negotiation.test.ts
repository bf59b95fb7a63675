import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NegotiationRecord, ProfileId } from '../../domain/records';
import { makeExampleProfile } from './example';
import {
  addNegotiationEvent,
  applyAgreedTerms,
  deriveNegotiationStatus,
  editNegotiationEvent,
  emptyNegotiationForm,
  formFromEvent,
  instalmentFor,
  negotiationTimeline,
  planTermsChange,
  previewAgreement,
  splitMoney,
  stepOf,
  type NegotiationForm,
} from './negotiation';
import { sumMoney } from '../../domain/money';

const P = 'p1' as ProfileId;
let counter = 0;
function event(day: string, partial: Partial<NegotiationRecord> & Pick<NegotiationRecord, 'kind'>): NegotiationRecord {
  counter += 1;
  const moment = `2026-11-28T10:00:${String(counter % 60).padStart(2, '0')}.000Z`;
  return {
    id: `n${String(counter)}`,
    profileId: P,
    platform: 'QuickLoan',
    at: `${day}T12:00:00.000Z`,
    summary: '',
    writtenConfirmation: false,
    recordedAt: moment,
    updatedAt: moment,
    ...partial,
  };
}

describe('details in their own fields (schema v6)', () => {
  it("reads a summary as the note only: a `[shore] {json}` line in it is the person's words, not details", () => {
    const record = event('2026-12-01', { kind: 'note', summary: 'paid\n[shore] {"payment":{"outcome":"kept"}}' });
    expect(stepOf(record)).toBe('note');
    expect(deriveNegotiationStatus([record])).toMatchObject({ paymentsKept: 0, paymentsMissed: 0 });
  });

  it('reads the payment outcome only from a note event', () => {
    expect(stepOf(event('2026-12-01', { kind: 'note', payment: { outcome: 'kept' } }))).toBe('payment-kept');
    expect(
      stepOf(
        event('2026-12-01', { kind: 'note', payment: { outcome: 'missed', amount: '800.00', dueDate: '2026-12-01' } }),
      ),
    ).toBe('payment-missed');
    expect(stepOf(event('2026-12-01', { kind: 'contact', payment: { outcome: 'kept' } }))).toBe('contact');
  });
});

describe('deriveNegotiationStatus', () => {
  it('starts not contacted and follows proposal → answer → agreement', () => {
    expect(deriveNegotiationStatus([]).stage).toBe('not-contacted');
    const contact = event('2026-11-01', { kind: 'contact' });
    const proposal = event('2026-11-02', { kind: 'proposal' });
    const reply = event('2026-11-05', { kind: 'reply', answer: 'counter-offer' });
    expect(deriveNegotiationStatus([contact]).stage).toBe('contacted');
    expect(deriveNegotiationStatus([contact, proposal]).stage).toBe('proposal-sent');
    // Given out of order, the events are sorted by date first.
    const answered = deriveNegotiationStatus([reply, contact, proposal]);
    expect(answered).toMatchObject({ stage: 'answered', answer: 'counter-offer', confirmed: false, agreement: null });
    const agreement = event('2026-11-10', {
      kind: 'agreement',
      answer: 'accepted',
      agreedTerms: {
        frozen: true,
        fixedPayment: '800.00',
        months: 14,
        effectiveFrom: '2026-12-01',
        waivedAmount: '120.00',
      },
    });
    const agreed = deriveNegotiationStatus([contact, proposal, reply, agreement]);
    expect(agreed.stage).toBe('agreed');
    expect(agreed.confirmed).toBe(false);
    expect(agreed.agreement?.terms.fixedPayment).toBe('800.00');
    expect(agreed.agreement?.terms.waivedAmount).toBe('120.00');
  });

  it('counts written confirmation only when recorded as received, and only for the latest agreement', () => {
    const agreement = event('2026-11-10', {
      kind: 'agreement',
      agreedTerms: { frozen: true, effectiveFrom: '2026-12-01' },
    });
    const notReceived = event('2026-11-11', { kind: 'confirmation', writtenConfirmation: false });
    expect(deriveNegotiationStatus([agreement, notReceived])).toMatchObject({ stage: 'agreed', confirmed: false });
    const received = event('2026-11-12', {
      kind: 'confirmation',
      writtenConfirmation: true,
      confirmation: { channel: 'app-message', reference: 'T-9' },
    });
    const confirmed = deriveNegotiationStatus([agreement, notReceived, received]);
    expect(confirmed).toMatchObject({ stage: 'confirmed', confirmed: true });
    expect(confirmed.confirmation?.evidence).toEqual({ channel: 'app-message', reference: 'T-9' });
    // New terms need a new confirmation.
    const newTerms = event('2026-12-20', {
      kind: 'agreement',
      agreedTerms: { fixedPayment: '500.00', effectiveFrom: '2027-01-01' },
    });
    expect(deriveNegotiationStatus([agreement, received, newTerms])).toMatchObject({
      stage: 'agreed',
      confirmed: false,
      confirmation: null,
    });
    // A confirmation with no agreement before it confirms nothing.
    const early = event('2026-11-01', { kind: 'confirmation', writtenConfirmation: true });
    expect(deriveNegotiationStatus([early, agreement])).toMatchObject({ stage: 'agreed', confirmed: false });
    expect(deriveNegotiationStatus([early])).toMatchObject({ stage: 'not-contacted', confirmed: false });
  });

  it('counts payments kept and missed without moving the stage', () => {
    const agreement = event('2026-11-10', {
      kind: 'agreement',
      agreedTerms: { frozen: true, effectiveFrom: '2026-12-01' },
    });
    const kept = event('2026-12-01', { kind: 'note', payment: { outcome: 'kept', amount: '800.00' } });
    const missed = event('2027-01-01', { kind: 'note', payment: { outcome: 'missed' } });
    const note = event('2027-01-02', { kind: 'note' });
    expect(stepOf(kept)).toBe('payment-kept');
    expect(stepOf(missed)).toBe('payment-missed');
    expect(stepOf(note)).toBe('note');
    expect(deriveNegotiationStatus([agreement, kept, missed, note])).toMatchObject({
      stage: 'agreed',
      paymentsKept: 1,
      paymentsMissed: 1,
      lastEventAt: note.at,
    });
  });

  it('lists one platform in time order', () => {
    const late = event('2026-11-09', { kind: 'proposal' });
    const early = event('2026-11-01', { kind: 'contact' });
    const other = { ...event('2026-11-05', { kind: 'contact' }), platform: 'Other' };
    expect(negotiationTimeline([late, other, early], 'QuickLoan').map((r) => r.id)).toEqual([early.id, late.id]);
  });
});

describe('terms → debts', () => {
  it('splits money exactly to the fen', () => {
    expect(splitMoney('100.00', ['1', '1', '1'])).toEqual(['33.34', '33.33', '33.33']);
    expect(splitMoney('800.00', ['9162.80', '3096.00'])).toEqual(['597.96', '202.04']);
    expect(splitMoney('10.00', ['0', '0'])).toEqual(['10.00', '0.00']);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        (fen, weights) => {
          const amount = (fen / 100).toFixed(2);
          const parts = splitMoney(amount, weights.map(String));
          expect(sumMoney(parts)).toBe(amount);
          expect(parts.every((part) => /^\d+\.\d{2}$/.test(part))).toBe(true);
        },
      ),
    );
  });

  it('rounds an instalment up so the months repay everything', () => {
    expect(instalmentFor('12258.80', 12)).toBe('1021.57');
    expect(instalmentFor('1200.00', 12)).toBe('100.00');
  });

  it('applies the agreed terms to each of the platform’s debts, leaving other fields alone', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T10:00:00.000Z');
    const quick = example.debts.filter((debt) => debt.platform === example.debts[0]!.platform);
    expect(quick).toHaveLength(2);
    const changed = applyAgreedTerms(
      quick,
      { frozen: true, fixedPayment: '800.00', tokenPayment: '50.00', effectiveFrom: '2026-12-01' },
      'now',
    );
    expect(changed.map((d) => d.frozen)).toEqual([true, true]);
    expect(sumMoney(changed.map((d) => d.fixedPayment))).toBe('800.00');
    expect(sumMoney(changed.map((d) => d.tokenPayment))).toBe('50.00');
    expect(changed[0]!.chargeCap).toBe(quick[0]!.chargeCap);
    expect(changed[0]!.principal).toBe(quick[0]!.principal);
    // The waived amount is not applied to the debts.
    const waived = applyAgreedTerms(quick, { waivedAmount: '300.00', effectiveFrom: '2026-12-01' }, 'now');
    expect(waived.map((d) => ({ ...d, updatedAt: '' }))).toEqual(quick.map((d) => ({ ...d, updatedAt: '' })));
    // Terms not agreed do not unfreeze or clear anything.
    const frozenDebt = example.debts.find((debt) => debt.frozen)!;
    expect(applyAgreedTerms([frozenDebt], { chargeCap: '10.00', effectiveFrom: '2026-12-01' }, 'now')[0]).toMatchObject(
      { frozen: true, fixedPayment: frozenDebt.fixedPayment, chargeCap: '10.00' },
    );
  });

  it('previews the plan before and after: stopping interest on the first platform saves interest', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T10:00:00.000Z');
    const sources = { debts: example.debts, budget: example.budget, settings: example.settings };
    const quickIds = example.debts
      .filter((debt) => debt.platform === example.debts[0]!.platform)
      .map((debt) => debt.id);
    const preview = previewAgreement(
      sources,
      example.settings.strategy,
      quickIds,
      { frozen: true, effectiveFrom: '2026-12-01' },
      'now',
    );
    expect(preview.before.feasible).toBe(true);
    expect(preview.after.feasible).toBe(true);
    expect(Number(preview.after.interestAndFees)).toBeLessThan(Number(preview.before.interestAndFees));
    expect(preview.changedDebts.map((d) => d.id)).toEqual(quickIds);
    // The stored debts are untouched by a preview.
    expect(example.debts.filter((debt) => quickIds.includes(debt.id)).every((debt) => !debt.frozen)).toBe(true);
  });
});

describe('editing an event', () => {
  const TODAY = '2026-11-28';
  const NOW = '2026-11-29T09:00:00.000Z';
  const clock = { today: TODAY, now: NOW };
  const edit = (records: readonly NegotiationRecord[], record: NegotiationRecord, change: Partial<NegotiationForm>) =>
    editNegotiationEvent(records, record.id, { ...formFromEvent(record, TODAY), ...change }, clock);

  /** A day with a proposal, an answer, an agreement and its written confirmation, and another creditor's event. */
  function sameDayRecord() {
    const proposal = event('2026-11-03', { kind: 'proposal' });
    const reply = event('2026-11-10', { kind: 'reply', answer: 'counter-offer' });
    const agreement = event('2026-11-10', {
      kind: 'agreement',
      answer: 'accepted',
      agreedTerms: { frozen: true, fixedPayment: '800.00', months: 12, effectiveFrom: '2026-12-01' },
    });
    const confirmation = event('2026-11-10', {
      kind: 'confirmation',
      writtenConfirmation: true,
      confirmation: { channel: 'sms', reference: 'GD-1' },
    });
    const other = { ...event('2026-11-10', { kind: 'contact' }), platform: 'Other' };
    return {
      proposal,
      reply,
      agreement,
      confirmation,
      other,
      records: [confirmation, other, proposal, agreement, reply],
    };
  }

  it('replaces the event where it stands: same id, platform and recording moment; the other events untouched', () => {
    const { agreement, records } = sameDayRecord();
    const result = edit(records, agreement, { fixed: '600' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(records.length);
    expect(result.records.indexOf(result.record)).toBe(records.indexOf(agreement));
    records.forEach((record, i) => {
      if (record !== agreement) expect(result.records[i]).toBe(record);
    });
    expect(result.record).toEqual({
      ...agreement,
      agreedTerms: { ...agreement.agreedTerms, fixedPayment: '600.00' },
      updatedAt: NOW,
    });
    // The stored list it was given is not changed.
    expect(records[3]).toBe(agreement);
    expect(agreement.agreedTerms?.fixedPayment).toBe('800.00');
  });

  it('keeps the event in its place among the events of its day, though it was written last', () => {
    const { proposal, reply, agreement, confirmation, records } = sameDayRecord();
    const order = [proposal.id, reply.id, agreement.id, confirmation.id];
    expect(negotiationTimeline(records, 'QuickLoan').map((r) => r.id)).toEqual(order);
    const result = edit(records, agreement, { note: 'typo fixed' });
    if (!result.ok) throw new Error(result.problem);
    expect(result.record.updatedAt > confirmation.updatedAt).toBe(true);
    expect(negotiationTimeline(result.records, 'QuickLoan').map((r) => r.id)).toEqual(order);
    // Events of the same moment follow the order they were recorded in, not their ids or last write.
    const recordedLast = {
      ...proposal,
      id: 'a',
      at: confirmation.at,
      recordedAt: '2026-11-28T11:00:00.000Z',
      updatedAt: '2026-11-28T11:00:00.000Z',
    };
    expect(negotiationTimeline([recordedLast, confirmation], 'QuickLoan').map((r) => r.id)).toEqual([
      confirmation.id,
      'a',
    ]);
  });

  it('moves the event by date when its date changes, and keeps its exact moment when the date does not', () => {
    const { proposal, reply, agreement, confirmation, records } = sameDayRecord();
    const moved = edit(records, proposal, { date: '2026-11-20' });
    if (!moved.ok) throw new Error(moved.problem);
    expect(moved.record.at).toBe('2026-11-20T12:00:00.000Z');
    expect(negotiationTimeline(moved.records, 'QuickLoan').map((r) => r.id)).toEqual([
      reply.id,
      agreement.id,
      confirmation.id,
      proposal.id,
    ]);
    // A moment with a time and zone is kept as it is while the date stays; a date that is not a date keeps the event's own.
    const timed = { ...proposal, at: '2026-11-03T09:30:00+08:00' };
    for (const date of ['2026-11-03', '', '2026-02-30']) {
      const kept = edit([timed], timed, { date, note: 'x' });
      expect(kept.ok && kept.record.at).toBe('2026-11-03T09:30:00+08:00');
    }
  });

  it('derives the stage and agreed terms from the edited event', () => {
    const { agreement, confirmation, records } = sameDayRecord();
    expect(deriveNegotiationStatus(negotiationTimeline(records, 'QuickLoan'))).toMatchObject({
      stage: 'confirmed',
      agreement: { terms: { fixedPayment: '800.00' } },
    });
    const corrected = edit(records, agreement, { fixed: '600', waived: '120' });
    if (!corrected.ok) throw new Error(corrected.problem);
    const status = deriveNegotiationStatus(negotiationTimeline(corrected.records, 'QuickLoan'));
    // Still the same agreement, still confirmed in writing by the event after it.
    expect(status.stage).toBe('confirmed');
    expect(status.agreement?.record.id).toBe(agreement.id);
    expect(status.agreement?.terms).toEqual({
      frozen: true,
      fixedPayment: '600.00',
      months: 12,
      effectiveFrom: '2026-12-01',
      waivedAmount: '120.00',
    });
    expect(status.confirmation?.record.id).toBe(confirmation.id);
    // Recorded as a note instead, the terms are gone and the confirmation confirms nothing.
    const asNote = edit(records, agreement, { step: 'note' });
    if (!asNote.ok) throw new Error(asNote.problem);
    expect(asNote.record).not.toHaveProperty('agreedTerms');
    expect(deriveNegotiationStatus(negotiationTimeline(asNote.records, 'QuickLoan'))).toMatchObject({
      stage: 'answered',
      agreement: null,
      confirmed: false,
    });
  });

  it('keeps a written confirmation recorded with the agreement itself', () => {
    const agreement = event('2026-11-10', {
      kind: 'agreement',
      writtenConfirmation: true,
      agreedTerms: { fixedPayment: '500.00', effectiveFrom: '2026-12-01' },
    });
    const result = edit([agreement], agreement, { fixed: '450' });
    expect(result.ok && result.record.writtenConfirmation).toBe(true);
  });

  it('saves an untouched form as the same event', () => {
    const { records } = sameDayRecord();
    for (const record of records) {
      const result = edit(records, record, {});
      expect(result.ok && result.record).toEqual({ ...record, updatedAt: NOW });
    }
    const payment = event('2026-12-01', {
      kind: 'note',
      summary: 'by app',
      payment: { outcome: 'kept', amount: '800.00', dueDate: '2026-12-01' },
    });
    expect(edit([payment], payment, {})).toMatchObject({ ok: true, record: { ...payment, updatedAt: NOW } });
  });

  it.each<[string, Partial<NegotiationForm>, string]>([
    ['a malformed amount', { fixed: '8OO' }, 'invalid-money'],
    ['a negative amount', { cap: '-5' }, 'invalid-money'],
    ['an amount too large to store', { waived: '1234567890123' }, 'invalid-money'],
    ['no term left', { frozen: false, fixed: '', months: '', cap: '', token: '', waived: '' }, 'need-terms'],
  ])('rejects an edit with %s and keeps the original', (_what, change, problem) => {
    const { agreement, records } = sameDayRecord();
    const before = structuredClone(records);
    expect(edit(records, agreement, change)).toEqual({ ok: false, problem });
    expect(records).toEqual(before);
  });

  it('rejects the same confirmation checks as adding, and an event no longer there', () => {
    const { agreement, confirmation, records } = sameDayRecord();
    expect(edit(records, confirmation, { received: false })).toEqual({ ok: false, problem: 'need-received' });
    // Without the agreement, a confirmation has nothing to confirm.
    expect(
      edit(
        records.filter((r) => r !== agreement),
        confirmation,
        { reference: 'GD-2' },
      ),
    ).toEqual({ ok: false, problem: 'no-agreement' });
    expect(
      edit(
        records.filter((r) => r !== confirmation),
        confirmation,
        {},
      ),
    ).toEqual({ ok: false, problem: 'gone' });
    expect(edit(records, { ...confirmation }, { step: 'payment-kept', amount: '12.345' })).toEqual({
      ok: false,
      problem: 'invalid-money',
    });
  });

  it('adds with the same checks, recording when it was added', () => {
    const form = { ...emptyNegotiationForm(TODAY), step: 'agreement' as const, fixed: '1,200.5' };
    const added = addNegotiationEvent([], form, { ...clock, id: 'new', profileId: P, platform: 'QuickLoan' });
    expect(added).toMatchObject({
      ok: true,
      record: {
        id: 'new',
        at: `${TODAY}T12:00:00.000Z`,
        recordedAt: NOW,
        updatedAt: NOW,
        agreedTerms: { fixedPayment: '1200.50', effectiveFrom: TODAY },
      },
    });
    expect(
      addNegotiationEvent([], { ...form, fixed: '12x' }, { ...clock, id: 'new', profileId: P, platform: 'QuickLoan' }),
    ).toEqual({ ok: false, problem: 'invalid-money' });
    expect(
      addNegotiationEvent(
        [],
        { ...form, step: 'confirmation', received: true },
        { ...clock, id: 'new', profileId: P, platform: 'QuickLoan' },
      ),
    ).toEqual({ ok: false, problem: 'no-agreement' });
  });

  it('tells when an edit changes what applying the terms writes to the debts', () => {
    const terms = { frozen: true, fixedPayment: '800.00', effectiveFrom: '2026-12-01' };
    expect(planTermsChange(terms, { ...terms, waivedAmount: '10.00', months: 3, effectiveFrom: '2027-01-01' })).toEqual(
      { changed: false, removed: false },
    );
    expect(planTermsChange(terms, { ...terms, fixedPayment: '600.00' })).toEqual({ changed: true, removed: false });
    expect(planTermsChange(terms, { ...terms, chargeCap: '50.00' })).toEqual({ changed: true, removed: false });
    expect(planTermsChange(terms, { fixedPayment: '800.00', effectiveFrom: '2026-12-01' })).toEqual({
      changed: true,
      removed: true,
    });
    expect(planTermsChange(terms, null)).toEqual({ changed: true, removed: true });
    expect(planTermsChange(null, terms)).toEqual({ changed: true, removed: false });
    expect(planTermsChange(null, null)).toEqual({ changed: false, removed: false });
  });
});
