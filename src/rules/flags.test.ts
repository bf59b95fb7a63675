import { describe, expect, it } from 'vitest';
import { countByDay, countByPlatform, flagCollectionEntry, flagLog } from './flags';
import { localMoment, isNight, isoFromLocal } from './time';
import { makeEntry } from './testing';
import type { CollectionLogFacts, RuleId } from './types';

const ids = (entry: Parameters<typeof flagCollectionEntry>[0], log?: Parameters<typeof flagLog>[0]): RuleId[] =>
  flagCollectionEntry(entry, { log }).flags.map((f) => f.ruleId);

describe('night contact (22:00 inclusive to 08:00 exclusive, local)', () => {
  it.each([
    ['21:59', false],
    ['22:00', true],
    ['23:30', true],
    ['00:00', true],
    ['07:59', true],
    ['08:00', false],
    ['12:00', false],
  ])('at %s flagged=%s', (clock, flagged) => {
    const entry = makeEntry({ at: `2026-11-28T${clock}:00+08:00` });
    expect(ids(entry).includes('night-contact')).toBe(flagged);
  });

  it('reads the time in the entry’s own offset, and UTC moments in China time by default', () => {
    // 14:30Z = 22:30 in +08:00
    expect(ids(makeEntry({ at: '2026-11-28T14:30:00Z' }))).toContain('night-contact');
    expect(ids(makeEntry({ at: '2026-11-28T13:59:00Z' }))).not.toContain('night-contact');
    // An entry written in another offset keeps its own wall time.
    expect(ids(makeEntry({ at: '2026-11-28T21:00:00+01:00' }))).not.toContain('night-contact');
    expect(
      flagCollectionEntry(makeEntry({ at: '2026-11-28T21:00:00Z' }), { defaultOffsetMinutes: 60 }).flags.map(
        (f) => f.ruleId,
      ),
    ).toContain('night-contact');
  });

  it('is not flagged when the person agreed to the time, or for letters', () => {
    const agreed = makeEntry({ at: '2026-11-28T23:00:00+08:00', facts: { agreedTime: true } });
    expect(ids(agreed)).not.toContain('night-contact');
    expect(ids(makeEntry({ at: '2026-11-28T23:00:00+08:00', channel: 'letter' }))).not.toContain('night-contact');
  });

  it('message names the local time and says "may"', () => {
    const flag = flagCollectionEntry(makeEntry({ at: '2026-11-28T22:00:00+08:00' })).flags.find(
      (f) => f.ruleId === 'night-contact',
    );
    expect(flag?.message.zh).toContain('22:00');
    expect(flag?.message.zh).toContain('可能');
    expect(flag?.message.en).toMatch(/^May /);
  });

  it('isNight boundaries in minutes', () => {
    expect(isNight(21 * 60 + 59)).toBe(false);
    expect(isNight(22 * 60)).toBe(true);
    expect(isNight(7 * 60 + 59)).toBe(true);
    expect(isNight(8 * 60)).toBe(false);
  });
});

describe('time parsing', () => {
  it('rejects impossible or malformed moments, which then raise no time flags', () => {
    expect(localMoment('2026-02-30T10:00:00+08:00')).toBeUndefined();
    expect(localMoment('yesterday')).toBeUndefined();
    expect(ids(makeEntry({ at: 'not a time' }))).toEqual([]);
  });
  it('round-trips a local day and clock', () => {
    const iso = isoFromLocal('2026-11-28', '07:59', 480);
    expect(iso).toBe('2026-11-28T07:59:00+08:00');
    expect(localMoment(iso)).toMatchObject({ day: '2026-11-28', clock: '07:59', minuteOfDay: 479 });
    expect(isoFromLocal('2026-11-28', '10:00', -330)).toBe('2026-11-28T10:00:00-05:30');
  });
});

describe('third parties', () => {
  it.each(['other-contact', 'family', 'employer'] as const)(
    'flags contact with %s as unrelated to the debt',
    (contacted) => {
      expect(ids(makeEntry({ contacted }))).toContain('third-party-contact');
    },
  );
  it('gives an emergency contact its own flag, not "unrelated to the debt"', () => {
    // Mutation: emergency contacts back under 'third-party-contact' → fails.
    const flags = ids(makeEntry({ contacted: 'emergency-contact' }));
    expect(flags).toContain('emergency-contact');
    expect(flags).not.toContain('third-party-contact');
    const flag = flagCollectionEntry(makeEntry({ contacted: 'emergency-contact' })).flags[0];
    expect(flag?.message.zh).toContain('找他们联系你，不一定违规');
    expect(flag?.message.en).toContain('telling them about the debt or asking them to pay may be');
  });
  it('still flags telling an emergency contact about the debt, and calling them a guarantor', () => {
    const entry = makeEntry({ contacted: 'emergency-contact', whatWasSaid: '他欠款三万，你是担保人要替他还' });
    expect(ids(entry)).toEqual(
      expect.arrayContaining(['emergency-contact', 'third-party-disclosure', 'guarantor-claim']),
    );
  });
  it('flags a call-to-contact channel even if "me" was chosen', () => {
    expect(ids(makeEntry({ channel: 'call-to-contact' }))).toContain('third-party-contact');
  });
  it('does not flag contact with me', () => {
    expect(ids(makeEntry())).not.toContain('third-party-contact');
  });
  it('flags disclosure when ticked, or from words only when a third party was contacted', () => {
    expect(ids(makeEntry({ contacted: 'family', facts: { disclosedDebt: true } }))).toContain('third-party-disclosure');
    const words = flagCollectionEntry(makeEntry({ contacted: 'employer', whatWasSaid: '告诉我同事说我欠款三万' }));
    const flag = words.flags.find((f) => f.ruleId === 'third-party-disclosure');
    expect(flag?.basis).toBe('keywords');
    expect(flag?.matched).toContain('欠款');
    expect(ids(makeEntry({ contacted: 'me', whatWasSaid: '你的欠款逾期了' }))).not.toContain('third-party-disclosure');
  });
});

describe('threats to tell the person’s contacts (爆通讯录)', () => {
  it.each([
    ['再不还就爆你通讯录', 'zh'],
    ['We will contact everyone in your phone', 'en'],
  ])('“%s” is a disclosure threat, cited under privacy law, not personal safety', (said) => {
    // Mutation: disclosure-threat words not checked → no 'disclosure-threat' flag → fails.
    const result = flagCollectionEntry(makeEntry({ whatWasSaid: said }), { lenderOf: () => 'unknown' });
    const flag = result.flags.find((f) => f.ruleId === 'disclosure-threat');
    expect(flag?.basis).toBe('keywords');
    // 民法典 1033 and 1038, 个人信息保护法 6 and 10 (rule.disclosure-threat.law), and no public-security law.
    expect(flag?.sourceIds).toEqual(['civilCode1033', 'civilCode1038', 'pipl']);
    expect(result.flags.map((f) => f.ruleId)).not.toContain('threat-insult');
  });
  it('ticking "threatened" with only such words stays a disclosure threat; with threat words or alone it is personal safety', () => {
    // Mutation: the tick always raises 'threat-insult' → the first expectation fails.
    const onlyDisclosure = ids(makeEntry({ facts: { threatened: true }, whatWasSaid: '不还就告诉你全家' }));
    expect(onlyDisclosure).toContain('disclosure-threat');
    expect(onlyDisclosure).not.toContain('threat-insult');
    const both = ids(makeEntry({ facts: { threatened: true }, whatWasSaid: '不还就告诉你全家，弄死你' }));
    expect(both).toEqual(expect.arrayContaining(['disclosure-threat', 'threat-insult']));
    expect(ids(makeEntry({ facts: { threatened: true } }))).toEqual(['threat-insult']);
    // An insult ticked stays an insult, whatever else was said.
    expect(ids(makeEntry({ facts: { insulted: true }, whatWasSaid: '不还就告诉你全家' }))).toContain('threat-insult');
  });
  it('for a bank credit card it also cites the credit-card Measures and the Banking Association', () => {
    const flag = flagCollectionEntry(makeEntry({ whatWasSaid: '爆你通讯录' }), {
      lenderOf: () => ({ type: 'bank', creditCard: true }),
    }).flags.find((f) => f.ruleId === 'disclosure-threat');
    expect(flag?.sourceIds).toEqual(['civilCode1033', 'civilCode1038', 'pipl', 'creditCardMeasures68', 'cba2026']);
  });
});

describe('flags cite what binds the platform’s lender', () => {
  const log = ['09', '10', '11', '12'].map((h) => makeEntry({ at: `2026-11-28T${h}:00:00+08:00`, platform: '某银行' }));
  it.each([
    // 4th connected call of the day. Worked out from who GB/T 45251 binds (not credit cards).
    [{ type: 'bank', creditCard: true }, ['civilCode1033'], '这一类放贷人'],
    [{ type: 'bank', creditCard: false }, ['civilCode1033', 'gbt45251', 'nifaCollection'], undefined],
    [{ type: 'consumer-finance' }, ['civilCode1033', 'gbt45251', 'nifaCollection'], undefined],
    [{ type: 'unknown' }, ['civilCode1033'], '你没有选这家放贷机构的类型'],
  ] as const)('the 4th connected call for %j', (lender, sourceIds, why) => {
    // Mutation: flags ignoring lenderOf (always unknown) → the bank-loan and consumer-finance rows fail.
    const flag = flagLog(log, { lenderOf: () => lender })[3]?.flags.find((f) => f.ruleId === 'connected-calls-per-day');
    expect(flag?.sourceIds).toEqual(sourceIds);
    if (why) expect(flag?.explanation.zh).toContain(why);
    else expect(flag?.explanation.zh).not.toContain('所以这里只列出');
  });
  it('each platform gets its own lender', () => {
    const entries = [
      makeEntry({ at: '2026-11-28T23:00:00+08:00', platform: 'A' }),
      makeEntry({ at: '2026-11-28T23:00:00+08:00', platform: ' B ' }),
    ];
    const flags = flagLog(entries, { lenderOf: (p) => (p === 'B' ? 'consumer-finance' : 'unknown') });
    const night = (i: number) => flags[i]?.flags.find((f) => f.ruleId === 'night-contact')?.sourceIds;
    expect(night(0)).toEqual(['civilCode1033']);
    expect(night(1)).toEqual(['civilCode1033', 'gbt45251', 'nifaCollection', 'cba2026']);
    expect(flags[1]?.lender).toEqual({ type: 'consumer-finance' });
  });
});

describe('connected calls per platform per local day', () => {
  const call = (clock: string, extra: Partial<Parameters<typeof makeEntry>[0]> = {}) =>
    makeEntry({ at: `2026-11-28T${clock}:00+08:00`, ...extra });

  it('flags the 4th connected call of the day, not the 3rd', () => {
    const log = [call('09:00'), call('10:00'), call('11:00'), call('12:00')];
    const flagged = flagLog(log).map((f) => f.flags.some((x) => x.ruleId === 'connected-calls-per-day'));
    expect(flagged).toEqual([false, false, false, true]);
    const fourth = flagCollectionEntry(log[3]!, { log }).flags.find((f) => f.ruleId === 'connected-calls-per-day');
    expect(fourth?.message.zh).toContain('第 4 个');
  });

  it('orders by moment, not by input order', () => {
    const log = [call('12:00'), call('09:00'), call('10:00'), call('11:00')];
    const last = flagCollectionEntry(log[0]!, { log });
    expect(last.flags.map((f) => f.ruleId)).toContain('connected-calls-per-day');
  });

  it('counts per platform separately', () => {
    const log = [call('09:00'), call('10:00'), call('11:00'), call('12:00', { platform: '另一家' })];
    expect(flagLog(log).some((f) => f.flags.some((x) => x.ruleId === 'connected-calls-per-day'))).toBe(false);
  });

  it('treats platform names with surrounding spaces as the same platform', () => {
    const log = [call('09:00'), call('10:00', { platform: ' 某某贷 ' }), call('11:00'), call('12:00')];
    expect(flagLog(log)[3]!.flags.map((f) => f.ruleId)).toContain('connected-calls-per-day');
  });

  it('does not count unanswered calls, messages or calls to contacts', () => {
    const log = [
      call('09:00'),
      call('10:00'),
      call('10:30', { facts: { connected: false } }),
      call('10:40', { channel: 'sms' }),
      call('10:50', { contacted: 'family' }),
      call('11:00'),
    ];
    expect(flagLog(log).some((f) => f.flags.some((x) => x.ruleId === 'connected-calls-per-day'))).toBe(false);
  });

  it('splits days at local midnight: 23:59 and 00:00 are different days', () => {
    const log = [
      makeEntry({ at: '2026-11-28T21:00:00+08:00' }),
      makeEntry({ at: '2026-11-28T21:30:00+08:00' }),
      makeEntry({ at: '2026-11-28T23:59:00+08:00' }),
      makeEntry({ at: '2026-11-29T00:00:00+08:00' }),
    ];
    expect(flagLog(log).some((f) => f.flags.some((x) => x.ruleId === 'connected-calls-per-day'))).toBe(false);
    const days = countByDay(log);
    expect(days.map((d) => [d.day, d.connectedCalls])).toEqual([
      ['2026-11-28', 3],
      ['2026-11-29', 1],
    ]);
  });

  it('uses the local day, not the UTC day (UTC 16:00 on the 28th is the 29th in China)', () => {
    const log = [makeEntry({ at: '2026-11-28T15:59:00Z' }), makeEntry({ at: '2026-11-28T16:00:00Z' })];
    expect(countByDay(log).map((d) => d.day)).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('flags the 7th unanswered attempt of a day', () => {
    const log = ['09', '10', '11', '12', '13', '14', '15'].map((h) => call(`${h}:00`, { facts: { connected: false } }));
    const flagged = flagLog(log).map((f) => f.flags.some((x) => x.ruleId === 'unanswered-attempts-per-day'));
    expect(flagged).toEqual([false, false, false, false, false, false, true]);
  });
});

describe('ticked and worded flags', () => {
  const cases: [RuleId, CollectionLogFacts, string][] = [
    ['threat-insult', { threatened: true }, '再不还就弄死你'],
    ['threat-insult', { insulted: true }, '你这个人渣'],
    ['impersonation', { impersonated: true }, '我是警察，马上来抓你'],
    ['guarantor-claim', { claimedGuarantor: true }, '你是他的担保人'],
    ['personal-account', { askedPersonalAccount: true }, '先转到我个人账户'],
    ['new-borrowing', { pushedNewBorrowing: true }, '你去借钱还上'],
  ];
  it.each(cases)('%s from a tick', (ruleId, facts) => {
    const flag = flagCollectionEntry(makeEntry({ facts })).flags.find((f) => f.ruleId === ruleId);
    expect(flag?.basis).toBe('ticked');
  });
  it.each(cases)('%s from words (may)', (ruleId, _facts, said) => {
    const flag = flagCollectionEntry(makeEntry({ whatWasSaid: said })).flags.find((f) => f.ruleId === ruleId);
    expect(flag?.basis).toBe('keywords');
    expect(flag?.message.zh).toContain('可能');
  });
  it('keywords can be turned off; calm talk raises nothing', () => {
    expect(flagCollectionEntry(makeEntry({ whatWasSaid: '弄死你' }), { keywords: false }).flags).toEqual([]);
    expect(ids(makeEntry({ whatWasSaid: '提醒您本月账单已到期，请按时还款。我们可以协商分期。' }))).toEqual([]);
    expect(ids(makeEntry({ whatWasSaid: 'We will take you to court if this is not resolved.' }))).toEqual([]);
  });
  it('a tick and matching words give one flag, the tick', () => {
    const flags = flagCollectionEntry(makeEntry({ facts: { threatened: true }, whatWasSaid: '弄死你' })).flags;
    expect(flags.filter((f) => f.ruleId === 'threat-insult')).toHaveLength(1);
    expect(flags[0]?.basis).toBe('ticked');
  });
  it('cites the 2012 law for acts before 2026 and the 2025 law from 2026-01-01', () => {
    const flag = (at: string) =>
      flagCollectionEntry(makeEntry({ at, facts: { threatened: true } })).flags.find(
        (f) => f.ruleId === 'threat-insult',
      );
    expect(flag('2025-12-31T23:59:00+08:00')?.sourceIds).toEqual(['psal2012']);
    expect(flag('2026-01-01T00:00:00+08:00')?.sourceIds).toEqual(['psal2025']);
  });
});

describe('counts', () => {
  it('per platform: totals, third parties, night, flagged and max calls in a day', () => {
    const log = [
      makeEntry({ at: '2026-11-28T09:00:00+08:00' }),
      makeEntry({ at: '2026-11-28T10:00:00+08:00' }),
      makeEntry({ at: '2026-11-28T11:00:00+08:00' }),
      makeEntry({ at: '2026-11-28T22:30:00+08:00' }),
      makeEntry({ at: '2026-11-29T10:00:00+08:00', contacted: 'family' }),
      makeEntry({ at: '2026-11-29T10:00:00+08:00', platform: 'B', channel: 'sms' }),
    ];
    const [a, b] = countByPlatform(log);
    expect(b).toMatchObject({
      platform: '某某贷',
      contacts: 5,
      connectedCalls: 4,
      thirdPartyContacts: 1,
      nightContacts: 1,
      maxConnectedCallsInDay: 4,
    });
    // 22:30 call is both night and the 4th of the day; the family contact is flagged too.
    expect(b?.flaggedEntries).toBe(2);
    expect(b?.firstAt).toBe('2026-11-28T09:00:00+08:00');
    expect(b?.lastAt).toBe('2026-11-29T10:00:00+08:00');
    expect(a).toMatchObject({ platform: 'B', contacts: 1, connectedCalls: 0, flaggedEntries: 0 });
  });
  it('per day rows are sorted by platform then day', () => {
    const log = [
      makeEntry({ at: '2026-11-29T10:00:00+08:00', platform: 'B' }),
      makeEntry({ at: '2026-11-28T10:00:00+08:00', platform: 'B', facts: { connected: false } }),
      makeEntry({ at: '2026-11-28T10:00:00+08:00', platform: 'A', contacted: 'employer' }),
    ];
    expect(countByDay(log)).toEqual([
      { platform: 'A', day: '2026-11-28', connectedCalls: 0, unansweredCalls: 0, contacts: 1, thirdPartyContacts: 1 },
      { platform: 'B', day: '2026-11-28', connectedCalls: 0, unansweredCalls: 1, contacts: 1, thirdPartyContacts: 0 },
      { platform: 'B', day: '2026-11-29', connectedCalls: 1, unansweredCalls: 0, contacts: 1, thirdPartyContacts: 0 },
    ]);
  });
  it('flagCollectionEntry uses the updated version of an entry already in the log', () => {
    const e = makeEntry({ at: '2026-11-28T12:00:00+08:00' });
    const edited = { ...e, at: '2026-11-28T23:00:00+08:00' };
    expect(flagCollectionEntry(edited, { log: [e] }).flags.map((f) => f.ruleId)).toContain('night-contact');
  });
});
