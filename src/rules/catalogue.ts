/**
 * The rules a collection-log entry may break, per lender type (issue 15), the places to complain,
 * and the LPR figure. Each rule is a list of provisions: one statement per source (or per group
 * of sources that bind alike), so a flag or a letter cites a source only for a lender it binds and
 * only for dates it was in force. Wording follows each source's verification: multi-source facts
 * are phrased as reported (据报道 / reportedly); nothing is called "illegal" unless a law is cited;
 * a flag only ever says an entry "may" go against a rule. docs/sources.md lists every statement.
 */
import { bindsLender, inForceOn, toLender, type Binds, type LenderInput } from './lenders';
import { BINDING_TIER, getSource } from './sources';
import type { AppliedRule, Bilingual, BindingTier, Rule, RuleId, Statement } from './types';

const A = (zh: string, en: string): Bilingual => ({ zh, en });
const S = (id: string, text: Bilingual, ...sourceIds: string[]): Statement => ({ id, text, sourceIds });

// Provisions that several rules share, word for word.
const FLOOR_CALLS = A(
  '上岸引用的法律没有规定催收的时段和次数；《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。',
  'The laws Shore cites set no hours or number of calls for collection; Art. 1033 of the Civil Code says that, unless the law provides otherwise or the person clearly agrees, no organisation or individual may disturb another person’s private life by calls, texts, instant messages and the like.',
);
const CARD_DEBTOR_ONLY = A(
  '据多方转载，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行应当对债务人本人及其担保人进行催收，不得对与债务无关的第三人进行催收。',
  'As reported in several copies, Art. 68 of the credit-card Measures says the issuing bank collects from the debtor and any guarantor, and must not collect from third parties unrelated to the debt.',
);
const GBT_NO_DISCLOSURE = A(
  '据报道，推荐性国家标准 GB/T 45251—2025 要求不应向联系人催收，也不应向联系人透露逾期欠款金额、欠款时间等欠款信息。',
  'Reportedly, the recommended national standard GB/T 45251—2025 says collectors should not collect from contacts, nor tell them the amount or dates of the debt.',
);
const CBA_NO_DISCLOSURE = A(
  '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）严禁向无关第三人透露具体债务信息，并禁止散布他人隐私。',
  'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) strictly forbids telling unrelated third parties about the debt, and forbids spreading anyone’s private matters.',
);

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'third-party-contact': {
    id: 'third-party-contact',
    name: A('联系与欠款无关的人', 'Contacting people unrelated to the debt'),
    provisions: [
      S(
        'rule.third-party-contact.law',
        A(
          '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。',
          'Art. 1033 of the Civil Code says that, unless the law provides otherwise or the person clearly agrees, no organisation or individual may disturb another person’s private life by calls, texts, instant messages and the like.',
        ),
        'civilCode1033',
      ),
      S('rule.third-party-contact.card', CARD_DEBTOR_ONLY, 'creditCardMeasures68'),
      S(
        'rule.third-party-contact.gbt',
        A(
          '据报道，推荐性国家标准 GB/T 45251—2025 要求只向债务人催收，不应向联系人催收；只有联系不上债务人本人等情形下，才可以联系联系人询问其联系方式或请其转告；联系人明确拒绝的，不应再联系。',
          'Reportedly, the recommended national standard GB/T 45251—2025 says to collect only from the borrower, not from contacts; a contact may be reached only when the borrower cannot be, and only to ask how to reach the borrower or to pass on a message; a contact who refuses should not be contacted again.',
        ),
        'gbt45251',
      ),
      S(
        'rule.third-party-contact.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）原则上严禁对无关第三人催收：仅在债务人本人失联时，可以联系无关第三人获取联系方式或请求转告；对方明确要求不再联系的，须停止。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) in principle forbids collecting from unrelated third parties: only when the borrower cannot be reached may they be contacted, to get contact details or pass on a message; if they ask not to be contacted again, it must stop.',
        ),
        'cba2026',
      ),
    ],
  },
  'emergency-contact': {
    id: 'emergency-contact',
    name: A('联系你的紧急联系人', 'Contacting your emergency contact'),
    provisions: [
      S(
        'rule.emergency-contact.law',
        A(
          '《个人信息保护法》第六条要求，处理个人信息应当具有明确、合理的目的，与处理目的直接相关，并采取对个人权益影响最小的方式；该法第十条和《民法典》第一千零三十八条禁止非法提供、泄露或者公开他人的个人信息。',
          'The Personal Information Protection Law (Art. 6) requires personal information to be processed for a clear and reasonable purpose, directly related to it and with the least impact on the person; its Art. 10 and Art. 1038 of the Civil Code forbid unlawfully providing, leaking or disclosing anyone’s personal information.',
        ),
        'pipl',
        'civilCode1038',
      ),
      S('rule.emergency-contact.card', CARD_DEBTOR_ONLY, 'creditCardMeasures68'),
      S(
        'rule.emergency-contact.gbt',
        A(
          '据报道，GB/T 45251—2025 允许在联系不上你本人时联系联系人，但只能询问你的联系方式或请其转告，不应透露欠款金额、欠款时间等欠款信息，也不应向联系人催收；联系人明确拒绝的，不应再联系。',
          'Reportedly, GB/T 45251—2025 allows a contact to be called when you cannot be reached, but only to ask how to reach you or to pass on a message; the contact should not be told the amount or dates of the debt, nor asked to pay; a contact who refuses should not be contacted again.',
        ),
        'gbt45251',
      ),
      S(
        'rule.emergency-contact.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）只允许在你本人失联时联系他人，以获取联系方式或请求转告，严禁透露具体债务信息；对方明确要求不再联系的，须停止。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) allows others to be contacted only when you cannot be reached, to get contact details or pass on a message, and strictly forbids telling them about the debt; if they ask not to be contacted again, it must stop.',
        ),
        'cba2026',
      ),
    ],
  },
  'third-party-disclosure': {
    id: 'third-party-disclosure',
    name: A('向他人透露欠款', 'Telling others about the debt'),
    provisions: [
      S(
        'rule.third-party-disclosure.law',
        A(
          '《民法典》第一千零三十八条规定，信息处理者不得泄露其收集、存储的个人信息，未经自然人同意不得向他人非法提供；《个人信息保护法》第十条规定，不得非法提供或者公开他人个人信息。',
          'Art. 1038 of the Civil Code says those who handle personal information must not leak it or unlawfully provide it to others without consent; Art. 10 of the Personal Information Protection Law forbids unlawfully providing or disclosing anyone’s personal information.',
        ),
        'civilCode1038',
        'pipl',
      ),
      S(
        'rule.third-party-disclosure.psal2025',
        A(
          '《治安管理处罚法》第五十条对散布他人隐私的行为规定了拘留或者罚款。',
          'Art. 50 of the Public Security Administration Punishments Law provides detention or a fine for spreading someone’s private matters.',
        ),
        'psal2025',
      ),
      S(
        'rule.third-party-disclosure.psal2012',
        A(
          '事发时施行的《治安管理处罚法》（2012 年修正）第四十二条对散布他人隐私的行为规定了拘留或者罚款。',
          'Art. 42 of the Public Security Administration Punishments Law (2012 amendment), in force at the time, provides detention or a fine for spreading someone’s private matters.',
        ),
        'psal2012',
      ),
      S('rule.third-party-disclosure.gbt', GBT_NO_DISCLOSURE, 'gbt45251'),
      S('rule.third-party-disclosure.cba', CBA_NO_DISCLOSURE, 'cba2026'),
    ],
  },
  'disclosure-threat': {
    id: 'disclosure-threat',
    name: A('威胁告诉你的联系人（爆通讯录）', 'Threatening to tell your contacts (爆通讯录)'),
    provisions: [
      S(
        'rule.disclosure-threat.law',
        A(
          '威胁把你的欠款告诉通讯录里的人，涉及你的隐私和个人信息：《民法典》第一千零三十三条禁止未经同意以电话、短信等方式侵扰他人的私人生活安宁，第一千零三十八条禁止泄露或者非法提供个人信息；《个人信息保护法》第六条要求处理个人信息与处理目的直接相关、对个人权益影响最小，第十条禁止非法提供或者公开他人个人信息。',
          'A threat to tell the people in your phone about your debt concerns your privacy and personal information: Art. 1033 of the Civil Code forbids disturbing someone’s private life by calls or texts without consent, and Art. 1038 forbids leaking or unlawfully providing personal information; the Personal Information Protection Law requires processing to be directly related to its purpose with the least impact on the person (Art. 6), and forbids unlawfully providing or disclosing anyone’s personal information (Art. 10).',
        ),
        'civilCode1033',
        'civilCode1038',
        'pipl',
      ),
      S('rule.disclosure-threat.card', CARD_DEBTOR_ONLY, 'creditCardMeasures68'),
      S('rule.disclosure-threat.gbt', GBT_NO_DISCLOSURE, 'gbt45251'),
      S('rule.disclosure-threat.cba', CBA_NO_DISCLOSURE, 'cba2026'),
    ],
  },
  'night-contact': {
    id: 'night-contact',
    name: A('夜间催收（22:00—次日 8:00）', 'Collection at night (22:00–08:00)'),
    provisions: [
      S('rule.night-contact.law', FLOOR_CALLS, 'civilCode1033'),
      S(
        'rule.night-contact.gbt',
        A(
          '据报道，推荐性国家标准 GB/T 45251—2025 要求：双方未约定催收时间的，不应在每日 22:00 至次日 8:00 催收。',
          'Reportedly, the recommended national standard GB/T 45251—2025 says that, unless a time was agreed, collection should not take place between 22:00 and 08:00.',
        ),
        'gbt45251',
      ),
      S(
        'rule.night-contact.nifa',
        A(
          '据报道，中国互联网金融协会的贷后催收业务指引（约束协会会员）也要求每日 22:00 至次日 8:00 不应催收。',
          'Reportedly, the National Internet Finance Association’s post-loan collection guideline (binding its members) also says no collection between 22:00 and 08:00.',
        ),
        'nifaCollection',
      ),
      S(
        'rule.night-contact.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）要求：未经债务人同意，严禁在每日 22:00 至次日 8:00 进行电话催收、外访催收及其他催收。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) strictly forbids calls, visits or any other collection between 22:00 and 08:00 without the borrower’s consent.',
        ),
        'cba2026',
      ),
    ],
  },
  'connected-calls-per-day': {
    id: 'connected-calls-per-day',
    name: A('每天拨通电话超过 3 次', 'More than 3 connected calls in a day'),
    provisions: [
      S('rule.connected-calls-per-day.law', FLOOR_CALLS, 'civilCode1033'),
      S(
        'rule.connected-calls-per-day.gbt',
        A(
          '据报道，推荐性国家标准 GB/T 45251—2025 要求：以电话进行告知式催收时，同一机构及其合作的第三方催收机构对同一位债务人拨通的电话，每天合计不应超过 3 次。',
          'Reportedly, the recommended national standard GB/T 45251—2025 says that for collection reminders by phone, one lender and its collection agencies together should not make more than 3 connected calls to one borrower a day.',
        ),
        'gbt45251',
      ),
      S(
        'rule.connected-calls-per-day.nifa',
        A(
          '据报道，中国互联网金融协会的贷后催收业务指引（约束协会会员）也要求每天拨通不超过 3 次。',
          'Reportedly, the National Internet Finance Association’s post-loan collection guideline (binding its members) also says no more than 3 connected calls a day.',
        ),
        'nifaCollection',
      ),
    ],
  },
  'unanswered-attempts-per-day': {
    id: 'unanswered-attempts-per-day',
    name: A('未接通时当天拨打超过 6 次', 'More than 6 unanswered attempts in a day'),
    provisions: [
      S('rule.unanswered-attempts-per-day.law', FLOOR_CALLS, 'civilCode1033'),
      S(
        'rule.unanswered-attempts-per-day.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员单位的信用卡和个人消费贷款）要求：电话未接通时，对同一联系方式当天尝试拨打不宜超过 6 次，另有约定的除外。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (for its members’ credit cards and personal consumer loans) says that when calls go unanswered, attempts to the same number should not exceed 6 in a day, unless otherwise agreed.',
        ),
        'cba2026',
      ),
    ],
  },
  'threat-insult': {
    id: 'threat-insult',
    name: A('威胁、恐吓、辱骂', 'Threats, intimidation or insults'),
    provisions: [
      S(
        'rule.threat-insult.psal2025',
        A(
          '《治安管理处罚法》第五十条规定：写恐吓信或者以其他方法威胁他人人身安全、公然侮辱他人、多次发送侮辱恐吓等信息或者采取滋扰纠缠跟踪等方法干扰他人正常生活的，处拘留或者罚款。',
          'Art. 50 of the Public Security Administration Punishments Law provides detention or a fine for threatening someone’s personal safety, publicly insulting someone, and repeatedly sending insulting or threatening messages or pestering someone so as to disturb their normal life.',
        ),
        'psal2025',
      ),
      S(
        'rule.threat-insult.psal2012',
        A(
          '事发时施行的《治安管理处罚法》（2012 年修正）第四十二条规定：多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的，处五日以下拘留或者五百元以下罚款。',
          'Art. 42 of the Public Security Administration Punishments Law (2012 amendment), in force at the time, provides up to 5 days’ detention or a fine of up to 500 yuan for repeatedly sending obscene, insulting, threatening or other messages that disturb someone’s normal life.',
        ),
        'psal2012',
      ),
      S(
        'rule.threat-insult.card',
        A(
          '据多方转载，《商业银行信用卡业务监督管理办法》第六十八条禁止发卡银行采用暴力、胁迫、恐吓或辱骂等不当催收行为。',
          'As reported in several copies, Art. 68 of the credit-card Measures forbids issuing banks to collect by violence, coercion, intimidation or insults.',
        ),
        'creditCardMeasures68',
      ),
      S(
        'rule.threat-insult.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）禁止恐吓、辱骂、欺诈、威胁、暴力等不当催收手段。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) forbids intimidation, insults, deception, threats, violence and similar means of collection.',
        ),
        'cba2026',
      ),
    ],
  },
  impersonation: {
    id: 'impersonation',
    name: A('冒充公安、法院、律师', 'Pretending to be police, a court or a lawyer'),
    provisions: [
      S(
        'rule.impersonation.advice',
        A(
          '对方自称公安、法院或律师来施压时，可以先挂断，再自己查到官方电话核实。',
          'If a caller says they are the police, a court or a lawyer to put pressure on you, you can hang up and check through an official number you look up yourself.',
        ),
      ),
      S(
        'rule.impersonation.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）禁止以欺诈、威胁等不当手段催收。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) forbids collecting by deception, threats and similar means.',
        ),
        'cba2026',
      ),
    ],
  },
  'guarantor-claim': {
    id: 'guarantor-claim',
    name: A('声称联系人是担保人', 'Claiming a contact is a guarantor'),
    provisions: [
      S(
        'rule.guarantor-claim.advice',
        A(
          '被填为紧急联系人，不等于签了担保。可以请对方出示本人签字的担保文件。',
          'Being listed as an emergency contact is not the same as signing a guarantee. The contact can ask to see a guarantee they signed themselves.',
        ),
      ),
      S('rule.guarantor-claim.card', CARD_DEBTOR_ONLY, 'creditCardMeasures68'),
      S(
        'rule.guarantor-claim.gbt',
        A(
          '据报道，GB/T 45251—2025 规定，向担保人等连带责任人催收，以法律、法规和协议约定为限；对联系人只能询问债务人的联系方式或请其转告。',
          'Reportedly, GB/T 45251—2025 says collecting from a guarantor or others jointly liable is limited to what the law and the signed agreement provide, and a contact may only be asked how to reach the borrower or to pass on a message.',
        ),
        'gbt45251',
      ),
    ],
  },
  'personal-account': {
    id: 'personal-account',
    name: A('要求转账到个人账户', 'Asking for payment to a personal account'),
    provisions: [
      S(
        'rule.personal-account.advice',
        A(
          '转到催收员个人账户、个人微信或支付宝的钱，事后可能无法证明已经还款。常见做法是只还到借款合同约定的账户或官方 App。',
          'Money sent to a collector’s personal bank account, WeChat or Alipay may later be impossible to prove as repayment. The usual advice is to pay only into the account named in your contract or through the official app.',
        ),
      ),
      S(
        'rule.personal-account.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）禁止以催收名义收取额外费用。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) forbids charging extra fees in the name of collection.',
        ),
        'cba2026',
      ),
    ],
  },
  'new-borrowing': {
    id: 'new-borrowing',
    name: A('逼你借新还旧', 'Pressure to borrow new money to repay'),
    provisions: [
      S(
        'rule.new-borrowing.advice',
        A('借新还旧、以贷养贷会让债务越来越多。', 'Borrowing new money to repay old debts makes the debt grow.'),
      ),
      S(
        'rule.new-borrowing.cba',
        A(
          '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员）禁止诱导或逼迫债务人通过新增借贷或非法渠道筹集资金偿还债务。',
          'Reportedly, the China Banking Association’s 2026 collection guideline (binding its members) forbids inducing or forcing a borrower to raise money through new borrowing or illegal channels to repay.',
        ),
        'cba2026',
      ),
    ],
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

/** One plain sentence each: why a flag or a letter cites only what binds every lender. */
export const WHY_FLOOR_ONLY = {
  unknown: S(
    'why.unknown',
    A(
      '你没有选这家放贷机构的类型，所以这里只列出对所有放贷人都适用的法律和建议；国家标准和行业指引只约束部分机构。',
      'You have not said what kind of lender this is, so only the laws and advice that apply to every lender are given here; national standards and industry guidelines bind only some lenders.',
    ),
  ),
  bankProduct: S(
    'why.bank-product',
    A(
      '有的规定只管银行的信用卡，有的只管银行的网络消费贷款；你没有说明这笔是不是信用卡，所以这里只列出对所有放贷人都适用的法律和建议。',
      'Some rules cover only a bank’s credit cards and others only its online consumer loans; you have not said whether this is a credit card, so only the laws and advice that apply to every lender are given here.',
    ),
  ),
  notCovered: S(
    'why.not-covered',
    A(
      '关于这一点的国家标准和行业指引不约束这一类放贷人，所以这里只列出对所有放贷人都适用的法律和建议。',
      'The national standards and industry guidelines on this do not cover this kind of lender, so only the laws and advice that apply to every lender are given here.',
    ),
  ),
} as const;

/** True when every source of a statement binds this lender (advice, citing none, binds everyone). */
function statementBindsLender(statement: Statement, lender: LenderInput): boolean {
  return statement.sourceIds.every((id) => {
    const source = getSource(id);
    return source !== undefined && bindsLender(source.binds, lender);
  });
}

/** True when every source of a statement is in force on `onDate`. */
function statementInForce(statement: Statement, onDate?: string): boolean {
  return statement.sourceIds.every((id) => inForceOn(getSource(id)?.inForce, onDate));
}

/** True when a statement's sources all bind everyone: the common floor. */
function isFloor(statement: Statement): boolean {
  return statement.sourceIds.every((id) => getSource(id)?.binds === 'everyone');
}

/** Provisions' texts (and a closing sentence) as one paragraph per language. */
export function joinStatements(statements: readonly Statement[]): Bilingual {
  return {
    zh: statements.map((s) => s.text.zh).join(''),
    en: statements.map((s) => s.text.en).join(' '),
  };
}

/**
 * A rule as it applies to this lender on `onDate` (`YYYY-MM-DD`, the event's local date; without
 * one, the newest version of each law). Undefined when nothing of the rule binds the lender.
 */
export function applyRule(ruleId: RuleId, lenderInput: LenderInput, onDate?: string): AppliedRule | undefined {
  const rule = RULES[ruleId];
  const lender = toLender(lenderInput);
  const current = rule.provisions.filter((provision) => statementInForce(provision, onDate));
  const provisions = current.filter((provision) => statementBindsLender(provision, lender));
  if (provisions.length === 0) return undefined;
  // Only the floor is cited although the rule says more on that date: say why, in one sentence.
  const onlyFloor = provisions.every(isFloor) && current.some((provision) => !isFloor(provision));
  const why = !onlyFloor
    ? undefined
    : lender.type === 'unknown'
      ? WHY_FLOOR_ONLY.unknown
      : lender.type === 'bank' && lender.creditCard === undefined
        ? WHY_FLOOR_ONLY.bankProduct
        : WHY_FLOOR_ONLY.notCovered;
  const sourceIds = [...new Set(provisions.flatMap((provision) => provision.sourceIds))];
  return { rule, provisions, why, text: joinStatements(why ? [...provisions, why] : provisions), sourceIds };
}

/** Every rule that binds this lender on `onDate`, in catalogue order (what the rights of one debt are). */
export function rulesFor(lender: LenderInput, onDate?: string): AppliedRule[] {
  return RULE_IDS.flatMap((id) => {
    const applied = applyRule(id, lender, onDate);
    return applied ? [applied] : [];
  });
}

export type ComplaintChannelId =
  'platform' | '12378' | 'local-regulator' | 'nifa' | '12321' | '110' | 'court' | 'credit-objection';

/** Where to complain. Order: the lender itself, its regulator, then by what happened. */
export interface ComplaintChannel {
  id: ComplaintChannelId;
  name: Bilingual;
  handles: Bilingual;
  contact?: Bilingual;
  /** Sources of `handles` (the newest version of a law). */
  sourceIds: readonly string[];
  /** The lenders it is for. */
  binds: Binds;
  /** Its tier: what its sources give, or 'advice' when it rests on none. */
  tier: BindingTier | 'advice';
  /** Suggested for every complaint about a lender it is for. */
  always: boolean;
  /** Which rules make it relevant when it is not `always`. */
  forRules: readonly RuleId[];
}

export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = [
  {
    id: 'platform',
    name: A('放贷机构自己的投诉渠道（先走这一步）', 'The lender’s own complaint channel (start here)'),
    handles: A(
      '在 App、官网或合同上写的客服或投诉入口投诉，说明时间、号码和内容，并记下工单号。打来的是催收公司的，向委托它的放贷机构投诉。这是建议的做法，不是法律规定。',
      'Complain through the customer-service or complaint entry in the app, on the website or in the contract: times, numbers, what was said. Note the ticket number. If a collection agency called, complain to the lender that hired it. This is suggested practice, not a legal requirement.',
    ),
    sourceIds: [],
    binds: 'everyone',
    tier: 'advice',
    always: true,
    forRules: [],
  },
  {
    id: '12378',
    name: A('12378 银行保险消费者投诉维权热线', '12378 banking and insurance consumer hotline'),
    handles: A(
      '据报道，由国家金融监督管理总局设立，受理银行（含信用卡）、消费金融公司等持牌机构的违规催收、乱收费等投诉。',
      'Reportedly set up by the National Financial Regulatory Administration; handles complaints about improper collection and charges by licensed institutions such as banks (including credit cards) and consumer-finance companies.',
    ),
    contact: A('电话 12378', 'Phone 12378'),
    sourceIds: ['channel12378'],
    binds: ['bank-card', 'bank-loan', 'consumer-finance'],
    tier: 'reported',
    always: true,
    forRules: [],
  },
  {
    id: 'local-regulator',
    name: A('当地的地方金融管理部门', 'The local financial regulator'),
    handles: A(
      '小额贷款公司、融资担保公司属于经金融监管部门批准设立的地方金融组织（最高人民法院的批复这样认定）。建议向它所在地的地方金融管理局（各地名称可能不同）投诉，投诉方式请在当地政府的官方网站上查找。',
      'Microlenders and financing-guarantee companies are local financial organisations set up with a financial regulator’s approval (as a Supreme People’s Court reply holds). The suggested channel is the local financial regulatory bureau where the company is based (names differ from place to place); find how to complain on the local government’s official website.',
    ),
    sourceIds: ['privateLendingScope'],
    binds: ['microlender'],
    tier: 'law',
    always: true,
    forRules: [],
  },
  {
    id: 'nifa',
    name: A(
      '中国互联网金融协会（只适用于其会员平台）',
      'National Internet Finance Association (member platforms only)',
    ),
    handles: A(
      '据报道，协会的贷后催收业务指引约束其会员。平台是协会会员的，可以向协会反映违规催收。上岸没有核实协会举报入口的网址：请在协会官方网站上自己查找，不要点别人发来的链接。',
      'Reportedly, the association’s post-loan collection guideline binds its members. If the platform is a member, you can report improper collection to the association. Shore has not verified the address of its reporting channel: find it yourself on the association’s official website, and do not follow links others send you.',
    ),
    sourceIds: ['nifaCollection'],
    binds: ['online-platform'],
    tier: 'self-regulation',
    always: true,
    forRules: [],
  },
  {
    id: '12321',
    name: A('12321 网络不良与垃圾信息举报受理中心', '12321 harmful and spam information reporting centre'),
    handles: A(
      '据报道，受理骚扰电话、垃圾短信和恐吓短信的举报。',
      'Reportedly handles reports of harassing calls and spam or threatening text messages.',
    ),
    contact: A(
      '官网 www.12321.cn；电话 010-12321；微信公众号“12321举报中心”',
      'Website www.12321.cn; phone 010-12321; WeChat account “12321举报中心”',
    ),
    sourceIds: ['channel12321'],
    binds: 'everyone',
    tier: 'reported',
    always: false,
    forRules: [
      'third-party-contact',
      'emergency-contact',
      'disclosure-threat',
      'night-contact',
      'connected-calls-per-day',
      'unanswered-attempts-per-day',
      'threat-insult',
    ],
  },
  {
    id: '110',
    name: A('110 或当地派出所', '110 or the local police station'),
    handles: A(
      '威胁人身安全、公然侮辱、滋扰纠缠跟踪、散布他人隐私，以及非法出售或者获取个人信息，都可以报警。',
      'Threats to your safety, public insults, pestering or following, spreading your private matters, and selling or illegally obtaining personal information can all be reported to the police.',
    ),
    contact: A('电话 110', 'Phone 110'),
    sourceIds: ['psal2025', 'psal2025Art56', 'criminal2531'],
    binds: 'everyone',
    tier: 'law',
    always: false,
    forRules: ['threat-insult', 'third-party-disclosure', 'disclosure-threat', 'impersonation'],
  },
  {
    id: 'court',
    name: A('法院', 'Court'),
    handles: A(
      '有证据证明对方正在或即将侵害你的人格权（例如隐私、名誉）的，可以申请法院责令其停止。',
      'With evidence that someone is infringing, or about to infringe, your personality rights (such as privacy or reputation), you can ask a court to order them to stop.',
    ),
    sourceIds: ['civilCode997'],
    binds: 'everyone',
    tier: 'law',
    always: false,
    forRules: ['threat-insult', 'third-party-disclosure', 'disclosure-threat'],
  },
  {
    id: 'credit-objection',
    name: A('征信异议', 'Credit-report objection'),
    handles: A(
      '认为信用报告里的信息有错或遗漏，可以向征信机构或放贷机构提出异议；对方应作异议标注，并自收到之日起 20 日内核查处理、书面答复。',
      'If your credit report is wrong or incomplete, you can object to the credit bureau or the lender; they must mark the objection and check and answer in writing within 20 days of receiving it.',
    ),
    sourceIds: ['creditRegulation'],
    binds: 'everyone',
    tier: 'regulation',
    always: false,
    forRules: [],
  },
];

/** One plain sentence under the channels when the lender type is unknown. */
export const WHY_CHANNELS_UNKNOWN = S(
  'why.channels-unknown',
  A(
    '你没有选这家放贷机构的类型，所以这里只列出不分机构类型的渠道；据报道，12378 受理的是银行（含信用卡）、消费金融公司等持牌机构的投诉。',
    'You have not said what kind of lender this is, so only channels open whatever the lender are listed here; reportedly, 12378 handles complaints about licensed institutions such as banks (credit cards included) and consumer-finance companies.',
  ),
  'channel12378',
);

/**
 * Where to complain about this lender, the lender's own channel first. With `ruleIds` (the
 * flagged rules), only the channels always suggested for this lender and those those rules make
 * relevant; without, every channel for this lender. Laws are cited in their newest version: a
 * complaint is made now.
 */
export function channelsFor(lender: LenderInput, ruleIds?: readonly RuleId[]): ComplaintChannel[] {
  return COMPLAINT_CHANNELS.filter(
    (channel) =>
      bindsLender(channel.binds, lender) &&
      (ruleIds === undefined || channel.always || channel.forRules.some((id) => ruleIds.includes(id))),
  );
}

/** A channel's declared tier must be what its sources give (a test checks it). */
export function channelSourceTiers(channel: ComplaintChannel): (BindingTier | 'advice')[] {
  if (channel.sourceIds.length === 0) return ['advice'];
  return [
    ...new Set(
      channel.sourceIds.flatMap((id) => {
        const source = getSource(id);
        return source ? [BINDING_TIER[source.tier]] : [];
      }),
    ),
  ];
}

/** One-year LPR, a figure that changes: shown with the date it was last confirmed. */
export interface LprFigure {
  /** Percent as a decimal string, e.g. "3.0". */
  percent: string;
  /** Date the value took effect (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Date the value was last confirmed (YYYY-MM-DD). */
  confirmedOn: string;
  /** 'catalogue': the built-in figure; 'settings': entered by a counsellor. */
  origin: 'catalogue' | 'settings';
}

/**
 * 多源一致 (docs/sources.md, `lpr`): 3.0% from the 2025-05-20 announcement. Later months are reported
 * unchanged in news summaries, but only the 2025-05-20 figure is multi-source, so that is the
 * date given as confirmed.
 */
export const LPR_CATALOGUE: LprFigure = {
  percent: '3.0',
  effectiveFrom: '2025-05-20',
  confirmedOn: '2025-05-20',
  origin: 'catalogue',
};

/** A counsellor's update, kept in settings (SettingsRecord.lprOverride, schema v6). */
export interface LprOverride {
  percent: string;
  confirmedOn: string;
  effectiveFrom?: string;
}

const PERCENT = /^\d{1,2}(\.\d{1,4})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day `YYYY-MM-DD` (2026-02-30 is not one). */
function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when an override is well formed (0 < percent < 100, at most 4 decimals, real dates
 * YYYY-MM-DD). Storage (schema v6 settings) accepts exactly these.
 */
export function isValidLprOverride(override: LprOverride): boolean {
  return (
    PERCENT.test(override.percent) &&
    Number(override.percent) > 0 &&
    isDay(override.confirmedOn) &&
    (override.effectiveFrom === undefined || isDay(override.effectiveFrom))
  );
}

/** The LPR to show: a valid settings override, else the catalogue figure. */
export function resolveLpr(override?: LprOverride): LprFigure {
  if (override && isValidLprOverride(override)) {
    return {
      percent: override.percent,
      effectiveFrom: override.effectiveFrom ?? override.confirmedOn,
      confirmedOn: override.confirmedOn,
      origin: 'settings',
    };
  }
  return LPR_CATALOGUE;
}

/** Four times the LPR as a percent string with up to 4 decimals ("12", "12.4"), exact for decimal input. */
export function fourTimes(percent: string): string {
  const [whole = '0', frac = ''] = percent.split('.');
  const scale = 10 ** frac.length;
  const scaled = (Number(whole) * scale + Number(frac || '0')) * 4;
  const intPart = Math.floor(scaled / scale);
  const fracPart = scaled % scale;
  if (fracPart === 0) return String(intPart);
  return `${intPart}.${String(fracPart).padStart(frac.length, '0').replace(/0+$/, '')}`;
}
