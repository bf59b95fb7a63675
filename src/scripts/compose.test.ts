/**
 * composeScript: the figures each letter states, worked out by hand below (never read back from
 * the code under test), and the money and date formats.
 *
 * The worked example (docs/engine.md): budget 600.00, snowball; 甲 (A) 1,000.00 at 0.05 %/day,
 * 乙 (B) 3,000.00 at 1 %/month with a 50.00 small monthly payment; balances on 2026-01-10, first
 * payment 2026-01-31.
 *   Period 1, 01-31 (21 days): A interest 1000 × 0.0005 × 21 = 10.50 → owes 1,010.50; B interest
 *     30.00 → 3,030.00. B gets its 50.00; A, the first creditor, gets 600 − 50 = 550.00 → 460.50.
 *   Period 2, 02-28 (28 days): A interest 460.50 × 0.0005 × 28 = 6.447 → 6.45, owes 466.95 and is
 *     cleared; B (interest 29.80, owes 3,009.80) gets 50.00 + the 83.05 left = 133.05: its money
 *     starts on 2026-02-28, 133.05 that month → owes 2,876.75.
 *   Periods 3–6 pay B 600.00 each (interest 28.77, 23.06, 17.29, 11.46); period 7, 07-31: interest
 *     5.57, B owes 562.90 and pays it: repaid 2026-07-31.
 *   B's total: 50.00 + 133.05 + 4 × 600.00 + 562.90 = 3,145.95. B is 2nd of 2 creditors.
 *
 * Mutations checked (each failed a test here):
 * - formatMoney without the 元 suffix / with "¥" in zh-CN → "money is written one way".
 * - timelineText ignores focusNextAmount → "figures of the waiting creditor".
 * - settlementOffer without the owed check → "a settlement above what is owed throws".
 * - waiverSplit calls all of the waiver charges → "the waiver is split truthfully".
 * - settlementOffer defaults to the principal again → "no amount: asks, offers nothing".
 * - the instalment search starts at 60 → "the shortest term that fits".
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../domain';
import { formatDate, formatMoney } from './format';
import {
  composeScript,
  MESSAGE_LIMITS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  FOLLOW_UP_VARIANTS,
  ScriptRequestError,
  SettlementAmountError,
  type ScriptLocale,
  type ScriptRequest,
} from './index';

const input: PlanInput = {
  asOf: '2026-01-10',
  firstPaymentDate: '2026-01-31',
  monthlyBudget: '600.00',
  strategy: 'snowball',
  debts: [
    { id: 'A', platform: '甲', principal: '1000.00', dailyRate: '0.0005' },
    { id: 'B', platform: '乙', principal: '3000.00', monthlyRate: '0.01', tokenPayment: '50.00' },
  ],
};
const plan = planRepayment(input);

const req = (over: Partial<ScriptRequest>): ScriptRequest => ({
  kind: 'proposal',
  locale: 'en',
  channel: 'letter',
  input,
  plan,
  platform: '乙',
  platformName: '乙',
  ...over,
});

/** Written out by hand, in the format the issue fixes: "3,000.00元" / "¥3,000.00". */
const MONEY: Record<ScriptLocale, Record<string, string>> = {
  'zh-CN': { '50': '50.00元', '133.05': '133.05元', '600': '600.00元', '550': '550.00元', '3145.95': '3,145.95元' },
  en: { '50': '¥50.00', '133.05': '¥133.05', '600': '¥600.00', '550': '¥550.00', '3145.95': '¥3,145.95' },
};
const DATE: Record<ScriptLocale, Record<string, string>> = {
  'zh-CN': { '01-31': '2026年1月31日', '02-28': '2026年2月28日', '07-31': '2026年7月31日', '01-20': '2026年1月20日' },
  en: {
    '01-31': 'January 31, 2026',
    '02-28': 'February 28, 2026',
    '07-31': 'July 31, 2026',
    '01-20': 'January 20, 2026',
  },
};
const PLACE: Record<ScriptLocale, (n: string) => string> = {
  'zh-CN': (n) => `第${n}家（共2家）`,
  en: (n) => `${n} of 2`,
};

describe('formatting', () => {
  it('money is written one way: 3,000.00元 in Chinese, ¥3,000.00 in English, from the string', () => {
    expect(formatMoney('3000', 'zh-CN')).toBe('3,000.00元');
    expect(formatMoney('1234.5', 'zh-CN')).toBe('1,234.50元');
    expect(formatMoney('0.05', 'zh-CN')).toBe('0.05元');
    expect(formatMoney('9999999999.99', 'en')).toBe('¥9,999,999,999.99');
    expect(formatMoney('999', 'en')).toBe('¥999.00');
    expect(() => formatMoney('1e3', 'en')).toThrow(/not a money string/);
  });

  it('dates: 2026年2月28日 (no spaces) and February 28, 2026', () => {
    expect(formatDate('2026-02-28', 'zh-CN')).toBe('2026年2月28日');
    expect(formatDate('2026-12-01', 'zh-CN')).toBe('2026年12月1日');
    expect(formatDate('2026-02-28', 'en')).toBe('February 28, 2026');
  });
});

describe.each(SCRIPT_LOCALES)('figures in the text (%s)', (locale) => {
  const money = MONEY[locale];
  const date = DATE[locale];

  it.each(['proposal', 'stop-third-party-contact', 'complaint', 'follow-up'] as const)(
    '%s: figures of the waiting creditor in every channel',
    (kind) => {
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, locale, channel }));
        expect(text, channel).toContain(money['50']);
        expect(text, channel).toContain(date['02-28']);
        expect(text, channel).toContain(money['133.05']);
        expect(text, channel).toContain(money['600']); // "then 600.00 a month"
        expect(text, channel).toContain(date['07-31']);
      }
    },
  );

  it('the proposal letter names the place in the order and the rule', () => {
    const { text } = composeScript(req({ locale }));
    expect(text).toContain(PLACE[locale](locale === 'en' ? '2nd' : '2'));
    expect(text).toContain(locale === 'en' ? 'smallest balance first' : '欠款少的先还');
  });

  it('the first creditor gets what is left from period 1', () => {
    const { text } = composeScript(req({ locale, platform: '甲', platformName: '甲' }));
    expect(text).toContain(PLACE[locale](locale === 'en' ? '1st' : '1'));
    expect(text).toContain(date['01-31']);
    expect(text).toContain(money['550']);
    expect(text).toContain(date['02-28']);
  });

  it('instalment request: the shortest term that fits, computed with the engine', () => {
    // 乙 owes 3,000.00; an instalment of X a month is paid before anything else. N = 4 months
    // needs 750.00 > the 600.00 budget: not feasible. N = 5 needs 600.00: feasible (甲 gets the
    // leftover, 0.00, until 乙 is repaid after 5 periods, then 600.00 a month). So N = 5,
    // 600.00 a month, periods 01-31 … 05-31: last payment on 2026-05-31.
    const { text } = composeScript(req({ kind: 'instalment-request', locale }));
    expect(text).toContain(money['600']);
    expect(text).toContain(locale === 'en' ? 'for 5 months' : '共5期');
    expect(text).toContain(locale === 'en' ? 'May 31, 2026' : '2026年5月31日');
    expect(text).toContain(locale === 'en' ? 'Documents I can provide' : '我可以提供以下材料');
    // The comparison without instalments is the plan's own timeline.
    expect(text).toContain(date['07-31']);
  });

  it('instalment request honours a term that fits and explains one that does not', () => {
    // 12 months: 3000.00 / 12 = 250.00 a month.
    const ok = composeScript(req({ kind: 'instalment-request', locale, instalmentMonths: 12 })).text;
    expect(ok).toContain(locale === 'en' ? '¥250.00 a month for 12 months' : '每月还款250.00元，共12期');
    // 1 month: 3,000.00 at once is more than the 600.00 budget: the shortest that fits (5) is asked.
    const unfit = composeScript(req({ kind: 'instalment-request', locale, instalmentMonths: 1 })).text;
    expect(unfit).toContain(
      locale === 'en' ? 'Over 1 months the instalment would be ¥3,000.00' : '如果分1期，每月要还3,000.00元',
    );
    expect(unfit).toContain(locale === 'en' ? 'for 5 months' : '共5期');
  });

  it('settlement: the offer, the waiver split truthfully, and the plan total for comparison', () => {
    const withCharges: PlanInput = {
      ...input,
      debts: [input.debts[0]!, { ...input.debts[1]!, interest: '200.00', fees: '50.00' }],
    };
    const p = planRepayment(withCharges);
    // Owed 3,250.00 = principal 3,000.00 + interest and fees 250.00.
    // Offer 3,100.00 ≥ principal: the 150.00 waived is all interest and fees.
    const above = composeScript(
      req({
        kind: 'settlement-offer',
        locale,
        input: withCharges,
        plan: p,
        settlementAmount: '3100',
        settlementBy: '2026-03-01',
      }),
    ).text;
    expect(above).toContain(locale === 'en' ? '¥3,100.00' : '3,100.00元');
    expect(above).toContain(
      locale === 'en'
        ? 'waive the remaining ¥150.00 (by my records, all of it interest'
        : '减免其余的150.00元（按我的记录，均为利息',
    );
    expect(above).toContain(locale === 'en' ? 'March 1, 2026' : '2026年3月1日');
    expect(above).toContain(locale === 'en' ? 'settlement certificate' : '结清证明');
    // Offer 2,000.00 < principal: 1,250.00 waived = 250.00 interest and fees + 1,000.00 principal.
    const below = composeScript(
      req({ kind: 'settlement-offer', locale, input: withCharges, plan: p, settlementAmount: '2000.00' }),
    ).text;
    expect(below).toContain(
      locale === 'en'
        ? 'waive the remaining ¥1,250.00 (by my records, ¥250.00 of interest, penalty interest and fees and ¥1,000.00 of principal)'
        : '减免其余的1,250.00元（按我的记录，其中利息、罚息和各项费用250.00元，本金1,000.00元）',
    );
    // Waived principal is never called interest or fees.
    expect(below).not.toMatch(/1,250\.00元（利息|¥1,250\.00 of interest/);
  });

  it('settlement of a debt with no charges: waived principal is called principal', () => {
    // 乙 owes 3,000.00, all principal; offer 2,400.00 → 600.00 of principal waived.
    const text = composeScript(req({ kind: 'settlement-offer', locale, settlementAmount: '2400' })).text;
    expect(text).toContain(
      locale === 'en' ? '¥600.00 (by my records, all of it principal)' : '600.00元（按我的记录，均为本金）',
    );
  });

  it('settlement: the full amount owed waives nothing', () => {
    const text = composeScript(req({ kind: 'settlement-offer', locale, settlementAmount: '3000.00' })).text;
    expect(text).toContain(locale === 'en' ? 'which repays what I owe you in full' : '还清我在贵方的欠款');
    expect(text).not.toMatch(/waive the remaining|减免其余/);
  });

  it('settlement without an amount asks the creditor for its figure and offers nothing', () => {
    const text = composeScript(req({ kind: 'settlement-offer', locale })).text;
    expect(text).toMatch(
      locale === 'en' ? /Please tell me the one-off amount you would accept/ : /请贵方告知可以接受的一次性结清金额/,
    );
    // The only money named is what is owed and what the plan pays: no principal offered as a lump sum.
    expect(text).not.toMatch(locale === 'en' ? /I pay ¥[\d,.]+ in one payment|I offer to pay/ : /一次性还款\d/);
  });

  it('settlement from the cash on hand when no amount is given, capped at what is owed', () => {
    const text = composeScript(req({ kind: 'settlement-offer', locale, cashOnHand: '1800' })).text;
    expect(text).toContain(locale === 'en' ? 'I pay ¥1,800.00 in one payment' : '一次性还款1,800.00元');
    const all = composeScript(req({ kind: 'settlement-offer', locale, cashOnHand: '9000' })).text;
    expect(all).toContain(locale === 'en' ? 'I offer to pay ¥3,000.00' : '一次性还款3,000.00元');
  });

  it('the complaint lists the log with dates and times and counts exactly the events listed', () => {
    const { text } = composeScript(
      req({
        kind: 'complaint',
        locale,
        complaintTo: 'regulator',
        collectionLog: {
          platformTicket: 'T-1',
          events: [
            { date: '2026-01-20', breach: 'night-contact', time: '23:10' },
            { date: '2026-01-31', breach: 'third-party-contact', count: 3 },
          ],
        },
      }),
    );
    expect(text).toContain(date['01-20']);
    expect(text).toContain(date['01-31']);
    expect(text).toContain('T-1');
    // Two events listed: "2", never 4 (1 + 3 contacts).
    expect(text).toContain(locale === 'en' ? 'These are the 2 entries in my records' : '我记录的2条情况');
    expect(text).not.toMatch(/\b4 entries|4条/);
    expect(text).toContain(locale === 'en' ? '(3 times that day)' : '（当天3次）');
    expect(text).toContain(locale === 'en' ? 'Article 1033' : '第一千零三十三条');
  });

  it.each(FOLLOW_UP_VARIANTS)('follow-up %s', (followUp) => {
    const { title, text } = composeScript(req({ kind: 'follow-up', locale, followUp, previousDate: '2026-01-20' }));
    expect(title).toContain('乙');
    expect(text).toContain(date['07-31']);
    if (followUp !== 'keep-current-terms') expect(text).toContain(date['01-20']);
  });

  it('every creditor letter keeps the safety points and the contact boundaries', () => {
    for (const kind of [
      'proposal',
      'instalment-request',
      'settlement-offer',
      'stop-third-party-contact',
      'follow-up',
    ] as const) {
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, locale, channel }));
        expect(text, `${kind}/${channel}`).toMatch(locale === 'en' ? /personal/ : /个人账户/);
        expect(text, `${kind}/${channel}`).toMatch(/借新还旧|new loans to repay old/);
        expect(text, `${kind}/${channel}`).toMatch(/22:00/);
      }
    }
  });

  it('messages fit a short in-app form field', () => {
    for (const kind of SCRIPT_KINDS) {
      for (const tone of ['cooperative', 'firm'] as const) {
        const { text } = composeScript(
          req({
            kind,
            locale,
            tone,
            channel: 'message',
            platformName: '某某消费金融',
            name: '张三',
            contractNumber: 'XY-1234',
            creditorKind: 'consumer-finance',
            hardshipReasons: ['job-loss', 'illness'],
            hardshipDetails: locale === 'en' ? 'I was laid off in March.' : '今年三月被裁员。',
            collectionLog: {
              events: [
                { date: '2026-01-05', breach: 'night-contact' },
                { date: '2026-01-06', breach: 'threats-insults' },
              ],
            },
          }),
        );
        expect([...text].length, `${kind}/${tone}`).toBeLessThanOrEqual(MESSAGE_LIMITS[locale]);
      }
    }
  });

  it('an infeasible plan gives an honest text with no dates promised', () => {
    const tight: PlanInput = { ...input, monthlyBudget: '40.00' };
    const p = planRepayment(tight);
    expect(p.feasible).toBe(false);
    for (const kind of SCRIPT_KINDS) {
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, locale, channel, input: tight, plan: p }));
        expect(text).not.toMatch(/undefined|NaN|null|\{\{/);
        if (kind === 'proposal')
          expect(text).toMatch(locale === 'en' ? /cannot give dates yet/ : /暂时还给不出具体日期/);
        // The 50.00 small payment alone exceeds the 40.00 budget: it is not promised either.
        if (kind === 'proposal') expect(text).not.toContain(money['50']);
      }
    }
  });

  it('a creditor already repaid gets a clear, honest text', () => {
    const cleared: PlanInput = {
      ...input,
      debts: [...input.debts, { id: 'C', platform: '丙', principal: '0', dailyRate: '0.0005' }],
    };
    const p = planRepayment(cleared);
    for (const kind of SCRIPT_KINDS) {
      const { text } = composeScript(
        req({ kind, locale, input: cleared, plan: p, platform: '丙', platformName: '丙' }),
      );
      expect(text).not.toMatch(/undefined|NaN|null|\{\{/);
    }
    expect(composeScript(req({ locale, input: cleared, plan: p, platform: '丙', platformName: '丙' })).text).toContain(
      locale === 'en' ? 'I owe you nothing' : '已无欠款',
    );
  });
});

describe('settlement errors', () => {
  it('a settlement above what is owed at asOf throws a typed error naming settlementAmount', () => {
    // 乙 owes 3,000.00 on 2026-01-10; 20,000.00 is more.
    let error: unknown;
    try {
      composeScript(req({ kind: 'settlement-offer', settlementAmount: '20000' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettlementAmountError);
    expect(error).toBeInstanceOf(ScriptRequestError);
    expect(error).toMatchObject({
      code: 'settlement-exceeds-owed',
      path: 'settlementAmount',
      field: 'settlementAmount',
      offered: '20000.00',
      limit: '3000.00',
    });
  });

  it('one fen above what is owed is refused; exactly what is owed is not', () => {
    expect(() => composeScript(req({ kind: 'settlement-offer', settlementAmount: '3000.01' }))).toThrow(
      SettlementAmountError,
    );
    expect(() => composeScript(req({ kind: 'settlement-offer', settlementAmount: '3000.00' }))).not.toThrow();
  });

  it('an offer above the cash on hand, or not an amount, is refused', () => {
    expect(() =>
      composeScript(req({ kind: 'settlement-offer', settlementAmount: '2000', cashOnHand: '1500' })),
    ).toThrow(expect.objectContaining({ code: 'settlement-exceeds-cash', path: 'settlementAmount', limit: '1500.00' }));
    for (const bad of ['abc', '-5', '0', '12.345'])
      expect(() => composeScript(req({ kind: 'settlement-offer', settlementAmount: bad })), bad).toThrow(
        expect.objectContaining({ code: 'invalid-amount', path: 'settlementAmount' }),
      );
  });

  it('other kinds ignore the settlement fields', () => {
    expect(() => composeScript(req({ kind: 'proposal', settlementAmount: '20000' }))).not.toThrow();
  });
});

describe('the real annual cost, only when the person chose to cite it (issue 16)', () => {
  it('states the figure as a calculation in letters and messages; nothing without it or when malformed', () => {
    // Break: drop `...(cost ? [P(cost)] : [])` from opening() → the letter lacks the sentence → fails.
    const zh = composeScript(req({ locale: 'zh-CN', realAnnualCost: '42.43' })).text;
    expect(zh).toContain('按实际到手金额和还款计划计算，这笔借款的实际年化成本约为42.43%。');
    expect(zh).not.toContain('无效');
    const message = composeScript(req({ channel: 'message', realAnnualCost: '21.46' })).text;
    expect(message).toContain('the real annual cost of this loan is about 21.46%.');
    expect(composeScript(req({})).text).not.toContain('real annual cost');
    expect(composeScript(req({ realAnnualCost: '21.4' })).text).not.toContain('real annual cost');
  });
});
