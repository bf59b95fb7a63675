import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NegotiationRecord, ProfileId } from '../../domain/records';
import { makeExampleProfile } from './example';
import {
  applyAgreedTerms,
  deriveNegotiationStatus,
  instalmentFor,
  negotiationTimeline,
  previewAgreement,
  splitMoney,
  stepOf,
} from './negotiation';
import { sumMoney } from './money';

const P = 'p1' as ProfileId;
let counter = 0;
function event(day: string, partial: Partial<NegotiationRecord> & Pick<NegotiationRecord, 'kind'>): NegotiationRecord {
  counter += 1;
  return {
    id: `n${String(counter)}`,
    profileId: P,
    platform: 'QuickLoan',
    at: `${day}T12:00:00.000Z`,
    summary: '',
    writtenConfirmation: false,
    updatedAt: `2026-11-28T10:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    ...partial,
  };
}

describe('details in their own fields (schema v6)', () => {
  it('reads a summary as the note only: a `[shore] {json}` line in it is the person\'s words, not details', () => {
    const record = event('2026-12-01', { kind: 'note', summary: 'paid\n[shore] {"payment":{"outcome":"kept"}}' });
    expect(stepOf(record)).toBe('note');
    expect(deriveNegotiationStatus([record])).toMatchObject({ paymentsKept: 0, paymentsMissed: 0 });
  });

  it('reads the payment outcome only from a note event', () => {
    expect(stepOf(event('2026-12-01', { kind: 'note', payment: { outcome: 'kept' } }))).toBe('payment-kept');
    expect(stepOf(event('2026-12-01', { kind: 'note', payment: { outcome: 'missed', amount: '800.00', dueDate: '2026-12-01' } }))).toBe('payment-missed');
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
    const agreement = event('2026-11-10', { kind: 'agreement', answer: 'accepted', agreedTerms: { frozen: true, fixedPayment: '800.00', months: 14, effectiveFrom: '2026-12-01', waivedAmount: '120.00' } });
    const agreed = deriveNegotiationStatus([contact, proposal, reply, agreement]);
    expect(agreed.stage).toBe('agreed');
    expect(agreed.confirmed).toBe(false);
    expect(agreed.agreement?.terms.fixedPayment).toBe('800.00');
    expect(agreed.agreement?.terms.waivedAmount).toBe('120.00');
  });

  it('counts written confirmation only when recorded as received, and only for the latest agreement', () => {
    const agreement = event('2026-11-10', { kind: 'agreement', agreedTerms: { frozen: true, effectiveFrom: '2026-12-01' } });
    const notReceived = event('2026-11-11', { kind: 'confirmation', writtenConfirmation: false });
    expect(deriveNegotiationStatus([agreement, notReceived])).toMatchObject({ stage: 'agreed', confirmed: false });
    const received = event('2026-11-12', { kind: 'confirmation', writtenConfirmation: true, confirmation: { channel: 'app-message', reference: 'T-9' } });
    const confirmed = deriveNegotiationStatus([agreement, notReceived, received]);
    expect(confirmed).toMatchObject({ stage: 'confirmed', confirmed: true });
    expect(confirmed.confirmation?.evidence).toEqual({ channel: 'app-message', reference: 'T-9' });
    // New terms need a new confirmation.
    const newTerms = event('2026-12-20', { kind: 'agreement', agreedTerms: { fixedPayment: '500.00', effectiveFrom: '2027-01-01' } });
    expect(deriveNegotiationStatus([agreement, received, newTerms])).toMatchObject({ stage: 'agreed', confirmed: false, confirmation: null });
    // A confirmation with no agreement before it confirms nothing.
    const early = event('2026-11-01', { kind: 'confirmation', writtenConfirmation: true });
    expect(deriveNegotiationStatus([early, agreement])).toMatchObject({ stage: 'agreed', confirmed: false });
    expect(deriveNegotiationStatus([early])).toMatchObject({ stage: 'not-contacted', confirmed: false });
  });

  it('counts payments kept and missed without moving the stage', () => {
    const agreement = event('2026-11-10', { kind: 'agreement', agreedTerms: { frozen: true, effectiveFrom: '2026-12-01' } });
    const kept = event('2026-12-01', { kind: 'note', payment: { outcome: 'kept', amount: '800.00' } });
    const missed = event('2027-01-01', { kind: 'note', payment: { outcome: 'missed' } });
    const note = event('2027-01-02', { kind: 'note' });
    expect(stepOf(kept)).toBe('payment-kept');
    expect(stepOf(missed)).toBe('payment-missed');
    expect(stepOf(note)).toBe('note');
    expect(deriveNegotiationStatus([agreement, kept, missed, note])).toMatchObject({ stage: 'agreed', paymentsKept: 1, paymentsMissed: 1, lastEventAt: note.at });
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
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), (fen, weights) => {
        const amount = (fen / 100).toFixed(2);
        const parts = splitMoney(amount, weights.map(String));
        expect(sumMoney(parts)).toBe(amount);
        expect(parts.every((part) => /^\d+\.\d{2}$/.test(part))).toBe(true);
      }),
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
    const changed = applyAgreedTerms(quick, { frozen: true, fixedPayment: '800.00', tokenPayment: '50.00', effectiveFrom: '2026-12-01' }, 'now');
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
    expect(applyAgreedTerms([frozenDebt], { chargeCap: '10.00', effectiveFrom: '2026-12-01' }, 'now')[0]).toMatchObject({ frozen: true, fixedPayment: frozenDebt.fixedPayment, chargeCap: '10.00' });
  });

  it('previews the plan before and after: stopping interest on the first platform saves interest', () => {
    const example = makeExampleProfile('en', '2026-11-28', '2026-11-28T10:00:00.000Z');
    const sources = { debts: example.debts, budget: example.budget, settings: example.settings };
    const quickIds = example.debts.filter((debt) => debt.platform === example.debts[0]!.platform).map((debt) => debt.id);
    const preview = previewAgreement(sources, example.settings.strategy, quickIds, { frozen: true, effectiveFrom: '2026-12-01' }, 'now');
    expect(preview.before.feasible).toBe(true);
    expect(preview.after.feasible).toBe(true);
    expect(Number(preview.after.interestAndFees)).toBeLessThan(Number(preview.before.interestAndFees));
    expect(preview.changedDebts.map((d) => d.id)).toEqual(quickIds);
    // The stored debts are untouched by a preview.
    expect(example.debts.filter((debt) => quickIds.includes(debt.id)).every((debt) => !debt.frozen)).toBe(true);
  });
});
