/**
 * English script templates. This file defines the keys; zh-CN.ts must provide every key with the
 * same `{{placeholders}}` (a test checks it). Only facts from ../shared/reference/cn-rules.md tagged
 * 原文已核 (verified against the full text) or 多源一致 (several sources agree: phrased "reportedly")
 * appear, each legal reference naming its source. Tone: calm, plain, factual; no blame.
 */
export const en = {
  // ---- titles and headings ----
  'title.proposal': 'Repayment proposal to {{platformName}}',
  'title.instalment-request': 'Instalment and interest-stop request to {{platformName}}',
  'title.settlement-offer': 'One-off settlement offer to {{platformName}}',
  'title.stop-third-party-contact': '{{platformName}}: stop contacting third parties',
  'title.contacts-warning': 'A note to family and contacts about {{platformName}}',
  'title.guarantor-reply': 'Reply to {{platformName}}: I am not a guarantor',
  'title.complaint.platform': 'Complaint to {{platformName}} about its collection',
  'title.complaint.regulator': 'Complaint about the collection practices of {{platformName}}',
  'title.follow-up.no-reply': 'Follow-up to {{platformName}}: no reply yet',
  'title.follow-up.refused': 'Follow-up to {{platformName}}: after a refusal',
  'title.follow-up.broken-promise': 'Follow-up to {{platformName}}: a missed payment',
  'title.follow-up.keep-current-terms': 'Request to {{platformName}}: keep the current terms',
  'title.channel.phone': '{{title}} (phone talking points)',
  'title.channel.message': '{{title}} (in-app message)',
  'title.channel.letter': '{{title}} (letter)',

  'letter.heading.proposal': 'REPAYMENT PROPOSAL',
  'letter.heading.instalment-request': 'REQUEST FOR AN INSTALMENT PLAN AND INTEREST STOP',
  'letter.heading.settlement-offer': 'OFFER OF ONE-OFF SETTLEMENT',
  'letter.heading.stop-third-party-contact': 'REQUEST TO STOP CONTACTING THIRD PARTIES',
  'letter.heading.contacts-warning': 'A NOTE TO MY FAMILY AND CONTACTS',
  'letter.heading.guarantor-reply': 'REPLY: I AM NOT A GUARANTOR',
  'letter.heading.complaint': 'COMPLAINT',
  'letter.heading.follow-up': 'FOLLOW-UP ON MY REPAYMENT PROPOSAL',
  'letter.to': 'To: {{platformName}}',
  'letter.toFamily': 'To my family and friends,',
  'letter.toRegulator': 'To: the financial regulator (complaint about {{platformName}})',
  'letter.signoff': 'Yours faithfully,\n{{signer}}\nDate: ____________',
  'letter.signoffFamily': 'With thanks,\n{{signer}}',
  'signer.anon': '(name)',

  // ---- phone ----
  'phone.intro':
    'Talking points for a call with {{platformName}}. Say them in your own words; there is no need to read them out.',
  'phone.introFamily': 'Talking points for telling family and friends. Say them in your own words.',
  'phone.introContact': 'Talking points for when {{platformName}} calls you about someone else’s loan.',
  'phone.introRegulator':
    'Talking points for a complaint call (to {{platformName}}’s official complaint line, or to 12378).',
  'phone.verify':
    'First ask for the caller’s name or staff number and the company they work for. If in doubt, hang up and call the official customer-service number in {{platformName}}’s app or in your contract.',
  'phone.repliesHeading': 'If they say…',
  'phone.close':
    'Before hanging up: ask them to send what was agreed in writing (in-app message, official SMS or email). Note the date, time, staff number and what was said.',
  'reply.payAll':
    '“You must pay everything today.” → “I cannot. What I can pay is in the plan I have described. Please send me an itemised statement and your answer in writing.”',
  'reply.contacts':
    '“We will call your family and contacts.” → “Please don’t. I am the borrower and I am reachable on this number; my family and contacts are not guarantors. Reportedly, the national standard GB/T 45251—2025 says collection should not address contacts. I am keeping a record of this call.”',
  'reply.personalAccount':
    '“Transfer it to this account / WeChat / Alipay.” → “I pay only into the official repayment account in my contract or through the official app. Please send the payment details through the app.”',
  'reply.noWaiver':
    '“We cannot reduce anything.” → “Then please send me the itemised statement and put that answer in writing. Meanwhile I will keep to my plan.”',
  'reply.whyOthers':
    '“Why pay other platforms before us?” → “All my creditors are in one queue under one rule, and each knows when its turn comes. I pay no one extra outside the plan.”',
  'reply.legal':
    '“We will take legal action.” → “I want to repay and I have made a proposal. If you start proceedings I will respond through the proper channels. Please send any formal notice in writing.”',
  'reply.newLoan':
    '“Borrow from another app and pay us.” → “I will not borrow new money to repay old debts. Reportedly, the China Banking Association’s 2026 collection guideline forbids pressing borrowers to do that.”',
  'reply.family.whatToSay':
    '“What do I say if they call?” → “Say: I am not a guarantor; contact the borrower directly and do not call me again. Then you can hang up.”',
  'reply.family.pay':
    '“Should I pay it for you?” → “No, please don’t. I am handling it. Never send money to anyone who calls.”',
  'reply.contact.guarantor':
    '“You are the guarantor, you have to pay.” → “I never signed a guarantee. Send me a copy of one signed by me through your official channel. Until then I will not pay.”',
  'reply.contact.where':
    '“Tell us where the borrower is.” → “Please contact the borrower directly. I will not share their information.”',
  'reply.contact.keepCalling':
    '“We will keep calling until it is paid.” → “I have asked you clearly not to contact me again. I am keeping a record of these calls.”',
  'reply.complaint.passOn':
    '“We will pass it on.” → “Please give me a ticket number and tell me when I will get a written answer.”',

  // ---- identification, willingness, hardship ----
  'ident.named': 'My name is {{name}}, and I have a loan with {{platformName}}{{contractClause}}.',
  'ident.anon': 'I am a borrower with {{platformName}}{{contractClause}}.',
  'ident.contract': ' (contract number {{contract}})',
  'willing.cooperative':
    'I want to repay what I owe, and I am contacting you to agree how. I keep the same phone number and stay reachable.',
  'willing.firm':
    'I intend to repay what I owe. I am not avoiding you: I keep the same phone number and stay reachable.',
  'willing.short': 'I want to repay and stay reachable.',
  'hardship.reasons': 'My situation: {{reasons}}.',
  'hardship.default': 'My income no longer covers the repayments on all my loans at once.',
  'hardship.details': '{{details}}',
  'hardship.budget':
    'After essential living costs I have {{budget}} a month for all my debts, owed to {{count}} creditors.',
  'hardship.join': '; ',
  'reason.job-loss': 'I lost my job',
  'reason.income-drop': 'my income has fallen',
  'reason.illness': 'illness in my family or my own',
  'reason.family': 'my family circumstances have changed',
  'reason.business': 'my business is losing money',
  'reason.debt-load': 'repayments across several platforms exceed my income',
  'owed.now':
    'By my records, on {{asOf}} I owe you about {{owed}}, of which {{principal}} is principal. Please confirm the exact figures.',

  // ---- the timeline from the plan ----
  place: '{{place}} of {{count}}',
  'timeline.focusNow':
    'In my repayment plan you are {{placeText}} in the queue. From {{focusStart}} you receive all the money I have left each month after the agreed payments to the others: {{focusAmount}} that month{{thenClause}}. You will be repaid in full by {{payoff}}.',
  'timeline.waiting':
    'In my repayment plan you are {{placeText}} in the queue. Until your turn I pay you {{meanwhile}} a month. Your turn starts on {{focusStart}}: that month you receive {{focusAmount}}{{thenClause}}. You will be repaid in full by {{payoff}}.',
  'timeline.waitingNoToken':
    'In my repayment plan you are {{placeText}} in the queue. Until your turn I cannot pay you a monthly amount, because all I have goes to one creditor at a time. Your turn starts on {{focusStart}}: that month you receive {{focusAmount}}{{thenClause}}. You will be repaid in full by {{payoff}}.',
  'timeline.then': ', then {{amount}} a month',
  'timeline.instalmentOnly':
    'In my repayment plan you are {{placeText}} in the queue. You receive the agreed instalment of {{meanwhile}} a month and will be repaid in full by {{payoff}}.',
  'timeline.cleared':
    'By my records, on {{asOf}} I owe you nothing. Please confirm in writing that the account is settled and issue a settlement certificate (结清证明).',
  'timeline.infeasible':
    'I cannot give you dates yet: my budget of {{budget}} a month is not enough for a plan that repays every creditor ({{reason}}). You are {{placeText}} in the queue. {{meanwhileText}} I am working to cut costs and raise my income, and I will come back to you with dates as soon as I have a plan that works.',
  'timeline.infeasible.token': 'Meanwhile I can pay you {{meanwhile}} a month.',
  'timeline.infeasible.noToken': 'Meanwhile I cannot promise a monthly amount.',
  'infeasible.commitments-exceed-budget': 'the agreed small payments alone come to more than that',
  'infeasible.not-cleared-within-horizon': 'at this budget the debts would not be cleared within the plan’s time limit',
  fairness:
    'Why one creditor at a time: all {{count}} creditors are in one queue, ordered by one rule ({{rule}}). While they wait, creditors receive only the payments stated in the plan; everything else goes to one creditor until it is repaid, then to the next. Each creditor knows when its turn starts and when it will be repaid in full, and I pay no one extra outside this plan.',
  'fairness.short': 'All my creditors are in one queue under one rule; I pay no one extra outside it.',
  'rule.snowball': 'smallest balance first',
  'rule.avalanche': 'highest interest rate first',
  'rule.custom': 'an order I have set and will keep',

  // ---- asks, boundaries, safety ----
  'asks.intro.cooperative': 'I ask you to:',
  'asks.intro.firm': 'I request that you:',
  'ask.interest': 'stop, or at least reduce, penalty interest (罚息) while this plan runs;',
  'ask.fees': 'waive late fees, penalty charges (违约金) and service fees;',
  'ask.hold': 'put collection and any legal escalation on hold while I keep to the plan;',
  'ask.statement':
    'send me an itemised statement (principal, interest, penalty interest, fees) before any total is agreed;',
  'ask.written':
    'confirm any agreement in writing through your official channel (in-app message, official SMS, email or letter);',
  'ask.account':
    'name the official repayment account or in-app payment method of my contract; I will pay nothing into a personal account.',
  'asks.short':
    'Please stop penalty interest, waive fees, pause collection and legal steps, itemise principal, interest, penalty and fees before any total is agreed, and confirm in writing.',
  boundaries:
    'Please contact only me, not my family, colleagues or contacts, and do not contact me between 22:00 and 08:00 unless I agree. Reportedly, the recommended national standard GB/T 45251—2025 and the China Banking Association’s collection guideline (30 January 2026) both say collection should address the borrower, not unrelated people, and should not take place between 22:00 and 08:00 unless agreed.',
  'boundaries.card':
    'For credit cards, Article 68 of the Measures for the Supervision and Administration of Commercial Banks’ Credit Card Business (2011) reportedly requires collection from the cardholder and any guarantor only, not from unrelated third parties.',
  'boundaries.short': 'Contact only me (not family or contacts), never 22:00–08:00.',
  safety:
    'I will repay only into the official account in my contract or through your official app, never into a personal account. I will not take out new loans to repay old ones (借新还旧). I am dealing with you myself and will not use or pay any “debt negotiation” agent (代理协商).',
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
  review: 'If my situation changes I will tell you and update the plan.',
  'closing.cooperative': 'Thank you for considering this. I look forward to your written reply.',
  'closing.firm': 'Please reply in writing through your official channel.',

  // ---- kind: proposal ----
  'proposal.offer': 'My proposal, taken from my repayment plan:',

  // ---- kind: instalment request ----
  'inst.ask':
    'I ask you to stop interest and charges on my account (停息挂账) and accept a fixed instalment of {{amount}} a month for {{periods}} months, from {{firstDate}} to {{lastDate}}{{lastClause}}.',
  'inst.last': ' (the last payment {{lastAmount}})',
  'inst.how':
    'How I arrived at this amount: one monthly budget of {{budget}} pays all my creditors. {{amount}} is the highest fixed amount I can pay you each month (the shortest term, at most 60 months) that still covers the agreed payments to my other creditors and lets every debt be cleared, the last by {{debtFree}}.',
  'inst.requestedUnfit':
    'Over {{askedMonths}} months the instalment would be {{askedAmount}} a month, which my budget cannot carry alongside my other agreed payments, so I propose the term above.',
  'inst.none':
    'Even over 60 months an instalment would be {{amount}} a month, which my budget of {{budget}} cannot carry alongside my other agreed payments. I ask you to stop interest and hold collection while I work to increase what I can pay; I will come back with a figure as soon as I can.',
  'inst.compare': 'For comparison, without an instalment:',
  'inst.card':
    'Reportedly (several published copies agree), Article 70 of the Measures for the Supervision and Administration of Commercial Banks’ Credit Card Business (2011) allows a bank to agree a personalised instalment plan (个性化分期) of up to 5 years with a cardholder who cannot repay in full but is willing to repay; the agreement states whether interest and fees are charged, and once it is signed collection stops unless the cardholder breaks it. I understand this is the bank’s decision, not an automatic right.',
  'inst.loan': 'I understand that an instalment plan or an interest stop needs your agreement.',
  'inst.docsHeading': 'Documents to prepare:',
  'doc.id': 'ID card (a copy)',
  'doc.contract': 'the loan contract or account number',
  'doc.hardship': 'proof of the hardship (termination letter, medical records or income statements)',
  'doc.debts': 'a list of all debts and amounts (from this app)',
  'doc.budget': 'my monthly budget (income and essential costs)',
  'doc.plan': 'this repayment plan',
  'inst.docsShort': 'I can send proof of hardship, a list of all my debts and my budget.',

  // ---- kind: settlement offer ----
  'settle.offer':
    'I offer {{amount}}, paid in one payment{{byClause}}, in full and final settlement (一次性结清) of everything I owe you, and ask you to waive the remaining {{waiver}} of interest, penalty interest and fees.',
  'settle.noWaiver':
    'I offer to pay {{amount}} in one payment{{byClause}} to settle everything I owe you (一次性结清), and ask you to confirm that nothing more will be due.',
  'settle.by': ' by {{by}}',
  'settle.compare':
    'For comparison, under my current plan you would receive {{planTotal}} in monthly payments, the last on {{payoff}}.',
  'settle.conditions':
    'Before I pay anything, please confirm in writing through your official channel: the settlement amount; that the rest is waived; that the account will be closed as settled (结清) and collection will stop; and that you will issue a settlement certificate (结清证明) after payment. I will pay only into the official repayment account of my contract or through your official app.',
  'settle.conditionsShort':
    'Before I pay, please confirm in writing: the amount, that the rest is waived, and that you will issue a settlement certificate (结清证明).',

  // ---- kind: stop contacting third parties ----
  'stop.demand':
    'I am the borrower. Please deal with me only: stop contacting my family, colleagues, friends and anyone in my contacts, and do not tell anyone about my loan.',
  'stop.law':
    'The Civil Code prohibits disturbing a person’s private life by phone calls, text messages or instant messaging unless the law provides otherwise or the person clearly agrees (Article 1033), and prohibits disclosing personal information or providing it to others without consent (Article 1038). The Personal Information Protection Law requires processing to be directly related to its purpose and to have the least impact on the person (Article 6), and prohibits unlawfully providing or disclosing others’ personal information (Article 10).',
  'stop.standard':
    'Reportedly, the recommended national standard GB/T 45251—2025 says collection should address the borrower, not contacts; contacts may be reached only in limited cases, such as when the borrower cannot be reached, and then only to ask for the borrower’s contact details or pass on a message; they must not be told the amount or date of the debt, and must not be contacted again once they refuse. The China Banking Association’s collection guideline (30 January 2026) reportedly says the same in principle.',
  'stop.records':
    'I keep a record of every contact (dates, times, numbers, recordings and screenshots). If contact with third parties continues, I will complain to you and to the regulator (12378 is reportedly the National Financial Regulatory Administration’s complaint line for banks and consumer-finance companies), and I will report any threat to the police (110).',
  'stop.plan': 'I am repaying under a plan:',

  // ---- kind: message to family and contacts ----
  'cw.open':
    'I want to let you know in advance: you may get calls or messages about a loan of mine from {{platformName}} or from collectors working for it.',
  'cw.notGuarantor': 'You are not a guarantor. You did not sign anything for this loan, and you owe nothing.',
  'cw.noNeed':
    'You do not have to answer, confirm anything about me or share my information. You can simply say: “I am not a guarantor. Please contact the borrower directly and do not call me again.” Reportedly, the national standard GB/T 45251—2025 says a contact who refuses should not be contacted again and should not be told the amount of the debt.',
  'cw.noNeedShort':
    'You need not answer or share anything. You can say: “I am not a guarantor; contact the borrower and do not call me again.”',
  'cw.noPay':
    'Please do not pay anything for me, and never transfer money to anyone who calls, least of all into a personal account. Do not give anyone my ID, bank card or verification codes, including “agents” who offer to negotiate for me.',
  'cw.noPayShort': 'Please pay nothing for me and send money to no one who calls.',
  'cw.handling':
    'I am handling it myself: {{hardship}} I have a repayment plan and I am talking to each platform directly.',
  'cw.plan': 'In my plan {{platformName}} is {{placeText}} in the queue and will be repaid in full by {{payoff}}.',
  'cw.plan.open': 'I am still working out the dates with {{platformName}}; it is {{placeText}} in my queue.',
  'cw.plan.cleared': 'My loan with {{platformName}} is already repaid.',
  'cw.tellMe':
    'If they contact you, please tell me the date, time and number, and keep any messages. Thank you, and sorry for the bother.',

  // ---- kind: reply for a contact told they are a guarantor ----
  'gr.open.named':
    'My name is {{contactName}}. You contacted me about a loan that {{borrower}} has with {{platformName}}.',
  'gr.open.anon': 'You contacted me about a loan that {{borrower}} has with {{platformName}}.',
  'gr.borrowerFallback': 'the borrower',
  'gr.deny':
    'I am not a guarantor of this loan. I have never signed a guarantee or any document making me liable for it, and I have not agreed to repay it.',
  'gr.prove':
    'If you say otherwise, send me, through your official channel, a copy of the guarantee signed by me. Until then I owe nothing and will pay nothing.',
  'gr.stop':
    'Please stop contacting me, and do not tell me or anyone else about the debt. I will not pass on the borrower’s personal information.',
  'gr.rules':
    'Reportedly, the recommended national standard GB/T 45251—2025 limits collection from guarantors and others jointly liable to what laws, regulations and the agreement provide, and says a contact who refuses should not be contacted again. The Civil Code (Article 1033) prohibits disturbing a person’s private life by phone calls, text messages or instant messaging without their clear consent.',
  'gr.plan':
    'As I understand it, {{borrower}} intends to repay and has a repayment plan in which {{platformName}} is {{placeText}} in the queue, to be repaid in full by {{payoff}}. Please deal with the borrower directly.',
  'gr.plan.open':
    'As I understand it, {{borrower}} intends to repay and is talking to {{platformName}} directly. Please deal with the borrower directly.',
  'gr.records':
    'I am keeping a record of these contacts. If they continue, I will complain to {{platformName}} and to the regulator, and report any threat to the police (110).',

  // ---- kind: complaint ----
  'cp.open.platform': 'I am making a formal complaint about how my account has been collected.',
  'cp.open.regulator':
    'I am complaining about the collection practices of {{platformName}}, with which I have a loan{{contractClause}}.',
  'cp.summary': 'Between {{from}} and {{to}} I recorded {{total}} contacts that broke the rules below:',
  'cp.line': '{{date}}{{time}}: {{breach}}{{times}}{{note}}',
  'cp.time': ' {{time}}',
  'cp.times': ' ({{count}} times)',
  'cp.note': ' ({{note}})',
  'cp.noLog': 'The details of each contact (date, time, number, what was said) are in my records, which I can provide.',
  'cp.rulesHeading': 'The rules these contacts break:',
  'cp.rule': '{{breach}}: {{rule}}',
  'cp.evidence':
    'I keep call records, recordings and screenshots, with the originals on the phone they were made on, and can provide them.',
  'cp.willing': 'I want to repay, and this is what I have proposed:',
  'cp.asks.platform':
    'I ask you to stop these practices, stop contacting third parties, tell me in writing how this complaint was handled, and consider my repayment proposal.',
  'cp.asks.regulator':
    'I ask that these practices be looked into, and that {{platformName}} be required to stop them and reply to me in writing.',
  'cp.ticket': 'I complained to {{platformName}} first (ticket {{ticket}}).',
  'cp.channels':
    'Where to send it: 12378, reportedly the National Financial Regulatory Administration’s complaint line for banks and consumer-finance companies; 12321, the reporting centre run by the Internet Society of China, reportedly for harassing calls and messages; and the police (110) for threats.',
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
  'rule.night-contact':
    'reportedly, GB/T 45251—2025 (recommended national standard) and the China Banking Association’s collection guideline (30 January 2026) say collection should not take place between 22:00 and 08:00 unless agreed.',
  'rule.third-party-contact':
    'the Civil Code, Article 1033, prohibits disturbing a person’s private life by phone calls or messages without their clear consent; reportedly, GB/T 45251—2025 says collection should address the borrower, not contacts.',
  'rule.debt-disclosed':
    'the Civil Code, Article 1038, and the Personal Information Protection Law, Article 10, prohibit disclosing or providing personal information unlawfully; reportedly, GB/T 45251—2025 says contacts must not be told the amount or date of a debt.',
  'rule.excess-calls':
    'reportedly, GB/T 45251—2025 says one institution and its collection agents together should not connect more than 3 calls a day to one borrower.',
  'rule.threats-insults':
    'the Public Security Administration Punishments Law (revised 2025, in force 1 January 2026), Article 50, punishes threatening a person’s safety, publicly insulting a person, and repeatedly sending insulting or threatening messages that disturb a person’s normal life.',
  'rule.public-posting':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids posting collection notices or lawyer’s letters in public places.',
  'rule.extra-fee':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids charging extra fees in the name of collection.',
  'rule.new-loan-pressure':
    'reportedly, the China Banking Association’s collection guideline (30 January 2026) forbids inducing or forcing borrowers to raise money through new borrowing.',
  'rule.personal-account':
    'payments into a personal account cannot be proven as repayment; I pay only into the official account of my contract.',
  'rule.other': 'described in my records.',

  // ---- kind: follow-up ----
  'fu.no-reply': 'On {{previousDate}} I sent you a repayment proposal. I have had no reply, so I am sending it again.',
  'fu.no-reply.undated': 'I sent you a repayment proposal earlier and have had no reply, so I am sending it again.',
  'fu.refused':
    'You told me{{onDate}} that my proposal cannot be accepted. My situation is unchanged and this is still what I can pay. Please tell me in writing what you can accept; meanwhile I keep paying what my plan gives you.',
  'fu.broken-promise':
    'I missed the agreed payment due{{onDate}}. I am not walking away from the agreement: I ask you to keep it in place, and I will resume the agreed payments from {{nextDate}}.',
  'fu.keep-current-terms':
    'Our arrangement is due for review. My situation has not improved: I still have {{budget}} a month for all my debts. Please continue to accept the current payments and keep interest and fees frozen. I will tell you if things improve.',
  'settle.otherwise': 'If a settlement is not possible, my plan stays as follows:',
  'stop.short':
    'The Civil Code (Articles 1033 and 1038) protects my private life and personal information; reportedly, GB/T 45251—2025 says collection should not address contacts.',
  'cp.breaches': 'Recorded: {{total}} contacts from {{from}} to {{to}}: {{list}}.',
  'timelineShort.focusNow':
    'You are {{placeText}} in my plan. From {{focusStart}}: {{focusAmount}}{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.waiting':
    'You are {{placeText}} in my plan. Until your turn: {{meanwhile}} a month. From {{focusStart}}: {{focusAmount}}{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.waitingNoToken':
    'You are {{placeText}} in my plan. Until your turn I cannot pay monthly. From {{focusStart}}: {{focusAmount}}{{thenClause}}. Repaid in full by {{payoff}}.',
  'timelineShort.instalmentOnly':
    'You are {{placeText}} in my plan: the agreed {{meanwhile}} a month until repaid in full by {{payoff}}.',
  'fu.on': ' on {{previousDate}}',
} as const satisfies Record<string, string>;

export type TemplateKey = keyof typeof en;
export type Templates = Readonly<Record<TemplateKey, string>>;
