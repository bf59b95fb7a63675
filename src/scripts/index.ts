/**
 * Negotiation scripts written from the plan (issue 5). See CONTEXT.md.
 *
 * `composeScript(request)` is pure and synchronous: it reads the plan the caller already has
 * (re-running the engine only for the instalment request) and returns `{ title, text }`.
 * Every figure comes from the plan; every sentence from templates/<locale>.ts.
 */
import { computeInstalment } from './instalment';
import { platformFacts, type PlatformFacts } from './facts';
import { Dec, cleanText, formatDate, formatMoney, isIsoDate, ordinal, sumMoney } from './format';
import { render, type Params } from './render';
import { en, type TemplateKey, type Templates } from './templates/en';
import { zhCN } from './templates/zh-CN';
import {
  BREACH_CODES,
  type BreachCode,
  type Script,
  type ScriptChannel,
  type ScriptLocale,
  type ScriptRequest,
  type ScriptTone,
} from './types';

export * from './types';
export { platformFacts, platformQueue, resolvePlatformKey, type PlatformFacts, type PlatformStatus } from './facts';
export { computeInstalment, MAX_INSTALMENT_MONTHS, type InstalmentOption, type InstalmentResult } from './instalment';
export { formatDate as formatScriptDate, formatMoney as formatScriptMoney } from './format';

export const TEMPLATES: Readonly<Record<ScriptLocale, Templates>> = { en, 'zh-CN': zhCN };

/** Rough length limits for an in-app form field (characters, as `[...text].length`). */
export const MESSAGE_LIMITS: Readonly<Record<ScriptLocale, number>> = { 'zh-CN': 500, en: 900 };

/** A block of the script: a paragraph, or a list under an optional heading. */
type Block = { kind: 'p'; text: string } | { kind: 'list'; heading: string; items: string[] };

interface Ctx {
  req: ScriptRequest;
  locale: ScriptLocale;
  tone: ScriptTone;
  facts: PlatformFacts;
  base: Params;
  t: (key: TemplateKey, params?: Params) => string;
}

const P = (text: string): Block => ({ kind: 'p', text });

function makeCtx(req: ScriptRequest): Ctx {
  const locale = req.locale;
  const templates = TEMPLATES[locale];
  const facts = platformFacts(req.input, req.plan, req.platform);
  const money = (amount: string): string => formatMoney(amount, locale);
  const date = (iso: string): string => formatDate(iso, locale);
  const t = (key: TemplateKey, params: Params = {}): string => render(templates[key], { ...base, ...params }, key);
  const platformName = cleanText(req.platformName, 60) || cleanText(req.platform, 60);
  const name = cleanText(req.name, 40);
  const contract = cleanText(req.contractNumber, 40);
  const base: Record<string, string> = {
    platformName,
    name,
    contract,
    place: ordinal(Math.max(facts.place, 1), locale),
    count: String(facts.count),
    asOf: date(req.input.asOf),
    budget: money(req.input.monthlyBudget),
    owed: money(facts.owed),
    principal: money(facts.principal),
    meanwhile: money(sumMoney([facts.token, facts.fixed])),
    firstDate: date(req.input.firstPaymentDate),
    nextDate: date(req.input.firstPaymentDate),
    debtFree: req.plan.debtFreeDate !== null ? date(req.plan.debtFreeDate) : '',
    focusStart: facts.focusStart !== null ? date(facts.focusStart) : '',
    focusAmount: facts.focusAmount !== null ? money(facts.focusAmount) : '',
    payoff: facts.payoff !== null ? date(facts.payoff) : '',
    planTotal: money(facts.planTotal),
    signer: name,
  };
  base.placeText = render(templates.place, base, 'place');
  base.contractClause = contract !== '' ? render(templates['ident.contract'], base, 'ident.contract') : '';
  base.rule = templates[`rule.${req.input.strategy}`];
  if (name === '') base.signer = templates['signer.anon'];
  return { req, locale, tone: req.tone ?? 'cooperative', facts, base, t };
}

// ---------------------------------------------------------------- shared blocks

function hardshipText(ctx: Ctx): string {
  const { req, t } = ctx;
  const reasons = [...new Set(req.hardshipReasons ?? [])].map((reason) => t(`reason.${reason}`));
  const details = cleanText(req.hardshipDetails, 400, true);
  const parts = [
    reasons.length > 0 ? t('hardship.reasons', { reasons: reasons.join(t('hardship.join')) }) : t('hardship.default'),
  ];
  if (details !== '') parts.push(t('hardship.details', { details }));
  return parts.join(ctx.locale === 'en' ? ' ' : '');
}

function timelineText(ctx: Ctx, short = false): string {
  const { facts, t, req } = ctx;
  const thenClause =
    facts.focusNextAmount !== null
      ? t('timeline.then', { amount: formatMoney(facts.focusNextAmount, ctx.locale) })
      : '';
  const hasMeanwhile = new Dec(sumMoney([facts.token, facts.fixed])).gt(0);
  switch (facts.status) {
    case 'cleared':
      return t('timeline.cleared');
    case 'infeasible': {
      const reason = req.plan.reason ?? 'not-cleared-within-horizon';
      return t('timeline.infeasible', {
        reason: t(`infeasible.${reason}`),
        meanwhileText: t(hasMeanwhile ? 'timeline.infeasible.token' : 'timeline.infeasible.noToken'),
      });
    }
    case 'instalment-only':
      return t(short ? 'timelineShort.instalmentOnly' : 'timeline.instalmentOnly');
    case 'focus-now':
      return t(short ? 'timelineShort.focusNow' : 'timeline.focusNow', { thenClause });
    case 'waiting':
      if (short) return t(hasMeanwhile ? 'timelineShort.waiting' : 'timelineShort.waitingNoToken', { thenClause });
      return t(hasMeanwhile ? 'timeline.waiting' : 'timeline.waitingNoToken', { thenClause });
  }
}

function asksBlock(ctx: Ctx): Block {
  const { t } = ctx;
  return {
    kind: 'list',
    heading: t(ctx.tone === 'firm' ? 'asks.intro.firm' : 'asks.intro.cooperative'),
    items: [t('ask.interest'), t('ask.fees'), t('ask.hold'), t('ask.statement'), t('ask.written'), t('ask.account')],
  };
}

function boundaryBlocks(ctx: Ctx): Block[] {
  const blocks = [P(ctx.t('boundaries'))];
  if (ctx.req.creditCard === true) blocks.push(P(ctx.t('boundaries.card')));
  return blocks;
}

function evidenceBlock(ctx: Ctx): Block[] {
  const { req, t } = ctx;
  const items = [...new Set(req.evidence ?? [])].map((item) => t(`evidence.${item}`));
  const other = cleanText(req.evidenceOther, 200);
  if (other !== '') items.push(other);
  return items.length > 0 ? [P(t('evidence.list', { items: items.join(t('evidence.join')) }))] : [];
}

function identText(ctx: Ctx): string {
  return ctx.t((ctx.base.name ?? '') !== '' ? 'ident.named' : 'ident.anon');
}

const willing = (ctx: Ctx): string => ctx.t(ctx.tone === 'firm' ? 'willing.firm' : 'willing.cooperative');
const closing = (ctx: Ctx): string => ctx.t(ctx.tone === 'firm' ? 'closing.firm' : 'closing.cooperative');
const join = (ctx: Ctx, parts: string[]): string =>
  parts.filter((part) => part !== '').join(ctx.locale === 'en' ? ' ' : '');

function hardshipBlock(ctx: Ctx): Block {
  return P(join(ctx, [hardshipText(ctx), ctx.t('hardship.budget')]));
}

// ---------------------------------------------------------------- kinds

interface Body {
  blocks: Block[];
  /** The short text for the message channel. */
  message: string[];
}

function clearedBody(ctx: Ctx): Body {
  const { t } = ctx;
  const text = t('timeline.cleared');
  return {
    blocks: [P(identText(ctx)), P(text), ...boundaryBlocks(ctx), P(t('safety')), P(closing(ctx))],
    message: [identText(ctx), text, t('boundaries.short'), t('closing.firm')],
  };
}

function creditorTail(ctx: Ctx): Block[] {
  return [asksBlock(ctx), ...boundaryBlocks(ctx), P(ctx.t('safety'))];
}

function messageTail(ctx: Ctx): string[] {
  const { t } = ctx;
  return [t('asks.short'), t('boundaries.short'), t('safety.short')];
}

function proposal(ctx: Ctx): Body {
  const { t } = ctx;
  if (ctx.facts.status === 'cleared') return clearedBody(ctx);
  const timeline = timelineText(ctx);
  return {
    blocks: [
      P(identText(ctx)),
      P(willing(ctx)),
      hardshipBlock(ctx),
      P(t('owed.now')),
      { kind: 'list', heading: t('proposal.offer'), items: [timeline] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(t('review')),
      P(closing(ctx)),
    ],
    message: [
      identText(ctx),
      t('willing.short'),
      hardshipText(ctx),
      timelineText(ctx, true),
      t('fairness.short'),
      ...messageTail(ctx),
    ],
  };
}

function instalment(ctx: Ctx): Body {
  const { t, req, facts } = ctx;
  if (facts.status === 'cleared') return clearedBody(ctx);
  const result = computeInstalment(req.input, facts, req.instalmentMonths);
  const money = (amount: string): string => formatMoney(amount, ctx.locale);
  const date = (iso: string): string => formatDate(iso, ctx.locale);
  const core: string[] = [];
  const chosen = result.chosen;
  if (chosen !== null && chosen.lastDate !== null && chosen.plan.debtFreeDate !== null) {
    const lastClause =
      chosen.lastAmount !== chosen.amount ? t('inst.last', { lastAmount: money(chosen.lastAmount) }) : '';
    core.push(
      t('inst.ask', {
        amount: money(chosen.amount),
        periods: String(chosen.periods),
        lastDate: date(chosen.lastDate),
        lastClause,
      }),
    );
    if (result.requestedUnfit) {
      core.push(
        t('inst.requestedUnfit', {
          askedMonths: String(result.requestedUnfit.months),
          askedAmount: money(result.requestedUnfit.amount),
        }),
      );
    }
    core.push(t('inst.how', { amount: money(chosen.amount), debtFree: date(chosen.plan.debtFreeDate) }));
  } else {
    core.push(t('inst.none', { amount: money(result.longest.amount) }));
  }
  const timeline = timelineText(ctx);
  const docs = ['doc.id', 'doc.contract', 'doc.hardship', 'doc.debts', 'doc.budget', 'doc.plan'] as const;
  return {
    blocks: [
      P(identText(ctx)),
      P(willing(ctx)),
      hardshipBlock(ctx),
      P(t('owed.now')),
      ...core.map(P),
      { kind: 'list', heading: t('inst.compare'), items: [timeline] },
      P(t(req.creditCard === true ? 'inst.card' : 'inst.loan')),
      P(t('fairness')),
      ...creditorTail(ctx),
      { kind: 'list', heading: t('inst.docsHeading'), items: docs.map((key) => t(key)) },
      ...evidenceBlock(ctx),
      P(t('review')),
      P(closing(ctx)),
    ],
    message: [
      identText(ctx),
      t('willing.short'),
      hardshipText(ctx),
      core[0] ?? '',
      t('inst.docsShort'),
      ...messageTail(ctx),
    ],
  };
}

function settlement(ctx: Ctx): Body {
  const { t, req, facts } = ctx;
  if (facts.status === 'cleared') return clearedBody(ctx);
  const offered =
    req.settlementAmount !== undefined &&
    /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(req.settlementAmount) &&
    new Dec(req.settlementAmount).gt(0)
      ? new Dec(req.settlementAmount).toFixed(2)
      : facts.principal;
  const waiver = new Dec(facts.owed).minus(offered);
  const byClause = isIsoDate(req.settlementBy) ? t('settle.by', { by: formatDate(req.settlementBy, ctx.locale) }) : '';
  const amount = formatMoney(offered, ctx.locale);
  const offer = waiver.gt(0)
    ? t('settle.offer', { amount, byClause, waiver: formatMoney(waiver.toFixed(2), ctx.locale) })
    : t('settle.noWaiver', { amount, byClause });
  const compare = facts.payoff !== null && facts.status !== 'infeasible' ? t('settle.compare') : '';
  const timeline = timelineText(ctx);
  return {
    blocks: [
      P(identText(ctx)),
      P(willing(ctx)),
      hardshipBlock(ctx),
      P(t('owed.now')),
      P(offer),
      P(t('settle.conditions')),
      ...(compare !== '' ? [P(compare)] : []),
      { kind: 'list', heading: t('settle.otherwise'), items: [timeline] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(closing(ctx)),
    ],
    message: [
      identText(ctx),
      t('willing.short'),
      hardshipText(ctx),
      offer,
      t('settle.conditionsShort'),
      timelineText(ctx, true),
      t('boundaries.short'),
      t('safety.short'),
    ],
  };
}

function stopThirdParty(ctx: Ctx): Body {
  const { t, req } = ctx;
  const timeline = timelineText(ctx);
  const blocks: Block[] = [
    P(identText(ctx)),
    P(t('stop.demand')),
    P(t('willing.firm')),
    hardshipBlock(ctx),
    { kind: 'list', heading: t('stop.plan'), items: [timeline] },
    P(t('stop.law')),
    P(t('stop.standard')),
    ...(req.creditCard === true ? [P(t('boundaries.card'))] : []),
    asksBlock(ctx),
    P(t('boundaries')),
    P(t('safety')),
    P(t('stop.records')),
    P(t('closing.firm')),
  ];
  return {
    blocks,
    message: [
      identText(ctx),
      t('stop.demand'),
      t('willing.short'),
      timelineText(ctx, true),
      t('stop.short'),
      t('boundaries.short'),
      t('safety.short'),
    ],
  };
}

function familyPlan(ctx: Ctx, prefix: 'cw' | 'gr'): string {
  const { facts, t } = ctx;
  if (facts.status === 'cleared') return prefix === 'cw' ? t('cw.plan.cleared') : t('gr.plan.open');
  if (facts.status === 'infeasible' || facts.payoff === null)
    return t(prefix === 'cw' ? 'cw.plan.open' : 'gr.plan.open');
  return t(prefix === 'cw' ? 'cw.plan' : 'gr.plan');
}

function contactsWarning(ctx: Ctx): Body {
  const { t } = ctx;
  const handling = t('cw.handling', { hardship: hardshipText(ctx) });
  return {
    blocks: [
      P(t('cw.open')),
      P(t('cw.notGuarantor')),
      P(t('cw.noNeed')),
      P(t('cw.noPay')),
      P(join(ctx, [handling, familyPlan(ctx, 'cw')])),
      P(t('cw.tellMe')),
    ],
    message: [
      t('cw.open'),
      t('cw.notGuarantor'),
      t('cw.noNeedShort'),
      t('cw.noPayShort'),
      handling,
      familyPlan(ctx, 'cw'),
      t('cw.tellMe'),
    ],
  };
}

function guarantorReply(ctx: Ctx): Body {
  const { t, req } = ctx;
  const contactName = cleanText(req.contactName, 40);
  const name = ctx.base.name ?? '';
  const borrower = name !== '' ? name : t('gr.borrowerFallback');
  const params = { borrower, contactName };
  const open = t(contactName !== '' ? 'gr.open.named' : 'gr.open.anon', params);
  const plan = familyPlan({ ...ctx, t: (key, extra) => ctx.t(key, { ...params, ...extra }) }, 'gr');
  return {
    blocks: [
      P(open),
      P(t('gr.deny')),
      P(t('gr.prove')),
      P(t('gr.stop')),
      P(t('gr.rules')),
      P(plan),
      P(t('gr.records')),
    ],
    message: [open, t('gr.deny'), t('gr.prove'), t('gr.stop'), plan],
  };
}

function complaint(ctx: Ctx): Body {
  const { t, req, locale } = ctx;
  const toRegulator = req.complaintTo === 'regulator';
  const date = (iso: string): string => formatDate(iso, locale);
  const events = (req.collectionLog?.events ?? []).filter(
    (event) => isIsoDate(event.date) && BREACH_CODES.includes(event.breach),
  );
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const countOf = (n: number | undefined): number => (n !== undefined && Number.isInteger(n) && n > 0 ? n : 1);
  const total = sorted.reduce((sum, event) => sum + countOf(event.count), 0);
  const breaches: BreachCode[] = BREACH_CODES.filter((code) => sorted.some((event) => event.breach === code));
  const ticket = cleanText(req.collectionLog?.platformTicket, 60);
  const blocks: Block[] = [P(toRegulator ? t('cp.open.regulator') : t('cp.open.platform'))];
  if (!toRegulator) blocks.push(P(identText(ctx)));
  if (toRegulator && ticket !== '') blocks.push(P(t('cp.ticket', { ticket })));
  let messageLog = t('cp.noLog');
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first && last) {
    const range = { from: date(first.date), to: date(last.date), total: String(total) };
    blocks.push({
      kind: 'list',
      heading: t('cp.summary', range),
      items: sorted.map((event) => {
        const time = cleanText(event.time, 20);
        const note = cleanText(event.note, 200);
        const count = countOf(event.count);
        return t('cp.line', {
          date: date(event.date),
          time: time !== '' ? t('cp.time', { time }) : '',
          breach: t(`breach.${event.breach}`),
          times: count > 1 ? t('cp.times', { count: String(count) }) : '',
          note: note !== '' ? t('cp.note', { note }) : '',
        });
      }),
    });
    blocks.push({
      kind: 'list',
      heading: t('cp.rulesHeading'),
      items: breaches.map((code) => t('cp.rule', { breach: t(`breach.${code}`), rule: t(`rule.${code}`) })),
    });
    messageLog = t('cp.breaches', {
      ...range,
      list: breaches.map((code) => t(`breach.${code}`)).join(t('evidence.join')),
    });
  } else blocks.push(P(t('cp.noLog')));
  const timeline = timelineText(ctx);
  blocks.push(
    P(t('cp.evidence')),
    P(willing(ctx)),
    hardshipBlock(ctx),
    { kind: 'list', heading: t('cp.willing'), items: [timeline] },
    P(t(toRegulator ? 'cp.asks.regulator' : 'cp.asks.platform')),
    ...(toRegulator ? [] : [asksBlock(ctx)]),
    ...boundaryBlocks(ctx),
    P(t('safety')),
    ...(toRegulator ? [P(t('cp.channels'))] : []),
    P(closing(ctx)),
  );
  return {
    blocks,
    message: [
      t(toRegulator ? 'cp.open.regulator' : 'cp.open.platform'),
      ...(toRegulator ? [] : [identText(ctx)]),
      messageLog,
      t(toRegulator ? 'cp.asks.regulator' : 'cp.asks.platform'),
      t('willing.short'),
      timelineText(ctx, true),
      t('boundaries.short'),
    ],
  };
}

function followUp(ctx: Ctx): Body {
  const { t, req } = ctx;
  if (ctx.facts.status === 'cleared') return clearedBody(ctx);
  const variant = req.followUp ?? 'no-reply';
  const previous = isIsoDate(req.previousDate) ? formatDate(req.previousDate, ctx.locale) : '';
  const onDate = previous !== '' ? t('fu.on', { previousDate: previous }) : '';
  let opener: string;
  if (variant === 'no-reply')
    opener = previous !== '' ? t('fu.no-reply', { previousDate: previous }) : t('fu.no-reply.undated');
  else if (variant === 'keep-current-terms') opener = t('fu.keep-current-terms');
  else opener = t(`fu.${variant}`, { onDate });
  const timeline = timelineText(ctx);
  return {
    blocks: [
      P(identText(ctx)),
      P(opener),
      P(willing(ctx)),
      hardshipBlock(ctx),
      { kind: 'list', heading: t('proposal.offer'), items: [timeline] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(closing(ctx)),
    ],
    message: [identText(ctx), opener, hardshipText(ctx), timelineText(ctx, true), ...messageTail(ctx)],
  };
}

// ---------------------------------------------------------------- channels

function phoneReplies(ctx: Ctx): string[] {
  const { t, req } = ctx;
  switch (req.kind) {
    case 'contacts-warning':
      return [t('reply.family.whatToSay'), t('reply.family.pay')];
    case 'guarantor-reply':
      return [t('reply.contact.guarantor'), t('reply.contact.where'), t('reply.contact.keepCalling')];
    case 'complaint':
      return [t('reply.complaint.passOn'), t('reply.contacts'), t('reply.personalAccount')];
    default:
      return [
        t('reply.payAll'),
        t('reply.contacts'),
        t('reply.personalAccount'),
        t('reply.noWaiver'),
        t('reply.whyOthers'),
        t('reply.legal'),
        t('reply.newLoan'),
      ];
  }
}

function asPhone(ctx: Ctx, blocks: Block[]): string {
  const { t, req } = ctx;
  const lines: string[] = [];
  const intro =
    req.kind === 'contacts-warning'
      ? t('phone.introFamily')
      : req.kind === 'guarantor-reply'
        ? t('phone.introContact')
        : req.kind === 'complaint'
          ? t('phone.introRegulator')
          : t('phone.intro');
  lines.push(intro, '');
  if (req.kind !== 'contacts-warning' && req.kind !== 'guarantor-reply') lines.push(`• ${t('phone.verify')}`);
  for (const block of blocks) {
    if (block.kind === 'p') lines.push(`• ${block.text}`);
    else {
      lines.push(`• ${block.heading}`);
      for (const item of block.items) lines.push(`   – ${item}`);
    }
  }
  lines.push('', t('phone.repliesHeading'));
  for (const reply of phoneReplies(ctx)) lines.push(`• ${reply}`);
  if (req.kind !== 'contacts-warning') lines.push('', t('phone.close'));
  return lines.join('\n');
}

function asLetter(ctx: Ctx, blocks: Block[]): string {
  const { t, req } = ctx;
  const family = req.kind === 'contacts-warning';
  const headingKey: TemplateKey = `letter.heading.${req.kind}`;
  const out: string[] = [t(headingKey), ''];
  if (family) out.push(t('letter.toFamily'));
  else if (req.kind === 'complaint' && req.complaintTo === 'regulator') out.push(t('letter.toRegulator'));
  else out.push(t('letter.to'));
  out.push('');
  for (const block of blocks) {
    if (block.kind === 'p') out.push(block.text, '');
    else {
      out.push(block.heading);
      block.items.forEach((item, i) => out.push(block.items.length > 1 ? `${String(i + 1)}. ${item}` : item));
      out.push('');
    }
  }
  if (req.kind === 'guarantor-reply') {
    const contactName = cleanText(req.contactName, 40);
    out.push(t('letter.signoff', { signer: contactName !== '' ? contactName : t('signer.anon') }));
  } else out.push(t(family ? 'letter.signoffFamily' : 'letter.signoff'));
  return out.join('\n');
}

function asMessage(ctx: Ctx, parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

function titleOf(ctx: Ctx): string {
  const { t, req } = ctx;
  let key: TemplateKey;
  if (req.kind === 'complaint')
    key = req.complaintTo === 'regulator' ? 'title.complaint.regulator' : 'title.complaint.platform';
  else if (req.kind === 'follow-up') key = `title.follow-up.${req.followUp ?? 'no-reply'}`;
  else key = `title.${req.kind}`;
  const channelKey: Record<ScriptChannel, TemplateKey> = {
    phone: 'title.channel.phone',
    message: 'title.channel.message',
    letter: 'title.channel.letter',
  };
  return t(channelKey[req.channel], { title: t(key) });
}

const BODIES: Record<ScriptRequest['kind'], (ctx: Ctx) => Body> = {
  proposal,
  'instalment-request': instalment,
  'settlement-offer': settlement,
  'stop-third-party-contact': stopThirdParty,
  'contacts-warning': contactsWarning,
  'guarantor-reply': guarantorReply,
  complaint,
  'follow-up': followUp,
};

/**
 * The script for one platform. Pure and synchronous. Throws (loudly) on a platform that is not in
 * the input or on a template/placeholder mismatch; never returns text with an unfilled placeholder.
 */
export function composeScript(request: ScriptRequest): Script {
  const ctx = makeCtx(request);
  const body = BODIES[request.kind](ctx);
  const text =
    request.channel === 'phone'
      ? asPhone(ctx, body.blocks)
      : request.channel === 'letter'
        ? asLetter(ctx, body.blocks)
        : asMessage(ctx, body.message);
  const title = titleOf(ctx);
  for (const bad of ['{{', '}}']) {
    if (text.includes(bad) || title.includes(bad))
      throw new Error(`scripts: unfilled placeholder in ${request.kind}/${request.channel}`);
  }
  return { title, text };
}
