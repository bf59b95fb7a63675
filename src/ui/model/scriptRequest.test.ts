import { describe, expect, it } from 'vitest';
import type { DebtRecord, NegotiationRecord, ProfileId } from '../../domain/records';
import { makeEntry } from '../../rules/testing';
import { lenderOfDebts } from '../../rules/lenders';
import { EVIDENCE_KEPT } from '../../scripts';
import {
  citedCostOf,
  creditorKindOf,
  evidenceKept,
  evidenceKeptFromLog,
  offersVerifyCollector,
  recordedInterestStopOf,
  withInstalment,
} from './scriptRequest';

describe('creditorKindOf', () => {
  // Break: returning lender.type unfiltered (so 'unlicensed' reaches the letter) → fails.
  it('maps each lender type to the letter’s creditor kind; unlicensed and unknown leave it unset', () => {
    expect(creditorKindOf({ type: 'bank' })).toBe('bank');
    expect(creditorKindOf({ type: 'consumer-finance' })).toBe('consumer-finance');
    expect(creditorKindOf({ type: 'microlender' })).toBe('microlender');
    expect(creditorKindOf({ type: 'online-platform' })).toBe('online-platform');
    expect(creditorKindOf({ type: 'collection-agency' })).toBe('collection-agency');
    expect(creditorKindOf({ type: 'unlicensed' })).toBeUndefined();
    expect(creditorKindOf({ type: 'unknown' })).toBeUndefined();
  });

  it('reads the kind from the debt record until the person answers: a card is a bank, an online loan unknown', () => {
    const debts = [
      { platform: 'Card', kind: 'credit-card' },
      { platform: 'CF', kind: 'consumer-finance' },
      { platform: 'Loan', kind: 'online-loan' },
      { platform: 'Friend', kind: 'private-loan' },
      { platform: 'Agency', kind: 'online-loan', lenderType: 'collection-agency' as const },
    ];
    expect(creditorKindOf(lenderOfDebts(debts, 'Card'))).toBe('bank');
    expect(creditorKindOf(lenderOfDebts(debts, 'CF'))).toBe('consumer-finance');
    expect(creditorKindOf(lenderOfDebts(debts, 'Loan'))).toBeUndefined();
    expect(creditorKindOf(lenderOfDebts(debts, 'Friend'))).toBeUndefined();
    expect(creditorKindOf(lenderOfDebts(debts, 'Agency'))).toBe('collection-agency');
  });
});

describe('offersVerifyCollector', () => {
  // Break: `|| lender.type === 'unknown'` dropped → the second expectation fails.
  it('is offered for an agency, an unknown lender, or when the person is unsure who calls', () => {
    expect(offersVerifyCollector({ type: 'collection-agency' }, false)).toBe(true);
    expect(offersVerifyCollector({ type: 'unknown' }, false)).toBe(true);
    expect(offersVerifyCollector({ type: 'bank', creditCard: true }, false)).toBe(false);
    expect(offersVerifyCollector({ type: 'bank', creditCard: true }, true)).toBe(true);
    expect(offersVerifyCollector({ type: 'consumer-finance' }, false)).toBe(false);
  });
});

describe('evidence kept', () => {
  const file = (type: string) => ({ id: type, name: 'f', type, size: 1 });
  const log = [
    makeEntry({ platform: 'Q ', attachments: [file('audio/mp4')] }),
    makeEntry({ platform: 'Q', attachments: [file('application/pdf')] }),
    makeEntry({ platform: 'Other', attachments: [file('image/png')] }),
  ];

  // Break: not filtering by platform → 'screenshot' from Other's entry appears → fails.
  it('a recording from an audio file of that creditor’s log; nothing from another creditor or a PDF', () => {
    expect(evidenceKeptFromLog(log, 'Q')).toEqual(['recording']);
    expect(evidenceKeptFromLog(log, 'Other')).toEqual(['screenshot']);
    expect(evidenceKeptFromLog(log, 'None')).toEqual([]);
  });

  // Break: ignoring an untick (`ticks[item] === true || fromLog.includes(item)`) → fails.
  it('the person’s ticks add and remove; the letter’s order is kept', () => {
    expect(evidenceKept(['recording'], {}, EVIDENCE_KEPT)).toEqual(['recording']);
    expect(evidenceKept(['recording'], { message: true }, EVIDENCE_KEPT)).toEqual(['recording', 'message']);
    expect(evidenceKept(['recording'], { recording: false }, EVIDENCE_KEPT)).toEqual([]);
    expect(evidenceKept([], { 'call-log': true, screenshot: true }, EVIDENCE_KEPT)).toEqual(['screenshot', 'call-log']);
  });
});

describe('recordedInterestStopOf', () => {
  const event = (
    at: string,
    kind: NegotiationRecord['kind'],
    terms?: NegotiationRecord['agreedTerms'],
    platform = 'Q',
  ): NegotiationRecord => ({
    id: `${platform}-${at}`,
    profileId: 'p' as ProfileId,
    platform,
    at,
    kind,
    summary: '',
    ...(terms ? { agreedTerms: terms } : {}),
    writtenConfirmation: false,
    recordedAt: at,
    updatedAt: at,
  });

  // Break: reading the first agreement instead of the latest → the third expectation fails.
  it('only the latest agreement’s stop counts, with the date it applies from', () => {
    expect(recordedInterestStopOf([], 'Q')).toBeUndefined();
    const stopped = event('2026-10-01T10:00:00Z', 'agreement', { frozen: true, effectiveFrom: '2026-10-05' });
    expect(recordedInterestStopOf([stopped], 'Q')).toEqual({ since: '2026-10-05' });
    const later = event('2026-11-01T10:00:00Z', 'agreement', { fixedPayment: '300.00', effectiveFrom: '2026-11-05' });
    expect(recordedInterestStopOf([stopped, later], 'Q')).toBeUndefined();
    // A proposal asking for a stop is not a recorded stop; another creditor's stop is not this one's.
    expect(recordedInterestStopOf([event('2026-11-02T10:00:00Z', 'proposal')], 'Q')).toBeUndefined();
    expect(recordedInterestStopOf([{ ...stopped, platform: 'R' }], 'Q')).toBeUndefined();
  });
});

describe('withInstalment', () => {
  // Break: appending instead of replacing → the second expectation has 3 items → fails.
  it('one request per platform, replaced in place; unchanged returns the same list', () => {
    const list = withInstalment([{ platform: 'A' }], { platform: 'B', months: 12 });
    expect(list).toEqual([{ platform: 'A' }, { platform: 'B', months: 12 }]);
    expect(withInstalment(list, { platform: 'A', months: 6 })).toEqual([
      { platform: 'A', months: 6 },
      { platform: 'B', months: 12 },
    ]);
    expect(withInstalment(list, { platform: 'B', months: 12 })).toBe(list);
  });
});

describe('citedCostOf (issue 16)', () => {
  it('gives the figure only of a debt on that platform whose check the person ticked', () => {
    // Break: ignore `citeInLetters` → the unticked 30.00 is returned for 乙 → fails.
    const cost = (annualRate: string, citeInLetters: boolean) => ({
      borrowed: '1000.00',
      upfrontFee: '0.00',
      startDate: '2027-01-15',
      schedule: { mode: 'equal' as const, count: 1, amount: '1100.00' },
      periodFee: '0.00',
      annualRate,
      method: 'monthly-irr' as const,
      citeInLetters,
      computedOn: '2027-01-15',
    });
    const debts = [
      { platform: '甲', cost: cost('21.46', true) },
      { platform: '乙', cost: cost('30.00', false) },
      { platform: '乙' },
    ] as unknown as DebtRecord[];
    expect(citedCostOf(debts, '甲')).toBe('21.46');
    expect(citedCostOf(debts, '乙')).toBeUndefined();
    expect(citedCostOf(debts, '丙')).toBeUndefined();
  });
});
