/**
 * 中文话术模板。键与占位符必须与 en.ts 完全一致（有测试检查）。
 * 只使用 cn-rules.md 中标为【原文已核】或【多源一致】的内容；后者一律写成“据报道”，并写明出处。
 * 语气：平静、尊重、直白、讲事实；不卑微，不指责。
 */
import type { Templates } from './en';

export const zhCN: Templates = {
  // ---- 标题 ----
  'title.proposal': '致{{platformName}}：协商还款方案',
  'title.instalment-request': '致{{platformName}}：个性化分期（停息挂账）申请',
  'title.settlement-offer': '致{{platformName}}：一次性结清申请',
  'title.stop-third-party-contact': '致{{platformName}}：请停止联系第三人',
  'title.contacts-warning': '给家人和联系人的说明（{{platformName}}）',
  'title.guarantor-reply': '回复{{platformName}}：我不是担保人',
  'title.complaint.platform': '致{{platformName}}：关于催收行为的投诉',
  'title.complaint.regulator': '关于{{platformName}}催收行为的投诉',
  'title.follow-up.no-reply': '致{{platformName}}：协商跟进（尚未答复）',
  'title.follow-up.refused': '致{{platformName}}：协商跟进（方案被拒后）',
  'title.follow-up.broken-promise': '致{{platformName}}：关于一次未按约还款',
  'title.follow-up.keep-current-terms': '致{{platformName}}：申请继续按现有方案还款',
  'title.channel.phone': '{{title}}（电话要点）',
  'title.channel.message': '{{title}}（App 内留言）',
  'title.channel.letter': '{{title}}（书面）',

  'letter.heading.proposal': '协商还款申请书',
  'letter.heading.instalment-request': '个性化分期（停息挂账）还款申请书',
  'letter.heading.settlement-offer': '一次性结清申请书',
  'letter.heading.stop-third-party-contact': '关于停止联系第三人的函',
  'letter.heading.contacts-warning': '致家人和朋友的说明',
  'letter.heading.guarantor-reply': '关于本人并非担保人的回复函',
  'letter.heading.complaint': '投诉书',
  'letter.heading.follow-up': '协商还款跟进函',
  'letter.to': '致：{{platformName}}',
  'letter.toFamily': '亲爱的家人和朋友：',
  'letter.toRegulator': '致：金融监管部门（投诉对象：{{platformName}}）',
  'letter.signoff': '此致\n\n申请人：{{signer}}\n日期：____年__月__日',
  'letter.signoffFamily': '谢谢你们。\n{{signer}}',
  'signer.anon': '（姓名）',

  // ---- 电话 ----
  'phone.intro': '与{{platformName}}通话的要点。用自己的话说就行，不必照念。',
  'phone.introFamily': '告诉家人和朋友时的要点。用自己的话说就行。',
  'phone.introContact': '{{platformName}}因别人的借款打电话给你时，可以这样说。',
  'phone.introRegulator': '投诉电话要点（打{{platformName}}官方投诉渠道，或 12378）。',
  'phone.verify': '先请对方报姓名或工号、所属公司。有疑问就挂断，拨打{{platformName}}官方 App 或合同上的客服电话核实。',
  'phone.repliesHeading': '如果对方说……',
  'phone.close':
    '挂电话前：请对方把谈好的内容通过官方渠道（App 站内信、官方短信或邮件）书面发给我。记下日期、时间、工号和谈话内容。',
  'reply.payAll':
    '“今天必须全部还清。”→“我做不到。我能还多少、什么时候还，刚才的方案里都说了。请把欠款明细和你们的答复书面发给我。”',
  'reply.contacts':
    '“不还就打给你家人和通讯录。”→“请不要这样做。我是借款人本人，这个号码一直能联系到我；我的家人和联系人不是担保人。据报道，国家标准 GB/T 45251—2025 要求不应向联系人催收。这次通话我有记录。”',
  'reply.personalAccount':
    '“转到这个账户／微信／支付宝。”→“我只向合同约定的官方还款账户或通过官方 App 还款。请通过 App 发给我还款信息。”',
  'reply.noWaiver': '“什么都不能减免。”→“那请把欠款明细和这个答复书面发给我。在此期间我继续按计划还款。”',
  'reply.whyOthers':
    '“为什么先还别的平台？”→“所有平台按同一条规则排队，每个平台都知道自己什么时候轮到。我不会在计划之外多付给任何一家。”',
  'reply.legal':
    '“我们要走法律程序。”→“我愿意还款，也提出了方案。如果你们起诉，我会通过正规途径应对。请把正式通知书面发给我。”',
  'reply.newLoan':
    '“去别的 App 借钱先还我们。”→“我不会借新还旧。据报道，中国银行业协会 2026 年的催收工作指引禁止诱导或逼迫借款人这样做。”',
  'reply.family.whatToSay':
    '“他们打给我怎么说？”→“就说：我不是担保人，请直接联系借款人本人，不要再打给我。然后可以挂断。”',
  'reply.family.pay': '“要不要我替你还？”→“不用，请不要替我还。我自己在处理。不要给任何打电话来的人转钱。”',
  'reply.contact.guarantor':
    '“你是担保人，你得还。”→“我从没签过担保。请通过官方渠道把我本人签字的担保文件发给我。在那之前我不会付钱。”',
  'reply.contact.where': '“告诉我们借款人在哪。”→“请直接联系借款人本人。我不会提供他的信息。”',
  'reply.contact.keepCalling': '“不还我们就一直打。”→“我已经明确请你们不要再联系我。这些电话我都有记录。”',
  'reply.complaint.passOn': '“我们会转给相关部门。”→“请给我工单号，并告诉我什么时候能收到书面答复。”',

  // ---- 身份、还款意愿、困难 ----
  'ident.named': '我是{{name}}，在{{platformName}}有借款{{contractClause}}。',
  'ident.anon': '我是{{platformName}}的借款人{{contractClause}}。',
  'ident.contract': '（合同编号：{{contract}}）',
  'willing.cooperative': '我愿意还清欠款，希望和贵平台协商一个可行的还法。我不换号码，随时可以联系到我。',
  'willing.firm': '我会还清欠款，不逃避。我不换号码，随时可以联系到我。',
  'willing.short': '我愿意还款，不换号、不失联。',
  'hardship.reasons': '我的情况：{{reasons}}。',
  'hardship.default': '我目前的收入不足以同时按合同偿还所有借款。',
  'hardship.details': '{{details}}',
  'hardship.budget': '扣除必要生活开支后，我每月能用于还所有欠款的钱是 {{budget}}，共欠 {{count}} 个平台。',
  'hardship.join': '；',
  'reason.job-loss': '失业',
  'reason.income-drop': '收入下降',
  'reason.illness': '本人或家人患病',
  'reason.family': '家庭情况变化',
  'reason.business': '经营亏损',
  'reason.debt-load': '多个平台的月还款超过了收入',
  'owed.now': '按我的记录，截至 {{asOf}}，我在贵平台欠款约 {{owed}}，其中本金 {{principal}}。请核对确切数额。',

  // ---- 计划时间表 ----
  place: '第 {{place}} 位（共 {{count}} 个平台）',
  'timeline.focusNow':
    '在我的还款计划里，贵平台排在{{placeText}}。从 {{focusStart}} 起，每月在支付其他平台约定的小额还款后，剩下的钱全部还给贵平台：当月 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timeline.waiting':
    '在我的还款计划里，贵平台排在{{placeText}}。轮到贵平台之前，我每月向贵平台还 {{meanwhile}}。从 {{focusStart}} 起轮到贵平台：当月还 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timeline.waitingNoToken':
    '在我的还款计划里，贵平台排在{{placeText}}。轮到贵平台之前，我暂时无法每月向贵平台付款，因为所有能用的钱都集中还一个平台。从 {{focusStart}} 起轮到贵平台：当月还 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timeline.then': '，此后每月 {{amount}}',
  'timeline.instalmentOnly':
    '在我的还款计划里，贵平台排在{{placeText}}。贵平台每月收到约定的分期 {{meanwhile}}，预计 {{payoff}} 全部还清。',
  'timeline.cleared': '按我的记录，截至 {{asOf}}，我在贵平台已无欠款。请书面确认已结清，并出具结清证明。',
  'timeline.infeasible':
    '我现在还不能给出具体日期：我每月 {{budget}} 的还款能力，还不够制定一个能还清所有平台的计划（{{reason}}）。贵平台在我的队列中排在{{placeText}}。{{meanwhileText}}我正在压缩开支、增加收入，一旦有了可行的计划，会马上把日期告诉贵平台。',
  'timeline.infeasible.token': '在此期间，我每月可以还贵平台 {{meanwhile}}。',
  'timeline.infeasible.noToken': '在此期间，我暂时无法承诺每月还款金额。',
  'infeasible.commitments-exceed-budget': '仅各平台约定的小额还款就已超过这个数',
  'infeasible.not-cleared-within-horizon': '按这个金额，计划期限内还不清',
  fairness:
    '为什么一个一个地还：所有 {{count}} 个平台在同一个队列里，按同一条规则排序（{{rule}}）。排队期间，各平台只收到计划中写明的还款；其余的钱集中还一个平台，还清后再还下一个。每个平台都清楚自己何时轮到、何时全部收回，我不会在计划之外多付给任何一家。',
  'fairness.short': '所有平台按同一规则排队，我不会在计划外多付给任何一家。',
  'rule.snowball': '欠款少的先还',
  'rule.avalanche': '利率高的先还',
  'rule.custom': '我自己定好、不会再变的顺序',

  // ---- 请求、联系边界、安全 ----
  'asks.intro.cooperative': '我请求贵平台：',
  'asks.intro.firm': '我要求贵平台：',
  'ask.interest': '在计划执行期间停止或至少降低罚息；',
  'ask.fees': '减免滞纳金、违约金和各项服务费；',
  'ask.hold': '在我按计划还款期间，暂停催收和任何法律程序的升级；',
  'ask.statement': '在商定任何总额之前，先给我一份明细（本金、利息、罚息、各项费用）；',
  'ask.written': '通过官方渠道（App 站内信、官方短信、邮件或书面协议）书面确认达成的方案；',
  'ask.account': '告知合同约定的官方还款账户或官方 App 还款方式；我不会向任何个人账户付款。',
  'asks.short':
    '请停止罚息、减免费用，暂停催收和法律程序；商定总额前先给我本金、利息、罚息、费用明细；方案请通过官方渠道书面确认。',
  boundaries:
    '请只联系我本人，不要联系我的家人、同事或通讯录联系人；未经我同意，请不要在 22:00 至次日 8:00 之间联系我。据报道，推荐性国家标准 GB/T 45251—2025 和中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026 年 1 月 30 日）都要求催收只针对债务人、不针对无关的人，且未经约定不在 22:00 至次日 8:00 催收。',
  'boundaries.card':
    '信用卡方面，据多份转载，《商业银行信用卡业务监督管理办法》（2011 年）第六十八条规定，发卡银行应当对债务人本人及其担保人催收，不得对与债务无关的第三人催收。',
  'boundaries.short': '请只联系我本人，不要联系家人和联系人，22:00 至次日 8:00 请勿联系。',
  safety:
    '我只向合同约定的官方还款账户或通过贵平台官方 App 还款，不向任何个人账户转账；我不会借新还旧；我本人直接与贵平台协商，不会委托或付费给任何“代理协商”机构。',
  'safety.short': '我只还到官方账户，不转个人账户；不借新还旧；不找付费代理。',
  'evidence.list': '我可以提供：{{items}}。',
  'evidence.join': '、',
  'evidence.income-proof': '收入证明（工资条或收入流水）',
  'evidence.termination': '离职证明',
  'evidence.medical': '病历或诊断证明',
  'evidence.debt-list': '全部债务清单',
  'evidence.budget': '家庭月度收支表',
  'evidence.bank-statement': '银行流水',
  review: '如果我的情况有变化，我会告诉贵平台并更新计划。',
  'closing.cooperative': '感谢贵平台考虑，期待书面答复。',
  'closing.firm': '请通过官方渠道书面答复。',

  // ---- 协商还款方案 ----
  'proposal.offer': '我的方案（来自我的还款计划）：',

  // ---- 分期／停息挂账 ----
  'inst.ask':
    '我申请贵平台停止计息计费（停息挂账），并接受每月固定还款 {{amount}}，共 {{periods}} 期，从 {{firstDate}} 到 {{lastDate}}{{lastClause}}。',
  'inst.last': '（最后一期 {{lastAmount}}）',
  'inst.how':
    '这个金额是怎么算出来的：我每月用于还所有平台的钱共 {{budget}}。{{amount}} 是在保证按约定还其他平台、并且所有欠款都能还清（最后一笔在 {{debtFree}}）的前提下，我每月能还给贵平台的最高固定金额，也就是最短的期数（最多 60 期）。',
  'inst.requestedUnfit':
    '如果分 {{askedMonths}} 期，每月需还 {{askedAmount}}，加上其他平台的约定还款，超出了我的能力，所以我提出上面的期数。',
  'inst.none':
    '即使分 60 期，每月也要还 {{amount}}，加上其他平台的约定还款，超出了我每月 {{budget}} 的能力。我请求贵平台先停止计息、暂停催收，我正在设法提高还款能力，会尽快提出具体金额。',
  'inst.compare': '作为对比，不分期时：',
  'inst.card':
    '据多份转载，《商业银行信用卡业务监督管理办法》（2011 年）第七十条规定：在特殊情况下，确认欠款超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议，最长不超过 5 年；协议应写明还款期间是否计收年费、利息和其他费用；签署协议后，银行应当停止催收（持卡人不履行协议的除外）。我明白这需要银行同意，不是自动享有的权利。',
  'inst.loan': '我明白分期或停息需要贵平台同意。',
  'inst.docsHeading': '需要准备的材料：',
  'doc.id': '身份证（复印件）',
  'doc.contract': '借款合同或借款编号',
  'doc.hardship': '困难证明（离职证明、病历或收入流水）',
  'doc.debts': '全部债务清单和金额（可从本 App 导出）',
  'doc.budget': '家庭月度收支（收入和必要开支）',
  'doc.plan': '这份还款计划',
  'inst.docsShort': '我可以提供困难证明、全部债务清单和收支情况。',

  // ---- 一次性结清 ----
  'settle.offer':
    '我申请一次性结清：{{byClause}}一次性还款 {{amount}}，结清在贵平台的全部欠款，并请求减免其余 {{waiver}}（利息、罚息和费用）。',
  'settle.noWaiver':
    '我申请一次性结清：{{byClause}}一次性还款 {{amount}}，还清在贵平台的全部欠款，请确认此后不再有任何欠款。',
  'settle.by': '在 {{by}} 前',
  'settle.compare': '作为对比，按我目前的计划，贵平台将按月共收到 {{planTotal}}，最后一笔在 {{payoff}}。',
  'settle.conditions':
    '在我付款之前，请通过官方渠道书面确认：结清金额；其余欠款予以减免；账户将按“结清”处理并停止催收；付款后出具结清证明。我只向合同约定的官方还款账户或通过贵平台官方 App 付款。',
  'settle.conditionsShort': '付款前请书面确认：结清金额、其余减免、付款后出具结清证明。',

  // ---- 停止联系第三人 ----
  'stop.demand':
    '我是借款人本人，请只与我联系：停止联系我的家人、同事、朋友和通讯录中的任何人，也不要向任何人透露我的借款信息。',
  'stop.law':
    '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁；第一千零三十八条规定，信息处理者不得泄露其收集、存储的个人信息，未经自然人同意，不得向他人非法提供其个人信息。《个人信息保护法》第六条要求处理个人信息应当与处理目的直接相关，采取对个人权益影响最小的方式；第十条规定不得非法提供或者公开他人个人信息。',
  'stop.standard':
    '据报道，推荐性国家标准 GB/T 45251—2025 要求只向债务人催收，不应向联系人催收；只有在联系不上本人等有限情形下，才可以联系联系人询问债务人的联系方式或请其转告，不应透露欠款金额、欠款时间；联系人明确拒绝的，不应再联系。据报道，中国银行业协会的催收工作指引（2026 年 1 月 30 日）原则上也是这样要求的。',
  'stop.records':
    '每一次联系我都有记录（日期、时间、号码、录音和截图）。如果继续联系第三人，我将向贵平台和监管部门投诉（据报道，12378 是国家金融监督管理总局面向银行、消费金融公司等机构的投诉热线），遇到威胁会向公安机关（110）报案。',
  'stop.plan': '我正在按计划还款：',

  // ---- 给家人和联系人 ----
  'cw.open': '先跟你说一声：{{platformName}}或它委托的催收人员，可能会因为我的一笔借款打电话或发信息给你。',
  'cw.notGuarantor': '你不是担保人，没有为这笔借款签过任何东西，你不欠任何钱。',
  'cw.noNeed':
    '你不需要接听、不需要确认我的任何情况，也不需要提供我的信息。你可以直接说：“我不是担保人，请直接联系借款人本人，不要再打给我。”据报道，国家标准 GB/T 45251—2025 要求：联系人明确拒绝的，不应再联系，也不应向联系人透露欠款金额。',
  'cw.noNeedShort': '你不用接、不用回答。可以说：“我不是担保人，请联系借款人本人，别再打给我。”',
  'cw.noPay':
    '请不要替我还任何钱，也不要给任何打电话来的人转账，尤其是个人账户。不要把我的身份证、银行卡或验证码给任何人，包括说能帮我“代理协商”的人。',
  'cw.noPayShort': '请不要替我还钱，也不要给任何来电的人转账。',
  'cw.handling': '我自己在处理：{{hardship}}我有还款计划，正在直接和各个平台协商。',
  'cw.plan': '按我的计划，{{platformName}}排在{{placeText}}，预计 {{payoff}} 全部还清。',
  'cw.plan.open': '和{{platformName}}的具体日期我还在商量，它在我的队列里排在{{placeText}}。',
  'cw.plan.cleared': '我在{{platformName}}的借款已经还清了。',
  'cw.tellMe': '如果他们联系你，请告诉我日期、时间和号码，并保留信息记录。谢谢你，给你添麻烦了。',

  // ---- 联系人回复“担保人”说法 ----
  'gr.open.named': '我是{{contactName}}。你们因为{{borrower}}在{{platformName}}的借款联系了我。',
  'gr.open.anon': '你们因为{{borrower}}在{{platformName}}的借款联系了我。',
  'gr.borrowerFallback': '借款人',
  'gr.deny': '我不是这笔借款的担保人。我从未签过担保合同或任何让我承担责任的文件，也没有同意替他还款。',
  'gr.prove':
    '如果你们认为我是担保人，请通过官方渠道把我本人签字的担保文件发给我。在那之前，我不欠任何钱，也不会付任何钱。',
  'gr.stop': '请停止联系我，也不要向我或其他任何人透露这笔欠款的情况。我不会提供借款人的个人信息。',
  'gr.rules':
    '据报道，推荐性国家标准 GB/T 45251—2025 规定，向担保人等连带责任人催收以法律、法规和协议约定为限；联系人明确拒绝的，不应再联系。《民法典》第一千零三十三条规定，未经权利人明确同意，不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。',
  'gr.plan':
    '据我所知，{{borrower}}愿意还款，并有还款计划：{{platformName}}排在{{placeText}}，预计 {{payoff}} 全部还清。请直接与借款人本人联系。',
  'gr.plan.open': '据我所知，{{borrower}}愿意还款，正在直接与{{platformName}}协商。请直接与借款人本人联系。',
  'gr.records': '这些联系我都有记录。如果继续，我将向{{platformName}}和监管部门投诉，遇到威胁会向公安机关（110）报案。',

  // ---- 投诉 ----
  'cp.open.platform': '我就贵平台对我账户的催收方式正式投诉。',
  'cp.open.regulator': '我投诉{{platformName}}的催收行为，我在该平台有借款{{contractClause}}。',
  'cp.summary': '从 {{from}} 到 {{to}}，我记录了 {{total}} 次不符合下列规定的联系：',
  'cp.line': '{{date}}{{time}}：{{breach}}{{times}}{{note}}',
  'cp.time': ' {{time}}',
  'cp.times': '（{{count}} 次）',
  'cp.note': '（{{note}}）',
  'cp.noLog': '每次联系的详情（日期、时间、号码、内容）都有记录，可以提供。',
  'cp.rulesHeading': '这些行为不符合的规定：',
  'cp.rule': '{{breach}}：{{rule}}',
  'cp.evidence': '我保留了通话记录、录音和截图，原始文件保存在原手机上，可以提供。',
  'cp.willing': '我愿意还款，这是我提出的方案：',
  'cp.asks.platform': '我请求贵平台：停止上述行为，停止联系第三人，书面告知投诉处理结果，并考虑我的还款方案。',
  'cp.asks.regulator': '请求监管部门调查上述行为，要求{{platformName}}停止这些行为并书面答复我。',
  'cp.ticket': '我已先向{{platformName}}投诉（工单号：{{ticket}}）。',
  'cp.channels':
    '投诉渠道：12378（据报道，为国家金融监督管理总局面向银行、消费金融公司等机构的投诉热线）；12321（中国互联网协会受委托设立的举报中心，据报道受理骚扰电话和短信）；遇到威胁，拨打 110。',
  'breach.night-contact': '未经我同意，在 22:00 至次日 8:00 之间联系',
  'breach.third-party-contact': '联系我的家人、同事或联系人',
  'breach.debt-disclosed': '向他人透露我的欠款',
  'breach.excess-calls': '一天内拨通电话超过 3 次',
  'breach.threats-insults': '威胁或辱骂',
  'breach.public-posting': '在公共场所张贴催收通知或“律师函”',
  'breach.extra-fee': '以催收名义要求额外收费',
  'breach.new-loan-pressure': '要求我去别处借钱还款',
  'breach.personal-account': '要求向个人账户转账',
  'breach.other': '其他行为',
  'rule.night-contact':
    '据报道，推荐性国家标准 GB/T 45251—2025 和中国银行业协会催收工作指引（2026 年 1 月 30 日）要求未经约定不在 22:00 至次日 8:00 催收。',
  'rule.third-party-contact':
    '《民法典》第一千零三十三条规定，未经权利人明确同意，不得以电话、短信等方式侵扰他人的私人生活安宁；据报道，GB/T 45251—2025 要求只向债务人催收，不应向联系人催收。',
  'rule.debt-disclosed':
    '《民法典》第一千零三十八条和《个人信息保护法》第十条禁止非法提供或公开他人个人信息；据报道，GB/T 45251—2025 要求不应向联系人透露欠款金额、欠款时间。',
  'rule.excess-calls': '据报道，GB/T 45251—2025 要求同一机构及其合作催收机构对单一债务人拨通电话每日合计不超过 3 次。',
  'rule.threats-insults':
    '《治安管理处罚法》（2025 年修订，2026 年 1 月 1 日施行）第五十条对威胁他人人身安全、公然侮辱他人、多次发送侮辱或恐吓等信息干扰他人正常生活的行为规定了处罚。',
  'rule.public-posting':
    '据报道，中国银行业协会催收工作指引（2026 年 1 月 30 日）禁止在公众场所张贴催收公告、律师函等文书。',
  'rule.extra-fee': '据报道，中国银行业协会催收工作指引（2026 年 1 月 30 日）禁止以催收名义收取额外费用。',
  'rule.new-loan-pressure':
    '据报道，中国银行业协会催收工作指引（2026 年 1 月 30 日）禁止诱导或逼迫债务人通过新增借贷筹集资金还债。',
  'rule.personal-account': '转到个人账户的钱无法证明是还款；我只向合同约定的官方账户还款。',
  'rule.other': '详见我的记录。',

  // ---- 跟进 ----
  'fu.no-reply': '我在 {{previousDate}} 向贵平台提交了还款方案，至今没有收到答复，现再次提交。',
  'fu.no-reply.undated': '我此前向贵平台提交过还款方案，至今没有收到答复，现再次提交。',
  'fu.refused':
    '贵平台{{onDate}}答复说我的方案不能接受。我的情况没有变化，这仍是我能做到的还款。请书面告诉我哪些部分可以接受。在此期间，我会继续按计划向贵平台还款。',
  'fu.broken-promise':
    '我没有按约定还上{{onDate}}到期的那期。我不会放弃这个约定：请保留原方案，我将从 {{nextDate}} 起恢复按约还款。',
  'fu.keep-current-terms':
    '我们的还款安排到了复核的时候。我的情况没有好转：每月能用于还所有欠款的仍是 {{budget}}。请继续接受目前的还款金额，并继续停止计息计费。情况好转时我会告诉贵平台。',
  'settle.otherwise': '如果不能一次性结清，我的计划如下：',
  'stop.short':
    '《民法典》第一千零三十三条、第一千零三十八条保护私人生活安宁和个人信息；据报道，GB/T 45251—2025 要求不应向联系人催收。',
  'cp.breaches': '记录：{{from}} 至 {{to}} 共 {{total}} 次：{{list}}。',
  'timelineShort.focusNow':
    '贵平台在我的计划中排{{placeText}}。从 {{focusStart}} 起：当月 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timelineShort.waiting':
    '贵平台在我的计划中排{{placeText}}。轮到之前每月还 {{meanwhile}}；从 {{focusStart}} 起：当月 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timelineShort.waitingNoToken':
    '贵平台在我的计划中排{{placeText}}。轮到之前暂时无法每月还款；从 {{focusStart}} 起：当月 {{focusAmount}}{{thenClause}}。预计 {{payoff}} 全部还清。',
  'timelineShort.instalmentOnly':
    '贵平台在我的计划中排{{placeText}}：每月约定分期 {{meanwhile}}，预计 {{payoff}} 全部还清。',
  'fu.on': ' {{previousDate}} ',
};
