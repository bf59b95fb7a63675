/**
 * Conservative keyword hints from "what was said". A match only ever yields a "may" flag, and
 * the person can untick it by editing the entry: words can be quoted, negated or misheard.
 * Lists are short on purpose; everyday words ("法院" alone, "还钱") are avoided where they would
 * flag lawful talk, except for third-party disclosure, which only runs on contacts to others.
 */
import type { RuleId } from './types';

export const KEYWORDS: Readonly<Partial<Record<RuleId, readonly string[]>>> = {
  'threat-insult': [
    '弄死',
    '杀了你',
    '砍死',
    '打死你',
    '打断你',
    '废了你',
    '让你好看',
    '收拾你',
    '不得好死',
    '去死',
    '傻逼',
    '人渣',
    '畜生',
    '贱人',
    '滚蛋',
    'kill you',
    'hurt you',
    'beat you',
    'you will regret',
    "you'll regret",
  ],
  impersonation: [
    '我是警察',
    '我们是警察',
    '我是公安',
    '我们是公安',
    '公安局的',
    '派出所的',
    '我是法院',
    '我们是法院',
    '法院的工作人员',
    '我是法官',
    '检察院的',
    '我是律师',
    '律师事务所的',
    '我们是律所',
    'this is the police',
    'from the police',
    'from the court',
    'i am a lawyer',
    "i'm a lawyer",
    'this is the court',
  ],
  'guarantor-claim': ['担保人', '担保责任', '连带责任', '你要替他还', '你要帮他还', 'guarantor', 'liable for the debt'],
  'personal-account': [
    '个人账户',
    '个人账号',
    '私人账户',
    '私人账号',
    '转到我',
    '转给我',
    '我的微信',
    '我的支付宝',
    '对私账户',
    'personal account',
    'my account',
    'my wechat',
    'my alipay',
  ],
  'new-borrowing': [
    '借新还旧',
    '以贷养贷',
    '去借钱',
    '借钱还',
    '找别的平台',
    '再去借',
    '撸口子',
    '办张信用卡还',
    'borrow money to pay',
    'take out another loan',
    'borrow from another',
  ],
  'third-party-disclosure': [
    '欠款',
    '欠钱',
    '欠了',
    '逾期',
    '借款',
    '欠债',
    '不还钱',
    'owes',
    'debt',
    'overdue',
    'loan',
  ],
};

/** The keywords of `ruleId` found in `text` (case-insensitive, spaces ignored for Chinese). */
export function matchKeywords(ruleId: RuleId, text: string): string[] {
  const list = KEYWORDS[ruleId];
  if (!list || text.trim() === '') return [];
  const lower = text.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  return list.filter((word) => {
    const w = word.toLowerCase();
    return /[a-z]/.test(w) ? lower.includes(w) : compact.includes(w);
  });
}
