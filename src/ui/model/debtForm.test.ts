/** Tests for the debt form model: validation codes per field and the draft ↔ record round trip. */
import { describe, expect, it } from 'vitest';
import { PROFILE } from './fixtures';
import { emptyDebtDraft, fromDebtDraft, toDebtDraft, validateDebtDraft } from './debtForm';
import { toDebtInput } from './planInput';

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
    ['annual-percent', '36', '360', { dailyRate: '0.001' }],
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
