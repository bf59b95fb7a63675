/** Tests for the debt form model: validation codes per field and the draft ↔ record round trip. */
import { describe, expect, it } from 'vitest';
import { PROFILE } from './fixtures';
import { emptyDebtDraft, fromDebtDraft, nameLength, toDebtDraft, validateDebtDraft } from './debtForm';
import { toDebtInput } from './planInput';
import { planRepayment } from '../../domain';

const base = { id: 'd1', profileId: PROFILE, position: 0, updatedAt: '2026-11-28T00:00:00Z' };

describe('validateDebtDraft', () => {
  it('requires platform, principal and rate', () => {
    expect(validateDebtDraft(emptyDebtDraft())).toEqual({
      platform: 'required',
      principal: 'required',
      ratePercent: 'required',
    });
  });
  it('flags malformed amounts, percentages and dates', () => {
    const draft = {
      ...emptyDebtDraft(),
      platform: 'A',
      principal: '12.345',
      ratePercent: '-1',
      fees: 'abc',
      overdueSince: '2026-02-30',
    };
    expect(validateDebtDraft(draft)).toEqual({
      principal: 'money',
      ratePercent: 'percent',
      fees: 'money',
      overdueSince: 'date',
    });
  });
});

describe('fromDebtDraft', () => {
  it.each([
    ['daily-percent', '0.05', '365', { dailyRate: '0.0005' }],
    ['monthly-percent', '1.5', '365', { monthlyRate: '0.015' }],
    ['annual-percent', '36', '360', { annualRate: '0.36', annualRateDayBasis: 360 }],
  ] as const)('builds a record for a %s rate', (rateUnit, ratePercent, basis, rate) => {
    const result = fromDebtDraft(
      { ...emptyDebtDraft(), platform: ' A ', principal: '1,000', rateUnit, ratePercent, basis, fixedPayment: '200' },
      base,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      platform: 'A',
      principal: '1000.00',
      interest: '0.00',
      fixedPayment: '200.00',
    });
    // The record keeps only the rate as entered (schema v8); the engine's rate is computed from it.
    // Mutation: store toEngineRate(enteredRate) on the record again → the first assertion fails.
    expect(result.record).not.toHaveProperty('dailyRate');
    expect(result.record).not.toHaveProperty('monthlyRate');
    expect(toDebtInput(result.record)).toMatchObject(rate);
    expect(result.record).not.toHaveProperty('tokenPayment');
    expect(toDebtDraft(result.record)).toMatchObject({
      platform: 'A',
      principal: '1000.00',
      rateUnit,
      ratePercent,
      basis,
    });
  });
  // Issue 13: a platform named `abc\u202Efdp.exe` scrambled the app's own sentences in the pack and scripts.
  // Break: store draft.platform.trim() as before → the first assertion fails (the override is kept).
  it('stores names without direction controls, and a name of controls only is missing', () => {
    const draft = { ...emptyDebtDraft(), principal: '100', ratePercent: '1', rateUnit: 'monthly-percent' as const };
    const result = fromDebtDraft({ ...draft, platform: 'abc\u202Efdp.exe', contractNumber: '\u2067No.7\u200F' }, base);
    expect(result.ok && result.record.platform).toBe('abcfdp.exe');
    expect(result.ok && result.record.contractNumber).toBe('No.7');
    expect(validateDebtDraft({ ...draft, platform: ' \u202E\u2066 ' }).platform).toBe('required');
  });

  it('returns the errors and no record when invalid', () => {
    expect(fromDebtDraft({ ...emptyDebtDraft(), platform: 'A' }, base)).toEqual({
      ok: false,
      errors: { principal: 'required', ratePercent: 'required' },
    });
  });
});

describe('issue 16: the lender and how the loan is charged', () => {
  const filled = {
    ...emptyDebtDraft(),
    platform: '安逸花',
    principal: '9,000',
    rateUnit: 'daily-percent' as const,
    ratePercent: '0.05',
    lenderType: 'consumer-finance' as const,
    penaltyPercent: '0.075',
    feePercent: '1',
    originalPrincipal: '12,000',
    contractInstalment: '1120',
  };

  it('keeps the answers on the record and gives them to the engine as exact fractions', () => {
    // Break: drop `record.penaltyPercent = …` in fromDebtDraft → the record and the engine input both fail.
    const result = fromDebtDraft(filled, base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      lenderType: 'consumer-finance',
      penaltyPercent: '0.075',
      feePercent: '1',
      originalPrincipal: '12000.00',
      contractInstalment: '1120.00',
    });
    // By hand: 0.075 % → 0.00075; 1 % → 0.01.
    expect(toDebtInput(result.record)).toMatchObject({
      dailyRate: '0.0005',
      penaltyRate: '0.00075',
      feeRate: '0.01',
      originalPrincipal: '12000.00',
      contractInstalment: '1120.00',
    });
    expect(toDebtDraft(result.record)).toMatchObject({
      lenderType: 'consumer-finance',
      penaltyPercent: '0.075',
      feePercent: '1',
      originalPrincipal: '12000.00',
      contractInstalment: '1120.00',
    });
  });

  it('stores "I don\'t know" as unknown and nothing when the question was not answered', () => {
    // Break: store lenderType only when it is not 'unknown' → the first expectation fails.
    const unknown = fromDebtDraft({ ...filled, lenderType: 'unknown' }, base);
    expect(unknown.ok && unknown.record.lenderType).toBe('unknown');
    const unanswered = fromDebtDraft({ ...filled, lenderType: '' }, base);
    expect(unanswered.ok && 'lenderType' in unanswered.record).toBe(false);
    const bare = fromDebtDraft({ ...emptyDebtDraft(), platform: 'A', principal: '1', ratePercent: '1' }, base);
    expect(bare.ok && toDebtInput(bare.record)).not.toHaveProperty('penaltyRate');
    expect(bare.ok && toDebtInput(bare.record)).not.toHaveProperty('contractInstalment');
  });

  it('flags a bad penalty or fee percent, and a contract instalment beside an agreed one', () => {
    // Break: remove the OPTIONAL_PERCENT check → penaltyPercent is not flagged.
    expect(validateDebtDraft({ ...filled, penaltyPercent: '-1', feePercent: 'abc' })).toEqual({
      penaltyPercent: 'percent',
      feePercent: 'percent',
    });
    expect(validateDebtDraft({ ...filled, fixedPayment: '500' })).toEqual({
      contractInstalment: 'instalment-and-fixed',
    });
    expect(validateDebtDraft({ ...filled, contractInstalment: '1.234' })).toEqual({ contractInstalment: 'money' });
  });

  it('keeps 18 % a year exact, so it ties with 1.5 % a month and the list order decides', () => {
    // Before issue 16, 18 %/365 went to the engine as 0.0004931506849315 a day (17.99999…% a year),
    // so avalanche put the monthly debt first. Break: spread the annual rate over 365 days again → fails.
    const annual = fromDebtDraft(
      { ...emptyDebtDraft(), platform: 'Y', principal: '1000', rateUnit: 'annual-percent', ratePercent: '18' },
      { ...base, id: 'year' },
    );
    const monthly = fromDebtDraft(
      { ...emptyDebtDraft(), platform: 'M', principal: '1000', rateUnit: 'monthly-percent', ratePercent: '1.5' },
      { ...base, id: 'month', position: 1 },
    );
    if (!annual.ok || !monthly.ok) throw new Error('drafts should be valid');
    expect(toDebtInput(annual.record)).toMatchObject({ annualRate: '0.18', annualRateDayBasis: 365 });
    const plan = planRepayment({
      asOf: '2026-01-01',
      firstPaymentDate: '2026-01-15',
      monthlyBudget: '500.00',
      strategy: 'avalanche',
      debts: [toDebtInput(annual.record), toDebtInput(monthly.record)],
    });
    expect(plan.order).toEqual(['year', 'month']);
  });
});

describe('the platform name’s limit (issue 13)', () => {
  // Break: count `draft.platform.length` (UTF-16 units, controls included) → the emoji and override cases fail.
  it('counts characters as the person sees them: 60 pass, 61 do not', () => {
    const draft = (platform: string) => ({ ...emptyDebtDraft(), platform, principal: '100', ratePercent: '1' });
    // 60 emoji are 120 UTF-16 units but 60 characters; 60 letters with an override are 61 units.
    expect(validateDebtDraft(draft('😀'.repeat(60))).platform).toBeUndefined();
    expect(validateDebtDraft(draft(`${'a'.repeat(30)}\u202E${'b'.repeat(30)}`)).platform).toBeUndefined();
    expect(validateDebtDraft(draft('借'.repeat(61))).platform).toBe('too-long');
    expect(nameLength('  很长的平台名称\u202E  ')).toBe(7);
  });
});
