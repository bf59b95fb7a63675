/**
 * Keyword hints: threats to tell the person's contacts (爆通讯录) in both languages, with the
 * negatives that must not match, and negation for the other word lists.
 */
import { describe, expect, it } from 'vitest';
import { matchKeywords } from './keywords';

const threat = (text: string) => matchKeywords('disclosure-threat', text);

describe('disclosure threats (爆通讯录)', () => {
  // Mutation: the 通讯录 pattern removed → the second and third rows fail.
  // Mutation: any negator earlier in the clause negates (no turn check) → "我们没有耐心了再不还就告诉你全家" fails.
  // Mutation: 曝光 matched alone (pattern /曝光/) → the "媒体曝光" negative fails.
  it.each([
    ['再不还钱就爆你通讯录', '爆你通讯录'],
    ['我们已经拿到你的通讯录了', '通讯录'],
    ['通讯录里的人都会知道你欠钱', '通讯录'],
    ['今晚就发给你所有联系人', '发给你所有联系人'],
    ['逾期的事我们会打给你所有的联系人', '打给你所有的联系人'],
    ['不还就曝光你', '就曝光你'],
    ['把你曝光到网上', '把你曝光'],
    ['明天挂到网上让大家看看', '挂到网上'],
    ['再不还钱就告诉你全家', '告诉你全家'],
    ['我们会通知你单位领导', '通知你单位'],
    ['让你身边的人都知道', '让你身边的人都知道'],
    ['我们没有耐心了再不还就告诉你全家', '告诉你全家'],
    ['We will contact everyone in your phone tonight', 'contact everyone in your phone'],
    ['Pay or everybody in your contacts hears about it', 'everybody in your contacts'],
    ['We are going to expose you', 'expose you'],
    ['If you do not pay we will tell your boss', 'tell your boss'],
    ['Pay now or your whole family hears about it', 'your whole family'],
    ['We will post it online', 'post it online'],
  ])('recognises “%s”', (text, expected) => {
    expect(threat(text)).toContain(expected);
  });

  // Mutation: negation check removed (negatedBefore → false) → the negated rows fail.
  // Mutation: no check after a bare noun → "你的通讯录联系人我们不会打扰" fails.
  it.each([
    ['我们不会联系你的通讯录'],
    ['我们不会去爆你的通讯录，请放心'],
    ['你的通讯录联系人我们不会打扰'],
    ['请更新你的通讯地址'],
    ['提醒您本月账单已到期，请按时还款'],
    ['小心媒体曝光的假催收电话'],
    ['我们的还款方案公开透明'],
    ['We will not contact everyone in your phone'],
    ["We won't tell your family"],
    ['We are never going to expose you'],
    ['Please keep your contact details up to date'],
    ['The exposure on your account is 3000 yuan'],
    [''],
  ])('does not match “%s”', (text) => {
    expect(threat(text)).toEqual([]);
  });

  it('reports the longest words, without the shorter ones inside them', () => {
    // Mutation: keep every match → '通讯录' is listed beside '爆你通讯录' and this fails.
    expect(threat('不还就爆你通讯录')).toEqual(['爆你通讯录']);
  });

  it('reads each clause on its own: a negation in one does not cancel a threat in the next', () => {
    expect(threat('我们不会为难你，但不还就告诉你全家')).toEqual(['告诉你全家']);
  });
});

describe('negation for the other word lists', () => {
  // Mutation: negation check removed from matchKeywords → the first expectation fails.
  it('does not count a word negated right before it in its clause, and still counts it elsewhere', () => {
    expect(matchKeywords('personal-account', '我们不会要你转到我个人账户')).toEqual([]);
    expect(matchKeywords('personal-account', '先转到我个人账户')).toEqual(['个人账户', '转到我']);
    expect(matchKeywords('threat-insult', '你怎么不去死')).toEqual(['去死']);
  });
});
