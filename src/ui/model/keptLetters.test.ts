/**
 * Kept letters (issue 14): what is stored of a copied letter, and whether it still says what the
 * plan says. Plan worked by hand: budget 3,000.00, no interest, snowball: 甲 5,000.00 first (it
 * gets 3,000 − 250 = 2,750.00 a month, 丙's small monthly payment being 250.00), 丙 8,000.00
 * second. Budget 2,000.00: 甲 gets 2,000 − 250 = 1,750.00.
 */
import { createStore } from 'solid-js/store';
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../../domain';
import { LETTER_AMOUNTS, LETTER_DATES, SCRIPT_KINDS, type ScriptRequest } from '../../scripts';
import { LETTER_AMOUNTS_V14, LETTER_DATES_V14, LETTER_KINDS_V14 } from '../../storage/validation';
import {
  KEPT_LETTERS_MAX,
  keepLetter,
  keptKey,
  keptLettersOfRecords,
  keptLettersToRecords,
  keptRequestOf,
  keptStatus,
  type KeptLetter,
} from './keptLetters';
import { letterFigures } from '../../scripts';

const input: PlanInput = {
  asOf: '2026-01-10',
  firstPaymentDate: '2026-01-31',
  monthlyBudget: '3000.00',
  strategy: 'snowball',
  debts: [
    { id: 'A', platform: '甲', principal: '5000.00', monthlyRate: '0' },
    { id: 'C', platform: '丙', principal: '8000.00', monthlyRate: '0', tokenPayment: '250.00' },
  ],
};
const version = (budget: string) => {
  const changed = { ...input, monthlyBudget: budget };
  return { input: changed, plan: planRepayment(changed) };
};

const request: ScriptRequest = {
  kind: 'proposal',
  locale: 'zh-CN',
  channel: 'letter',
  ...version('3000.00'),
  platform: '甲',
  platformName: '甲',
  name: '周女士',
  contractNumber: 'HT-2026-0042',
  hardshipReasons: ['job-loss'],
  hardshipDetails: '十月被裁员',
  evidenceOther: '离职证明',
  contactName: '小周',
  collectionLog: { events: [{ date: '2026-01-05', breach: 'night-contact', note: '凌晨打电话' }] },
  letterDate: '2026-01-10',
};

function kept(from: ScriptRequest): KeptLetter {
  const figures = letterFigures(from);
  const keptRequest = keptRequestOf(from);
  return {
    key: keptKey(keptRequest, figures),
    title: '甲 · 还款协商申请',
    how: 'copied',
    on: '2026-01-10',
    figures,
    request: keptRequest,
  };
}

describe('kept letters', () => {
  // Break: keptRequestOf keeps every field but input and plan (the old `...rest`) → fails.
  it('keeps no free text of the request: no name, contract number, hardship details, log or contact', () => {
    const stored = JSON.stringify(keptLettersToRecords([kept(request)]));
    for (const secret of ['周女士', 'HT-2026-0042', '十月被裁员', '离职证明', '小周', '凌晨打电话']) {
      expect(stored).not.toContain(secret);
    }
    expect(keptRequestOf(request)).toEqual({
      kind: 'proposal',
      locale: 'zh-CN',
      channel: 'letter',
      platform: '甲',
      platformName: '甲',
      hardshipReasons: ['job-loss'],
      letterDate: '2026-01-10',
    });
  });

  // Break: KEPT_REQUEST_FIELDS without 'settlementAmount' → the settlement's figures differ → fails.
  it('what is kept is enough to write each kind of letter again with the same figures', () => {
    for (const kind of SCRIPT_KINDS) {
      const full: ScriptRequest = { ...request, kind, settlementAmount: '3000.00', cashOnHand: '3500.00' };
      const again = { ...keptRequestOf(full), ...version('3000.00') };
      expect(letterFigures(again), kind).toEqual(letterFigures(full));
    }
  });

  // Break: keptStatus always 'current' → fails.
  it('after the budget changes, a stored letter read back is out of date with the new first-month amount', () => {
    const records = keptLettersToRecords([kept(request)]);
    const [back] = keptLettersOfRecords(JSON.parse(JSON.stringify(records)) as typeof records);
    if (back === undefined) throw new Error('nothing read back');
    expect(back.figures.amounts.focusAmount).toBe('2750.00');
    expect(keptStatus(back, version('3000.00'))).toEqual({ state: 'current' });
    const status = keptStatus(back, version('2000.00'));
    expect(status.state).toBe('changed');
    expect(status.state === 'changed' ? status.changes : []).toContainEqual({
      field: 'amount',
      name: 'focusAmount',
      before: '2750.00',
      after: '1750.00',
    });
  });

  // Break: keepLetter without `.slice(0, KEPT_LETTERS_MAX)` → 201 kept → fails (storage would refuse the write).
  it('keeps the newest KEPT_LETTERS_MAX, the same letter of the same version once', () => {
    let list: KeptLetter[] = [];
    const one = kept(request);
    for (let i = 0; i <= KEPT_LETTERS_MAX; i += 1) list = keepLetter(list, { ...one, key: `k${String(i)}` });
    expect(list).toHaveLength(200);
    expect(list[0]?.key).toBe('k200');
    expect(keepLetter(list, { ...one, key: 'k150', how: 'printed' }).filter((l) => l.key === 'k150')).toHaveLength(1);
  });

  // Found by the full browser run of 2026-12-04 (scripts.test.ts): the second letter copied was
  // refused, because the letters already kept come from the UI's store as proxies.
  // Break: keptLettersToRecords back to structuredClone → DataCloneError → fails.
  it('stores a second letter when the first one comes from the UI store', () => {
    const first = kept(request);
    const [state] = createStore({ keptLetters: [first] });
    const second = { ...first, key: 'second', how: 'printed' as const };
    // Read once outside any tracked scope on purpose: this is what the page's Copy handler does.
    // eslint-disable-next-line solid/reactivity
    const records = keptLettersToRecords(keepLetter(state.keptLetters, second));
    expect(records.map((letter) => [letter.key, letter.how])).toEqual([
      ['second', 'printed'],
      [first.key, 'copied'],
    ]);
  });

  // Break: drop 'verify-collector' from LETTER_KINDS_V14 → fails (storage would refuse that letter).
  it('storage checks kept letters against the very lists the scripts use', () => {
    expect([...LETTER_KINDS_V14]).toEqual([...SCRIPT_KINDS]);
    expect([...LETTER_AMOUNTS_V14]).toEqual([...LETTER_AMOUNTS]);
    expect([...LETTER_DATES_V14]).toEqual([...LETTER_DATES]);
  });
});
