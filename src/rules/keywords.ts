/**
 * Conservative keyword hints from "what was said". A match only ever yields a "may" flag, and
 * the person can untick it by editing the entry: words can be quoted, negated or misheard; a word
 * negated right before it in its clause does not count. Lists are short on purpose; everyday
 * words ("法院" alone, "还钱") are avoided where they would flag lawful talk, except for
 * third-party disclosure, which only runs on contacts to others. Threats to tell the person's
 * contacts (爆通讯录) are matched by patterns in both languages.
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

/**
 * Threats to tell the person's contacts about the debt (爆通讯录), in both languages. Patterns, not
 * single words, so that "通讯地址" or "the media exposed a fake collector" do not match. A bare
 * noun (`bare`) such as 通讯录 alone counts as a threat unless its own clause negates it after it
 * too ("你的通讯录我们不会打扰").
 */
const DISCLOSURE_THREATS: readonly { pattern: RegExp; bare?: true }[] = [
  { pattern: /爆(?:你|您)?的?通讯录/ },
  { pattern: /通讯录/, bare: true },
  { pattern: /(?:发|打|群发|发信息|发短信|打电话)(?:给|到|遍)?(?:你|您)?的?所有的?(?:联系人|好友|朋友)/ },
  { pattern: /所有的?联系人/, bare: true },
  { pattern: /打遍/ },
  { pattern: /(?:就|要|会|去)?曝光(?:你|您|出去|到)|(?:把|给)(?:你|您)曝光|(?:就|要|会|去)曝光/ },
  { pattern: /公开(?:你|您)/ },
  { pattern: /(?:发|挂|传|贴)到?(?:你的)?(?:朋友圈|网上|群里|微博|抖音)/ },
  {
    pattern:
      /(?:告诉|通知|打给|联系)(?:你|您)的?(?:全家|家人|家里人|父母|爸妈|老婆|老公|同事|单位|领导|老板|公司|朋友|亲戚)/,
  },
  { pattern: /让(?:你|您)?的?(?:全家|身边的人|所有人|大家)都知道/ },
  {
    pattern:
      /\b(?:contact|call|text|message|ring)\s+(?:all|every(?:one|body))\s+(?:in|on|of)\s+your\s+(?:phone|contacts|contact list|address book)/i,
  },
  { pattern: /\bevery(?:one|body) (?:in|on) your (?:phone|contacts|contact list|address book)/i },
  { pattern: /\ball (?:of )?your contacts/i },
  { pattern: /\bblow up your (?:contacts|phone)/i },
  { pattern: /\bexpose (?:you|your)\b/i },
  {
    pattern:
      /\b(?:tell|inform|notify|call)\s+(?:your\s+)?(?:whole\s+)?(?:family|boss|employer|colleagues|co-?workers|friends|relatives|parents|wife|husband|workplace|company)\b/i,
  },
  { pattern: /\byour whole family\b/i },
  { pattern: /\btell every(?:one|body)\b/i },
  { pattern: /\bpost (?:it|this|you|your \w+) (?:online|on (?:the )?(?:internet|social media|wechat|moments))/i },
  { pattern: /\bname and shame\b|\bshame you\b/i },
];

/**
 * Negation before a match in its clause ("我们不会联系你的通讯录", "we will not expose you"). Chinese:
 * a negator with no turn (就, 否则, 但 …) between it and the match; a bare 不 is not one ("不还就爆
 * 你通讯录" is a threat), nor are the imperatives 不要 / 别 ("不要逼我…" usually is one too).
 * English: a negator right before the verb phrase.
 */
const NEGATOR_ZH = /不会|不能|不得|没有|没|不再|绝不|并不|从不|不可能/g;
const TURN_ZH = /就|否则|不然|要不|但|可是|要是|如果|只要|的话/;
const NEGATED_BEFORE_EN =
  /\b(?:not|never|won't|wont|don't|dont|didn't|cannot|can't|no one will|nobody will)\s+(?:(?:going|gonna)\s+(?:to\s+)?|ever\s+|be\s+|try\s+to\s+)?(?:(?:contact|call|text|message|ring|tell|inform|notify|post|send)\s+)?$/i;
const NEGATED_AFTER_ZH = /不会|不能|不得|不再|绝不|从不|没有/;
const CLAUSE = /[，。！？；,.!?;\n]+/;

/** True when the words before `start` in this clause negate what follows. */
function negatedBefore(clause: string, start: number): boolean {
  const before = clause.slice(0, start);
  if (NEGATED_BEFORE_EN.test(before)) return true;
  const negators = [...before.matchAll(NEGATOR_ZH)];
  const last = negators[negators.length - 1];
  if (last === undefined) return false;
  return !TURN_ZH.test(before.slice(last.index + last[0].length));
}

/** Disclosure threats in `text`: what matched, longest first, without matches inside others. */
function matchDisclosureThreats(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.split(CLAUSE)) {
    for (const { pattern, bare } of DISCLOSURE_THREATS) {
      const match = pattern.exec(clause);
      if (!match) continue;
      if (negatedBefore(clause, match.index)) continue;
      if (bare && NEGATED_AFTER_ZH.test(clause.slice(match.index + match[0].length))) continue;
      found.push(match[0]);
    }
  }
  const unique = [...new Set(found)].sort((a, b) => b.length - a.length);
  return unique.filter((word, i) => !unique.slice(0, i).some((longer) => longer.includes(word)));
}

/**
 * The keywords of `ruleId` found in `text` (case-insensitive, spaces ignored for Chinese), except
 * where the clause negates them right before ("不会上门", "we won't"). Disclosure threats use
 * patterns (above).
 */
export function matchKeywords(ruleId: RuleId, text: string): string[] {
  if (text.trim() === '') return [];
  if (ruleId === 'disclosure-threat') return matchDisclosureThreats(text);
  const list = KEYWORDS[ruleId];
  if (!list) return [];
  const clauses = text.toLowerCase().split(CLAUSE);
  return list.filter((word) => {
    const w = word.toLowerCase();
    const latin = /[a-z]/.test(w);
    return clauses.some((clause) => {
      const haystack = latin ? clause : clause.replace(/\s+/g, '');
      const at = haystack.indexOf(w);
      return at >= 0 && !negatedBefore(haystack, at);
    });
  });
}
