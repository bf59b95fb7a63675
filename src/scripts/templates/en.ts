/**
 * English script templates. This file defines the keys; zh-CN.ts must provide every key with the
 * same `{{placeholders}}` (templates.test.ts checks it). Terms come from the one glossary
 * (src/i18n/glossary.ts). Legal statements: only facts docs/sources.md lists as 原文已核 (stated
 * plainly) or 多源一致 (phrased "reportedly", naming the source), each used only for the lenders it
 * binds (legal.ts picks the keys). Tone: calm, plain, factual; no blame, no queue talk to creditors.
 *
 * Placeholders filled for every template (compose.ts): platformName, name, contract, you (how the
 * creditor is addressed: "you", or its name in a letter to the regulator), your, theDebt, asOf,
 * budget, owed, principal, meanwhile, firstDate, nextDate, debtFree, focusStart, focusAmount,
 * payoff, planTotal, place, count, rule, charges, stopCharges, waiveCharges, statementItems,
 * instalmentTerm, deferralClause, contractClause, signerName, letterDate.
 */
import { GLOSSARY as G } from '../../i18n/glossary';

export const en = {
  // ---- titles (the channel adds its own words) ----
  'title.proposal': 'Repayment proposal to {{platformName}}',
  'title.instalment-request.card': 'Request to {{platformName}} for {{instalmentTerm}}',
  'title.instalment-request.loan': 'Request to {{platformName}} for {{instalmentTerm}}',
  'title.settlement-offer': 'One-off settlement request to {{platformName}}',
  'title.stop-third-party-contact': 'To {{platformName}}: please stop contacting other people',
  'title.contacts-warning': 'A note to family and friends about {{platformName}}',
  'title.guarantor-reply': 'Reply to {{platformName}} from a contact who signed no guarantee',
  'title.complaint.platform': 'Complaint to {{platformName}} about its collection',
  'title.complaint.regulator': 'Complaint about the collection practices of {{platformName}}',
  'title.follow-up.no-reply': 'Follow-up to {{platformName}}: no reply yet',
  'title.follow-up.refused': 'Follow-up to {{platformName}}: after a refusal',
  'title.follow-up.broken-promise': 'Follow-up to {{platformName}}: a missed payment',
  'title.follow-up.keep-current-terms': 'Request to {{platformName}}: keep the current terms',
  'title.verify-collector': 'To a collector for {{platformName}}: please prove your authority',
  'title.channel.phone': '{{title}} (phone talking points)',
  'title.channel.message': '{{title}} (in-app message)',
  'title.channel.letter': '{{title}} (letter)',

  'letter.heading.proposal': 'REPAYMENT PROPOSAL',
  'letter.heading.instalment-request.card': 'REQUEST FOR A PERSONALISED INSTALMENT PLAN',
  'letter.heading.instalment-request.loan': 'REQUEST FOR REPAYMENT BY INSTALMENTS',
  'letter.heading.settlement-offer': 'REQUEST FOR A ONE-OFF SETTLEMENT',
  'letter.heading.stop-third-party-contact': 'REQUEST TO STOP CONTACTING OTHER PEOPLE',
  'letter.heading.contacts-warning': 'A NOTE TO MY FAMILY AND FRIENDS',
  'letter.heading.guarantor-reply': 'REPLY: I AM NOT A GUARANTOR',
  'letter.heading.complaint': 'COMPLAINT',
  'letter.heading.follow-up': 'FOLLOW-UP ON MY REPAYMENT PROPOSAL',
  'letter.heading.verify-collector': 'REQUEST TO VERIFY YOUR AUTHORITY TO COLLECT',
  'letter.to': 'To: {{platformName}}\nDear Sir or Madam,',
  'letter.toFamily': 'Dear family and friends,',
  'letter.toRegulator': 'To: the financial regulator\nDear Sir or Madam,',
  'letter.toCollector': 'To: the collection agency\nDear Sir or Madam,',
  'letter.close.formal': 'Yours faithfully,',
  'letter.close.family': 'Best wishes,',
  'signer.applicant': '{{signerName}}',
  'signer.complainant': '{{signerName}}',
  'signer.borrower': '{{signerName}}',
  'signer.contact': '{{signerName}}',
  'signer.family': '{{signerName}}',
  'signer.blank': '____________',
  'letter.date': 'Date: {{letterDate}}',
  'letter.date.blank': 'Date: ____________',

  // ---- how the creditor is addressed and what its charges are called ----
  'you.bank': 'you',
  'you.company': 'you',
  'you.platform': 'you',
  'you.agency': 'you',
  'you.neutral': 'you',
  'you.named': '{{platformName}}',
  'your.bank': 'your',
  'your.company': 'your',
  'your.platform': 'your',
  'your.agency': 'the lender’s',
  'your.neutral': 'your',
  'your.named': '{{platformName}}’s',
  'theDebt.owe': 'what I owe {{you}}',
  'theDebt.agency': 'the debt {{you}} are collecting',
  'charges.card': `interest, ${G.cardLateCharge.en}s and other fees`,
  'charges.loan': `interest, ${G.penaltyInterest.en} and fees`,
  'stopCharges.card': 'interest',
  'stopCharges.loan': `${G.penaltyInterest.en} and interest`,
  'waiveCharges.card': `the ${G.cardLateCharge.en}s and fees already charged, such as the annual fee`,
  'waiveCharges.loan': 'the penalty charges and service fees already charged',
  'statementItems.card': `principal, interest, ${G.cardLateCharge.en}s and fees`,
  'statementItems.loan': `principal, interest, ${G.penaltyInterest.en} and fees`,
  'instalmentTerm.card': `a ${G.cardInstalmentPlan.en}`,
  'instalmentTerm.loan': G.loanInstalmentPlan.en,
  'deferral.card': '',
  'deferral.loan': `, and to consider ${G.deferral.en}`,

  // ---- phone ----
  'phone.intro':
    'Talking points for a call with {{platformName}}. Say them in your own words; there is no need to read them out.',
  'phone.introFamily': 'Talking points for telling family and friends. Say them in your own words.',
  'phone.introContact':
    'For a contact who has never signed a guarantee: what to say when {{platformName}} calls about someone else’s loan.',
  'phone.introRegulator': 'Talking points for a complaint call about {{platformName}}.',
  'phone.introCollector': 'Talking points for when a collection agency calls about your loan with {{platformName}}.',
  'phone.verify':
    'First ask for the caller’s name or staff number and the company they work for. If in doubt, hang up and check through {{platformName}}’s official app or the customer-service number in your contract.',
  'phone.repliesHeading': 'If they say…',
  'phone.close':
    'Before hanging up: ask them to send what was agreed in writing (in-app message, official SMS or email). Note the date, time, staff number and what was said.',
  'phone.close.contact':
    'After the call: note the date, the time, the number that called and what was said, and tell the borrower. Do not agree to pay anything.',
  'phone.close.regulator':
    'Before hanging up: note the staff number of the person you spoke to, the complaint number and when you will get an answer.',
  'reply.payAll':
    '“You must pay everything today.” → “I cannot. What I can pay, and when, is in the plan I have described. Please send me an itemised statement and your answer in writing.”',
  'reply.contacts':
    '“We will call your family and contacts.” → “Please don’t. I am the borrower and I can be reached on this number. I am noting the time of this call and what was said.”',
  'reply.personalAccount':
    '“Transfer it to this account / WeChat / Alipay.” → “I pay only into the official repayment account in my contract or through the official app. Please send the payment details through the app.”',
  'reply.noWaiver':
    '“We cannot reduce anything.” → “Then please send me the itemised statement and put that answer in writing. Meanwhile I will keep to my plan.”',
  'reply.whyOthers': `“Why pay other creditors before us?” → “I am ${G.oneAtATime.en}, in an order set by one rule, so each creditor knows when my spare money starts going to it. I pay no one extra outside the plan.”`,
  'reply.legal':
    '“We will take legal action.” → “I want to repay and I have made a proposal. If you start proceedings I will respond through the proper channels. Please send any formal notice in writing.”',
  'reply.newLoan': `“Borrow from another app and pay us.” → “I will not take out new loans to repay old ones (${G.newLoanToRepayOld.zh}).”`,
  'reply.family.whatToSay':
    '“What do I say if they call?” → “If you never signed a guarantee, say: I am not a guarantor; please contact the borrower directly and do not call me again. Then you can hang up.”',
  'reply.family.pay':
    '“Should I pay it for you?” → “No, please don’t. I am handling it. Never send money to anyone who calls.”',
  'reply.contact.guarantor':
    '“You are the guarantor, you have to pay.” → “I never signed a guarantee. Send me a copy of one signed by me through your official channel. Until then I will not pay.”',
  'reply.contact.where':
    '“Tell us where the borrower is.” → “Please contact the borrower directly. I will not share their information.”',
  'reply.contact.keepCalling':
    '“We will keep calling until it is paid.” → “I have asked you clearly not to contact me again.”',
  'reply.complaint.passOn':
    '“We will pass it on.” → “Please give me a ticket number and tell me when I will get a written answer.”',
  'reply.regulator.notOurs':
    '“That is not for us.” → “Then please tell me which office handles it, and its phone number.”',
  'reply.regulator.askLender':
    '“Take it up with the lender first.” → “I already have (give the ticket number). Please register my complaint and tell me how long it will take.”',
  'reply.collector.whoFor':
    '“We are collecting for the lender, just pay.” → “Then please send me the lender’s written authorisation first. I will check it with the lender’s official customer service before I pay anything.”',

  // ---- identification, willingness, hardship ----
  'ident.named.loan': 'My name is {{name}}, and I have a loan with {{you}}{{contractClause}}.',
  'ident.anon.loan': 'I have a loan with {{you}}{{contractClause}}.',
  'ident.named.card': 'My name is {{name}}, and I hold a credit card issued by {{you}}{{contractClause}}.',
  'ident.anon.card': 'I hold a credit card issued by {{you}}{{contractClause}}.',
  'ident.named.agency': 'My name is {{name}}, and {{you}} are collecting a debt from me{{contractClause}}.',
  'ident.anon.agency': 'I am writing about a debt {{you}} are collecting from me{{contractClause}}.',
  'ident.contract.loan': ' (contract number {{contract}})',
  'ident.contract.card': ' (card number {{contract}})',
  'willing.cooperative':
    'I want to repay everything I owe, and I am writing to agree with {{you}} a plan I can keep. My phone number stays the same and I can always be reached.',
  'willing.firm':
    'I will repay what I owe and I am not avoiding anyone. My phone number stays the same and I can always be reached.',
  'willing.short': 'I want to repay, and I can always be reached on this number.',
  'hardship.reasons': 'My situation: {{reasons}}.',
  'hardship.default': 'My income no longer covers the repayments on all my loans at once.',
  'hardship.details': '{{details}}',
  'hardship.budget':
    'After essential living costs I have {{budget}} a month for all my debts, which I owe to {{count}} creditors.',
  'hardship.join': '; ',
  'reason.job-loss': 'I lost my job',
  'reason.income-drop': 'my income has fallen',
  'reason.illness': 'illness in my family or my own',
  'reason.family': 'my family circumstances have changed',
  'reason.business': 'my business is losing money',
  'reason.debt-load': 'the monthly repayments due are more than my income',
  'owed.now':
    'By my records, on {{asOf}} {{theDebt}} comes to about {{owed}}, of which {{principal}} is principal. The exact figures are those {{you}} confirm in an itemised statement.',
  'cost.cite':
    'Calculated from the amount I actually received and the repayment schedule, the real annual cost of this loan is about {{rate}}%.',

  // ---- the plan for this creditor ----
  place: '{{place}} of {{count}}',
  'timeline.focusNow': `From {{focusStart}}, after paying my other creditors what my plan states, all the money I have left each month goes to this debt: {{focusAmount}} that month{{thenClause}}. It will be repaid in full by {{payoff}}.`,
  'timeline.waiting':
    'Until my spare money goes to this debt I pay {{meanwhile}} a month. From {{focusStart}} it all goes to this debt: {{focusAmount}} that month{{thenClause}}. It will be repaid in full by {{payoff}}.',
  'timeline.waitingNoToken':
    'Until my spare money goes to this debt I cannot pay a monthly amount on it, because all I have goes to one creditor at a time. From {{focusStart}} it all goes to this debt: {{focusAmount}} that month{{thenClause}}. It will be repaid in full by {{payoff}}.',
  'timelineShort.focusNow':
    'From {{focusStart}} all my spare money goes to this debt: {{focusAmount}} that month{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.waiting':
    'Until my spare money goes to this debt: {{meanwhile}} a month. From {{focusStart}}: {{focusAmount}} that month{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.waitingNoToken':
    'No monthly payment on this debt before {{focusStart}}; from then: {{focusAmount}} that month{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.instalmentOnly': 'A fixed {{meanwhile}} a month until repaid in full by {{payoff}}.',
  'timeline.then': ', then {{amount}} a month',
  'timeline.instalmentOnly':
    'I pay a fixed {{meanwhile}} a month on this debt, and it will be repaid in full by {{payoff}}.',
  'timeline.cleared':
    'By my records, on {{asOf}} I owe {{you}} nothing. Please confirm in writing that the account is settled and issue a settlement certificate.',
  'timeline.infeasible':
    'I cannot give dates yet: my {{budget}} a month is not enough for a plan that repays all my debts ({{reason}}). {{meanwhileText}} I am cutting costs and working to raise my income, and I will send dates as soon as I have a plan that works.',
  'timeline.infeasible.token': 'Meanwhile I can pay {{meanwhile}} a month on this debt.',
  'timeline.infeasible.noToken': 'Meanwhile I cannot promise a monthly amount.',
  'infeasible.commitments-exceed-budget': `the agreed instalments and ${G.smallPayment.en}s alone come to more than that`,
  'infeasible.not-cleared-within-horizon': 'at this budget the debts would not be cleared within the plan’s time limit',
  fairness: `I am ${G.oneAtATime.en}: each month I pay each creditor the amount my plan states, and everything else goes to one creditor until it is repaid, then to the next. The order follows one rule ({{rule}}); {{you}} are {{placeText}}. So each creditor knows when my spare money starts going to it and when it will be repaid in full, and I pay no one extra outside this plan.`,
  'fairness.short': `I am ${G.oneAtATime.en}, in an order set by one rule; I pay no one extra outside the plan.`,
  'rule.snowball': 'smallest balance first',
  'rule.avalanche': 'highest interest rate first',
  'rule.custom': 'an order I have set and will keep',

  // ---- asks, boundaries, safety ----
  'asks.intro.cooperative': 'I ask {{you}} to:',
  'asks.intro.firm': 'I request that {{you}}:',
  'ask.interest': 'stop, or at least reduce, {{stopCharges}} while I keep to this plan;',
  'ask.fees': 'waive {{waiveCharges}};',
  'ask.hold': 'pause collection and take no legal steps while I keep to the plan;',
  'ask.statement': `send me an ${G.itemisedStatement.en} ({{statementItems}}) before any total is agreed;`,
  'ask.written':
    'confirm any agreement in writing through {{your}} official channel (in-app message, official SMS, email or a written agreement);',
  'ask.account':
    'tell me the official repayment account in my contract or the payment method in {{your}} official app; I will pay nothing into a personal account.',
  'asks.short':
    'Please stop or reduce {{stopCharges}}, waive charges, pause collection, send an itemised statement ({{statementItems}}) before any total is agreed, and confirm in writing.',
  boundaries:
    'Please contact only me, not my family, colleagues or contacts, and do not contact me between 22:00 and 08:00 unless I agree.',
  'boundaries.short': 'Contact only me (not family or contacts), never 22:00–08:00.',
  safety: `I will repay only into ${G.officialAccount.en} or through {{your}} official app, never into a personal account. I will not take out new loans to repay old ones (${G.newLoanToRepayOld.zh}). I am dealing with {{you}} myself and will not use or pay any debt-negotiation agent (${G.paidNegotiationAgent.zh}).`,
  'safety.short':
    'I pay only into the official account, never a personal one; no new loans to repay old ones; no paid agents.',
  'evidence.list': 'I can provide: {{items}}.',
  'evidence.join': '; ',
  'evidence.income-proof': 'proof of income (payslips or an income statement)',
  'evidence.termination': 'a termination letter',
  'evidence.medical': 'medical records',
  'evidence.debt-list': 'a list of all my debts',
  'evidence.budget': 'my monthly budget',
  'evidence.bank-statement': 'bank statements',
  review: 'If my situation changes I will tell {{you}} and update the plan.',
  'closing.cooperative': 'I would be grateful if {{you}} would consider this and reply in writing.',
  'closing.firm': 'Please reply in writing through {{your}} official channel.',

  // ---- legal statements (legal.ts decides which apply to which lender) ----
  'law.gbt':
    'Reportedly, the recommended national standard GB/T 45251—2025 says collection should address the borrower only, not contacts, and should not take place between 22:00 and 08:00 unless agreed.',
  'law.gbt.scope':
    'Reportedly, the recommended national standard GB/T 45251—2025, for online consumer-loan collection by banks, consumer-finance companies, microlenders and those they commission, says collection should address the borrower only, not contacts, and should not take place between 22:00 and 08:00 unless agreed.',
  'law.cba.scope':
    'Reportedly, the China Banking Association’s collection guideline (30 January 2026), for its members’ credit cards and consumer loans, also forbids, in principle, collecting from unrelated third parties, and forbids collection between 22:00 and 08:00 without the borrower’s agreement.',
  'law.card68':
    'For credit cards, Article 68 of the Measures for the Supervision and Administration of Commercial Banks’ Credit Card Business (2011) reportedly requires collection from the cardholder and any guarantor only, not from unrelated third parties.',
  'law.cbaWhitelist':
    'Reportedly, the China Banking Association’s collection guideline (30 January 2026) requires its members to keep a list of the outside collection agencies they use and publish it on their websites.',
  'law.12378':
    '12378 is reportedly the National Financial Regulatory Administration’s complaint line for banks and consumer-finance companies.',
  'law.12378.scope':
    'If {{platformName}} is a bank or a consumer-finance company: 12378 is reportedly the National Financial Regulatory Administration’s complaint line for them.',
  'law.12321':
    '12321, the reporting centre of the Internet Society of China, reportedly takes reports of harassing calls and messages.',

  // ---- kind: proposal ----
  'proposal.offer': 'My proposal, worked out from my repayment plan:',

  // ---- kind: instalment request ----
  'inst.ask':
    'I ask {{you}} to agree {{instalmentTerm}}: {{amount}} a month for {{periods}} months, from {{firstDate}} until it is repaid on {{lastDate}}{{lastClause}}, and to stop charging interest and fees during that time.',
  'inst.last': ' (the last payment {{lastAmount}})',
  'inst.how':
    'How I arrived at this amount: I have {{budget}} a month for all my debts. After paying my other creditors what my plan states, and clearing every debt by {{debtFree}}, the most I can pay {{you}} each month is {{amount}}; so I ask for the shortest term I can keep (at most 60 months).',
  'inst.requestedUnfit':
    'Over {{askedMonths}} months the instalment would be {{askedAmount}} a month, which my budget cannot carry alongside my other payments, so I propose the term above.',
  'inst.none':
    'Even over 60 months an instalment would be {{amount}} a month, which my budget of {{budget}} cannot carry alongside my other payments. I ask {{you}} to stop charging interest and fees and to pause collection{{deferralClause}}; I am working to pay more and will come back with a figure as soon as I can.',
  'inst.compare': 'For comparison, without instalments my plan is:',
  'inst.card':
    'Reportedly (several published copies agree), Article 70 of the Measures for the Supervision and Administration of Commercial Banks’ Credit Card Business (2011) allows a bank to agree a personalised instalment plan of up to 5 years with a cardholder who cannot repay in full but is willing to repay; the agreement states whether interest and fees are charged, and once it is signed collection stops unless the cardholder breaks it. I understand this is the bank’s decision, not an automatic right.',
  'inst.loan': 'I understand that repayment by instalments, or a stop on interest and fees, needs {{your}} agreement.',
  'inst.docsHeading': 'Documents I can provide:',
  'doc.id': 'ID card (a copy)',
  'doc.contract': 'the loan contract or account number',
  'doc.card': 'my credit card number',
  'doc.hardship': 'proof of the hardship (termination letter, medical records or income statements)',
  'doc.debts': 'a list of all my debts and amounts',
  'doc.budget': 'my monthly budget (income and essential costs)',
  'doc.plan': 'this repayment plan',
  'inst.docsShort': 'I can send proof of hardship, a list of all my debts and my budget.',

  // ---- kind: settlement ----
  'settle.offer':
    'I ask for a one-off settlement: I pay {{amount}} in one payment{{byClause}} to settle {{theDebt}} in full, and ask {{you}} to waive the remaining {{waiver}}{{waiverSplit}}.',
  'settle.split.charges': ' (by my records, all of it {{charges}})',
  'settle.split.both': ' (by my records, {{waivedCharges}} of {{charges}} and {{waivedPrincipal}} of principal)',
  'settle.split.principal': ' (by my records, all of it principal)',
  'settle.noWaiver':
    'I offer to pay {{amount}} in one payment{{byClause}}, which repays {{theDebt}} in full. Before I pay, please confirm in writing that nothing more will be due.',
  'settle.noAmount':
    'I would like to settle {{theDebt}} in one payment. Please tell me the one-off amount {{you}} would accept and which {{charges}} {{you}} can waive; I will answer with what I can raise at once.',
  'settle.by': ' by {{by}}',
  'settle.compare':
    'For comparison, under my current plan {{you}} would receive {{planTotal}} in monthly payments, the last on {{payoff}}.',
  'settle.conditions':
    'Before I pay anything, please confirm in writing through {{your}} official channel: the settlement amount; that the rest is waived; that the account will be closed as settled and collection will stop; and that {{you}} will issue a settlement certificate after payment. I will pay only into the official repayment account of my contract or through {{your}} official app.',
  'settle.conditionsShort':
    'Before I pay, please confirm in writing: the amount, that the rest is waived, and that a settlement certificate will follow.',
  'settle.otherwise': 'If a settlement is not possible, my plan stays as follows:',

  // ---- kind: stop contacting third parties ----
  'stop.demand':
    'I am the borrower. Please deal with me only: stop contacting my family, colleagues, friends and anyone in my contacts, and do not tell anyone about my loan.',
  'stop.law':
    'The Civil Code prohibits disturbing a person’s private life by phone calls, text messages or instant messaging unless the law provides otherwise or the person clearly agrees (Article 1033), and prohibits disclosing personal information or providing it to others without consent (Article 1038). The Personal Information Protection Law requires processing to be directly related to its purpose and to have the least impact on the person (Article 6), and prohibits unlawfully providing or disclosing others’ personal information (Article 10).',
  'stop.kept': 'I have kept {{kept}} of these contacts.',
  'stop.next':
    'If anyone contacts my family, friends or colleagues again, I will complain to {{you}} and to the regulator, and I will report any threat to the police (110).',
  'stop.plan': 'I am repaying under a plan:',
  'stop.short': 'The Civil Code (Articles 1033 and 1038) protects my private life and personal information.',
  'kept.join': ', ',
  'kept.joinLast': ' and ',
  'kept.recording': 'call recordings',
  'kept.screenshot': 'screenshots',
  'kept.call-log': 'call logs',
  'kept.message': 'text and chat messages',

  // ---- kind: note to family and friends ----
  'cw.open':
    'I want to let you know in advance: you may get calls or messages about a debt of mine from {{platformName}} or from collectors working for it.',
  'cw.notGuarantor':
    'If you never signed a guarantee contract, you are not a guarantor and you do not have to repay anything for me.',
  'cw.noNeed':
    'You do not have to confirm anything about me or share my information. You can simply say: “I am not a guarantor. Please contact the borrower directly and do not contact me again.” Then hang up.',
  'cw.noNeedShort':
    'You need not answer or share anything. You can say: “I am not a guarantor; contact the borrower and do not contact me again.”',
  'cw.rule.gbt':
    'Reportedly, the national standard GB/T 45251—2025 says a contact who refuses should not be contacted again and should not be told the amount of the debt.',
  'cw.rule.gbtScope':
    'Reportedly, the national standard GB/T 45251—2025, for online consumer-loan collection by banks, consumer-finance companies and microlenders, says a contact who refuses should not be contacted again and should not be told the amount of the debt.',
  'cw.rule.cba':
    'Reportedly, the China Banking Association’s collection guideline says an unrelated person who asks not to be contacted must not be contacted again, and must not be told details of the debt.',
  'cw.noPay': `Please do not pay anything for me, and never transfer money to anyone who calls, least of all into a personal account. Do not give anyone my ID, bank card or verification codes, including people who offer to negotiate for me (${G.paidNegotiationAgent.zh}).`,
  'cw.noPayShort': 'Please pay nothing for me and send money to no one who calls.',
  'cw.handling': 'I am handling it myself: I have a repayment plan and I am dealing with the lender directly.',
  'cw.plan': 'Under my plan this debt will be repaid in full by {{payoff}}.',
  'cw.plan.open': 'I am still working out the dates with the lender.',
  'cw.plan.cleared': 'This debt is already repaid.',
  'cw.tellMe':
    'If they contact you, please tell me the date, time and number, and keep any messages. Sorry for the bother, and thank you.',

  // ---- kind: reply for a contact who signed no guarantee ----
  'gr.open.named': 'My name is {{contactName}}. I was contacted by {{you}} about a loan of {{borrower}}’s.',
  'gr.open.anon': 'I was contacted by {{you}} about a loan of {{borrower}}’s.',
  'gr.borrowerFallback': 'the borrower',
  'gr.deny':
    'I have never signed a guarantee contract or any document making me liable for this loan, and I have not agreed to repay it, so I am not a guarantor.',
  'gr.prove':
    'If {{you}} think otherwise, send me, through your official channel, a copy of the guarantee contract signed by me. Until then I will not pay anything.',
  'gr.stop':
    'Please stop contacting me, and do not tell me or anyone else about the debt. I will not pass on the borrower’s personal information.',
  'gr.rule.law':
    'The Civil Code (Article 1033) prohibits disturbing a person’s private life by phone calls, text messages or instant messaging without their clear consent.',
  'gr.rule.gbt':
    'Reportedly, the recommended national standard GB/T 45251—2025 limits collection from guarantors to what laws, regulations and the agreement provide, and says a contact who refuses should not be contacted again.',
  'gr.plan': 'Please deal with the borrower directly.',
  'gr.next':
    'If you keep contacting me I will complain to the regulator, and I will report any threat to the police (110).',

  // ---- kind: complaint ----
  'cp.open.platform': 'I am making a formal complaint about how {{you}} have collected my account.',
  'cp.open.regulator.named':
    'My name is {{name}}. I owe money to {{platformName}}{{contractClause}} and I am complaining about its collection practices.',
  'cp.open.regulator.anon':
    'I owe money to {{platformName}}{{contractClause}} and I am complaining about its collection practices.',
  'cp.summary': 'These are the {{total}} entries in my records, from {{from}} to {{to}}:',
  'cp.summary.one': 'This is the entry in my records, on {{from}}:',
  'cp.line': '{{date}}{{time}}: {{breach}}{{times}}{{note}}',
  'cp.line.possible': '{{date}}{{time}}: the contact may have involved {{breach}}{{times}}{{note}}',
  'cp.time': ' {{time}}',
  'cp.times': ' ({{count}} times that day)',
  'cp.note': ' ({{note}})',
  'cp.noLog': 'If you need the dates, times, numbers and what was said, please tell me and I will add them.',
  'cp.rulesHeading': 'The rules concerned:',
  'cp.rule': '{{breach}}: {{rule}}',
  'cp.kept': 'I have kept {{kept}}, and can provide them.',
  'cp.willing': 'I want to repay, and this is my plan:',
  'cp.asks.platform':
    'I ask {{you}} to stop these practices, stop contacting other people, tell me in writing how this complaint was handled, and consider my repayment proposal.',
  'cp.asks.regulator':
    'I ask the regulator to look into these practices, to require {{platformName}} to stop them, and to reply to me in writing.',
  'cp.ticket': 'I complained to {{platformName}} first (ticket {{ticket}}).',
  'cp.closing.regulator': 'I look forward to hearing from you.',
  'cp.breaches': 'My records: {{total}} entries from {{from}} to {{to}}: {{list}}.',
  'cp.breaches.join': '; ',
  'cp.breach.possible': 'the contact may have involved {{breach}}',
  'cp.breaches.one': 'My records, {{from}}: {{list}}.',
  'breach.night-contact': 'contact between 22:00 and 08:00 without my agreement',
  'breach.third-party-contact': 'contact with my family, colleagues or contacts',
  'breach.debt-disclosed': 'my debt disclosed to other people',
  'breach.excess-calls': 'more than 3 connected calls in one day',
  'breach.threats-insults': 'threats or insults',
  'breach.public-posting': 'notices or “lawyer’s letters” posted in public',
  'breach.extra-fee': 'an extra fee demanded for collection',
  'breach.new-loan-pressure': 'pressure to borrow elsewhere to repay',
  'breach.personal-account': 'a demand to pay into a personal account',
  'breach.other': 'other conduct',
  'rule.night-contact.gbt':
    'reportedly, GB/T 45251—2025 (recommended national standard) says collection should not take place between 22:00 and 08:00 unless agreed.',
  'rule.night-contact.cbaOnly':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) says its members should not collect between 22:00 and 08:00 without the borrower’s agreement.',
  'rule.night-contact.gbtScope':
    'reportedly, GB/T 45251—2025 (recommended national standard, for online consumer loans collected by banks, consumer finance companies, microlenders and similar lenders) says collection should not take place between 22:00 and 08:00 unless agreed.',
  'rule.third-party-contact':
    'the Civil Code, Article 1033, prohibits disturbing a person’s private life by phone calls or messages without their clear consent.',
  'rule.debt-disclosed':
    'the Civil Code, Article 1038, and the Personal Information Protection Law, Article 10, prohibit disclosing or providing personal information unlawfully.',
  'rule.excess-calls':
    'reportedly, GB/T 45251—2025 (recommended national standard) says one institution and its collection agents together should not connect more than 3 calls a day to one borrower.',
  'rule.excess-calls.scope':
    'reportedly, GB/T 45251—2025 (recommended national standard, for online consumer loans collected by banks, consumer finance companies, microlenders and similar lenders) says one institution and its collection agents together should not connect more than 3 calls a day to one borrower.',
  'rule.threats-insults':
    'the Public Security Administration Punishments Law (revised 2025, in force 1 January 2026), Article 50, punishes threatening a person’s safety, publicly insulting a person, and repeatedly sending insulting or threatening messages that disturb a person’s normal life.',
  'rule.threats-insults.2012':
    'the Public Security Administration Punishments Law (2012 amendment, for acts before 1 January 2026), Article 42, punishes repeatedly sending obscene, insulting, threatening or other messages that disturb a person’s normal life.',
  'rule.public-posting':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids its members to post collection notices or lawyer’s letters in public places.',
  'rule.extra-fee':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids its members to charge extra fees in the name of collection.',
  'rule.new-loan-pressure':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids its members to induce or force borrowers to raise money through new borrowing.',
  'rule.personal-account':
    'a payment into a personal account may not be provable as repayment; I pay only into the official account of my contract.',
  'rule.join': ' ',
  'rule.other': 'described in my records.',

  // ---- kind: follow-up ----
  'fu.no-reply':
    'On {{previousDate}} I sent {{you}} a repayment proposal. I have had no reply, so I am sending it again.',
  'fu.no-reply.undated': 'I sent {{you}} a repayment proposal earlier and have had no reply, so I am sending it again.',
  'fu.refused':
    'I was told{{onDate}} that {{you}} cannot accept my proposal. My situation is unchanged and this is still what I can pay. Please tell me in writing what {{you}} can accept; meanwhile I keep paying what my plan states.',
  'fu.on': ' on {{previousDate}}',
  'fu.broken-promise':
    'I missed the agreed payment{{due}}. I am not walking away from the agreement: I ask {{you}} to keep it in place, and I will resume the agreed payments from {{nextDate}}.',
  'fu.due': ' due on {{previousDate}}',
  'fu.due.undated': ' most recently due',
  'fu.keep-current-terms':
    'Our arrangement is due for review. My situation has not improved: I still have {{budget}} a month for all my debts. Please continue to accept the current payments{{stopClause}}. I will tell {{you}} if things improve.',
  'fu.stop': ', and keep interest and fees stopped as agreed',
  'fu.stop.since': ', and keep interest and fees stopped as agreed on {{since}}',

  // ---- kind: verify a collector ----
  'vc.open':
    'You have contacted me saying you are collecting, on behalf of {{platformName}}, a loan of mine{{contractClause}}.',
  'vc.open.agency': 'You have contacted me to collect a loan{{contractClause}}.',
  'vc.willing':
    'I want to agree a repayment with the lender. Before I pay anything or share any information, please send me in writing:',
  'vc.item.company': 'your company’s full name, unified social credit code and contact details;',
  'vc.item.authority':
    'the written authorisation {{platformName}} has given you to collect this loan, showing its scope and period;',
  'vc.item.authority.agency':
    'the name of the lender, and the written authorisation it has given you to collect this loan, showing its scope and period;',
  'vc.item.statement': `the contract number and an ${G.itemisedStatement.en} of the loan ({{statementItems}});`,
  'vc.item.account':
    'how to pay: only into the lender’s official repayment account in my contract, or through its official app.',
  'vc.noPay':
    'Until then I will pay nothing to anyone. I will refuse any request to transfer money to a personal account, WeChat or Alipay, and I will check your authorisation with {{platformName}}’s official customer service.',
  'vc.noPay.agency':
    'Until then I will pay nothing to anyone. I will refuse any request to transfer money to a personal account, WeChat or Alipay, and I will check your authorisation with the lender’s official customer service.',
  'vc.short':
    'Before I pay or share anything, please send in writing: your company’s full name and credit code, the lender’s written authorisation to collect, the contract number with an itemised statement, and the lender’s official repayment account.',
  'vc.closing': 'Please reply in writing.',

  // ---- what changed between two versions of a letter (describeLetterChanges) ----
  'change.line': '{{label}}: {{before}} → {{after}}',
  'change.none': '(none)',
  'change.place': 'Place in the order',
  'change.status': 'Plan for this creditor',
  'change.amount.owed': 'Owed',
  'change.amount.principal': 'Principal',
  'change.amount.budget': 'Monthly budget',
  'change.amount.meanwhile': 'Monthly payment before its turn',
  'change.amount.focusAmount': 'Payment in the first month of its turn',
  'change.amount.focusNextAmount': 'Monthly payment after that',
  'change.amount.planTotal': 'Total under the plan',
  'change.amount.instalment': 'Monthly instalment',
  'change.amount.lastInstalment': 'Last instalment',
  'change.amount.settlement': 'Settlement offered',
  'change.amount.waiver': 'Amount to waive',
  'change.date.asOf': 'Balances as of',
  'change.date.focusStart': 'Date its turn starts',
  'change.date.payoff': 'Repaid in full by',
  'change.date.debtFree': 'All debts repaid by',
  'change.date.instalmentFrom': 'Instalments from',
  'change.date.instalmentTo': 'Instalments until',
  'change.date.settleBy': 'Settlement paid by',
  'change.date.nextDate': 'Payments resume',
  'change.amount.waivedCharges': 'Interest and fees to waive',
  'change.amount.waivedPrincipal': 'Principal to waive',
  'change.status.cleared': 'nothing owed',
  'change.status.infeasible': 'no dates yet',
  'change.status.instalment-only': 'fixed instalments',
  'change.status.focus-now': 'repaid first',
  'change.status.waiting': 'repaid later',
} as const satisfies Record<string, string>;

export type TemplateKey = keyof typeof en;
export type Templates = Readonly<Record<TemplateKey, string>>;
