/**
 * The rules a collection-log entry may break, the places to complain, and the LPR figure.
 * Wording follows the verification tag of the weakest source a sentence leans on: multi-source
 * facts are phrased as reported (据报道 / reportedly); nothing is called "illegal" unless a law
 * is cited, and a flag only ever says an entry "may" go against a rule.
 */
import type { Bilingual, Rule, RuleId } from './types';

const A = (zh: string, en: string): Bilingual => ({ zh, en });

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'third-party-contact': {
    id: 'third-party-contact',
    name: A('联系与欠款无关的人', 'Contacting people unrelated to the debt'),
    plain: A(
      '据报道，推荐性国家标准 GB/T 45251—2025 和银行业协会 2026 年指引要求只向债务人本人催收：只有在联系不上本人时，才可以联系联系人，而且只能询问本人的联系方式或请其转告；对方明确拒绝的，不应再联系。据多方转载，信用卡办法第六十八条也规定不得对与债务无关的第三人催收。《民法典》禁止以电话、短信等方式侵扰他人的私人生活安宁（法律另有规定或本人同意的除外）。',
      'Reportedly, the recommended national standard GB/T 45251—2025 and the 2026 China Banking Association guideline say collection is aimed only at the borrower: a contact may be called only when the borrower cannot be reached, and only to ask for the borrower’s contact details or to pass on a message; if the contact refuses, they should not be contacted again. As reported in several copies, Art. 68 of the credit-card Measures also bars collecting from third parties unrelated to the debt. The Civil Code forbids disturbing someone’s private life by calls, texts and the like, unless the law provides otherwise or the person agrees.',
    ),
    sourceIds: ['civilCode1033', 'creditCardMeasures68', 'gbt45251', 'cba2026'],
  },
  'third-party-disclosure': {
    id: 'third-party-disclosure',
    name: A('向他人透露欠款', 'Telling others about the debt'),
    plain: A(
      '据报道，GB/T 45251—2025 要求不应向联系人透露欠款金额、欠款时间等信息，银行业协会 2026 年指引要求严禁透露具体债务信息。法律层面：《民法典》和《个人信息保护法》禁止非法提供或公开他人个人信息；《治安管理处罚法》对散布他人隐私规定了处罚。',
      'Reportedly, GB/T 45251—2025 says contacts should not be told the amount or how long it is overdue, and the 2026 China Banking Association guideline strictly forbids disclosing debt details. In law, the Civil Code and the Personal Information Protection Law forbid unlawfully providing or disclosing someone’s personal information, and the Public Security Administration Punishments Law punishes spreading someone’s private matters.',
    ),
    sourceIds: ['civilCode1038', 'pipl', 'psal2025', 'gbt45251', 'cba2026'],
  },
  'night-contact': {
    id: 'night-contact',
    name: A('夜间催收（22:00—次日 8:00）', 'Collection at night (22:00–08:00)'),
    plain: A(
      '据报道，GB/T 45251—2025、互金协会《互联网金融贷后催收业务指引》和银行业协会 2026 年指引都要求：未经约定（或未经债务人同意），每日 22:00 至次日 8:00 不应进行催收。',
      'Reportedly, GB/T 45251—2025, the NIFA post-loan collection guidelines and the 2026 China Banking Association guideline all say that, unless agreed with the borrower, collection should not take place between 22:00 and 08:00 the next day.',
    ),
    sourceIds: ['gbt45251', 'nifaCollection', 'cba2026'],
  },
  'connected-calls-per-day': {
    id: 'connected-calls-per-day',
    name: A('每天拨通电话超过 3 次', 'More than 3 connected calls in a day'),
    plain: A(
      '据报道，GB/T 45251—2025 和互金协会指引要求：同一机构及其合作催收机构对同一位债务人拨通的催收电话，每天合计不应超过 3 次。这里数的是“拨通”的电话。',
      'Reportedly, GB/T 45251—2025 and the NIFA guidelines say one lender and its collection agencies together should not make more than 3 connected collection calls to one borrower per day. This counts calls that connected.',
    ),
    sourceIds: ['gbt45251', 'nifaCollection'],
  },
  'unanswered-attempts-per-day': {
    id: 'unanswered-attempts-per-day',
    name: A('未接通时当天拨打超过 6 次', 'More than 6 unanswered attempts in a day'),
    plain: A(
      '据报道，银行业协会 2026 年指引（适用于会员单位的信用卡和个人消费贷款）要求：电话未接通时，对同一联系方式当天尝试拨打不宜超过 6 次，另有约定的除外。',
      'Reportedly, the 2026 China Banking Association guideline (for its members’ credit cards and personal consumer loans) says that when calls go unanswered, attempts to the same number should not exceed 6 in a day unless otherwise agreed.',
    ),
    sourceIds: ['cba2026'],
  },
  'threat-insult': {
    id: 'threat-insult',
    name: A('威胁、恐吓、辱骂', 'Threats, intimidation or insults'),
    plain: A(
      '《治安管理处罚法》规定：以写恐吓信或其他方法威胁他人人身安全、公然侮辱他人、多次发送侮辱恐吓等信息或以滋扰纠缠等方法干扰他人正常生活的，可处拘留或罚款。据报道，银行业协会 2026 年指引禁止恐吓、辱骂、威胁等不当手段；据多方转载，信用卡办法第六十八条禁止暴力、胁迫、恐吓或辱骂。',
      'The Public Security Administration Punishments Law punishes, with detention or a fine, threatening someone’s personal safety, publicly insulting someone, and repeatedly sending insulting or threatening messages or pestering someone so as to disturb their normal life. Reportedly, the 2026 China Banking Association guideline forbids intimidation, insults and threats; as reported in several copies, Art. 68 of the credit-card Measures forbids violence, coercion, intimidation or insults.',
    ),
    sourceIds: ['psal2025', 'creditCardMeasures68', 'cba2026'],
  },
  impersonation: {
    id: 'impersonation',
    name: A('冒充公安、法院、律师', 'Pretending to be police, a court or a lawyer'),
    plain: A(
      '据报道，银行业协会 2026 年指引禁止以欺诈、威胁等不当手段催收，也禁止在公众场所张贴催收公告、律师函等文书。冒充公安、法院或律师来施压，可能属于这类手段。对方说要“立案”“上门抓人”时，可以挂断后自己查到官方电话核实。',
      'Reportedly, the 2026 China Banking Association guideline forbids collecting by deception, threats and similar means, and forbids posting collection notices or lawyer’s letters in public places. Posing as police, a court or a lawyer to apply pressure may be such a means. If a caller says a case is being “filed” or someone will “come to arrest” you, you can hang up and check through an official number you look up yourself.',
    ),
    sourceIds: ['cba2026'],
  },
  'guarantor-claim': {
    id: 'guarantor-claim',
    name: A('声称联系人是担保人', 'Claiming a contact is a guarantor'),
    plain: A(
      '被填为紧急联系人，不等于是担保人。据报道，GB/T 45251—2025 规定：向担保人等连带责任人催收，以法律、法规和协议约定为限；对联系人只能询问债务人联系方式或请其转告。',
      'Being listed as an emergency contact is not the same as being a guarantor. Reportedly, GB/T 45251—2025 says collecting from a guarantor is limited to what the law and the signed agreement provide, and a contact may only be asked for the borrower’s contact details or to pass on a message.',
    ),
    sourceIds: ['gbt45251'],
  },
  'personal-account': {
    id: 'personal-account',
    name: A('要求转账到个人账户', 'Asking for payment to a personal account'),
    plain: A(
      '转到催收员个人账户、个人微信或支付宝的钱，事后可能无法证明已经还款。常见做法是只还到借款合同约定的账户或官方 App。据报道，银行业协会 2026 年指引禁止以催收名义收取额外费用。',
      'Money sent to a collector’s personal bank account, WeChat or Alipay may later be impossible to prove as repayment. The usual advice is to pay only into the account named in your contract or through the official app. Reportedly, the 2026 China Banking Association guideline forbids charging extra fees in the name of collection.',
    ),
    sourceIds: ['cba2026'],
  },
  'new-borrowing': {
    id: 'new-borrowing',
    name: A('逼你借新还旧', 'Pressure to borrow new money to repay'),
    plain: A(
      '据报道，银行业协会 2026 年指引禁止诱导或逼迫债务人通过新增借贷或非法渠道筹集资金偿还债务。',
      'Reportedly, the 2026 China Banking Association guideline forbids inducing or forcing a borrower to raise money through new borrowing or illegal channels to repay.',
    ),
    sourceIds: ['cba2026'],
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

/** Where to complain, in the order to try (docs/sources.md lists each channel's source). */
export interface ComplaintChannel {
  id: 'platform' | '12378' | '12321' | '110' | 'credit-objection' | 'court';
  name: Bilingual;
  handles: Bilingual;
  contact?: Bilingual;
  sourceIds: readonly string[];
  /** Suggested for every complaint. */
  always: boolean;
  /** Which rules make this channel relevant when it is not `always`. */
  forRules: readonly RuleId[];
}

export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = [
  {
    id: 'platform',
    name: A('平台自己的投诉渠道（先走这一步）', 'The platform’s own complaint channel (start here)'),
    handles: A(
      '在 App 或官网的客服 / 投诉入口投诉，说明时间、号码、内容，并记下工单号。这是建议的做法，不是法律规定。',
      'Complain through the app’s or website’s customer-service / complaint entry: times, numbers, what was said. Note the ticket number. This is suggested practice, not a legal requirement.',
    ),
    sourceIds: [],
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
    always: false,
    forRules: [
      'third-party-contact',
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
      '威胁人身安全、侮辱诽谤、滋扰跟踪、上门闹事、散布隐私，以及非法出售或获取个人信息。依据《治安管理处罚法》第五十条、第五十六条和《刑法》第二百五十三条之一。',
      'Threats to your safety, insults or defamation, pestering or following, trouble at your door, spreading your private matters, and selling or illegally obtaining personal information. Based on Arts. 50 and 56 of the Public Security Administration Punishments Law and Art. 253-1 of the Criminal Law.',
    ),
    contact: A('电话 110', 'Phone 110'),
    sourceIds: ['psal2025', 'psal2025Art56', 'criminal2531'],
    always: false,
    forRules: ['threat-insult', 'third-party-disclosure', 'impersonation'],
  },
  {
    id: 'credit-objection',
    name: A('征信异议', 'Credit-report objection'),
    handles: A(
      '认为信用报告里的信息有错或遗漏，可以向征信机构或放贷机构提出异议；对方应作异议标注，并自收到之日起 20 日内核查处理、书面答复。',
      'If your credit report is wrong or incomplete, you can object to the credit bureau or the lender; they must mark the objection and check and answer in writing within 20 days of receiving it.',
    ),
    sourceIds: ['creditRegulation'],
    always: false,
    forRules: [],
  },
  {
    id: 'court',
    name: A('法院', 'Court'),
    handles: A(
      '有证据证明对方正在或即将侵害你的人格权（例如隐私、名誉）的，可以申请法院责令其停止。',
      'With evidence that someone is infringing, or about to infringe, your personality rights (such as privacy or reputation), you can ask a court to order them to stop.',
    ),
    sourceIds: ['civilCode997'],
    always: false,
    forRules: ['threat-insult', 'third-party-disclosure'],
  },
];

/** Channels for a complaint about these flagged rules, the platform's own channel first. */
export function channelsFor(ruleIds: readonly RuleId[]): ComplaintChannel[] {
  return COMPLAINT_CHANNELS.filter((channel) => channel.always || channel.forRules.some((id) => ruleIds.includes(id)));
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
