/** Which lenders a source binds, on which dates, and the lender behind a platform name. */
import { describe, expect, it } from 'vitest';
import { bindsLender, inForceOn, lenderOfDebts, toLender, type Binds, type Lender } from './lenders';

const CARD: Lender = { type: 'bank', creditCard: true };
const LOAN: Lender = { type: 'bank', creditCard: false };
const BANK: Lender = { type: 'bank' };

describe('bindsLender', () => {
  // Worked out by hand from the definitions: a bank of unknown product needs both bank scopes;
  // `unknown` is bound only by what binds everyone.
  // Mutation: scopesOf(bank without product) → ['bank-card'] → the 'bank (product unknown)' rows fail.
  // Mutation: `unknown` treated like any type (return scopes [] → every() true) → the unknown rows fail.
  const cardOnly: Binds = ['bank-card'];
  const loans: Binds = ['bank-loan', 'consumer-finance'];
  const bothBank: Binds = ['bank-card', 'bank-loan'];
  it.each([
    ['everyone', 'unknown', true],
    ['everyone', 'unlicensed', true],
    ['card only', 'bank card', true],
    ['card only', 'bank loan', false],
    ['card only', 'bank (product unknown)', false],
    ['loans', 'bank loan', true],
    ['loans', 'bank card', false],
    ['loans', 'consumer-finance', true],
    ['loans', 'microlender', false],
    ['loans', 'unknown', false],
    ['both bank products', 'bank (product unknown)', true],
    ['both bank products', 'bank card', true],
    ['both bank products', 'unknown', false],
  ] as const)('%s binds %s: %s', (bindsName, lenderName, expected) => {
    const binds = { everyone: 'everyone', 'card only': cardOnly, loans, 'both bank products': bothBank }[bindsName];
    const lender = {
      unknown: toLender('unknown'),
      unlicensed: toLender('unlicensed'),
      'bank card': CARD,
      'bank loan': LOAN,
      'bank (product unknown)': BANK,
      'consumer-finance': toLender('consumer-finance'),
      microlender: toLender('microlender'),
    }[lenderName];
    expect(bindsLender(binds as Binds, lender)).toBe(expected);
  });
});

describe('inForceOn', () => {
  // Mutation: compare `onDate < until` (exclusive) → the 2025-12-31 row fails.
  it.each([
    [{ from: '2026-01-01' }, '2025-12-31', false],
    [{ from: '2026-01-01' }, '2026-01-01', true],
    [{ until: '2025-12-31' }, '2025-12-31', true],
    [{ until: '2025-12-31' }, '2026-01-01', false],
    [undefined, '1999-01-01', true],
  ] as const)('%j on %s: %s', (inForce, day, expected) => {
    expect(inForceOn(inForce, day)).toBe(expected);
  });
  it('without a date, the newest version counts: an ended version does not', () => {
    // Mutation: return true without a date → fails.
    expect(inForceOn({ until: '2025-12-31' })).toBe(false);
    expect(inForceOn({ from: '2026-01-01' })).toBe(true);
  });
});

describe('lenderOfDebts', () => {
  const debt = (platform: string, kind: string, lenderType?: Lender['type']) => ({ platform, kind, lenderType });
  it('reads the shared type of the platform’s debts (names trimmed), with the card flag when they agree', () => {
    const debts = [
      debt('招行', 'credit-card', 'bank'),
      debt(' 招行 ', 'credit-card', 'bank'),
      debt('某贷', 'online-loan'),
    ];
    expect(lenderOfDebts(debts, '招行')).toEqual({ type: 'bank', creditCard: true });
    // Mutation: default a debt without a type to 'online-platform' → fails.
    expect(lenderOfDebts(debts, '某贷')).toEqual({ type: 'unknown', creditCard: false });
    expect(lenderOfDebts(debts, '没有这个平台')).toEqual({ type: 'unknown' });
  });
  it('reads the lender from the debt’s kind until the person answers: cards are banks, private loans unlicensed', () => {
    // Mutation: no fallback on the kind → the first three expectations fail.
    expect(lenderOfDebts([debt('卡', 'credit-card')], '卡')).toEqual({ type: 'bank', creditCard: true });
    expect(lenderOfDebts([debt('消金', 'consumer-finance')], '消金')).toEqual({
      type: 'consumer-finance',
      creditCard: false,
    });
    expect(lenderOfDebts([debt('朋友', 'private-loan')], '朋友')).toEqual({ type: 'unlicensed', creditCard: false });
    expect(lenderOfDebts([debt('其他', 'other')], '其他')).toEqual({ type: 'unknown', creditCard: false });
    // The person's answer wins over the kind.
    expect(lenderOfDebts([debt('卡', 'credit-card', 'collection-agency')], '卡')).toEqual({
      type: 'collection-agency',
      creditCard: true,
    });
  });

  it('is unknown when the debts disagree, and drops the card flag when only that disagrees', () => {
    // Mutation: take the first debt's type → the first expectation fails.
    expect(lenderOfDebts([debt('A', 'online-loan', 'bank'), debt('A', 'online-loan', 'microlender')], 'A')).toEqual({
      type: 'unknown',
    });
    expect(lenderOfDebts([debt('B', 'credit-card', 'bank'), debt('B', 'online-loan', 'bank')], 'B')).toEqual({
      type: 'bank',
    });
  });
});
