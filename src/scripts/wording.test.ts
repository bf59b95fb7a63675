/**
 * Issue 14's wording rules as table tests: every kind × channel × language where a rule applies,
 * and every creditor kind. Expected words are written out here from the issue.
 *
 * Breaks checked (each failed a test here; "Break: … → fails"):
 * - addressKey's default returns 'platform' instead of 'neutral' → "addressed by creditor kind" (row none).
 * - the regulator letter closes like a creditor letter (closing.cooperative) → "a regulator is addressed as the regulator".
 * - keptText lists every evidence kind → "recordings and screenshots only when kept".
 * - the complaint counts the sum of `count` again → "counts exactly the events it lists".
 * - cp.line.possible replaced by cp.line → "'may' flags are phrased as possible".
 * - zh 'cw.plan' names the place again ("排在{{placeText}}") → "nothing about other creditors".
 * - the keep-current-terms stop clause always on → "an interest stop only when recorded".
 * - collectionRuleKeys adds 'law.gbt' for cards → "rules only for the lenders they bind".
 * - zh 'letter.close.formal' puts 此致敬礼 on one line → "formal-letter conventions".
 */
import { describe, expect, it } from 'vitest';
import { planRepayment, type PlanInput } from '../domain';
import {
  composeScript,
  CREDITOR_KINDS,
  SCRIPT_CHANNELS,
  SCRIPT_KINDS,
  SCRIPT_LOCALES,
  type CreditorKind,
  type ScriptKind,
  type ScriptRequest,
} from './index';

/** Four creditors so that names, counts and places of others could leak. */
const input: PlanInput = {
  asOf: '2026-01-10',
  firstPaymentDate: '2026-01-31',
  monthlyBudget: '3000.00',
  strategy: 'snowball',
  debts: [
    { id: 'A', platform: '拍拍贷', principal: '5000.00', monthlyRate: '0.01' },
    { id: 'C', platform: '安心分期', principal: '8000.00', monthlyRate: '0.01', tokenPayment: '250.00' },
    { id: 'D', platform: '月光借', principal: '9000.00', monthlyRate: '0.01', tokenPayment: '100.00' },
    {
      id: 'K',
      platform: '星河银行',
      principal: '27000.00',
      interest: '1200.00',
      fees: '300.00',
      monthlyRate: '0.01',
      tokenPayment: '300.00',
    },
  ],
};
const plan = planRepayment(input);
const OTHERS = ['拍拍贷', '月光借', '星河银行'];

const req = (over: Partial<ScriptRequest>): ScriptRequest => ({
  kind: 'proposal',
  locale: 'zh-CN',
  channel: 'letter',
  input,
  plan,
  platform: '安心分期',
  platformName: '安心分期',
  name: '张三',
  ...over,
});

const ADDRESSES = ['贵行', '贵公司', '贵平台', '贵司', '贵方'] as const;
/** The address each creditor kind gets (issue 14); without a kind, the neutral 贵方. */
const EXPECTED_ADDRESS: Record<CreditorKind | 'none' | 'card', (typeof ADDRESSES)[number]> = {
  bank: '贵行',
  'consumer-finance': '贵公司',
  microlender: '贵公司',
  'online-platform': '贵平台',
  'collection-agency': '贵司',
  none: '贵方',
  card: '贵行',
};
const CREDITOR_LETTERS: ScriptKind[] = [
  'proposal',
  'instalment-request',
  'settlement-offer',
  'stop-third-party-contact',
  'follow-up',
];
const ROWS = [...CREDITOR_KINDS, 'none', 'card'] as const;

function scopeOf(row: (typeof ROWS)[number]): Partial<ScriptRequest> {
  if (row === 'none') return {};
  if (row === 'card') return { creditCard: true };
  return { creditorKind: row };
}

describe('addressed by creditor kind', () => {
  it.each(ROWS)('%s: every creditor letter, every channel, one address', (row) => {
    const expected = EXPECTED_ADDRESS[row];
    for (const kind of [...CREDITOR_LETTERS, 'complaint' as const]) {
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, channel, ...scopeOf(row) }));
        const found = ADDRESSES.filter((address) => text.includes(address));
        if (channel === 'letter' || kind !== 'complaint') expect(found, `${kind}/${channel}`).toEqual([expected]);
        else
          expect(
            found.filter((address) => address !== expected),
            `${kind}/${channel}`,
          ).toEqual([]);
      }
    }
  });

  it.each(ROWS)('%s: the collector is always 贵司', (row) => {
    for (const channel of SCRIPT_CHANNELS) {
      const { text } = composeScript(req({ kind: 'verify-collector', channel, ...scopeOf(row) }));
      expect(ADDRESSES.filter((address) => text.includes(address))).toEqual(['贵司']);
    }
  });

  it('a regulator is addressed as the regulator: never 贵X, never thanked like a creditor', () => {
    for (const row of ROWS)
      for (const locale of SCRIPT_LOCALES)
        for (const channel of SCRIPT_CHANNELS) {
          const { text } = composeScript(
            req({ kind: 'complaint', complaintTo: 'regulator', locale, channel, ...scopeOf(row) }),
          );
          expect(text, `${row}/${locale}/${channel}`).not.toMatch(
            /贵行|贵公司|贵平台|贵司|贵方|感谢|谢谢|Thank|grateful/,
          );
          if (channel === 'letter')
            expect(text).toMatch(locale === 'en' ? /To: the financial regulator/ : /^金融监管部门：$/m);
        }
  });

  it('English letters address the creditor as "you" and carry no Chinese address forms', () => {
    for (const row of ROWS)
      for (const kind of SCRIPT_KINDS)
        for (const channel of SCRIPT_CHANNELS)
          expect(composeScript(req({ kind, channel, locale: 'en', ...scopeOf(row) })).text).not.toMatch(/贵/);
  });
});

describe('credit-card words only for cards', () => {
  it.each(SCRIPT_LOCALES)(
    '%s: 个性化分期 and Article 70 for cards; 分期还款 and no card article for others',
    (locale) => {
      for (const channel of SCRIPT_CHANNELS) {
        const card = composeScript(req({ kind: 'instalment-request', locale, channel, creditCard: true }));
        expect(card.title).toMatch(locale === 'en' ? /personalised instalment plan/ : /个性化分期还款/);
        if (channel === 'letter')
          expect(card.text).toMatch(locale === 'en' ? /Reportedly.*Article 70/ : /据多份转载.*第七十条/);
        for (const row of CREDITOR_KINDS) {
          const other = composeScript(req({ kind: 'instalment-request', locale, channel, creditorKind: row }));
          expect(`${other.title}\n${other.text}`).not.toMatch(/个性化分期|personalised instalment|Article 70|第七十条/);
          expect(other.title).toMatch(locale === 'en' ? /repayment by instalments/ : /分期还款申请/);
        }
      }
    },
  );

  it('违约金, not 滞纳金, for cards; no 罚息 asked of a card issuer', () => {
    for (const kind of SCRIPT_KINDS)
      for (const channel of SCRIPT_CHANNELS) {
        const { text } = composeScript(req({ kind, channel, creditCard: true }));
        expect(text).not.toContain('滞纳金');
        if (channel === 'letter' && CREDITOR_LETTERS.includes(kind)) {
          expect(text, kind).toContain('违约金');
          expect(text, kind).not.toContain('罚息');
        }
      }
  });

  it('no queue language to creditors: 逐家集中偿还 instead', () => {
    for (const kind of SCRIPT_KINDS)
      for (const channel of SCRIPT_CHANNELS) {
        const zh = composeScript(req({ kind, channel })).text;
        expect(zh).not.toMatch(/排队|轮到|队列/);
        expect(composeScript(req({ kind, channel, locale: 'en' })).text).not.toMatch(/queue|your turn/i);
      }
    expect(composeScript(req({})).text).toContain('逐家集中偿还');
  });
});

describe('claims only what is true', () => {
  const log = {
    events: [
      { date: '2026-01-05', breach: 'night-contact' as const, time: '23:10', count: 2 },
      { date: '2026-01-06', breach: 'threats-insults' as const, possible: true },
    ],
  };

  it.each(SCRIPT_LOCALES)('%s: recordings and screenshots only when kept', (locale) => {
    for (const kind of ['complaint', 'stop-third-party-contact'] as const)
      for (const channel of SCRIPT_CHANNELS) {
        const none = composeScript(req({ kind, locale, channel, collectionLog: log })).text;
        expect(none, `${kind}/${channel}`).not.toMatch(/录音|截图|通话记录|recording|screenshot|call log/i);
        const kept = composeScript(
          req({ kind, locale, channel, collectionLog: log, evidenceKept: ['recording'] }),
        ).text;
        expect(kept, `${kind}/${channel}`).not.toMatch(/截图|screenshot/i);
        if (channel === 'letter') expect(kept).toMatch(locale === 'en' ? /call recordings/ : /通话录音/);
      }
    const two = composeScript(
      req({ kind: 'complaint', locale, collectionLog: log, evidenceKept: ['screenshot', 'recording'] }),
    ).text;
    expect(two).toContain(locale === 'en' ? 'I have kept call recordings and screenshots' : '我保留了通话录音和截图');
  });

  it.each(SCRIPT_LOCALES)(
    "%s: a complaint counts exactly the events it lists, and phrases 'may' flags as possible",
    (locale) => {
      for (const to of ['platform', 'regulator'] as const) {
        const letter = composeScript(req({ kind: 'complaint', locale, complaintTo: to, collectionLog: log })).text;
        // 2 events listed (one of them on 2 calls): the count is 2, not 3.
        expect(letter).toContain(locale === 'en' ? 'These are the 2 entries in my records' : '我记录的2条情况');
        expect(letter).toContain(
          locale === 'en' ? 'may have involved threats or insults' : '联系内容可能涉及威胁或辱骂',
        );
        expect(letter).toContain(
          locale === 'en'
            ? 'contact between 22:00 and 08:00 without my agreement (2 times that day)'
            : '在22:00至次日8:00之间联系（当天2次）',
        );
        const message = composeScript(
          req({ kind: 'complaint', locale, channel: 'message', complaintTo: to, collectionLog: log }),
        ).text;
        expect(message).toContain(locale === 'en' ? 'My records: 2 entries' : '共2条');
      }
    },
  );

  it.each(SCRIPT_LOCALES)('%s: contacts get conditional words, never "you owe nothing"', (locale) => {
    for (const channel of SCRIPT_CHANNELS) {
      const { text } = composeScript(req({ kind: 'contacts-warning', locale, channel }));
      expect(text).toContain(
        locale === 'en'
          ? 'If you never signed a guarantee contract, you are not a guarantor and you do not have to repay anything for me.'
          : '如果你没有签过担保合同，就不是担保人，不需要替人还钱',
      );
      expect(text).not.toMatch(/你不欠任何钱|you owe nothing|你不是担保人/);
    }
  });

  it.each(SCRIPT_LOCALES)('%s: an interest stop is said to continue only when recorded', (locale) => {
    const stopped = locale === 'en' ? /keep interest and fees stopped/ : /继续停止计收利息和费用/;
    for (const channel of SCRIPT_CHANNELS) {
      const base = { kind: 'follow-up' as const, followUp: 'keep-current-terms' as const, locale, channel };
      expect(composeScript(req(base)).text).not.toMatch(stopped);
      expect(composeScript(req({ ...base, recordedInterestStop: {} })).text).toMatch(stopped);
      expect(composeScript(req({ ...base, recordedInterestStop: { since: '2026-01-20' } })).text).toContain(
        locale === 'en' ? 'as agreed on January 20, 2026' : '按2026年1月20日的约定',
      );
    }
  });
});

describe('nothing about other creditors in what a contact sends or hears', () => {
  it.each(SCRIPT_LOCALES)('%s: no names, counts or places in contact texts', (locale) => {
    for (const kind of ['contacts-warning', 'guarantor-reply'] as const)
      for (const channel of SCRIPT_CHANNELS)
        for (const platform of ['安心分期', '星河银行'])
          for (const hardshipReasons of [[], ['debt-load' as const]]) {
            const { title, text } = composeScript(
              req({
                kind,
                locale,
                channel,
                platform,
                platformName: platform,
                hardshipReasons,
                hardshipDetails: '还欠拍拍贷和月光借',
              }),
            );
            const all = `${title}\n${text}`;
            for (const other of OTHERS.filter((name) => name !== platform))
              expect(all, `${kind}/${channel}`).not.toContain(other);
            expect(all, `${kind}/${channel}`).not.toMatch(
              /第\d+家|共\d+家|\d+家|各个平台|多个平台|\d(st|nd|rd|th) of \d|\d+ creditors|several platforms/,
            );
          }
  });
});

describe('legal statements only for the lenders they bind', () => {
  const expectations: [row: (typeof ROWS)[number], present: RegExp[], absent: RegExp[]][] = [
    ['card', [/第六十八条/, /银行业协会/], [/GB\/T/]],
    ['bank', [/GB\/T 45251—2025（适用于银行/, /银行业协会/], [/第六十八条/]],
    ['consumer-finance', [/GB\/T 45251—2025要求/, /银行业协会/], [/第六十八条/]],
    ['microlender', [/GB\/T 45251—2025要求/], [/银行业协会/, /第六十八条/]],
    ['online-platform', [/GB\/T 45251—2025（适用于/], [/银行业协会/, /第六十八条/]],
    ['collection-agency', [/GB\/T 45251—2025（适用于/, /银行业协会.*适用于其会员机构/], [/第六十八条/]],
    ['none', [/GB\/T 45251—2025（适用于/, /银行业协会.*适用于其会员机构/], [/第六十八条/]],
  ];
  it.each(expectations)('%s', (row, present, absent) => {
    const { text } = composeScript(req({ ...scopeOf(row) }));
    for (const pattern of present) expect(text).toMatch(pattern);
    for (const pattern of absent) expect(text).not.toMatch(pattern);
  });

  it('12378 is named only for banks and consumer-finance companies, conditionally when unknown', () => {
    const stop = (row: (typeof ROWS)[number]) =>
      composeScript(req({ kind: 'stop-third-party-contact', ...scopeOf(row) })).text;
    expect(stop('bank')).toMatch(/据报道，12378是/);
    expect(stop('consumer-finance')).toMatch(/据报道，12378是/);
    expect(stop('none')).toMatch(/如果安心分期是银行或消费金融公司：据报道，12378/);
    expect(stop('microlender')).not.toContain('12378');
    expect(stop('online-platform')).not.toContain('12378');
  });
});

describe('Chinese a person would write', () => {
  const ROLE: Partial<Record<ScriptKind, string>> = {
    proposal: '申请人：张三',
    'instalment-request': '申请人：张三',
    'settlement-offer': '申请人：张三',
    'follow-up': '申请人：张三',
    complaint: '投诉人：张三',
    'stop-third-party-contact': '借款人：张三',
    'verify-collector': '借款人：张三',
    'guarantor-reply': '李四',
  };

  it.each(Object.entries(ROLE))(
    '%s: 此致／敬礼 on their own lines, the signer by role, a date line',
    (kind, signer) => {
      const lines = composeScript(
        req({ kind: kind as ScriptKind, contactName: '李四', letterDate: '2026-01-12' }),
      ).text.split('\n');
      const zhi = lines.indexOf('　　此致');
      expect(zhi).toBeGreaterThan(0);
      expect(lines[zhi + 1]).toBe('敬礼！');
      expect(lines.at(-2)).toBe(signer);
      expect(lines.at(-1)).toBe('2026年1月12日');
      const blank = composeScript(req({ kind: kind as ScriptKind })).text.split('\n');
      expect(blank.at(-1)).toBe('　　　　年　　月　　日');
    },
  );

  it('no space between Chinese and numbers or dates, in every kind and channel', () => {
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
    const space = new RegExp(`${cjk}[ \\t]+\\d|\\d[ \\t]+${cjk}`);
    for (const kind of SCRIPT_KINDS)
      for (const channel of SCRIPT_CHANNELS)
        for (const row of ROWS) {
          const { title, text } = composeScript(
            req({
              kind,
              channel,
              ...scopeOf(row),
              collectionLog: { events: [{ date: '2026-01-05', breach: 'excess-calls', time: '23:10', count: 4 }] },
            }),
          );
          expect(`${title}\n${text}`, `${kind}/${channel}/${row}`).not.toMatch(space);
          expect(text).not.toContain('¥');
        }
  });

  it('amounts are written one way: digits grouped, two decimals, 元', () => {
    const { text } = composeScript(req({ platform: '星河银行', platformName: '星河银行' }));
    const amounts = text.match(/[\d,]+(\.\d+)?元/g) ?? [];
    expect(amounts.length).toBeGreaterThan(3);
    for (const amount of amounts) expect(amount).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}元$/);
    expect(text).toContain('28,500.00元'); // 27,000.00 + 1,200.00 + 300.00 owed
  });
});

describe('phone talking points fit who is on the line (issue 14 audit)', () => {
  // Break: asPhone pushed phone.verify for every kind but the contacts' → "a regulator call" fails.
  // Break: phoneReplies returned the collector replies for the regulator complaint → "a regulator call" fails.
  // Break: the guarantor reply closed with phone.close → "a contact's call" fails.
  const CHECK_CALLER = { 'zh-CN': '先请对方报姓名或工号', en: 'First ask for the caller’s name' };
  const ASK_TERMS = { 'zh-CN': '请对方把谈好的内容', en: 'ask them to send what was agreed' };
  const THREAT = { 'zh-CN': '不还就打给你家人', en: 'We will call your family' };

  it.each(SCRIPT_LOCALES)(
    '%s: a regulator call: no caller check, no collector replies, a complaint number noted',
    (locale) => {
      for (const row of ROWS) {
        const { text } = composeScript(
          req({ kind: 'complaint', complaintTo: 'regulator', channel: 'phone', locale, ...scopeOf(row) }),
        );
        expect(text, row).not.toContain(CHECK_CALLER[locale]);
        expect(text, row).not.toContain(ASK_TERMS[locale]);
        expect(text, row).not.toContain(THREAT[locale]);
        expect(text, row).toContain(locale === 'en' ? 'the complaint number' : '投诉编号');
      }
    },
  );

  it.each(SCRIPT_LOCALES)(
    "%s: a contact's call ends with a note for the borrower, never with agreed terms",
    (locale) => {
      for (const row of ROWS) {
        const { text } = composeScript(req({ kind: 'guarantor-reply', channel: 'phone', locale, ...scopeOf(row) }));
        expect(text, row).not.toContain(ASK_TERMS[locale]);
        expect(text, row).toContain(locale === 'en' ? 'and tell the borrower' : '告诉借款人');
      }
    },
  );

  it.each(SCRIPT_LOCALES)('%s: calls from creditors and collectors still start with checking the caller', (locale) => {
    for (const kind of [...CREDITOR_LETTERS, 'complaint', 'verify-collector'] as const) {
      const { text } = composeScript(req({ kind, channel: 'phone', locale }));
      expect(text, kind).toContain(CHECK_CALLER[locale]);
      expect(text, kind).toContain(ASK_TERMS[locale]);
      // One can call a number, not an app.
      expect(text, kind).not.toMatch(/拨打[^，。]*App|call the official customer-service number in/);
    }
  });
});

describe('read aloud: what a person would send (issue 14 audit)', () => {
  const log = {
    events: [
      { date: '2026-01-05', breach: 'night-contact' as const, time: '23:10' },
      { date: '2026-01-06', breach: 'threats-insults' as const, possible: true },
    ],
  };

  // Break: zh 'timeline.focusNow' back to "先按计划向其他债权人支付约定的款项" → fails.
  it.each(SCRIPT_LOCALES)('%s: what the plan pays other creditors is never called agreed', (locale) => {
    for (const kind of SCRIPT_KINDS)
      for (const channel of SCRIPT_CHANNELS)
        for (const platform of ['拍拍贷', '安心分期']) {
          const { text } = composeScript(req({ kind, channel, locale, platform, platformName: platform }));
          expect(text, `${kind}/${channel}`).not.toMatch(/约定的款项|the agreed payments to my other creditors/);
        }
  });

  // Break: instalment() listing the docs and then evidenceBlock again → fails ("如有需要" / "I can provide:" twice).
  // Break: the card letter listing doc.contract → fails (借款合同 in a card letter).
  it.each(SCRIPT_LOCALES)(
    '%s: the instalment request lists what can be sent once, a card number for a card',
    (locale) => {
      for (const channel of ['letter', 'phone'] as const)
        for (const card of [true, false]) {
          const { text } = composeScript(
            req({
              kind: 'instalment-request',
              channel,
              locale,
              creditCard: card,
              evidence: ['termination', 'bank-statement'],
            }),
          );
          expect(text).not.toMatch(locale === 'en' ? /(?<!Documents )I can provide:/ : /如有需要，我可以提供/);
          expect(text).toContain(locale === 'en' ? 'Documents I can provide:' : '我可以提供以下材料：');
          expect(text).toContain(locale === 'en' ? 'bank statements' : '银行流水');
          if (card) {
            expect(text).toContain(locale === 'en' ? 'my credit card number' : '信用卡卡号');
            expect(text).not.toContain(locale === 'en' ? 'the loan contract' : '借款合同');
          } else expect(text).toContain(locale === 'en' ? 'the loan contract or account number' : '借款合同或借款编号');
        }
    },
  );

  // Break: messageLog listing t(`breach.${code}`) for every code → fails (no 可能 / "may" in the message).
  it.each(SCRIPT_LOCALES)("%s: the complaint message too phrases a 'may' flag as possible", (locale) => {
    for (const complaintTo of ['platform', 'regulator'] as const) {
      const { text } = composeScript(
        req({ kind: 'complaint', channel: 'message', locale, complaintTo, collectionLog: log }),
      );
      expect(text).toContain(
        locale === 'en' ? 'the contact may have involved threats or insults' : '联系内容可能涉及威胁或辱骂',
      );
      // The entries are counted, the breaches set apart by semicolons (the breaches contain commas).
      expect(text).toContain(locale === 'en' ? '2 entries' : '共2条');
      expect(text).toContain(locale === 'en' ? 'without my agreement; the contact' : '之间联系；联系内容');
    }
  });

  // Break: complaint() putting the opener before identText again → fails.
  it.each(SCRIPT_LOCALES)('%s: a complaint to the creditor says who writes before it complains', (locale) => {
    for (const channel of ['letter', 'message'] as const) {
      const { text } = composeScript(req({ kind: 'complaint', channel, locale, collectionLog: log }));
      const who = text.indexOf(locale === 'en' ? 'My name is 张三' : '本人张三');
      const complaint = text.indexOf(locale === 'en' ? 'formal complaint' : '正式投诉');
      expect(who, channel).toBeGreaterThan(-1);
      expect(complaint, channel).toBeGreaterThan(who);
    }
  });
});

describe('complaints cite each rule for its date and its lenders (cn-rules.md)', () => {
  // Expected from cn-rules.md §1.4–1.5 and §1.2, worked out by hand per lender kind:
  // GB/T 45251—2025 (issued and in effect 2025-02-28) binds online consumer loans of banks, consumer
  // finance companies, microlenders "等" — plainly for consumer-finance and microlenders, scope stated
  // for the others, never cards; the Banking Association guideline (2026-01-30) binds its members'
  // cards and consumer loans — cited with "会员机构"; the public-security law's 2025 text from
  // 2026-01-01, its 2012 Art. 42 before.
  // Break: breachRuleKeys ignoring the dates (since() always true) → "before a rule existed" fails.
  // Break: night-contact citing 'rule.night-contact.gbt' for every lender → the bank/platform/agency rows fail.
  // Break: threats-insults always 'rule.threats-insults' → "the public-security law in force" fails.
  const night = (date: string) => ({ events: [{ date, breach: 'night-contact' as const, time: '23:30' }] });
  const GBT_PLAIN = /推荐性国家标准GB\/T 45251—2025要求未经约定/;
  const GBT_SCOPE =
    /GB\/T 45251—2025（适用于银行、消费金融公司、小额贷款公司等机构的个人网络消费信贷催收）要求未经约定/;
  const CBA = /中国银行业协会催收工作指引（2026年1月30日发布）要求会员机构/;
  const expected: [row: (typeof ROWS)[number], gbt: RegExp | null, cba: boolean][] = [
    ['card', null, true],
    ['bank', GBT_SCOPE, true],
    ['consumer-finance', GBT_PLAIN, true],
    ['microlender', GBT_PLAIN, false],
    ['online-platform', GBT_SCOPE, false],
    ['collection-agency', GBT_SCOPE, true],
    ['none', GBT_SCOPE, true],
  ];

  /** The complaint's list of rules (the letter's paragraph on contact, written today, is not event-dated). */
  const rulesOf = (text: string): string => {
    const from = text.search(/相关规定：|The rules concerned:/);
    return from < 0 ? '' : text.slice(from, text.search(/我会还清欠款|I will repay what I owe/));
  };
  const complaint = (date: string, over: Partial<ScriptRequest>): string =>
    rulesOf(composeScript(req({ kind: 'complaint', collectionLog: night(date), ...over })).text);

  it.each(expected)('%s: night contact in 2026-11', (row, gbt, cbaCited) => {
    for (const complaintTo of ['platform', 'regulator'] as const) {
      const rules = complaint('2026-11-02', { complaintTo, ...scopeOf(row) });
      expect(rules).not.toBe('');
      if (gbt) expect(rules).toMatch(gbt);
      else expect(rules).not.toContain('GB/T');
      if (gbt !== GBT_PLAIN) expect(rules).not.toMatch(GBT_PLAIN);
      expect(CBA.test(rules)).toBe(cbaCited);
      // English: the same sources, each as reported.
      const en = complaint('2026-11-02', { complaintTo, locale: 'en', ...scopeOf(row) });
      expect(en.includes('GB/T 45251—2025')).toBe(gbt !== null);
      expect(en.includes('for online consumer loans collected by banks')).toBe(gbt === GBT_SCOPE);
      expect(/China Banking Association’s collection guideline \(30 January 2026\) says its members/.test(en)).toBe(
        cbaCited,
      );
    }
  });

  it.each(SCRIPT_LOCALES)('%s: no standard or guideline for contact before it existed', (locale) => {
    for (const row of ROWS) {
      // 2025-06-01: after the standard (2025-02-28), before the guideline (2026-01-30).
      const mid = complaint('2025-06-01', { locale, ...scopeOf(row) });
      expect(mid, row).not.toMatch(/银行业协会|Banking Association/);
      if (row !== 'card') expect(mid, row).toContain('GB/T 45251—2025');
      // 2024-12-01: before both; no rule is listed for night contact then.
      expect(complaint('2024-12-01', { locale, ...scopeOf(row) }), row).toBe('');
    }
  });

  it.each(SCRIPT_LOCALES)('%s: the public-security law in force on the date of the threat', (locale) => {
    const threats = (...dates: string[]) =>
      composeScript(
        req({
          kind: 'complaint',
          locale,
          collectionLog: { events: dates.map((date) => ({ date, breach: 'threats-insults' as const })) },
        }),
      ).text;
    const art50 =
      locale === 'en'
        ? 'revised 2025, in force 1 January 2026), Article 50'
        : '（2025年修订，2026年1月1日起施行）第五十条';
    const art42 =
      locale === 'en'
        ? '2012 amendment, for acts before 1 January 2026), Article 42'
        : '（2012年修正，适用于2026年1月1日前的行为）第四十二条';
    expect(threats('2026-01-05')).toContain(art50);
    expect(threats('2026-01-05')).not.toContain(art42);
    expect(threats('2025-12-31')).toContain(art42);
    expect(threats('2025-12-31')).not.toContain(art50);
    const both = threats('2025-12-20', '2026-02-03');
    expect(both).toContain(art42);
    expect(both).toContain(art50);
  });
});
