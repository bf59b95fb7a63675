import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../domain';
import {
  composeScript,
  computeInstalment,
  platformFacts,
  MESSAGE_LIMITS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  FOLLOW_UP_VARIANTS,
  type ScriptRequest,
} from './index';
import { formatDate, formatMoney } from './format';

/** docs/engine.md worked example: A (甲) focus first, B (乙) waits with a 50.00 token payment. */
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

const d = (iso: string, locale: 'en' | 'zh-CN'): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)),
  );
const m = (amount: string, locale: 'en' | 'zh-CN'): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(Number(amount));

describe('platform facts', () => {
  it('reads the worked example', () => {
    const b = platformFacts(input, plan, '乙');
    expect(b).toMatchObject({
      place: 2,
      count: 2,
      status: 'waiting',
      focusStart: '2026-02-28',
      payoff: '2026-07-31',
      focusAmount: '133.05',
      focusNextAmount: '600.00',
      token: '50.00',
    });
    const a = platformFacts(input, plan, '甲');
    expect(a).toMatchObject({
      place: 1,
      status: 'focus-now',
      focusStart: '2026-01-31',
      payoff: '2026-02-28',
      focusAmount: '550.00',
    });
  });

  it('counts platforms, not debts, and addresses an unnamed debt by its id', () => {
    const three: PlanInput = {
      ...input,
      debts: [
        ...input.debts,
        { id: 'A2', platform: '甲', principal: '200.00', dailyRate: '0.0005' },
        { id: 'solo', principal: '100.00', monthlyRate: '0.01' },
      ],
    };
    const p = planRepayment(three);
    const solo = platformFacts(three, p, 'solo');
    expect(solo.count).toBe(3);
    expect(solo.debtIds).toEqual(['solo']);
    expect(platformFacts(three, p, '甲').debtIds).toEqual(['A', 'A2']);
  });

  it('throws on an unknown platform', () => {
    expect(() => composeScript(req({ platform: 'nobody' }))).toThrow(/no platform/);
  });
});

describe.each(SCRIPT_LOCALES)('figures in the text (%s)', (locale) => {
  const creditorKinds = ['proposal', 'stop-third-party-contact', 'complaint', 'follow-up'] as const;
  it.each(creditorKinds)(
    '%s states the queue place, the token, the turn, the monthly amount and the payoff',
    (kind) => {
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, locale, channel }));
        expect(text).toContain(locale === 'en' ? '2nd of 2' : '第 2 位（共 2 个平台）');
        expect(text).toContain(m('50.00', locale));
        expect(text).toContain(d('2026-02-28', locale));
        expect(text).toContain(m('133.05', locale));
        expect(text).toContain(m('600.00', locale));
        expect(text).toContain(d('2026-07-31', locale));
      }
    },
  );

  it('the focus platform is 1st and gets the leftover from period 1', () => {
    const { text } = composeScript(req({ locale, platform: '甲', platformName: '甲' }));
    expect(text).toContain(locale === 'en' ? '1st of 2' : '第 1 位（共 2 个平台）');
    expect(text).toContain(d('2026-01-31', locale));
    expect(text).toContain(m('550.00', locale));
    expect(text).toContain(d('2026-02-28', locale));
  });

  it('contacts-warning and guarantor-reply state the place and payoff', () => {
    for (const kind of ['contacts-warning', 'guarantor-reply'] as const) {
      const { text } = composeScript(req({ kind, locale, name: 'Li' }));
      expect(text).toContain(locale === 'en' ? '2nd of 2' : '第 2 位（共 2 个平台）');
      expect(text).toContain(d('2026-07-31', locale));
    }
  });

  it('instalment request: the shortest feasible term, computed with the engine', () => {
    const facts = platformFacts(input, plan, '乙');
    const result = computeInstalment(input, facts);
    const chosen = result.chosen!;
    expect(chosen.feasible).toBe(true);
    // One month less would not fit the budget with the other commitments.
    if (chosen.months > 1) expect(computeInstalment(input, facts, chosen.months - 1).requestedUnfit).not.toBeNull();
    const { text } = composeScript(req({ kind: 'instalment-request', locale }));
    expect(text).toContain(m(chosen.amount, locale));
    expect(text).toContain(d(chosen.lastDate!, locale));
    expect(text).toContain(d(chosen.plan.debtFreeDate!, locale));
    expect(text).toContain(locale === 'en' ? 'Documents to prepare' : '需要准备的材料');
    expect(text).toContain(d('2026-07-31', locale)); // the comparison without an instalment
  });

  it('instalment request honours a feasible requested term and explains an unfit one', () => {
    const ok = composeScript(req({ kind: 'instalment-request', locale, instalmentMonths: 12 })).text;
    expect(ok).toContain(m('250.00', locale)); // 3000.00 / 12
    const unfit = composeScript(req({ kind: 'instalment-request', locale, instalmentMonths: 1 })).text;
    expect(unfit).toContain(m('3000.00', locale));
  });

  it('settlement offer: principal by default, the waiver, and the plan total for comparison', () => {
    const withCharges: PlanInput = {
      ...input,
      debts: [input.debts[0]!, { ...input.debts[1]!, interest: '200.00', fees: '50.00' }],
    };
    const p = planRepayment(withCharges);
    const { text } = composeScript(
      req({ kind: 'settlement-offer', locale, input: withCharges, plan: p, settlementBy: '2026-03-01' }),
    );
    expect(text).toContain(m('3000.00', locale));
    expect(text).toContain(m('250.00', locale));
    expect(text).toContain(d('2026-03-01', locale));
    expect(text).toContain(formatMoney(platformFacts(withCharges, p, '乙').planTotal, locale));
    expect(text).toContain(locale === 'en' ? 'settlement certificate' : '结清证明');
  });

  it('complaint lists the log with dates, counts and the rule each event broke', () => {
    const { text } = composeScript(
      req({
        kind: 'complaint',
        locale,
        complaintTo: 'regulator',
        collectionLog: {
          platformTicket: 'T-1',
          events: [
            { date: '2026-01-05', breach: 'night-contact', time: '23:10' },
            { date: '2026-01-03', breach: 'third-party-contact', count: 3 },
          ],
        },
      }),
    );
    expect(text).toContain(d('2026-01-03', locale));
    expect(text).toContain(d('2026-01-05', locale));
    expect(text).toContain('T-1');
    expect(text).toContain('GB/T 45251—2025');
    expect(text).toContain(locale === 'en' ? 'Article 1033' : '第一千零三十三条');
    expect(text).toContain('12378');
    expect(text).toContain(locale === 'en' ? 'recorded 4 contacts' : '记录了 4 次');
  });

  it.each(FOLLOW_UP_VARIANTS)('follow-up %s', (followUp) => {
    const { title, text } = composeScript(req({ kind: 'follow-up', locale, followUp, previousDate: '2026-01-20' }));
    expect(title.length).toBeGreaterThan(0);
    expect(text).toContain(d('2026-07-31', locale));
    if (followUp !== 'keep-current-terms') expect(text).toContain(d('2026-01-20', locale));
  });

  it('every creditor script keeps the regulator warnings and the contact boundaries', () => {
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
        expect(text, `${kind}/${channel}`).toMatch(locale === 'en' ? /new loans to repay old/ : /借新还旧/);
        expect(text, `${kind}/${channel}`).toMatch(locale === 'en' ? /agent/ : /代理/);
        expect(text, `${kind}/${channel}`).toMatch(/22:00/);
      }
    }
  });

  it('credit-card rules appear only for credit cards, as reported', () => {
    const card = composeScript(req({ kind: 'instalment-request', locale, creditCard: true })).text;
    expect(card).toMatch(locale === 'en' ? /Reportedly.*Article 70/ : /据多份转载.*第七十条/);
    expect(composeScript(req({ kind: 'instalment-request', locale })).text).not.toMatch(/Article 70|第七十条/);
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
          expect(text).toMatch(locale === 'en' ? /cannot give you dates yet/ : /还不能给出具体日期/);
      }
    }
  });

  it('a platform already cleared gets a clear, honest text', () => {
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

describe('formatting', () => {
  it('formats money from the string and dates at UTC midnight', () => {
    expect(formatMoney('1234.5', 'zh-CN')).toBe(m('1234.5', 'zh-CN'));
    expect(formatMoney('9999999999.99', 'en')).toContain('9,999,999,999.99');
    expect(formatDate('2026-02-28', 'en')).toBe('February 28, 2026');
    expect(formatDate('2026-02-28', 'zh-CN')).toBe('2026年2月28日');
  });
});
