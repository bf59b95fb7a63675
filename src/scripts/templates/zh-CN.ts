/**
 * 中文话术模板。键与占位符必须与 en.ts 完全一致（templates.test.ts 检查）。术语取自统一词表
 * src/i18n/glossary.ts。法律表述只用 docs/sources.md 中标为【原文已核】（直接陈述）或【多源一致】
 * （写“据报道／据多份转载”并写明出处）的内容，且只对受其约束的机构使用（由 legal.ts 选择）。
 * 写法：像本人写给银行、平台或亲友的信；数字、日期与汉字之间不加空格；金额统一写成“3,000.00元”；
 * 对债权人不用“排队、轮到”之类的说法，而说“逐家集中偿还”。
 */
import { GLOSSARY as G } from '../../i18n/glossary';
import type { Templates } from './en';

export const zhCN: Templates = {
  // ---- 标题 ----
  'title.proposal': '致{{platformName}}：协商还款申请',
  'title.instalment-request.card': '致{{platformName}}：{{instalmentTerm}}申请',
  'title.instalment-request.loan': '致{{platformName}}：{{instalmentTerm}}申请',
  'title.settlement-offer': `致{{platformName}}：${G.settlement.zh}申请`,
  'title.stop-third-party-contact': '致{{platformName}}：请停止联系第三人',
  'title.contacts-warning': '给亲友的说明（{{platformName}}）',
  'title.guarantor-reply': '回复{{platformName}}：本人未签担保合同',
  'title.complaint.platform': '致{{platformName}}：关于催收行为的投诉',
  'title.complaint.regulator': '关于{{platformName}}催收行为的投诉',
  'title.follow-up.no-reply': '致{{platformName}}：协商还款跟进（尚未答复）',
  'title.follow-up.refused': '致{{platformName}}：协商还款跟进（方案未获同意）',
  'title.follow-up.broken-promise': '致{{platformName}}：关于一期未按约还款',
  'title.follow-up.keep-current-terms': '致{{platformName}}：申请继续按现有方案还款',
  'title.verify-collector': '致催收机构：请出示{{platformName}}的委托授权',
  'title.channel.phone': '{{title}}（电话要点）',
  'title.channel.message': '{{title}}（App留言）',
  'title.channel.letter': '{{title}}（书面）',

  'letter.heading.proposal': '协商还款申请书',
  'letter.heading.instalment-request.card': '个性化分期还款申请书',
  'letter.heading.instalment-request.loan': '分期还款申请书',
  'letter.heading.settlement-offer': '一次性结清申请书',
  'letter.heading.stop-third-party-contact': '关于停止联系第三人的函',
  'letter.heading.contacts-warning': '给亲友的一封信',
  'letter.heading.guarantor-reply': '关于本人并非担保人的回复函',
  'letter.heading.complaint': '投诉书',
  'letter.heading.follow-up': '协商还款跟进函',
  'letter.heading.verify-collector': '关于核实催收委托的函',
  'letter.to': '{{platformName}}：',
  'letter.toFamily': '各位亲友：',
  'letter.toRegulator': '金融监管部门：',
  'letter.toCollector': '催收机构：',
  'letter.close.formal': '　　此致\n敬礼！',
  'letter.close.family': '　　祝好！',
  'signer.applicant': '申请人：{{signerName}}',
  'signer.complainant': '投诉人：{{signerName}}',
  'signer.borrower': '借款人：{{signerName}}',
  'signer.contact': '{{signerName}}',
  'signer.family': '{{signerName}}',
  'signer.blank': '＿＿＿＿＿＿',
  'letter.date': '{{letterDate}}',
  'letter.date.blank': '　　　　年　　月　　日',

  // ---- 对债权人的称呼与费用名称 ----
  'you.bank': '贵行',
  'you.company': '贵公司',
  'you.platform': '贵平台',
  'you.agency': '贵司',
  'you.neutral': '贵方',
  'you.named': '{{platformName}}',
  'your.bank': '贵行',
  'your.company': '贵公司',
  'your.platform': '贵平台',
  'your.agency': '债权人',
  'your.neutral': '贵方',
  'your.named': '{{platformName}}',
  'theDebt.owe': '我在{{you}}的欠款',
  'theDebt.agency': '{{you}}催收的这笔欠款',
  'charges.card': `利息、${G.cardLateCharge.zh}和其他费用`,
  'charges.loan': `利息、${G.penaltyInterest.zh}和各项费用`,
  'stopCharges.card': '利息',
  'stopCharges.loan': `${G.penaltyInterest.zh}和利息`,
  'waiveCharges.card': `已产生的${G.cardLateCharge.zh}和年费等费用`,
  'waiveCharges.loan': '已产生的违约金和各项服务费',
  'statementItems.card': `本金、利息、${G.cardLateCharge.zh}和各项费用`,
  'statementItems.loan': `本金、利息、${G.penaltyInterest.zh}和各项费用`,
  'instalmentTerm.card': G.cardInstalmentPlan.zh,
  'instalmentTerm.loan': G.loanInstalmentPlan.zh,
  'deferral.card': '',
  'deferral.loan': `，并考虑${G.deferral.zh}`,

  // ---- 电话 ----
  'phone.intro': '与{{platformName}}通话的要点。用自己的话说就行，不必照念。',
  'phone.introFamily': '告诉亲友时的要点。用自己的话说就行。',
  'phone.introContact': '给没有签过担保合同的联系人：{{platformName}}因别人的借款打电话给你时，可以这样说。',
  'phone.introRegulator': '就{{platformName}}的催收行为打电话投诉时的要点。',
  'phone.introCollector': '催收机构就你在{{platformName}}的借款打来电话时的要点。',
  'phone.verify': '先请对方报姓名或工号、所属公司。有疑问就挂断，再通过{{platformName}}官方App或合同上的客服电话核实。',
  'phone.repliesHeading': '如果对方说……',
  'phone.close':
    '挂电话前：请对方把谈好的内容通过官方渠道（App站内信、官方短信或电子邮件）书面发给我。记下日期、时间、工号和谈话内容。',
  'phone.close.contact': '挂电话后：记下日期、时间、来电号码和对方说的话，告诉借款人。不要答应替人还钱。',
  'phone.close.regulator': '挂电话前：记下受理人员的工号、投诉编号，以及多久能收到答复。',
  'reply.payAll':
    '“今天必须全部还清。”→“我做不到。我能还多少、什么时候还，刚才都说了。请把欠款明细和你们的答复书面发给我。”',
  'reply.contacts':
    '“不还就打给你家人和通讯录。”→“请不要这样做。我是借款人本人，这个号码一直能联系到我。这次通话的时间和内容我会记下来。”',
  'reply.personalAccount':
    '“转到这个账户／微信／支付宝。”→“我只向合同约定的官方还款账户或通过官方App还款。请通过App把还款信息发给我。”',
  'reply.noWaiver': '“什么都不能减免。”→“那请把欠款明细和这个答复书面发给我。在此期间我继续按计划还款。”',
  'reply.whyOthers': `“为什么先还别家？”→“我的钱不够同时还清所有欠款，所以${G.oneAtATime.zh}：先后顺序按同一条规则定，每家都知道从什么时候开始收到集中还款。计划写明的金额之外，我不会多还任何一家。”`,
  'reply.legal':
    '“我们要走法律程序。”→“我愿意还款，也提出了方案。如果你们起诉，我会依法应诉。请把正式通知书面发给我。”',
  'reply.newLoan': `“去别的App借钱先还我们。”→“我不会${G.newLoanToRepayOld.zh}。”`,
  'reply.family.whatToSay':
    '“他们打给我，我怎么说？”→“如果你没有签过担保合同，就说：我不是担保人，请直接联系借款人本人，不要再打给我。然后挂断就行。”',
  'reply.family.pay': '“要不要我替你还？”→“不用，请不要替我还。我自己在处理。不要给任何打电话来的人转钱。”',
  'reply.contact.guarantor':
    '“你是担保人，你得还。”→“我没有签过担保合同。请通过官方渠道把我本人签字的担保合同发给我。在那之前我不会付钱。”',
  'reply.contact.where': '“告诉我们借款人在哪。”→“请直接联系借款人本人。我不会提供借款人的任何信息。”',
  'reply.contact.keepCalling': '“不还我们就一直打。”→“我已经明确请你们不要再联系我。”',
  'reply.complaint.passOn': '“我们会转给相关部门。”→“请告诉我工单号，以及什么时候能收到书面答复。”',
  'reply.regulator.notOurs': '“这不归我们管。”→“请告诉我应该向哪个部门投诉，以及那里的电话。”',
  'reply.regulator.askLender':
    '“你先找机构自己解决。”→“我已经向机构投诉过了（报出工单号）。请登记我的投诉，并告诉我处理时限。”',
  'reply.collector.whoFor':
    '“我们是受贷款机构委托的，你还钱就行。”→“那请先把贷款机构的书面委托授权发给我。我会先向贷款机构的官方客服核实，核实之前不会付款。”',

  // ---- 身份、还款意愿、困难 ----
  'ident.named.loan': '本人{{name}}，在{{you}}有借款{{contractClause}}。',
  'ident.anon.loan': '我在{{you}}有借款{{contractClause}}。',
  'ident.named.card': '本人{{name}}，是{{you}}信用卡持卡人{{contractClause}}。',
  'ident.anon.card': '我是{{you}}信用卡持卡人{{contractClause}}。',
  'ident.named.agency': '本人{{name}}。{{you}}正在向我催收一笔借款{{contractClause}}。',
  'ident.anon.agency': '{{you}}正在向我催收一笔借款{{contractClause}}。',
  'ident.contract.loan': '（合同编号：{{contract}}）',
  'ident.contract.card': '（卡号：{{contract}}）',
  'willing.cooperative':
    '我愿意还清全部欠款，希望与{{you}}商定一个我能做到的还款方案。我不会更换手机号码，随时可以联系到我。',
  'willing.firm': '我会还清欠款，不会逃避。我不会更换手机号码，随时可以联系到我。',
  'willing.short': '我愿意还款，这个号码随时能联系到我。',
  'hardship.reasons': '我目前的情况是：{{reasons}}。',
  'hardship.default': '我目前的收入已不足以同时按合同偿还全部借款。',
  'hardship.details': '{{details}}',
  'hardship.budget': '扣除必要的生活开支后，我每月能拿出{{budget}}偿还全部欠款；目前我共欠{{count}}家债权人的钱。',
  'hardship.join': '；',
  'reason.job-loss': '失业',
  'reason.income-drop': '收入下降',
  'reason.illness': '本人或家人患病',
  'reason.family': '家庭发生变故',
  'reason.business': '经营亏损',
  'reason.debt-load': '每月应还的钱已超过收入',
  'owed.now':
    '按我的记录，截至{{asOf}}，{{theDebt}}约为{{owed}}，其中本金{{principal}}。具体数额以{{you}}提供的欠款明细为准。',
  'cost.cite': '按实际到手金额和还款计划计算，这笔借款的实际年化成本约为{{rate}}%。',

  // ---- 对这家债权人的还款安排 ----
  place: '第{{place}}家（共{{count}}家）',
  'timeline.focusNow':
    '从{{focusStart}}起，我每月按计划还完其他债权人的款项后，剩下的钱全部用来还这笔欠款：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前全部还清。',
  'timeline.waiting':
    '在集中偿还这笔欠款之前，我每月先还{{meanwhile}}；从{{focusStart}}起集中偿还这笔欠款：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前全部还清。',
  'timeline.waitingNoToken':
    '我的钱不够同时还所有欠款，每次只能集中还一家，所以在集中偿还这笔欠款之前，我暂时无法按月还款；从{{focusStart}}起集中偿还这笔欠款：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前全部还清。',
  'timelineShort.focusNow':
    '从{{focusStart}}起集中偿还这笔欠款：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前还清。',
  'timelineShort.waiting':
    '集中偿还前每月先还{{meanwhile}}；从{{focusStart}}起集中偿还：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前还清。',
  'timelineShort.waitingNoToken':
    '集中偿还前暂时无法每月还款；从{{focusStart}}起集中偿还：当月{{focusAmount}}{{thenClause}}，预计{{payoff}}前还清。',
  'timelineShort.instalmentOnly': '每月固定还款{{meanwhile}}，预计{{payoff}}前还清。',
  'timeline.then': '，此后每月{{amount}}',
  'timeline.instalmentOnly': '我每月固定偿还这笔欠款{{meanwhile}}，预计{{payoff}}前全部还清。',
  'timeline.cleared': '按我的记录，截至{{asOf}}，我在{{you}}已无欠款。请书面确认账户已结清，并出具结清证明。',
  'timeline.infeasible':
    '我暂时还给不出具体日期：我每月能用于还款的{{budget}}，还不够制定一个能还清全部欠款的计划（{{reason}}）。{{meanwhileText}}我正在压缩开支、增加收入，有了可行的计划后会立即告知具体日期。',
  'timeline.infeasible.token': '在此期间，我每月可以偿还这笔欠款{{meanwhile}}。',
  'timeline.infeasible.noToken': '在此期间，我暂时无法承诺每月的还款金额。',
  'infeasible.commitments-exceed-budget': `仅每月约定的分期和${G.smallPayment.zh}就已超过这个金额`,
  'infeasible.not-cleared-within-horizon': '按这个金额，在计划期限内还不清',
  fairness: `我采用${G.oneAtATime.zh}的方式：每月先向各家还计划中写明的金额，剩下的钱集中还一家，还清后再集中还下一家。先后顺序按同一规则确定（{{rule}}），{{you}}是我集中偿还的{{placeText}}。这样每家都清楚什么时候开始收到集中还款、什么时候能全部收回。计划写明的金额之外，我不会多还任何一家。`,
  'fairness.short': `我采用${G.oneAtATime.zh}的方式，先后顺序按同一规则确定；计划写明的金额之外，不会多还任何一家。`,
  'rule.snowball': '欠款少的先还',
  'rule.avalanche': '利率高的先还',
  'rule.custom': '按我事先定好的顺序，不再变动',

  // ---- 请求、联系边界、安全 ----
  'asks.intro.cooperative': '同时，我恳请{{you}}：',
  'asks.intro.firm': '同时，请{{you}}：',
  'ask.interest': '在我按计划还款期间，停止或减少计收{{stopCharges}}；',
  'ask.fees': '减免{{waiveCharges}}；',
  'ask.hold': '在我按计划还款期间暂停催收，暂不采取法律程序；',
  'ask.statement': `在商定任何总额之前，先提供${G.itemisedStatement.zh}（{{statementItems}}）；`,
  'ask.written': '通过{{your}}官方渠道（App站内信、官方短信、电子邮件或书面协议）书面确认商定的方案；',
  'ask.account': '告知合同约定的官方还款账户或{{your}}官方App的还款方式。我不会向任何个人账户付款。',
  'asks.short':
    '请停止或减少计收{{stopCharges}}、减免费用、暂停催收；商定总额前先提供欠款明细（{{statementItems}}）；方案请书面确认。',
  boundaries:
    '请只与我本人联系，不要联系我的家人、同事或通讯录中的任何人；未经我同意，请不要在22:00至次日8:00之间联系我。',
  'boundaries.short': '请只联系我本人，不要联系家人和联系人；22:00至次日8:00请勿联系。',
  safety: `我只向${G.officialAccount.zh}或通过{{your}}官方App还款，不向任何个人账户转账；我不会${G.newLoanToRepayOld.zh}；我会亲自与{{you}}协商，不委托、也不付费给任何“${G.paidNegotiationAgent.zh}”机构。`,
  'safety.short': `只还到官方账户，不转个人账户；不${G.newLoanToRepayOld.zh}；不找付费代理。`,
  'evidence.list': '如有需要，我可以提供：{{items}}。',
  'evidence.join': '、',
  'evidence.income-proof': '收入证明（工资条或收入流水）',
  'evidence.termination': '离职证明',
  'evidence.medical': '病历或诊断证明',
  'evidence.debt-list': '全部债务清单',
  'evidence.budget': '家庭月度收支表',
  'evidence.bank-statement': '银行流水',
  review: '如果我的情况发生变化，我会及时告知{{you}}，并更新还款计划。',
  'closing.cooperative': '恳请{{you}}予以考虑，并书面答复。',
  'closing.firm': '请通过{{your}}官方渠道书面答复。',

  // ---- 法律表述（由 legal.ts 按机构类型选用） ----
  'law.gbt':
    '据报道，推荐性国家标准GB/T 45251—2025要求催收只针对债务人本人、不应向联系人催收，未经约定不应在22:00至次日8:00催收。',
  'law.gbt.scope':
    '据报道，推荐性国家标准GB/T 45251—2025（适用于银行、消费金融公司、小额贷款公司等机构自行或委托第三方开展的个人网络消费信贷催收）要求催收只针对债务人本人、不应向联系人催收，未经约定不应在22:00至次日8:00催收。',
  'law.cba.scope':
    '据报道，中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月30日发布，适用于其会员机构的信用卡和个人消费贷款）也要求原则上严禁对无关第三人催收，未经债务人同意严禁在22:00至次日8:00催收。',
  'law.card68':
    '据多份转载，《商业银行信用卡业务监督管理办法》（2011年）第六十八条规定，发卡银行应当对债务人本人及其担保人进行催收，不得对与债务无关的第三人进行催收。',
  'law.cbaWhitelist':
    '据报道，中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年1月30日发布）要求会员机构对外部催收机构实行名单管理，并在官网公示。',
  'law.12378': '据报道，12378是国家金融监督管理总局面向银行、消费金融公司等机构的投诉热线。',
  'law.12378.scope':
    '如果{{platformName}}是银行或消费金融公司：据报道，12378是国家金融监督管理总局受理这类机构投诉的热线。',
  'law.12321': '据报道，12321网络不良与垃圾信息举报受理中心（中国互联网协会受托设立）受理骚扰电话和短信举报。',

  // ---- 协商还款方案 ----
  'proposal.offer': '我提出的还款方案如下（按我的还款计划算出）：',

  // ---- 分期还款 ----
  'inst.ask':
    '我申请与{{you}}协商{{instalmentTerm}}：自{{firstDate}}起每月还款{{amount}}，共{{periods}}期，至{{lastDate}}还清{{lastClause}}；并请{{you}}在分期期间停止计收利息和费用。',
  'inst.last': '（最后一期{{lastAmount}}）',
  'inst.how':
    '这个金额是这样算的：我每月能拿出{{budget}}还全部欠款。按计划还完其他债权人的款项，并保证全部欠款在{{debtFree}}前还清，我每月最多能固定还{{you}}{{amount}}，所以申请的是能做到的最短期数（不超过60期）。',
  'inst.requestedUnfit':
    '如果分{{askedMonths}}期，每月要还{{askedAmount}}，再加上还其他债权人的钱，超出了我的还款能力，所以我提出上面的期数。',
  'inst.none':
    '即使分60期，每月也需还{{amount}}，加上对其他债权人的还款，超出了我每月{{budget}}的还款能力。我请求{{you}}先停止计收利息和费用、暂停催收{{deferralClause}}；我正在设法提高还款能力，会尽快提出具体金额。',
  'inst.compare': '作为对比，不分期时我的还款安排是：',
  'inst.card':
    '据多份转载，《商业银行信用卡业务监督管理办法》（2011年）第七十条规定：在特殊情况下，确认信用卡欠款金额超出持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议，最长期限不得超过5年；协议应写明还款期间是否计收年费、利息和其他费用；双方签署协议后，发卡银行应当停止催收（持卡人不履行协议的除外）。我明白这需要发卡银行同意，并非当然享有的权利。',
  'inst.loan': '我明白分期还款以及停止计收利息和费用，都需要{{your}}同意。',
  'inst.docsHeading': '我可以提供以下材料：',
  'doc.id': '身份证复印件',
  'doc.contract': '借款合同或借款编号',
  'doc.card': '信用卡卡号',
  'doc.hardship': '困难证明（离职证明、病历或收入流水）',
  'doc.debts': '全部债务清单及金额',
  'doc.budget': '家庭月度收支情况（收入和必要开支）',
  'doc.plan': '这份还款计划',
  'inst.docsShort': '我可以提供困难证明、全部债务清单和收支情况。',

  // ---- 一次性结清 ----
  'settle.offer':
    '我申请{{byClause}}一次性还款{{amount}}，结清{{theDebt}}，并请{{you}}减免其余的{{waiver}}{{waiverSplit}}。',
  'settle.split.charges': '（按我的记录，均为{{charges}}）',
  'settle.split.both': '（按我的记录，其中{{charges}}{{waivedCharges}}，本金{{waivedPrincipal}}）',
  'settle.split.principal': '（按我的记录，均为本金）',
  'settle.noWaiver':
    '我申请{{byClause}}一次性还款{{amount}}，还清{{theDebt}}。请在我付款前书面确认：还款后不再有任何欠款。',
  'settle.noAmount':
    '我希望一次性结清{{theDebt}}。请{{you}}告知可以接受的一次性结清金额，以及可以减免的{{charges}}；我会根据自己能一次性筹到的钱答复。',
  'settle.by': '在{{by}}前',
  'settle.compare': '作为对比：按我目前的计划，{{you}}会按月陆续收到共{{planTotal}}，最后一笔在{{payoff}}。',
  'settle.conditions':
    '在我付款之前，请通过{{your}}官方渠道书面确认：结清金额；其余欠款予以减免；账户按“结清”处理并停止催收；付款后由{{you}}出具结清证明。我只向合同约定的官方还款账户或通过{{your}}官方App付款。',
  'settle.conditionsShort': '付款前请书面确认：结清金额、其余减免，付款后出具结清证明。',
  'settle.otherwise': '如不能一次性结清，我的还款安排如下：',

  // ---- 停止联系第三人 ----
  'stop.demand':
    '我是借款人本人，请只与我联系：停止联系我的家人、同事、朋友和通讯录中的任何人，也不要向任何人透露我的借款信息。',
  'stop.law':
    '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁；第一千零三十八条规定，信息处理者不得泄露其收集、存储的个人信息，未经自然人同意，不得向他人非法提供其个人信息。《个人信息保护法》第六条要求处理个人信息应当与处理目的直接相关，采取对个人权益影响最小的方式；第十条规定不得非法提供或者公开他人个人信息。',
  'stop.kept': '这些联系的{{kept}}我都保留着。',
  'stop.next':
    '如果仍有人联系我的家人、朋友或同事，我将向{{you}}投诉，并向监管部门反映；遇到威胁，我会向公安机关（110）报案。',
  'stop.plan': '我正在按计划还款：',
  'stop.short': '《民法典》第一千零三十三条、第一千零三十八条保护私人生活安宁和个人信息。',
  'kept.join': '、',
  'kept.joinLast': '和',
  'kept.recording': '通话录音',
  'kept.screenshot': '截图',
  'kept.call-log': '通话记录',
  'kept.message': '短信和聊天记录',

  // ---- 给亲友 ----
  'cw.open': '有件事想先跟你说一声：{{platformName}}或它委托的催收人员，可能会因为我的一笔欠款打电话或发信息给你。',
  'cw.notGuarantor': `如果你没有签过${G.guaranteeContract.zh}，就不是${G.guarantor.zh}，不需要替人还钱。`,
  'cw.noNeed':
    '接到这样的电话或信息，你不需要确认我的任何情况，也不需要提供我的信息，可以直接说：“我不是担保人，请直接联系借款人本人，不要再联系我。”然后挂断就行。',
  'cw.noNeedShort': '你不用回答任何问题，可以说：“我不是担保人，请联系借款人本人，不要再联系我。”',
  'cw.rule.gbt': '据报道，国家标准GB/T 45251—2025要求：联系人明确拒绝的，不应再联系，也不应向联系人透露欠款金额。',
  'cw.rule.gbtScope':
    '据报道，国家标准GB/T 45251—2025（适用于银行、消费金融公司、小额贷款公司等的网络消费贷款催收）要求：联系人明确拒绝的，不应再联系，也不应向联系人透露欠款金额。',
  'cw.rule.cba':
    '据报道，中国银行业协会的催收工作指引要求：无关的人明确表示不要再联系的，必须停止联系，也严禁向其透露具体欠款信息。',
  'cw.noPay': `请不要替我还钱，也不要给任何打电话来的人转账，尤其是个人账户。不要把我的身份证、银行卡或验证码交给任何人，包括自称能帮我“${G.paidNegotiationAgent.zh}”的人。`,
  'cw.noPayShort': '请不要替我还钱，也不要给任何来电的人转账。',
  'cw.handling': '这件事我自己在处理，已经做了还款计划，正在直接和对方协商。',
  'cw.plan': '按我的计划，这笔欠款预计在{{payoff}}前还清。',
  'cw.plan.open': '具体的还款日期我还在和对方商量。',
  'cw.plan.cleared': '这笔欠款我已经还清了。',
  'cw.tellMe': '如果他们联系你，请告诉我日期、时间和来电号码，并保留短信或聊天记录。给你添麻烦了，谢谢你。',

  // ---- 联系人的回复（未签担保合同） ----
  'gr.open.named': '我是{{contactName}}。{{you}}因{{borrower}}的借款联系了我。',
  'gr.open.anon': '{{you}}因{{borrower}}的借款联系了我。',
  'gr.borrowerFallback': '借款人',
  'gr.deny': '我没有为这笔借款签过担保合同或任何承担还款责任的文件，也没有同意替他人还款，因此我不是担保人。',
  'gr.prove': '如果{{you}}认为我是担保人，请通过官方渠道出示由我本人签字的担保合同。在此之前，我不会付任何钱。',
  'gr.stop': '请不要再联系我，也不要向我或其他任何人透露这笔欠款的情况。我不会提供借款人的个人信息。',
  'gr.rule.law':
    '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁。',
  'gr.rule.gbt':
    '据报道，推荐性国家标准GB/T 45251—2025规定，向担保人等连带责任人催收以法律、法规和协议约定为限；联系人明确拒绝的，不应再联系。',
  'gr.plan': '请直接与借款人本人联系。',
  'gr.next': '如果继续联系我，我将向监管部门投诉；遇到威胁，我会向公安机关（110）报案。',

  // ---- 投诉 ----
  'cp.open.platform': '现就{{you}}近期对我的催收方式提出正式投诉。',
  'cp.open.regulator.named':
    '本人{{name}}，在{{platformName}}有欠款{{contractClause}}，现就{{platformName}}的催收行为提出投诉。',
  'cp.open.regulator.anon': '我在{{platformName}}有欠款{{contractClause}}，现就{{platformName}}的催收行为提出投诉。',
  'cp.summary': '以下是我记录的{{total}}条情况（{{from}}至{{to}}）：',
  'cp.summary.one': '以下是我在{{from}}记录的情况：',
  'cp.line': '{{date}}{{time}}：{{breach}}{{times}}{{note}}',
  'cp.line.possible': '{{date}}{{time}}：联系内容可能涉及{{breach}}{{times}}{{note}}',
  'cp.time': '{{time}}',
  'cp.times': '（当天{{count}}次）',
  'cp.note': '（{{note}}）',
  'cp.noLog': '如需具体的联系时间、号码和内容，请告知，我会补充。',
  'cp.rulesHeading': '相关规定：',
  'cp.rule': '{{breach}}：{{rule}}',
  'cp.kept': '我保留了{{kept}}，可以提供。',
  'cp.willing': '我愿意还款，以下是我的还款安排：',
  'cp.asks.platform': '我请求{{you}}：停止上述行为，不再联系第三人，书面告知投诉处理结果，并考虑我的还款方案。',
  'cp.asks.regulator': '恳请监管部门核查上述情况，督促{{platformName}}停止上述行为，并书面答复我。',
  'cp.ticket': '我已先向{{platformName}}投诉，工单号为{{ticket}}。',
  'cp.closing.regulator': '特此投诉。',
  'cp.breaches': '我记录的情况：{{from}}至{{to}}共{{total}}条，包括：{{list}}。',
  'cp.breaches.join': '；',
  'cp.breach.possible': '联系内容可能涉及{{breach}}',
  'cp.breaches.one': '我记录的情况（{{from}}）：{{list}}。',
  'breach.night-contact': '未经我同意，在22:00至次日8:00之间联系',
  'breach.third-party-contact': '联系我的家人、同事或联系人',
  'breach.debt-disclosed': '向他人透露我的欠款',
  'breach.excess-calls': '一天内拨通电话超过3次',
  'breach.threats-insults': '威胁或辱骂',
  'breach.public-posting': '在公共场所张贴催收通知或“律师函”',
  'breach.extra-fee': '以催收名义要求额外收费',
  'breach.new-loan-pressure': '要求我去别处借钱还款',
  'breach.personal-account': '要求向个人账户转账',
  'breach.other': '其他行为',
  'rule.night-contact.gbt': '据报道，推荐性国家标准GB/T 45251—2025要求未经约定不在22:00至次日8:00催收。',
  'rule.night-contact.cbaOnly':
    '据报道，中国银行业协会催收工作指引（2026年1月30日发布）要求会员机构未经债务人同意不在22:00至次日8:00催收。',
  'rule.night-contact.gbtScope':
    '据报道，推荐性国家标准GB/T 45251—2025（适用于银行、消费金融公司、小额贷款公司等机构的个人网络消费信贷催收）要求未经约定不在22:00至次日8:00催收。',
  'rule.third-party-contact':
    '《民法典》第一千零三十三条规定，除法律另有规定或者权利人明确同意外，不得以电话、短信等方式侵扰他人的私人生活安宁。',
  'rule.debt-disclosed': '《民法典》第一千零三十八条和《个人信息保护法》第十条禁止非法提供或者公开他人个人信息。',
  'rule.excess-calls':
    '据报道，推荐性国家标准GB/T 45251—2025要求同一机构及其合作催收机构对单一债务人拨通电话每日合计不超过3次。',
  'rule.excess-calls.scope':
    '据报道，推荐性国家标准GB/T 45251—2025（适用于银行、消费金融公司、小额贷款公司等机构的个人网络消费信贷催收）要求同一机构及其合作催收机构对单一债务人拨通电话每日合计不超过3次。',
  'rule.threats-insults':
    '《治安管理处罚法》（2025年修订，2026年1月1日起施行）第五十条对威胁他人人身安全、公然侮辱他人、多次发送侮辱或恐吓等信息干扰他人正常生活的行为规定了处罚。',
  'rule.threats-insults.2012':
    '《治安管理处罚法》（2012年修正，适用于2026年1月1日前的行为）第四十二条对多次发送淫秽、侮辱、恐吓或者其他信息干扰他人正常生活的行为规定了处罚。',
  'rule.public-posting':
    '据报道，中国银行业协会催收工作指引（2026年1月30日发布）禁止会员机构在公众场所张贴催收公告、律师函等文书。',
  'rule.extra-fee': '据报道，中国银行业协会催收工作指引（2026年1月30日发布）禁止会员机构以催收名义收取额外费用。',
  'rule.new-loan-pressure':
    '据报道，中国银行业协会催收工作指引（2026年1月30日发布）禁止会员机构诱导或逼迫债务人通过新增借贷筹集资金还债。',
  'rule.personal-account': '转到个人账户的钱可能无法证明是还款；我只向合同约定的官方账户还款。',
  'rule.join': '',
  'rule.other': '详见我的记录。',

  // ---- 跟进 ----
  'fu.no-reply': '我于{{previousDate}}向{{you}}提交了还款方案，至今未收到答复，现再次提交。',
  'fu.no-reply.undated': '我此前向{{you}}提交过还款方案，至今未收到答复，现再次提交。',
  'fu.refused':
    '我提出的还款方案，{{you}}{{onDate}}答复不能接受。我的情况没有变化，下面仍是我能做到的还款安排。请{{you}}书面告知哪些部分可以接受；在此期间，我会继续按计划还款。',
  'fu.on': '于{{previousDate}}',
  'fu.broken-promise':
    '{{due}}一期，我没能按约还上。我会继续履行我们的约定，请{{you}}保留原方案；从{{nextDate}}起，我将恢复按约还款。',
  'fu.due': '{{previousDate}}到期的',
  'fu.due.undated': '最近到期的',
  'fu.keep-current-terms':
    '我们约定的还款安排到了复核的时间。我的情况没有好转，每月能拿出来还全部欠款的钱仍是{{budget}}。请继续接受目前的还款金额{{stopClause}}。情况好转时，我会及时告知{{you}}。',
  'fu.stop': '，并按双方的约定继续停止计收利息和费用',
  'fu.stop.since': '，并按{{since}}的约定继续停止计收利息和费用',

  // ---- 核实催收委托 ----
  'vc.open': '贵司近期联系我，称受{{platformName}}委托，催收我在{{platformName}}的借款{{contractClause}}。',
  'vc.open.agency': '贵司近期联系我，催收一笔借款{{contractClause}}。',
  'vc.willing': '我愿意与债权人协商还款。但在我付款或提供任何信息之前，请贵司书面提供：',
  'vc.item.company': '贵司的全称、统一社会信用代码和联系方式；',
  'vc.item.authority': '{{platformName}}出具给贵司的书面委托授权（委托书），写明委托范围和期限；',
  'vc.item.authority.agency': '债权人的名称，以及债权人出具给贵司的书面委托授权（委托书），写明委托范围和期限；',
  'vc.item.statement': `所催收借款的合同编号和${G.itemisedStatement.zh}（{{statementItems}}）；`,
  'vc.item.account': '还款方式：只能是债权人在合同中约定的官方还款账户或其官方App。',
  'vc.noPay':
    '在核实之前，我不会向任何账户付款；要求我向个人账户、微信或支付宝转账的，我一律拒绝。我也会拨打{{platformName}}的官方客服电话核实贵司的委托。',
  'vc.noPay.agency':
    '在核实之前，我不会向任何账户付款；要求我向个人账户、微信或支付宝转账的，我一律拒绝。我也会向债权人的官方客服核实贵司的委托。',
  'vc.short':
    '付款或提供信息之前，请书面提供：贵司全称和统一社会信用代码、债权人的书面委托授权、合同编号和欠款明细、债权人的官方还款账户。',
  'vc.closing': '请书面答复。',

  // ---- 信件前后两版的差异（describeLetterChanges） ----
  'change.line': '{{label}}：{{before}}→{{after}}',
  'change.none': '（无）',
  'change.place': '还款顺序',
  'change.status': '对这家的安排',
  'change.amount.owed': '欠款',
  'change.amount.principal': '本金',
  'change.amount.budget': '每月还款能力',
  'change.amount.meanwhile': '集中偿还前每月还款',
  'change.amount.focusAmount': '开始集中偿还当月',
  'change.amount.focusNextAmount': '此后每月',
  'change.amount.planTotal': '按计划共还',
  'change.amount.instalment': '每期分期金额',
  'change.amount.lastInstalment': '最后一期',
  'change.amount.settlement': '一次性结清金额',
  'change.amount.waiver': '申请减免',
  'change.date.asOf': '欠款统计日期',
  'change.date.focusStart': '开始集中偿还',
  'change.date.payoff': '预计还清',
  'change.date.debtFree': '全部欠款还清',
  'change.date.instalmentFrom': '分期开始',
  'change.date.instalmentTo': '分期结束',
  'change.date.settleBy': '结清付款期限',
  'change.date.nextDate': '恢复还款',
  'change.amount.waivedCharges': '减免的利息和费用',
  'change.amount.waivedPrincipal': '减免的本金',
  'change.status.cleared': '已无欠款',
  'change.status.infeasible': '暂无具体日期',
  'change.status.instalment-only': '固定分期',
  'change.status.focus-now': '最先集中偿还',
  'change.status.waiting': '稍后集中偿还',
};
