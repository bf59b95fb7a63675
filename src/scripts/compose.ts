/**
 * Composes one letter or script from the plan (issue 5, issue 14). Pure and synchronous.
 *
 * `composeLetter(request)` returns the text and title together with what the text states: the
 * figures (amounts, dates, place, status), the plan version they come from and the payments the
 * letter commits to. `composeScript` (index.ts) and the letter-set functions (letters.ts) are both
 * read from it, so what a letter says and what it is checked against are one thing.
 *
 * Every sentence comes from templates/<locale>.ts; kind-dependent words (how the creditor is
 * addressed, what its charges are called, which rules bind it) are chosen here and in legal.ts.
 */
import type { Plan, PlanInput } from '../domain';
import { sentenceCase } from '../i18n/glossary';
import { SettlementAmountError } from './errors';
import { platformFacts, type PlatformFacts, type PlatformStatus } from './facts';
import { fromFen, parseFen, toFen } from '../domain/money';
import { cleanText, formatDate, formatMoney, isIsoDate, ordinal, sumMoney } from './format';
import { computeInstalment, isInstalmentInPlan, type InstalmentOption } from './instalment';
import {
  breachRuleKeys,
  collectionRuleKeys,
  collectorListKey,
  complaintLineKey,
  contactRuleKey,
  guarantorRuleKeys,
  type LenderScope,
} from './legal';
import { placeholdersOf, render, type Params } from './render';
import { en, type TemplateKey, type Templates } from './templates/en';
import { zhCN } from './templates/zh-CN';
import {
  BREACH_CODES,
  EVIDENCE_KEPT,
  type BreachCode,
  type Script,
  type ScriptChannel,
  type ScriptLocale,
  type ScriptRequest,
  type ScriptTone,
} from './types';
import { planVersionId } from './version';

export const TEMPLATES: Readonly<Record<ScriptLocale, Templates>> = { en, 'zh-CN': zhCN };

/** The amounts a letter may state, by name (what-changed labels: templates `change.amount.*`). */
export const LETTER_AMOUNTS = [
  'owed',
  'principal',
  'budget',
  'meanwhile',
  'focusAmount',
  'focusNextAmount',
  'planTotal',
  'instalment',
  'lastInstalment',
  'settlement',
  'waiver',
  'waivedCharges',
  'waivedPrincipal',
] as const;
export type LetterAmount = (typeof LETTER_AMOUNTS)[number];

/** The dates a letter may state, by name (labels: templates `change.date.*`). */
export const LETTER_DATES = [
  'asOf',
  'focusStart',
  'payoff',
  'debtFree',
  'instalmentFrom',
  'instalmentTo',
  'settleBy',
  'nextDate',
] as const;
export type LetterDate = (typeof LETTER_DATES)[number];

/**
 * What one letter states, as data: the UI keeps it when a letter is copied or printed, and
 * compares it with the same letter from a newer plan (`diffLetterFigures`).
 */
export interface LetterFigures {
  kind: ScriptRequest['kind'];
  /** The engine's platform key (`p:name` or `own:id`). */
  platform: string;
  /** The plan version the figures come from (`planVersionId`). */
  version: string;
  /** The plan's status for this platform, when the letter states its plan. */
  status: PlatformStatus | null;
  /** The place in the order of repayment, when the letter states it. */
  place: { place: number; count: number } | null;
  /** Money strings with 2 decimals, by name, for the amounts the text states. */
  amounts: Partial<Record<LetterAmount, string>>;
  /** `YYYY-MM-DD`, by name, for the dates the text states. */
  dates: Partial<Record<LetterDate, string>>;
}

/** One payment a letter promises: from the monthly budget, or a lump sum from cash on hand. */
export interface LetterPayment {
  /** The period date (`YYYY-MM-DD`); a settlement without a date is '' (at once). */
  date: string;
  amount: string;
  source: 'budget' | 'cash';
}

export interface ComposedLetter {
  script: Script;
  figures: LetterFigures;
  /** The payments the letter commits the person to, per period, for its platform. */
  payments: LetterPayment[];
  /** The monthly budget of the letter's plan. */
  budget: string;
}

/** Rough length limits for an in-app form field (characters, as `[...text].length`). */
export const MESSAGE_LIMITS: Readonly<Record<ScriptLocale, number>> = { 'zh-CN': 500, en: 900 };

/** A block of the script: a paragraph, or a list under a heading. */
type Block = { kind: 'p'; text: string } | { kind: 'list'; heading: string; items: string[] };

/** Base placeholders that are figures: recorded when a rendered template uses them. */
const BASE_AMOUNTS: Readonly<Record<string, LetterAmount>> = {
  owed: 'owed',
  principal: 'principal',
  budget: 'budget',
  meanwhile: 'meanwhile',
  focusAmount: 'focusAmount',
  planTotal: 'planTotal',
};
const BASE_DATES: Readonly<Record<string, LetterDate>> = {
  asOf: 'asOf',
  focusStart: 'focusStart',
  payoff: 'payoff',
  debtFree: 'debtFree',
  firstDate: 'instalmentFrom',
  nextDate: 'nextDate',
};

interface Recorder {
  amounts: Partial<Record<LetterAmount, string>>;
  dates: Partial<Record<LetterDate, string>>;
  place: { place: number; count: number } | null;
  status: PlatformStatus | null;
}

interface Ctx {
  req: ScriptRequest;
  locale: ScriptLocale;
  tone: ScriptTone;
  facts: PlatformFacts;
  scope: LenderScope;
  /** Addressing a regulator: the creditor is named, never addressed. */
  toRegulator: boolean;
  base: Record<string, string>;
  raw: { amounts: Partial<Record<LetterAmount, string>>; dates: Partial<Record<LetterDate, string>> };
  seen: Recorder;
  t: (key: TemplateKey, params?: Params) => string;
  money: (amount: string) => string;
  date: (iso: string) => string;
  /** Records a figure the next rendered text states (explicit, for values passed as params). */
  state: (figure: { amount?: [LetterAmount, string]; date?: [LetterDate, string] }) => void;
}

const P = (text: string): Block => ({ kind: 'p', text });

function lenderScope(req: ScriptRequest): LenderScope {
  return { kind: req.creditorKind, card: req.creditCard === true };
}

/** The address form for the creditor: 贵行 (bank or card issuer), 贵公司, 贵平台, 贵司, else 贵方. */
function addressKey(req: ScriptRequest): 'bank' | 'company' | 'platform' | 'agency' | 'neutral' {
  switch (req.creditorKind) {
    case 'bank':
      return 'bank';
    case 'consumer-finance':
    case 'microlender':
      return 'company';
    case 'online-platform':
      return 'platform';
    case 'collection-agency':
      return 'agency';
    default:
      return req.creditCard === true ? 'bank' : 'neutral';
  }
}

function makeCtx(req: ScriptRequest): Ctx {
  const locale = req.locale;
  const templates = TEMPLATES[locale];
  const facts = platformFacts(req.input, req.plan, req.platform);
  const money = (amount: string): string => formatMoney(amount, locale);
  const date = (iso: string): string => formatDate(iso, locale);
  const card = req.creditCard === true;
  const toRegulator = req.kind === 'complaint' && req.complaintTo === 'regulator';
  const seen: Recorder = { amounts: {}, dates: {}, place: null, status: null };
  const raw: Ctx['raw'] = {
    amounts: {
      owed: facts.owed,
      principal: facts.principal,
      budget: fromFen(toFen(req.input.monthlyBudget)),
      meanwhile: sumMoney([facts.token, facts.fixed]),
      ...(facts.focusAmount !== null ? { focusAmount: facts.focusAmount } : {}),
      planTotal: facts.planTotal,
    },
    dates: {
      asOf: req.input.asOf,
      instalmentFrom: req.input.firstPaymentDate,
      nextDate: req.input.firstPaymentDate,
      ...(facts.focusStart !== null ? { focusStart: facts.focusStart } : {}),
      ...(facts.payoff !== null ? { payoff: facts.payoff } : {}),
      ...(req.plan.debtFreeDate !== null ? { debtFree: req.plan.debtFreeDate } : {}),
    },
  };
  let pending: { amount?: [LetterAmount, string]; date?: [LetterDate, string] }[] = [];
  const t = (key: TemplateKey, params: Params = {}): string => {
    const template = templates[key];
    // Figures the template states through base placeholders (explicit params are recorded by `state`).
    for (const name of placeholdersOf(template)) {
      if (Object.prototype.hasOwnProperty.call(params, name)) continue;
      const amount = BASE_AMOUNTS[name];
      const amountValue = amount !== undefined ? raw.amounts[amount] : undefined;
      if (amount !== undefined && amountValue !== undefined) seen.amounts[amount] = amountValue;
      const dateName = BASE_DATES[name];
      const dateValue = dateName !== undefined ? raw.dates[dateName] : undefined;
      if (dateName !== undefined && dateValue !== undefined) seen.dates[dateName] = dateValue;
      if (name === 'placeText') seen.place = { place: Math.max(facts.place, 1), count: facts.count };
    }
    for (const figure of pending) {
      if (figure.amount) seen.amounts[figure.amount[0]] = figure.amount[1];
      if (figure.date) seen.dates[figure.date[0]] = figure.date[1];
    }
    pending = [];
    return render(template, { ...base, ...params }, key);
  };
  const platformName = cleanText(req.platformName, 60) || cleanText(req.platform, 60);
  const name = cleanText(req.name, 40);
  const contract = cleanText(req.contractNumber, 40);
  const address = toRegulator ? 'named' : req.kind === 'verify-collector' ? 'agency' : addressKey(req);
  const kindKey = card ? 'card' : 'loan';
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
    signerName: name !== '' ? name : render(templates['signer.blank'], {}),
    letterDate: isIsoDate(req.letterDate) ? date(req.letterDate) : '',
  };
  base.you = render(templates[`you.${address}`], base);
  base.your = render(templates[`your.${address}`], base);
  base.theDebt = render(
    templates[req.creditorKind === 'collection-agency' && !toRegulator ? 'theDebt.agency' : 'theDebt.owe'],
    base,
  );
  base.placeText = render(templates.place, base);
  base.contractClause = contract !== '' ? render(templates[`ident.contract.${kindKey}`], base) : '';
  base.rule = templates[`rule.${req.input.strategy}`];
  base.charges = templates[`charges.${kindKey}`];
  base.stopCharges = templates[`stopCharges.${kindKey}`];
  base.waiveCharges = templates[`waiveCharges.${kindKey}`];
  base.statementItems = templates[`statementItems.${kindKey}`];
  base.instalmentTerm = templates[`instalmentTerm.${kindKey}`];
  base.deferralClause = templates[`deferral.${kindKey}`];
  return {
    req,
    locale,
    tone: req.tone ?? 'cooperative',
    facts,
    scope: lenderScope(req),
    toRegulator,
    base,
    raw,
    seen,
    t,
    money,
    date,
    state: (figure) => pending.push(figure),
  };
}

// ---------------------------------------------------------------- shared blocks

/** Hardship in the person's words (for creditors only: contacts are told nothing of it). */
function hardshipText(ctx: Ctx): string {
  const { req, t } = ctx;
  const reasons = [...new Set(req.hardshipReasons ?? [])].map((reason) => t(`reason.${reason}`));
  const details = cleanText(req.hardshipDetails, 400, true);
  const parts = [
    reasons.length > 0 ? t('hardship.reasons', { reasons: reasons.join(t('hardship.join')) }) : t('hardship.default'),
  ];
  if (details !== '') parts.push(t('hardship.details', { details }));
  return join(ctx, parts);
}

/**
 * The monthly amount an infeasible plan may still promise this platform, or null: what period 1
 * pays its debts that are not the focus (their small payments and instalments). When those
 * already exceed the budget the plan has no period and nothing is promised; the focus's share of
 * what is left is not promised either. So the promises of all letters fit the budget together.
 */
function infeasiblePromise(facts: PlatformFacts, plan: Plan): string | null {
  const first = plan.periods[0];
  if (plan.reason === 'commitments-exceed-budget' || first === undefined) return null;
  const ids = new Set(facts.debtIds.filter((id) => id !== first.focus));
  const amount = sumMoney(first.lines.filter((line) => ids.has(line.id)).map((line) => line.paid));
  return toFen(amount) > 0 ? amount : null;
}

function timelineText(ctx: Ctx, short = false): string {
  const { facts, t, req } = ctx;
  ctx.seen.status = facts.status;
  const thenClause = (): string => {
    if (facts.focusNextAmount === null) return '';
    ctx.state({ amount: ['focusNextAmount', facts.focusNextAmount] });
    return t('timeline.then', { amount: ctx.money(facts.focusNextAmount) });
  };
  const hasMeanwhile = toFen(sumMoney([facts.token, facts.fixed])) > 0;
  switch (facts.status) {
    case 'cleared':
      return t('timeline.cleared');
    case 'infeasible': {
      const reason = req.plan.reason ?? 'not-cleared-within-horizon';
      const promise = infeasiblePromise(facts, req.plan);
      if (promise !== null) ctx.state({ amount: ['meanwhile', promise] });
      return t('timeline.infeasible', {
        reason: t(`infeasible.${reason}`),
        meanwhileText:
          promise !== null
            ? t('timeline.infeasible.token', { meanwhile: ctx.money(promise) })
            : t('timeline.infeasible.noToken'),
      });
    }
    case 'instalment-only':
      return t(short ? 'timelineShort.instalmentOnly' : 'timeline.instalmentOnly');
    case 'focus-now':
      return t(short ? 'timelineShort.focusNow' : 'timeline.focusNow', { thenClause: thenClause() });
    case 'waiting': {
      const key = short
        ? hasMeanwhile
          ? 'timelineShort.waiting'
          : 'timelineShort.waitingNoToken'
        : hasMeanwhile
          ? 'timeline.waiting'
          : 'timeline.waitingNoToken';
      return t(key, { thenClause: thenClause() });
    }
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

/** "Contact only me, not at night" (unless the letter already asked it), and the rules that bind this lender. */
function boundaryBlock(ctx: Ctx, ask = true): Block {
  return P(join(ctx, [ask ? ctx.t('boundaries') : '', ...collectionRuleKeys(ctx.scope).map((key) => ctx.t(key))]));
}

/** The evidence the person ticked or typed, in their order. */
function evidenceItems(ctx: Ctx): string[] {
  const { req, t } = ctx;
  const items = [...new Set(req.evidence ?? [])].map((item) => t(`evidence.${item}`));
  const other = cleanText(req.evidenceOther, 200);
  if (other !== '') items.push(other);
  return items;
}

function evidenceBlock(ctx: Ctx): Block[] {
  const items = evidenceItems(ctx);
  return items.length > 0 ? [P(ctx.t('evidence.list', { items: items.join(ctx.t('evidence.join')) }))] : [];
}

/** What the person kept, in the listed order, or '' when nothing is listed. */
function keptText(ctx: Ctx): string {
  const kept = EVIDENCE_KEPT.filter((item) => (ctx.req.evidenceKept ?? []).includes(item)).map((item) =>
    ctx.t(`kept.${item}`),
  );
  const last = kept.pop();
  if (last === undefined) return '';
  return kept.length > 0 ? `${kept.join(ctx.t('kept.join'))}${ctx.t('kept.joinLast')}${last}` : last;
}

function identText(ctx: Ctx): string {
  const named = (ctx.base.name ?? '') !== '';
  const who = ctx.req.creditorKind === 'collection-agency' ? 'agency' : ctx.req.creditCard === true ? 'card' : 'loan';
  return ctx.t(`ident.${named ? 'named' : 'anon'}.${who}`);
}

const willing = (ctx: Ctx): string => ctx.t(ctx.tone === 'firm' ? 'willing.firm' : 'willing.cooperative');
const closing = (ctx: Ctx): string => ctx.t(ctx.tone === 'firm' ? 'closing.firm' : 'closing.cooperative');
const join = (ctx: Ctx, parts: string[]): string =>
  parts.filter((part) => part !== '').join(ctx.locale === 'en' ? ' ' : '');

function hardshipBlock(ctx: Ctx): Block {
  return P(join(ctx, [hardshipText(ctx), ctx.t('hardship.budget')]));
}

/** Who writes, that they will repay, why they cannot as agreed, and what is owed. */
function opening(ctx: Ctx): Block[] {
  const cost = costText(ctx);
  return [P(identText(ctx)), P(willing(ctx)), hardshipBlock(ctx), P(ctx.t('owed.now')), ...(cost ? [P(cost)] : [])];
}

/** The loan's real annual cost, only when the person chose to cite it (issue 16): a calculation, no legal claim. */
function costText(ctx: Ctx): string {
  const rate = ctx.req.realAnnualCost;
  return rate !== undefined && /^-?\d{1,12}\.\d{2}$/.test(rate) ? ctx.t('cost.cite', { rate }) : '';
}

/** The same, short, for an in-app message. */
function messageOpening(ctx: Ctx): string[] {
  return [identText(ctx), ctx.t('willing.short'), hardshipText(ctx), costText(ctx)];
}

// ---------------------------------------------------------------- kinds

/** A kind's text for the long channels (blocks) and for an in-app message; built only when used. */
interface Body {
  blocks: () => Block[];
  message: () => string[];
  /** The plan whose payments the letter promises (default: the request's). */
  plan?: { input: PlanInput; plan: Plan };
  /** A lump sum from cash on hand. */
  cash?: { amount: string; date: string };
}

function clearedBody(ctx: Ctx): Body {
  const { t } = ctx;
  return {
    blocks: () => [P(identText(ctx)), P(timelineText(ctx)), boundaryBlock(ctx), P(t('safety')), P(closing(ctx))],
    message: () => [identText(ctx), timelineText(ctx), t('boundaries.short'), t('closing.firm')],
  };
}

function creditorTail(ctx: Ctx): Block[] {
  return [asksBlock(ctx), boundaryBlock(ctx), P(ctx.t('safety'))];
}

function messageTail(ctx: Ctx): string[] {
  const { t } = ctx;
  return [t('asks.short'), t('boundaries.short'), t('safety.short')];
}

function proposal(ctx: Ctx): Body {
  const { t } = ctx;
  if (ctx.facts.status === 'cleared') return clearedBody(ctx);
  return {
    blocks: () => [
      ...opening(ctx),
      { kind: 'list', heading: t('proposal.offer'), items: [timelineText(ctx)] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(t('review')),
      P(closing(ctx)),
    ],
    message: () => [...messageOpening(ctx), timelineText(ctx, true), t('fairness.short'), ...messageTail(ctx)],
  };
}

function instalment(ctx: Ctx): Body {
  const { t, req, facts } = ctx;
  if (facts.status === 'cleared') return clearedBody(ctx);
  const result = computeInstalment(req.input, facts, req.instalmentMonths);
  const chosen = result.chosen;
  const inPlan = chosen !== null && isInstalmentInPlan(facts, chosen);
  const promised = chosen !== null && chosen.lastDate !== null && chosen.plan.debtFreeDate !== null ? chosen : null;
  /** The request itself (the message channel says only this). */
  const askText = (): string =>
    promised !== null ? ask(ctx, promised) : t('inst.none', { amount: ctx.money(result.longest.amount) });
  /** Why this amount, and the term asked for that did not fit. */
  const explain = (): string[] => {
    if (promised === null || promised.plan.debtFreeDate === null) return [];
    const parts: string[] = [];
    if (result.requestedUnfit) {
      parts.push(
        t('inst.requestedUnfit', {
          askedMonths: String(result.requestedUnfit.months),
          askedAmount: ctx.money(result.requestedUnfit.amount),
        }),
      );
    }
    ctx.state({ amount: ['instalment', promised.amount], date: ['debtFree', promised.plan.debtFreeDate] });
    parts.push(t('inst.how', { amount: ctx.money(promised.amount), debtFree: ctx.date(promised.plan.debtFreeDate) }));
    return parts;
  };
  // One list of what the person can send: the usual documents, then what they ticked (not a second "I can provide" paragraph).
  const docs = [
    t('doc.id'),
    t(req.creditCard === true ? 'doc.card' : 'doc.contract'),
    t('doc.hardship'),
    t('doc.debts'),
    t('doc.budget'),
    t('doc.plan'),
  ];
  const docItems = (): string[] => [...docs, ...evidenceItems(ctx).filter((item) => !docs.includes(item))];
  return {
    blocks: () => [
      ...opening(ctx),
      P(askText()),
      ...explain().map(P),
      // The comparison without instalments exists only when the request's plan does not hold it yet.
      ...(inPlan ? [] : [{ kind: 'list' as const, heading: t('inst.compare'), items: [timelineText(ctx)] }]),
      P(req.creditCard === true ? t('inst.card') : t('inst.loan')),
      ...(inPlan ? [] : [P(t('fairness'))]),
      ...creditorTail(ctx),
      { kind: 'list', heading: t('inst.docsHeading'), items: docItems() },
      P(t('review')),
      P(closing(ctx)),
    ],
    message: () => [...messageOpening(ctx), askText(), t('inst.docsShort'), ...messageTail(ctx)],
    ...(promised !== null ? { plan: { input: promised.input, plan: promised.plan } } : {}),
  };
}

function ask(ctx: Ctx, chosen: InstalmentOption): string {
  const { t } = ctx;
  const lastClause =
    chosen.lastAmount !== chosen.amount ? t('inst.last', { lastAmount: ctx.money(chosen.lastAmount) }) : '';
  if (lastClause !== '') ctx.state({ amount: ['lastInstalment', chosen.lastAmount] });
  ctx.state({ amount: ['instalment', chosen.amount] });
  if (chosen.lastDate !== null) ctx.state({ date: ['instalmentTo', chosen.lastDate] });
  return t('inst.ask', {
    amount: ctx.money(chosen.amount),
    periods: String(chosen.periods),
    lastDate: chosen.lastDate !== null ? ctx.date(chosen.lastDate) : '',
    lastClause,
  });
}

const MONEY_INPUT = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;

/** The settlement amount to offer, checked against what is owed and the cash on hand; null: none. */
export function settlementOffer(req: ScriptRequest, owed: string): string | null {
  const given = req.settlementAmount?.trim() ?? '';
  const cashText = req.cashOnHand?.trim() ?? '';
  const owedFen = toFen(owed);
  // Whole fen of what was typed; beyond exact whole fen (over 90 trillion yuan) is not an amount either.
  const amountOf = (text: string): number => {
    const fen = MONEY_INPUT.test(text) ? parseFen(text) : undefined;
    if (fen === undefined) throw new SettlementAmountError('invalid-amount', text, '');
    return fen;
  };
  const cash = cashText !== '' ? amountOf(cashText) : null;
  if (given === '') {
    if (cash === null || cash <= 0) return null;
    return fromFen(Math.min(cash, owedFen));
  }
  const offered = amountOf(given);
  if (offered <= 0) throw new SettlementAmountError('invalid-amount', given, '');
  if (offered > owedFen) throw new SettlementAmountError('settlement-exceeds-owed', fromFen(offered), owed);
  if (cash !== null && offered > cash)
    throw new SettlementAmountError('settlement-exceeds-cash', fromFen(offered), fromFen(cash));
  return fromFen(offered);
}

function settlement(ctx: Ctx): Body {
  const { t, req, facts } = ctx;
  if (facts.status === 'cleared') return clearedBody(ctx);
  const offered = settlementOffer(req, facts.owed);
  const by = isIsoDate(req.settlementBy) ? req.settlementBy : null;
  const offer = (): string => {
    if (offered === null) return t('settle.noAmount');
    const byClause = by !== null ? t('settle.by', { by: ctx.date(by) }) : '';
    if (by !== null) ctx.state({ date: ['settleBy', by] });
    ctx.state({ amount: ['settlement', offered] });
    const amount = ctx.money(offered);
    const waiver = toFen(facts.owed) - toFen(offered);
    if (waiver <= 0) return t('settle.noWaiver', { amount, byClause });
    ctx.state({ amount: ['waiver', fromFen(waiver)] });
    return t('settle.offer', {
      amount,
      byClause,
      waiver: ctx.money(fromFen(waiver)),
      waiverSplit: waiverSplit(ctx, offered),
    });
  };
  const compare = (): Block[] =>
    facts.payoff !== null && facts.status !== 'infeasible' && offered !== null ? [P(t('settle.compare'))] : [];
  return {
    blocks: () => [
      ...opening(ctx),
      P(offer()),
      P(t('settle.conditions')),
      ...compare(),
      { kind: 'list', heading: t('settle.otherwise'), items: [timelineText(ctx)] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(closing(ctx)),
    ],
    message: () => [
      ...messageOpening(ctx),
      offer(),
      t('settle.conditionsShort'),
      timelineText(ctx, true),
      t('boundaries.short'),
      t('safety.short'),
    ],
    ...(offered !== null ? { cash: { amount: offered, date: by ?? '' } } : {}),
  };
}

/**
 * What the waiver is made of: the offer pays principal first (the person's proposal), so what is
 * waived is interest and fees first, then principal. Waived principal is never called interest.
 */
function waiverSplit(ctx: Ctx, offered: string): string {
  const { facts, t } = ctx;
  const [owed, principal, paid] = [toFen(facts.owed), toFen(facts.principal), toFen(offered)];
  const charges = owed - principal;
  const waivedPrincipal = Math.max(principal - paid, 0);
  const waivedCharges = owed - paid - waivedPrincipal;
  if (waivedPrincipal === 0) return t('settle.split.charges');
  if (charges === 0) return t('settle.split.principal');
  ctx.state({ amount: ['waivedCharges', fromFen(waivedCharges)] });
  ctx.state({ amount: ['waivedPrincipal', fromFen(waivedPrincipal)] });
  return t('settle.split.both', {
    waivedCharges: ctx.money(fromFen(waivedCharges)),
    waivedPrincipal: ctx.money(fromFen(waivedPrincipal)),
  });
}

/** After a request to stop: what the person kept, what happens next, where to complain. */
function stopNext(ctx: Ctx): Block[] {
  const { t } = ctx;
  const kept = keptText(ctx);
  const line = complaintLineKey(ctx.scope);
  return [P(join(ctx, [kept !== '' ? t('stop.kept', { kept }) : '', t('stop.next'), line !== null ? t(line) : '']))];
}

function stopThirdParty(ctx: Ctx): Body {
  const { t } = ctx;
  return {
    blocks: () => [
      P(identText(ctx)),
      P(t('stop.demand')),
      P(t('willing.firm')),
      hardshipBlock(ctx),
      { kind: 'list', heading: t('stop.plan'), items: [timelineText(ctx)] },
      P(t('stop.law')),
      boundaryBlock(ctx, false),
      asksBlock(ctx),
      P(t('safety')),
      ...stopNext(ctx),
      P(t('closing.firm')),
    ],
    message: () => [
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

/** The note to family and friends: nothing about other creditors (no names, counts or places). */
function familyPlan(ctx: Ctx): string {
  const { facts, t } = ctx;
  if (facts.status === 'cleared') return t('cw.plan.cleared');
  if (facts.status === 'infeasible' || facts.payoff === null) return t('cw.plan.open');
  return t('cw.plan');
}

function contactsWarning(ctx: Ctx): Body {
  const { t } = ctx;
  const rule = contactRuleKey(ctx.scope);
  return {
    blocks: () => [
      P(t('cw.open')),
      P(t('cw.notGuarantor')),
      P(join(ctx, [t('cw.noNeed'), t(rule)])),
      P(t('cw.noPay')),
      P(join(ctx, [t('cw.handling'), familyPlan(ctx)])),
      P(t('cw.tellMe')),
    ],
    message: () => [
      t('cw.open'),
      t('cw.notGuarantor'),
      t('cw.noNeedShort'),
      t('cw.noPayShort'),
      t('cw.handling'),
      familyPlan(ctx),
      t('cw.tellMe'),
    ],
  };
}

/** A contact's own reply: it says nothing about the borrower's plan or other creditors. */
function guarantorReply(ctx: Ctx): Body {
  const { t, req } = ctx;
  const contactName = cleanText(req.contactName, 40);
  const name = ctx.base.name ?? '';
  const borrower = name !== '' ? name : t('gr.borrowerFallback');
  const open = (): string => t(contactName !== '' ? 'gr.open.named' : 'gr.open.anon', { borrower, contactName });
  return {
    blocks: () => [
      P(open()),
      P(t('gr.deny')),
      P(t('gr.prove')),
      P(t('gr.stop')),
      P(
        join(
          ctx,
          guarantorRuleKeys(ctx.scope).map((key) => t(key)),
        ),
      ),
      P(t('gr.plan')),
      P(t('gr.next')),
    ],
    message: () => [open(), t('gr.deny'), t('gr.prove'), t('gr.stop'), t('gr.plan')],
  };
}

function complaint(ctx: Ctx): Body {
  const { t, req, toRegulator } = ctx;
  const events = (req.collectionLog?.events ?? []).filter(
    (event) => isIsoDate(event.date) && BREACH_CODES.includes(event.breach),
  );
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const countOf = (n: number | undefined): number => (n !== undefined && Number.isInteger(n) && n > 0 ? n : 1);
  const breaches: BreachCode[] = BREACH_CODES.filter((code) => sorted.some((event) => event.breach === code));
  const ticket = cleanText(req.collectionLog?.platformTicket, 60);
  const first = sorted[0];
  const last = sorted.at(-1);
  // The count stated is the number of events listed, never a sum of anything else.
  const range = (): Params =>
    first && last ? { from: ctx.date(first.date), to: ctx.date(last.date), total: String(sorted.length) } : {};
  const single = sorted.length === 1;
  const logBlocks = (): Block[] => {
    if (!first || !last) return [P(t('cp.noLog'))];
    return [
      {
        kind: 'list',
        heading: t(single ? 'cp.summary.one' : 'cp.summary', range()),
        items: sorted.map((event) => {
          const time = cleanText(event.time, 20);
          const note = cleanText(event.note, 200);
          const count = countOf(event.count);
          return t(event.possible === true ? 'cp.line.possible' : 'cp.line', {
            date: ctx.date(event.date),
            time: time !== '' ? t('cp.time', { time }) : '',
            breach: t(`breach.${event.breach}`),
            times: count > 1 ? t('cp.times', { count: String(count) }) : '',
            note: note !== '' ? t('cp.note', { note }) : '',
          });
        }),
      },
      ...rulesBlock(),
    ];
  };
  // Only rules that bind this lender are cited; a breach with none is listed above, not argued.
  const rulesBlock = (): Block[] => {
    const items = breaches.flatMap((code) => {
      const dates = sorted.filter((event) => event.breach === code).map((event) => event.date);
      const rules = breachRuleKeys(code, ctx.scope, dates).map((key, i) =>
        ctx.locale === 'en' && i > 0 ? sentenceCase(t(key)) : t(key),
      );
      if (rules.length === 0) return [];
      const line = t('cp.rule', { breach: t(`breach.${code}`), rule: rules.join(t('rule.join')) });
      return [ctx.locale === 'en' ? sentenceCase(line) : line];
    });
    return items.length > 0 ? [{ kind: 'list', heading: t('cp.rulesHeading'), items }] : [];
  };
  // A breach every entry of which is a "may" flag is listed as possible, as in the letter.
  const onlyPossible = (code: BreachCode): boolean =>
    sorted.filter((event) => event.breach === code).every((event) => event.possible === true);
  const messageLog = (): string =>
    first && last
      ? t(single ? 'cp.breaches.one' : 'cp.breaches', {
          ...range(),
          list: breaches
            .map((code) =>
              onlyPossible(code) ? t('cp.breach.possible', { breach: t(`breach.${code}`) }) : t(`breach.${code}`),
            )
            .join(t('cp.breaches.join')),
        })
      : t('cp.noLog');
  const kept = (): Block[] => {
    const text = keptText(ctx);
    return text !== '' ? [P(t('cp.kept', { kept: text }))] : [];
  };
  const opener = (): string =>
    toRegulator
      ? t((ctx.base.name ?? '') !== '' ? 'cp.open.regulator.named' : 'cp.open.regulator.anon')
      : t('cp.open.platform');
  const asks = (): string => t(toRegulator ? 'cp.asks.regulator' : 'cp.asks.platform');
  return {
    // Who writes comes first, then what the letter is: a complaint to the creditor names the account before complaining.
    blocks: () => [
      ...(toRegulator ? [] : [P(identText(ctx))]),
      P(opener()),
      ...(toRegulator && ticket !== '' ? [P(t('cp.ticket', { ticket }))] : []),
      ...logBlocks(),
      ...kept(),
      P(t('willing.firm')),
      hardshipBlock(ctx),
      { kind: 'list', heading: t('cp.willing'), items: [timelineText(ctx)] },
      P(asks()),
      // A regulator is asked to look into it; it is not asked for creditor terms nor thanked.
      ...(toRegulator ? [] : [boundaryBlock(ctx), P(t('safety'))]),
      P(toRegulator ? t('cp.closing.regulator') : closing(ctx)),
    ],
    message: () => [
      ...(toRegulator ? [] : [identText(ctx)]),
      opener(),
      messageLog(),
      asks(),
      t('willing.short'),
      timelineText(ctx, true),
      ...(toRegulator ? [] : [t('boundaries.short')]),
    ],
  };
}

function followUp(ctx: Ctx): Body {
  const { t, req } = ctx;
  if (ctx.facts.status === 'cleared') return clearedBody(ctx);
  const variant = req.followUp ?? 'no-reply';
  const previous = isIsoDate(req.previousDate) ? ctx.date(req.previousDate) : '';
  const opener = (): string => {
    switch (variant) {
      case 'no-reply':
        return previous !== '' ? t('fu.no-reply', { previousDate: previous }) : t('fu.no-reply.undated');
      case 'refused':
        return t('fu.refused', { onDate: previous !== '' ? t('fu.on', { previousDate: previous }) : '' });
      case 'broken-promise':
        return t('fu.broken-promise', {
          due: previous !== '' ? t('fu.due', { previousDate: previous }) : t('fu.due.undated'),
        });
      case 'keep-current-terms': {
        // An interest stop is said to continue only when the person recorded that it was agreed.
        const stop = req.recordedInterestStop;
        const since = stop !== undefined && isIsoDate(stop.since) ? ctx.date(stop.since) : '';
        const stopClause = stop === undefined ? '' : since !== '' ? t('fu.stop.since', { since }) : t('fu.stop');
        return t('fu.keep-current-terms', { stopClause });
      }
    }
  };
  return {
    blocks: () => [
      P(identText(ctx)),
      P(opener()),
      P(willing(ctx)),
      hardshipBlock(ctx),
      { kind: 'list', heading: t('proposal.offer'), items: [timelineText(ctx)] },
      P(t('fairness')),
      ...creditorTail(ctx),
      ...evidenceBlock(ctx),
      P(closing(ctx)),
    ],
    message: () => [identText(ctx), opener(), hardshipText(ctx), timelineText(ctx, true), ...messageTail(ctx)],
  };
}

/** To a third-party collector: prove who you act for before any payment. States no amounts. */
function verifyCollector(ctx: Ctx): Body {
  const { t, req } = ctx;
  const agency = req.creditorKind === 'collection-agency';
  const list = collectorListKey(ctx.scope);
  const items = (): string[] => [
    t('vc.item.company'),
    t(agency ? 'vc.item.authority.agency' : 'vc.item.authority'),
    t('vc.item.statement'),
    t('vc.item.account'),
  ];
  return {
    blocks: () => [
      P(t(agency ? 'vc.open.agency' : 'vc.open')),
      { kind: 'list', heading: t('vc.willing'), items: items() },
      P(join(ctx, [t(agency ? 'vc.noPay.agency' : 'vc.noPay'), list !== null ? t(list) : ''])),
      boundaryBlock(ctx),
      P(t('safety')),
      P(t('vc.closing')),
    ],
    message: () => [t(agency ? 'vc.open.agency' : 'vc.open'), t('vc.short'), t('boundaries.short'), t('safety.short')],
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
      // A regulator's officer answers a complaint call; a collector's threats are not among its replies.
      return ctx.toRegulator
        ? [t('reply.complaint.passOn'), t('reply.regulator.askLender'), t('reply.regulator.notOurs')]
        : [t('reply.complaint.passOn'), t('reply.contacts'), t('reply.personalAccount')];
    case 'verify-collector':
      return [t('reply.collector.whoFor'), t('reply.personalAccount'), t('reply.contacts')];
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
        : ctx.toRegulator
          ? t('phone.introRegulator')
          : req.kind === 'verify-collector'
            ? t('phone.introCollector')
            : t('phone.intro');
  lines.push(intro, '');
  // Checking who is calling is for calls from a creditor or collector, not for the person's own call to a regulator.
  if (req.kind !== 'contacts-warning' && req.kind !== 'guarantor-reply' && !ctx.toRegulator)
    lines.push(`• ${t('phone.verify')}`);
  for (const block of blocks) {
    if (block.kind === 'p') lines.push(`• ${block.text}`);
    else {
      lines.push(`• ${block.heading}`);
      for (const item of block.items) lines.push(`   – ${item}`);
    }
  }
  if (ctx.toRegulator) {
    // Where a complaint call goes: only the lines that are true for this lender.
    const line = complaintLineKey(ctx.scope);
    if (line !== null) lines.push(`• ${t(line)}`);
    lines.push(`• ${t('law.12321')}`);
  }
  lines.push('', t('phone.repliesHeading'));
  for (const reply of phoneReplies(ctx)) lines.push(`• ${reply}`);
  // A contact agreed nothing and a regulator is not asked for terms in writing: each call ends its own way.
  if (req.kind === 'guarantor-reply') lines.push('', t('phone.close.contact'));
  else if (ctx.toRegulator) lines.push('', t('phone.close.regulator'));
  else if (req.kind !== 'contacts-warning') lines.push('', t('phone.close'));
  return lines.join('\n');
}

const INDENT: Readonly<Record<ScriptLocale, string>> = { 'zh-CN': '　　', en: '' };

function headingKey(req: ScriptRequest): TemplateKey {
  if (req.kind === 'instalment-request')
    return req.creditCard === true
      ? 'letter.heading.instalment-request.card'
      : 'letter.heading.instalment-request.loan';
  return `letter.heading.${req.kind}`;
}

function signerKey(req: ScriptRequest): TemplateKey {
  switch (req.kind) {
    case 'complaint':
      return 'signer.complainant';
    case 'stop-third-party-contact':
    case 'verify-collector':
      return 'signer.borrower';
    case 'guarantor-reply':
      return 'signer.contact';
    case 'contacts-warning':
      return 'signer.family';
    default:
      return 'signer.applicant';
  }
}

/** A formal letter: heading, salutation, indented paragraphs, 此致／敬礼, signer by role, date line. */
function asLetter(ctx: Ctx, blocks: Block[]): string {
  const { t, req } = ctx;
  const family = req.kind === 'contacts-warning';
  const indent = INDENT[ctx.locale];
  const out: string[] = [t(headingKey(req)), ''];
  if (family) out.push(t('letter.toFamily'));
  else if (ctx.toRegulator) out.push(t('letter.toRegulator'));
  else if (req.kind === 'verify-collector' && req.creditorKind !== 'collection-agency')
    out.push(t('letter.toCollector'));
  else out.push(t('letter.to'));
  // Chinese letters mark paragraphs by a two-character indent; English ones by a blank line.
  const gap = ctx.locale === 'en' ? [''] : [];
  for (const block of blocks) {
    out.push(...gap);
    if (block.kind === 'p') out.push(`${indent}${block.text}`);
    else {
      out.push(`${indent}${block.heading}`);
      block.items.forEach((item, i) =>
        out.push(block.items.length > 1 ? `${indent}${String(i + 1)}. ${item}` : `${indent}${item}`),
      );
    }
  }
  out.push('', t(family ? 'letter.close.family' : 'letter.close.formal'), '');
  const signerName =
    req.kind === 'guarantor-reply'
      ? cleanText(req.contactName, 40) || t('signer.blank')
      : (ctx.base.signerName ?? t('signer.blank'));
  out.push(t(signerKey(req), { signerName }));
  out.push(t((ctx.base.letterDate ?? '') !== '' ? 'letter.date' : 'letter.date.blank'));
  return out.join('\n');
}

function titleOf(ctx: Ctx): string {
  const { t, req } = ctx;
  let key: TemplateKey;
  if (req.kind === 'complaint') key = ctx.toRegulator ? 'title.complaint.regulator' : 'title.complaint.platform';
  else if (req.kind === 'follow-up') key = `title.follow-up.${req.followUp ?? 'no-reply'}`;
  else if (req.kind === 'instalment-request')
    key = req.creditCard === true ? 'title.instalment-request.card' : 'title.instalment-request.loan';
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
  'verify-collector': verifyCollector,
};

/** The payments a letter's plan gives its platform, period by period (only what the text states). */
function paymentsOf(ctx: Ctx, body: Body): LetterPayment[] {
  const payments: LetterPayment[] = [];
  // A letter that states its creditor's plan (or asks for an instalment) promises that plan's payments.
  if (ctx.seen.status !== null || body.plan !== undefined) {
    const source = body.plan ?? { input: ctx.req.input, plan: ctx.req.plan };
    const facts = platformFacts(source.input, source.plan, ctx.req.platform);
    const ids = new Set(facts.debtIds);
    if (facts.status === 'infeasible') {
      // No dates: a promised monthly amount counts from the first payment date.
      const promise = infeasiblePromise(facts, source.plan);
      if (promise !== null) payments.push({ date: source.input.firstPaymentDate, amount: promise, source: 'budget' });
    } else {
      for (const period of source.plan.periods) {
        const paid = sumMoney(period.lines.filter((line) => ids.has(line.id)).map((line) => line.paid));
        if (toFen(paid) > 0) payments.push({ date: period.date, amount: paid, source: 'budget' });
      }
    }
  }
  if (body.cash) payments.push({ date: body.cash.date, amount: body.cash.amount, source: 'cash' });
  return payments;
}

/**
 * The letter for one platform and what it states. Pure and synchronous. Throws on a platform that
 * is not in the input, on a template/placeholder mismatch, and (typed) on a request field the
 * person must correct (`ScriptRequestError`, e.g. a settlement above what is owed).
 */
export function composeLetter(request: ScriptRequest): ComposedLetter {
  const ctx = makeCtx(request);
  const body = BODIES[request.kind](ctx);
  const text =
    request.channel === 'phone'
      ? asPhone(ctx, body.blocks())
      : request.channel === 'letter'
        ? asLetter(ctx, body.blocks())
        : body
            .message()
            .filter((part) => part !== '')
            .join('\n');
  const title = titleOf(ctx);
  for (const bad of ['{{', '}}']) {
    if (text.includes(bad) || title.includes(bad))
      throw new Error(`scripts: unfilled placeholder in ${request.kind}/${request.channel}`);
  }
  const source = body.plan ?? { input: request.input, plan: request.plan };
  return {
    script: { title, text },
    figures: {
      kind: request.kind,
      platform: ctx.facts.key,
      version: planVersionId(source.input),
      status: ctx.seen.status,
      place: ctx.seen.place,
      amounts: ctx.seen.amounts,
      dates: ctx.seen.dates,
    },
    payments: paymentsOf(ctx, body),
    budget: fromFen(toFen(source.input.monthlyBudget)),
  };
}
