/**
 * The rules in plain words (both languages), each statement with a stable id (its row in
 * docs/sources.md) and its sources, and the crisis note. Only facts the reference verified against
 * the full text are stated plainly; facts several independent sources agree on are stated as
 * reported (据报道 / reportedly), naming the source. Advice that is not a rule says so.
 */
import { fourTimes, type LprFigure } from './catalogue';
import type { Bilingual, Statement } from './types';

const S = (id: string, zh: string, en: string, ...sourceIds: string[]): Statement => ({
  id,
  text: { zh, en },
  sourceIds,
});

export type ReferenceSectionId =
  | 'collectors'
  | 'who-is-bound'
  | 'who-may-be-contacted'
  | 'for-contacts'
  | 'recording-evidence'
  | 'credit-record'
  | 'instalments'
  | 'lpr-cap'
  | 'bankruptcy'
  | 'never-do';

export interface ReferenceSection {
  id: ReferenceSectionId;
  title: Bilingual;
  statements: readonly Statement[];
}

export const REFERENCE: readonly ReferenceSection[] = [
  {
    id: 'collectors',
    title: { zh: '催收方可以做什么、不可以做什么', en: 'What collectors may and may not do' },
    statements: [
      S(
        'ref.collectors.scope',
        '据报道，国家标准和行业指引规范的是“怎样催收”：催收方可以联系你本人提醒还款，但要遵守下面这些限制。',
        'Reportedly, the national standard and industry guidelines regulate how collection is done: collectors may contact you to remind you to repay, within the limits below.',
        'gbt45251',
        'cba2026',
      ),
      S(
        'ref.collectors.privacy',
        '除法律另有规定或你明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰你的私人生活安宁。',
        'Unless the law provides otherwise or you clearly agree, no organisation or individual may disturb your private life by calls, texts, instant messages and the like.',
        'civilCode1033',
      ),
      S(
        'ref.collectors.public-security',
        '威胁人身安全、公然侮辱、多次发送侮辱恐吓信息、滋扰纠缠跟踪、散布他人隐私，可处拘留或罚款；对滋扰纠缠跟踪的，公安机关还可以责令其一定期限内禁止接触被侵害人。',
        'Threatening someone’s safety, public insults, repeated insulting or threatening messages, pestering or following, and spreading someone’s private matters can be punished with detention or a fine; for pestering or following, the police can also order the person to stay away from the victim for a period.',
        'psal2025',
      ),
      S(
        'ref.collectors.night',
        '据报道，推荐性国家标准 GB/T 45251—2025、中国互联网金融协会的贷后催收业务指引和中国银行业协会 2026 年的催收工作指引都要求：未经约定，每日 22:00 至次日 8:00 不应催收。每一份只约束它所适用的机构（见下一节）。',
        'Reportedly, the recommended national standard GB/T 45251—2025, the National Internet Finance Association’s post-loan collection guideline and the China Banking Association’s 2026 collection guideline all say: unless agreed, no collection between 22:00 and 08:00. Each binds only the lenders it covers (see the next section).',
        'gbt45251',
        'nifaCollection',
        'cba2026',
      ),
      S(
        'ref.collectors.connected-calls',
        '据报道，GB/T 45251—2025 和中国互联网金融协会的贷后催收业务指引要求：用电话进行告知式催收时，同一机构及其合作催收机构每天拨通同一位债务人的电话合计不应超过 3 次。这条针对网络消费贷款，数的是“拨通”的电话。',
        'Reportedly, GB/T 45251—2025 and the National Internet Finance Association’s post-loan collection guideline say: for collection reminders by phone, one lender and its collection agencies together should not make more than 3 connected calls to one borrower a day. This is about online consumer loans, and it counts calls that connected.',
        'gbt45251',
        'nifaCollection',
      ),
      S(
        'ref.collectors.unanswered-calls',
        '据报道，中国银行业协会 2026 年的催收工作指引（约束其会员单位的信用卡和个人消费贷款）要求：电话未接通时，对同一联系方式当天尝试拨打不宜超过 6 次，另有约定的除外。',
        'Reportedly, the China Banking Association’s 2026 collection guideline (for its members’ credit cards and personal consumer loans) says: when calls go unanswered, attempts to the same number should not exceed 6 in a day, unless otherwise agreed.',
        'cba2026',
      ),
      S(
        'ref.collectors.cba-forbids',
        '据报道，中国银行业协会 2026 年的催收工作指引还禁止其会员：在公众场所张贴催收公告或律师函；以催收名义另收费用；诱导或逼迫你借新还旧；恐吓、辱骂、欺诈、威胁。',
        'Reportedly, the China Banking Association’s 2026 collection guideline also forbids its members: posting collection notices or lawyer’s letters in public; charging extra fees in the name of collection; pushing you to borrow new money to repay; intimidation, insults, deception and threats.',
        'cba2026',
      ),
      S(
        'ref.collectors.card',
        '据多方转载，《商业银行信用卡业务监督管理办法》第六十八条规定，发卡银行不得采用暴力、胁迫、恐吓或辱骂等不当催收行为。',
        'As reported in several copies, Art. 68 of the credit-card Measures forbids card-issuing banks to collect by violence, coercion, intimidation or insults.',
        'creditCardMeasures68',
      ),
    ],
  },
  {
    id: 'who-is-bound',
    title: { zh: '哪些规定约束哪类放贷机构', en: 'Which rules bind which lenders' },
    statements: [
      S(
        'ref.bound.law',
        '法律约束所有人：《民法典》保护隐私的条文写的是“任何组织或者个人”都不得侵扰、泄露、公开他人的隐私。银行、网贷平台、催收公司和没有放贷资质的放贷人都一样。',
        'Laws bind everyone: the Civil Code’s privacy articles say “no organisation or individual” may intrude on, leak or disclose someone’s privacy. Banks, online platforms, collection agencies and unlicensed lenders alike.',
        'civilCode1033',
      ),
      S(
        'ref.bound.card-measures',
        '据多方转载，《商业银行信用卡业务监督管理办法》是部门规章，约束发卡银行的信用卡业务。',
        'As reported in several copies, the credit-card Measures are a departmental rule binding card-issuing banks’ credit-card business.',
        'creditCardMeasures68',
      ),
      S(
        'ref.bound.gbt',
        '据报道，推荐性国家标准 GB/T 45251—2025 适用于商业银行、消费金融公司、小额贷款公司、汽车金融公司等自行或委托第三方开展的个人网络消费贷款催收，并要求金融机构和第三方催收机构只向债务人催收。它是推荐性标准，不是强制性的。',
        'Reportedly, the recommended national standard GB/T 45251—2025 covers collection of personal online consumer loans by commercial banks, consumer finance companies, microlenders, auto-finance companies and the like, done by themselves or by third parties they engage, and asks both lenders and third-party collection agencies to collect only from the borrower. It is recommended, not mandatory.',
        'gbt45251',
      ),
      S(
        'ref.bound.nifa',
        '据报道，中国互联网金融协会的《互联网金融贷后催收业务指引》约束协会会员，适用于商业银行、消费金融公司、小额贷款公司、汽车金融公司，以及受让债权的资产管理公司、融资担保公司等；信用卡等个人非网络消费信贷只是“可参照”。',
        'Reportedly, the National Internet Finance Association’s post-loan collection guideline binds the association’s members and covers commercial banks, consumer finance companies, microlenders, auto-finance companies, and asset-management or financing-guarantee companies that take over loans; credit cards and other non-online consumer credit “may refer to” it.',
        'nifaCollection',
      ),
      S(
        'ref.bound.cba',
        '据报道，中国银行业协会 2026 年的催收工作指引约束协会会员单位发放的信用卡和个人消费贷款。',
        'Reportedly, the China Banking Association’s 2026 collection guideline binds credit cards and personal consumer loans issued by the association’s members.',
        'cba2026',
      ),
      S(
        'ref.bound.tiers',
        '据报道，GB/T 45251—2025 是推荐性国家标准，行业指引只约束会员。违反它们本身不等于违法，但可以作为投诉的依据。',
        'GB/T 45251—2025 is reportedly a recommended (not mandatory) national standard, and industry guidelines bind members only. Breaking them is not by itself illegal, but it is a basis for a complaint.',
        'gbt45251',
        'cba2026',
      ),
      S(
        'ref.bound.find-lender',
        '不知道借款是哪类机构放的？可以看借款合同或 App 里的借款协议上写的“出借人”或“贷款人”。不知道时，上岸只引用对所有放贷人都有约束力的法律。',
        'Not sure what kind of lender it is? Look for the lender (出借人 or 贷款人) named in the loan contract or the loan agreement in the app. Until you know, Shore cites only the laws that bind every lender.',
      ),
    ],
  },
  {
    id: 'who-may-be-contacted',
    title: { zh: '谁可以被联系', en: 'Who may be contacted' },
    statements: [
      S(
        'ref.contacted.borrower-only',
        '据报道，GB/T 45251—2025 要求只向债务人本人催收，不应向联系人催收。只有在联系不上你本人等情形下，才可以联系联系人，而且只能问你的联系方式或请其转告。',
        'Reportedly, GB/T 45251—2025 says collection is aimed only at the borrower, not at contacts. Only when you cannot be reached may a contact be called, and only to ask how to reach you or to pass on a message.',
        'gbt45251',
      ),
      S(
        'ref.contacted.emergency-contact',
        '你填的紧急联系人：据报道，国家标准和银行业协会指引允许在联系不上你本人时联系他们，但只能问你的联系方式或请其转告，不应透露欠款信息，也不应向他们催收。',
        'Your emergency contact: reportedly, the national standard and the Banking Association guideline allow a collector to contact them when you cannot be reached, but only to ask how to reach you or to pass on a message; they should not be told about the debt or asked to pay.',
        'gbt45251',
        'cba2026',
      ),
      S(
        'ref.contacted.refusal',
        '据报道，联系人明确拒绝或要求不再联系的，不应再联系（国家标准和银行业协会指引都这样要求）。',
        'Reportedly, once a contact clearly refuses or asks not to be contacted again, they should not be contacted again (both the national standard and the Banking Association guideline say so).',
        'gbt45251',
        'cba2026',
      ),
      S(
        'ref.contacted.card',
        '据多方转载，信用卡：发卡银行应当向债务人本人及其担保人催收，不得对与债务无关的第三人催收。',
        'As reported in several copies, for credit cards the bank collects from the debtor and any guarantor, and must not collect from third parties unrelated to the debt.',
        'creditCardMeasures68',
      ),
      S(
        'ref.contacted.phone-number',
        '你的电话号码属于受法律保护的个人信息；信息处理者不得泄露，未经同意不得向他人非法提供。',
        'Your phone number is personal information protected by law; those who hold it must not leak it or unlawfully give it to others without consent.',
        'civilCode1038',
        'pipl',
      ),
      S(
        'ref.contacted.disclosure-threat',
        '“爆通讯录”——威胁把你的欠款告诉通讯录里的人——涉及你的隐私和个人信息：《个人信息保护法》要求处理个人信息应当与处理目的直接相关，采取对个人权益影响最小的方式，并且不得非法提供或者公开他人个人信息。',
        '“Blowing up your contacts” — threatening to tell the people in your phone about your debt — concerns your privacy and personal information: the Personal Information Protection Law requires processing to be directly related to its purpose with the least impact on you, and forbids unlawfully providing or disclosing anyone’s personal information.',
        'pipl',
      ),
    ],
  },
  {
    id: 'for-contacts',
    title: { zh: '给你的联系人：他们需要知道的', en: 'For your contacts: what they need to know' },
    statements: [
      S(
        'ref.for-contacts.not-guarantor',
        '被填为紧急联系人，不等于是担保人。据报道，国家标准规定，向担保人催收以法律、法规和协议约定为限；对联系人只能询问债务人联系方式或请其转告。',
        'Being listed as an emergency contact is not being a guarantor. Reportedly, the national standard limits collecting from guarantors to what the law and the signed agreement provide; contacts may only be asked how to reach the borrower or to pass on a message.',
        'gbt45251',
      ),
      S(
        'ref.for-contacts.no-disclosure',
        '据报道，催收方不应向联系人透露欠款金额、欠款时间等信息。',
        'Reportedly, collectors should not tell contacts the amount owed or how long it is overdue.',
        'gbt45251',
        'cba2026',
      ),
      S(
        'ref.for-contacts.say-stop',
        '联系人可以明确说“请不要再联系我”。据报道，此后不应再被联系。',
        'A contact can say clearly “please do not contact me again”. Reportedly, they should not be contacted after that.',
        'gbt45251',
        'cba2026',
      ),
    ],
  },
  {
    id: 'recording-evidence',
    title: { zh: '如何合法录音、保存证据', en: 'Recording calls legally and keeping evidence' },
    statements: [
      S(
        'ref.evidence.own-recording',
        '据报道，你作为通话一方自己录下的与催收员的通话，一般可以作为证据；只有以严重侵害他人合法权益、违反法律禁止性规定或严重违背公序良俗的方法取得的证据才会被排除。',
        'Reportedly, a recording you make of your own call with a collector can generally be used as evidence; only evidence obtained by seriously infringing others’ rights, breaking a legal prohibition or gravely offending public order and good morals is excluded.',
        'civilProcedure106',
      ),
      S(
        'ref.evidence.no-eavesdropping',
        '不要偷录你自己不在场的他人谈话：窃听可处拘留或罚款。',
        'Do not secretly record conversations you are not part of: eavesdropping can be punished with detention or a fine.',
        'psal2025',
      ),
      S(
        'ref.evidence.originals',
        '短信、即时通信记录、通话记录、音频视频都是电子数据。证据应当提供原始载体或原件，所以请保留原手机和原文件，不要只留剪辑片段；有疑点的电子数据不能单独作为认定事实的根据。',
        'Texts, chat messages, call logs and audio or video are electronic data. Evidence should be the original carrier or original file, so keep the original phone and files, not only clips; doubtful electronic data cannot alone establish a fact.',
        'evidenceRules',
      ),
      S(
        'ref.evidence.bank-records',
        '据多方转载，信用卡办法第六十八条要求发卡银行对催收过程留存记录，记录材料至少保存 2 年备查。',
        'As reported in several copies, Art. 68 of the credit-card Measures requires the issuing bank to keep a record of its collection, and to keep those records for at least 2 years.',
        'creditCardMeasures68',
      ),
    ],
  },
  {
    id: 'credit-record',
    title: { zh: '征信记录是什么、保留多久', en: 'What the credit record means and how long it lasts' },
    statements: [
      S(
        'ref.credit.notice',
        '放贷机构向征信机构报送你的不良信息前，应当事先告知你本人。',
        'Before a lender reports negative information about you to a credit bureau, it must tell you.',
        'creditRegulation',
      ),
      S(
        'ref.credit.five-years',
        '不良信息自不良行为或事件终止之日起保存 5 年，超过 5 年应当删除；期间你可以对不良信息作出说明，征信机构应当记载。',
        'Negative information is kept for 5 years from the day the negative event ended, then must be deleted; meanwhile you can add a statement, which the bureau must record.',
        'creditRegulation',
      ),
      S(
        'ref.credit.free-report',
        '你每年可以免费获取本人信用报告两次。',
        'You can get your own credit report free twice a year.',
        'creditRegulation',
      ),
      S(
        'ref.credit.objection',
        '认为信息有错或遗漏，可以提出异议；对方应作异议标注，并自收到之日起 20 日内核查处理、书面答复。',
        'If information is wrong or missing you can object; it must be marked and checked, with a written answer within 20 days.',
        'creditRegulation',
      ),
      S(
        'ref.credit.repair-policy',
        '据报道，人民银行 2025-12-22 发布的一次性信用修复政策免申请、不收费、不需要第三方代理，其还款期限已于 2026-03-31 结束。收费“洗白征信”“修复征信”的说法不可信。',
        'Reportedly, the PBoC one-off credit-repair policy of 2025-12-22 needed no application, no fee and no agent; its repayment deadline ended on 2026-03-31. Paid offers to “clean” or “repair” your credit record cannot be trusted.',
        'creditRepair2025',
      ),
    ],
  },
  {
    id: 'instalments',
    title: {
      zh: '停息挂账、个性化分期：是请求，不是权利',
      en: '停息挂账 and personalised instalments: a request, not a right',
    },
    statements: [
      S(
        'ref.instalments.not-a-right',
        '“停息挂账”是民间说法，不是法定名称。据多方转载，相关信用卡规定写的是银行“可以”协商，所以它不是法定权利。',
        '“停息挂账” (stop interest, park the debt) is a popular term, not a legal name. As reported in several copies, the credit-card rule says a bank “may” negotiate, so it is not a legal right.',
        'creditCardMeasures70',
      ),
      S(
        'ref.instalments.card-plan',
        '据多方转载，信用卡：在特殊情况下，欠款超出还款能力、且你仍有还款意愿的，银行“可以”与你协商个性化分期还款协议，最长不超过 5 年（60 期）。是“可以”，不是“应当”。',
        'As reported in several copies, for credit cards: in special circumstances, where the debt exceeds your ability to pay and you still intend to repay, the bank “may” agree a personalised instalment plan of up to 5 years (60 months). “May”, not “must”.',
        'creditCardMeasures70',
      ),
      S(
        'ref.instalments.agreement-terms',
        '据多方转载，协议要写明还款期间是否继续收年费、利息和其他费用，所以“停息”不是必然结果；协议期间你要承诺不向任何银行申领信用卡；签约后银行应停止催收，你不履行协议的除外；口头协议银行必须留存录音。',
        'As reported in several copies, the agreement states whether fees and interest continue, so “stopping interest” is not automatic; you promise not to apply for any bank’s credit card until it is paid; once signed, the bank stops collection unless you do not keep to it; for an oral agreement the bank must keep a recording.',
        'creditCardMeasures70',
      ),
      S(
        'ref.instalments.online-loans',
        '上岸引用的规定里，网贷没有与此对等的条款。展期（延长还款期限）需要贷款人同意。',
        'Among the rules Shore cites, online loans have no equivalent. An extension of the term requires the lender’s consent.',
        'civilCode678',
      ),
      S(
        'ref.instalments.record-stays',
        '协议不会删除已经发生的逾期记录（逾期记录按征信条例保存 5 年）。',
        'An agreement does not remove late-payment records already made (they are kept 5 years under the credit regulation).',
        'creditRegulation',
      ),
    ],
  },
  {
    id: 'lpr-cap',
    title: { zh: '“4 倍 LPR”上限管什么、不管什么', en: 'What the 4× LPR cap does and does not cover' },
    statements: [
      S(
        'ref.lpr.private-lending',
        '民间借贷：约定利率超过合同成立时一年期 LPR 四倍的部分，法院不予支持；逾期利息、违约金和其他费用合计超过四倍的部分也不予支持。',
        'Private lending: interest above four times the one-year LPR at the time the contract was made is not upheld by courts; nor is the part of late interest, penalties and other charges together above four times.',
        'privateLending',
      ),
      S(
        'ref.lpr.licensed-excluded',
        '这条规定不适用于银行、消费金融公司等经金融监管部门批准设立的金融机构，也不适用于小额贷款公司、融资担保公司、典当行等七类地方金融组织。你的网贷可能就是这样的机构放的款：请看借款合同上写的出借人。',
        'It does not apply to licensed financial institutions such as banks and consumer-finance companies, nor to seven kinds of local financial organisations including micro-lenders, financing guarantors and pawnshops. Your online loan may come from such a lender: check the lender named in the contract.',
        'privateLending',
        'privateLendingScope',
      ),
      S(
        'ref.lpr.court-reduction',
        '对持牌机构，可以向法院请求减少过高的违约金；信用卡透支利息、复利、违约金、分期手续费等总额过高的，持卡人可以请求法院适当减少。这是向法院请求的权利，机构在协商中没有义务同意。',
        'For licensed lenders, you can ask a court to reduce an excessive penalty; for credit cards, if the total of interest, compound interest, penalties and instalment fees is too high, the cardholder can ask the court to reduce it. This is a request to a court; a lender need not agree in negotiation.',
        'civilCode585',
        'bankCardCases',
      ),
    ],
  },
  {
    id: 'bankruptcy',
    title: { zh: '个人破产：深圳和厦门', en: 'Personal bankruptcy: Shenzhen and Xiamen' },
    statements: [
      S(
        'ref.bankruptcy.shenzhen',
        '据报道，《深圳经济特区个人破产条例》2021-03-01 施行，是中国大陆第一部个人破产法规；适用于在深圳居住、且参加深圳社会保险连续满三年的人。',
        'Reportedly, the Shenzhen regulation took effect on 2021-03-01 as mainland China’s first personal bankruptcy rules; it applies to people living in Shenzhen with three consecutive years of Shenzhen social insurance.',
        'shenzhenBankruptcy',
      ),
      S(
        'ref.bankruptcy.shenzhen-procedures',
        '据报道，深圳程序有破产清算、重整、和解三种；清算后经过 3 年考察期、遵守行为限制且没有破产欺诈的，可以免除未清偿的债务；程序期间须遵守消费和行为限制。',
        'Reportedly, Shenzhen offers liquidation, reorganisation and settlement; after liquidation and a 3-year observation period, complying with restrictions and with no bankruptcy fraud, remaining debts can be discharged; consumption and behaviour restrictions apply during the process.',
        'shenzhenBankruptcy',
      ),
      S(
        'ref.bankruptcy.xiamen',
        '据报道，《厦门经济特区个人破产保护条例》2025-11-01 施行；申请人须在厦门居住或从事生产经营活动连续满五年。',
        'Reportedly, the Xiamen regulation took effect on 2025-11-01; applicants must have lived or run a business in Xiamen for five consecutive years.',
        'xiamenBankruptcy',
      ),
      S(
        'ref.bankruptcy.local-only',
        '据报道，这两部都是地方法规，只在当地、只对符合条件的人适用。',
        'Reportedly, both are local regulations: they apply only there, and only to people who meet their conditions.',
        'shenzhenBankruptcy',
        'xiamenBankruptcy',
      ),
    ],
  },
  {
    id: 'never-do',
    title: { zh: '千万不要做的事', en: 'Things never to do' },
    statements: [
      S(
        'ref.never.personal-account',
        '不要转钱到催收员个人账户、个人微信或支付宝：事后可能无法证明已经还款。常见做法是只还到合同约定的账户或官方 App。据报道，中国银行业协会的催收工作指引禁止其会员以催收名义另收费用。',
        'Do not send money to a collector’s personal account, WeChat or Alipay: you may not be able to prove you paid. The usual advice is to pay only into the contract account or the official app. Reportedly, the China Banking Association’s collection guideline forbids its members to charge extra fees in the name of collection.',
        'cba2026',
      ),
      S(
        'ref.never.new-borrowing',
        '不要借新还旧、以贷养贷：这会让债务变多。据报道，中国银行业协会的催收工作指引禁止其会员诱导或逼迫你这样做。',
        'Do not borrow new money to repay old debts: it makes the debt bigger. Reportedly, the China Banking Association’s collection guideline forbids its members to push you to do so.',
        'cba2026',
      ),
      S(
        'ref.never.agents',
        '不要把身份证、银行卡、密码、验证码交给收费的“代理协商”“反催收”“征信修复”中介。据报道，金融监管部门多次提示：这类中介收高额费用、泄露个人信息，甚至冒用身份办卡借款。',
        'Do not give your ID, bank card, passwords or verification codes to paid “negotiation agents”, “anti-collection” or “credit repair” services. Reportedly, regulators have repeatedly warned that they charge high fees, leak personal data and even use your identity to borrow.',
        'nfraAgentWarnings',
      ),
      S(
        'ref.never.disappear',
        '不要失联、换号或拒接所有电话。对信用卡，透支后逃匿、改变联系方式逃避催收，是推定“非法占有目的”的情形之一。保持联系，才谈得成。',
        'Do not disappear, change your number or refuse every call. For credit cards, fleeing or changing contact details to avoid collection after overdrawing is one of the situations from which unlawful intent is presumed. Staying reachable is also how agreements get made.',
        'creditCardCrime',
      ),
    ],
  },
];

/**
 * The rule behind the debts screen's credit-record date (issue 17): 征信业管理条例 第十六条, as the
 * reference quotes it (原文已核). The screen adds, per overdue platform, the day the plan clears it
 * and that day five years on (ui/model/creditRecord.ts), worded as this rule, not as a promise.
 */
export const CREDIT_RECORD_ENDS: Statement = S(
  'plan.credit.record-ends',
  '按《征信业管理条例》第十六条，征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。',
  'Under Article 16 of the Regulation on the Administration of the Credit Reporting Industry, a credit bureau keeps adverse personal information for 5 years from the day the adverse act or event ends; after 5 years it must be deleted.',
  'creditRegulation',
);

/** The LPR statement, with the figure (catalogue or counsellor's override) and its dates. */
export function lprStatement(lpr: LprFigure): Statement {
  const cap = fourTimes(lpr.percent);
  if (lpr.origin === 'settings') {
    return S(
      'ref.lpr.figure-settings',
      `一年期 LPR：${lpr.percent}%（自 ${lpr.effectiveFrom} 起；${lpr.confirmedOn} 在设置中更新确认），四倍为 ${cap}%。上限按合同成立时的 LPR 计算。`,
      `One-year LPR: ${lpr.percent}% (from ${lpr.effectiveFrom}; confirmed in settings on ${lpr.confirmedOn}); four times is ${cap}%. The cap uses the LPR at the time the contract was made.`,
      // The figure is the counsellor's own; only the four-times rule is Shore's claim.
      'privateLending',
    );
  }
  return S(
    'ref.lpr.figure',
    `据报道，一年期 LPR 自 ${lpr.effectiveFrom} 起为 ${lpr.percent}%，四倍为 ${cap}%（最后确认：${lpr.confirmedOn}，之后可能已变化，请以人民银行公告为准，可在设置中更新）。上限按合同成立时的 LPR 计算。`,
    `Reportedly, the one-year LPR has been ${lpr.percent}% since ${lpr.effectiveFrom}; four times is ${cap}% (last confirmed ${lpr.confirmedOn}; it may have changed since — check the PBoC announcement, and update it in settings). The cap uses the LPR at the time the contract was made.`,
    'lpr',
    'privateLending',
  );
}

/**
 * The crisis note: short, calm, reachable from every screen (the lock screen and Quick hide's
 * neutral screen included). Numbers: 12356 (the national mental-health line, reported), 120 and
 * 110 for danger to life, 110 for threats.
 */
export const CRISIS_NOTE: {
  title: Bilingual;
  lines: readonly Statement[];
} = {
  title: { zh: '如果你现在很难受', en: 'If things feel too much right now' },
  lines: [
    S(
      'crisis.not-alone',
      '你不是一个人。这件事可以一步一步来处理。',
      'You are not alone. This can be dealt with one step at a time.',
    ),
    S(
      'crisis.line-12356',
      '想找人说说，或者有伤害自己的念头，可以打全国心理援助热线 12356。据报道，各地的心理援助热线已陆续接入这个号码。',
      'If you want someone to talk to, or you are thinking of harming yourself, call the national mental-health helpline 12356. Reportedly, local helplines have been connecting to this number one after another.',
      'channel12356',
    ),
    S('crisis.danger-to-life', '有生命危险，请马上拨打 120 或 110。', 'If a life is in danger, call 120 or 110 now.'),
    S(
      'crisis.threats',
      '如果有人威胁你的人身安全，请拨打 110。',
      'If someone threatens your safety, call 110.',
      'psal2025',
    ),
    S(
      'crisis.not-a-crime',
      '还不上钱本身不是犯罪：就连信用卡，司法解释也写明不能仅凭没有按时还款就认定“非法占有目的”。保持联系、不换号码，很重要。',
      'Being unable to repay is not, by itself, a crime: even for credit cards, the judicial interpretation says unlawful intent cannot be found merely because payments were missed. Staying reachable, on the same number, matters.',
      'creditCardCrime',
    ),
    S(
      'crisis.tell-someone',
      '也请现在就告诉一个你信任的人：家人、朋友，或身边任何可以陪着你的人。',
      'Please also tell someone you trust right now: family, a friend, or anyone who can be with you.',
    ),
  ],
};
