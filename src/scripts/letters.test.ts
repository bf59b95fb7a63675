/**
 * One set of commitments (issue 14): plan versions, the letters of a plan checked as a set, and
 * what changed in a letter between two plan versions.
 *
 * The issue's case, worked by hand. Budget 3,000.00 a month, snowball, no interest (rates 0):
 *   甲 5,000.00; 丙 8,000.00 with a 250.00 small monthly payment; the card 卡 owes 28,500.00
 *   (27,000.00 + 1,200.00 interest + 300.00 fees) with a 300.00 small monthly payment.
 *   Plan as it stands, period 1 (2026-01-31): 丙 250.00 + 卡 300.00; 甲, the first creditor, gets
 *   3,000 − 550 = 2,450.00.
 *   Instalment for 卡: N = 10 → 2,850.00, plus 丙's 250.00 = 3,100.00 > 3,000.00: does not fit.
 *   N = 11 → 28,500 / 11 = 2,590.909… → 2,590.91 (rounded up to the fen); last = 28,500 −
 *   10 × 2,590.91 = 2,590.90. With it, period 1: 卡 2,590.91 + 丙 250.00 + 甲 the rest, 159.09.
 *   Letters from two plans: 2,590.91 (instalment) + 2,450.00 (甲) + 250.00 (丙) = 5,290.91 in
 *   January against 3,000.00 — the bug. From one version: 2,590.91 + 159.09 + 250.00 = 3,000.00.
 *   In that version 甲 gets 159.09 for periods 1–10, 159.10 in period 11 (卡 pays 2,590.90), so it
 *   owes 5,000 − 10 × 159.09 − 159.10 = 3,250.00; period 12 (卡 repaid): 3,000 − 250 = 2,750.00 →
 *   500.00 left; period 13 (2027-01-31) repays it: 甲 repaid 2027-01-31.
 *
 * Mutations checked (each failed a test here):
 * - makePlanVersion ignores its instalments → "letters from one plan version …".
 * - checkLetterSet skips the version check → "the issue's letters …" (mixed versions not reported).
 * - checkLetterSet sums each platform's payments twice → "two letters to one creditor count once".
 * - applyInstalment sets principal to what is owed (the old merge) → "idempotent" (interest lost).
 * - diffLetterFigures ignores dates → "what changed".
 * - the instalment letter keeps its comparison when the plan holds it → "states it as in the plan".
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../domain';
import {
  applyInstalment,
  checkLetterSet,
  composeScript,
  describeLetterChanges,
  diffLetterFigures,
  letterCommitments,
  letterFigures,
  makePlanVersion,
  platformFacts,
  planVersionId,
  type ScriptRequest,
} from './index';

const input: PlanInput = {
  asOf: '2026-01-10',
  firstPaymentDate: '2026-01-31',
  monthlyBudget: '3000.00',
  strategy: 'snowball',
  debts: [
    { id: 'A', platform: '甲', principal: '5000.00', monthlyRate: '0' },
    { id: 'C', platform: '丙', principal: '8000.00', monthlyRate: '0', tokenPayment: '250.00' },
    {
      id: 'K',
      platform: '卡',
      principal: '27000.00',
      interest: '1200.00',
      fees: '300.00',
      monthlyRate: '0',
      tokenPayment: '300.00',
    },
  ],
};
const plan = planRepayment(input);

const letter = (over: Partial<ScriptRequest>): ScriptRequest => ({
  kind: 'proposal',
  locale: 'zh-CN',
  channel: 'letter',
  input,
  plan,
  platform: '甲',
  platformName: '甲',
  ...over,
});

describe('one set of commitments', () => {
  it("reproduces the issue's letters: ¥5,290.91 promised in January against ¥3,000.00", () => {
    const instalment = letter({ kind: 'instalment-request', platform: '卡', platformName: '卡', creditCard: true });
    expect(composeScript(instalment).text).toContain('每月还款2,590.91元，共11期');
    expect(composeScript(letter({})).text).toContain('当月2,450.00元');
    const check = checkLetterSet([instalment, letter({}), letter({ platform: '丙', platformName: '丙' })]);
    expect(check.ok).toBe(false);
    expect(check.problems).toContainEqual(expect.objectContaining({ code: 'mixed-plan-versions' }));
    expect(check.problems).toContainEqual({
      code: 'over-budget',
      date: '2026-01-31',
      committed: '5290.91',
      budget: '3000.00',
    });
  });

  it('letters from one plan version with the instalment what-if’d in never promise more than the budget', () => {
    const version = makePlanVersion(input, { instalments: [{ platform: '卡' }] });
    // 卡 owes 28,500.00: over 11 months 28500.00 / 11 = 2590.909… rounded UP to the fen = 2590.91; ten of
    // those are 25,909.10, so the 11th pays 28,500.00 − 25,909.10 = 2590.90. (Breaks, whole fen in
    // src/scripts/instalment.ts: rounding the division down → 2590.90 a month, fails here; the last
    // amount as owed − amount × periods → fails here.)
    expect(version.instalments['卡']).toMatchObject({ amount: '2590.91', months: 11, lastAmount: '2590.90' });
    const from = (over: Partial<ScriptRequest>): ScriptRequest =>
      letter({ input: version.input, plan: version.plan, ...over });
    const requests = [
      from({ kind: 'instalment-request', platform: '卡', platformName: '卡', creditCard: true }),
      from({}),
      from({ platform: '丙', platformName: '丙' }),
      from({ kind: 'complaint', platform: '丙', platformName: '丙' }),
      from({ kind: 'settlement-offer', platform: '丙', platformName: '丙', settlementAmount: '6000' }),
    ];
    expect(checkLetterSet(requests)).toEqual({ ok: true, problems: [] });
    // January as the letters state it: 2,590.91 + 159.09 + 250.00 = 3,000.00.
    const january = requests.slice(0, 3).map((request) => letterCommitments(request).payments[0]);
    expect(january.map((payment) => payment?.amount)).toEqual(['2590.91', '159.09', '250.00']);
    const first = composeScript(requests[1]!).text;
    expect(first).toContain('当月159.09元');
    expect(first).toContain('2027年1月31日');
    // Every letter names the same plan version.
    expect(new Set(requests.map((request) => letterFigures(request).version))).toEqual(new Set([version.id]));
  });

  it('the instalment letter from its own version states it as in the plan (no "without instalments" comparison)', () => {
    const version = makePlanVersion(input, { instalments: [{ platform: '卡' }] });
    const text = composeScript(
      letter({
        kind: 'instalment-request',
        input: version.input,
        plan: version.plan,
        platform: '卡',
        platformName: '卡',
        creditCard: true,
      }),
    ).text;
    expect(text).toContain('每月还款2,590.91元，共11期');
    expect(text).not.toContain('不分期时');
    // From the plan as it stands, the comparison is there.
    expect(
      composeScript(letter({ kind: 'instalment-request', platform: '卡', platformName: '卡', creditCard: true })).text,
    ).toContain('不分期时');
  });

  it('applying an instalment twice changes nothing, and keeps principal, interest and fees apart', () => {
    const facts = platformFacts(input, plan, '卡');
    const once = applyInstalment(input, facts, '2590.91');
    const twice = applyInstalment(once, platformFacts(once, planRepayment(once), '卡'), '2590.91');
    expect(planVersionId(twice)).toBe(planVersionId(once));
    expect(once.debts.find((debt) => debt.id === 'K')).toMatchObject({
      principal: '27000.00',
      interest: '1200.00',
      fees: '300.00',
      frozen: true,
      fixedPayment: '2590.91',
    });
    // A settlement from the version still splits the waiver: offer 26,000.00 < principal 27,000.00
    // → 2,500.00 waived = 1,500.00 interest and fees + 1,000.00 principal.
    const version = makePlanVersion(input, { instalments: [{ platform: '卡' }] });
    expect(
      composeScript(
        letter({
          kind: 'settlement-offer',
          input: version.input,
          plan: version.plan,
          platform: '卡',
          platformName: '卡',
          creditCard: true,
          settlementAmount: '26000',
        }),
      ).text,
    ).toContain('其中利息、违约金和其他费用1,500.00元，本金1,000.00元');
  });

  it('two letters to one creditor from one version count once; a settlement from cash is not monthly money', () => {
    const requests = [letter({}), letter({ kind: 'follow-up' }), letter({ kind: 'stop-third-party-contact' })];
    expect(checkLetterSet(requests).ok).toBe(true);
    // 甲 alone: 2,450.00 in January (never 3 × 2,450.00).
    expect(letterCommitments(requests[0]!).payments[0]).toEqual({
      date: '2026-01-31',
      amount: '2450.00',
      source: 'budget',
    });
    const settle = letterCommitments(
      letter({ kind: 'settlement-offer', settlementAmount: '4000', settlementBy: '2026-02-15' }),
    );
    expect(settle.payments).toContainEqual({ date: '2026-02-15', amount: '4000.00', source: 'cash' });
  });

  it('plan version ids name the input, whatever the key order', () => {
    const reordered: PlanInput = {
      debts: input.debts,
      strategy: 'snowball',
      monthlyBudget: '3000.00',
      firstPaymentDate: '2026-01-31',
      asOf: '2026-01-10',
    };
    expect(planVersionId(reordered)).toBe(planVersionId(input));
    expect(planVersionId({ ...input, monthlyBudget: '3000.01' })).not.toBe(planVersionId(input));
  });

  it('letters that state no money commit none', () => {
    for (const kind of ['contacts-warning', 'guarantor-reply', 'verify-collector'] as const)
      expect(letterCommitments(letter({ kind })).payments).toEqual([]);
  });
});

describe('what changed in a letter between two plan versions', () => {
  it('names the amounts, dates and place that changed, in both languages', () => {
    const version = makePlanVersion(input, { instalments: [{ platform: '卡' }] });
    const before = letterFigures(letter({}));
    const after = letterFigures(letter({ input: version.input, plan: version.plan }));
    expect(before).toMatchObject({ place: { place: 1, count: 3 }, status: 'focus-now' });
    expect(before.amounts).toMatchObject({ focusAmount: '2450.00', owed: '5000.00' });
    const changes = diffLetterFigures(before, after);
    // Before: 甲 gets 3,000 − 250 − 300 = 2,450.00 in January and again in February (the others'
    // small payments go on) → 5,000 − 4,900 = 100.00 left, repaid 2026-03-31. After: 159.09 a
    // month, repaid 2027-01-31 (see the top of this file).
    expect(changes).toContainEqual({ field: 'amount', name: 'focusAmount', before: '2450.00', after: '159.09' });
    expect(changes).toContainEqual({ field: 'date', name: 'payoff', before: '2026-03-31', after: '2027-01-31' });
    expect(changes.find((change) => change.field === 'place')).toBeUndefined();
    expect(describeLetterChanges(changes, 'zh-CN')).toContain('开始集中偿还当月：2,450.00元→159.09元');
    expect(describeLetterChanges(changes, 'en')).toContain('Repaid in full by: March 31, 2026 → January 31, 2027');
  });

  it('a letter whose figures did not change is still current', () => {
    expect(
      diffLetterFigures(letterFigures(letter({})), letterFigures(letter({ kind: 'proposal', channel: 'letter' }))),
    ).toEqual([]);
  });

  it('the figures are those the text states: a message states no place, the letter does', () => {
    expect(letterFigures(letter({ channel: 'message' })).place).toBeNull();
    const changes = diffLetterFigures(letterFigures(letter({ channel: 'message' })), letterFigures(letter({})));
    expect(changes).toContainEqual({ field: 'place', before: null, after: '1/3' });
    expect(describeLetterChanges(changes, 'zh-CN')).toContain('还款顺序：（无）→第1家（共3家）');
    expect(describeLetterChanges(changes, 'en')).toContain('Place in the order: (none) → 1st of 3');
  });
});
