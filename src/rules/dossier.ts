/**
 * Evidence dossier (pure): a platform's (or every platform's) log in time order with its flags,
 * counts, the rules concerned with what binds each platform's lender on each event's date, and
 * where to complain about those lenders. DossierPrint renders it.
 */
import {
  COMPLAINT_CHANNELS,
  RULES,
  WHY_CHANNELS_UNKNOWN,
  applyRule,
  channelsFor,
  joinStatements,
  type ComplaintChannel,
} from './catalogue';
import { countByDay, countByPlatform, flagLog, platformKey, type FlagContext } from './flags';
import { toLender, type Lender } from './lenders';
import { getSource } from './sources';
import type {
  Bilingual,
  CollectionEntry,
  DayCount,
  Flag,
  PlatformCount,
  Rule,
  RuleId,
  Source,
  Statement,
} from './types';
import type { LocalMoment } from './time';
import type { AttachmentRef, CollectionLogRecord } from '../domain/records';

/** Details the borrower chooses to include (all optional). */
export interface DossierPerson {
  name?: string;
  phone?: string;
  idNumberTail?: string;
  accountOrContract?: string;
  notes?: string;
}

export interface DossierOptions extends Omit<FlagContext, 'log'> {
  /** One platform (matched after trimming), or undefined for all. */
  platform?: string;
  person?: DossierPerson;
  /** Only entries whose local day is on/after `fromDay` and on/before `toDay` (YYYY-MM-DD). */
  fromDay?: string;
  toDay?: string;
  /** When the dossier was prepared (passed in; src/rules reads no clock). */
  preparedOn?: string;
}

export interface DossierEvent {
  entry: CollectionEntry;
  local?: LocalMoment;
  flags: Flag[];
  attachments: AttachmentRef[];
}

export interface DossierRule {
  rule: Rule;
  /**
   * What of the rule the events' lenders are bound by on their dates, in catalogue order (2012 law
   * for acts before 2026, 2025 law after), then any sentence saying why only the law is cited.
   */
  statements: Statement[];
  /** `statements` as one paragraph per language. */
  text: Bilingual;
  /** Their sources, resolved. */
  sources: Source[];
  /** How many events carry this rule's flag. */
  events: number;
}

export interface Dossier {
  platform?: string;
  platforms: string[];
  person: DossierPerson;
  preparedOn?: string;
  firstAt?: string;
  lastAt?: string;
  events: DossierEvent[];
  byDay: DayCount[];
  byPlatform: PlatformCount[];
  totals: {
    events: number;
    flaggedEvents: number;
    attachments: number;
    thirdPartyContacts: number;
    nightContacts: number;
  };
  rules: DossierRule[];
  /** Where to complain about the lenders concerned, the lender's own channel first. */
  channels: ComplaintChannel[];
  /** Said under the channels when a lender's type is unknown. */
  channelsNote?: Statement;
}

/** Build the dossier. Counts (e.g. calls per day) are computed over the whole log, then filtered. */
export function buildDossier(log: readonly CollectionEntry[], options: DossierOptions = {}): Dossier {
  const context = {
    defaultOffsetMinutes: options.defaultOffsetMinutes,
    keywords: options.keywords,
    lenderOf: options.lenderOf,
  };
  const wanted = options.platform === undefined ? undefined : platformKey(options.platform);
  const inScope = (entry: CollectionLogRecord) => wanted === undefined || platformKey(entry.platform) === wanted;
  const all = flagLog(log, context);
  const byId = new Map(log.map((e) => [e.id, e] as const));

  const events: DossierEvent[] = [];
  const ruleStatements = new Map<RuleId, Map<string, Statement>>();
  const ruleEvents = new Map<RuleId, number>();
  const lenders = new Map<string, Lender>();
  for (const item of all) {
    const record = byId.get(item.entryId);
    if (!record || !inScope(record)) continue;
    const day = item.local?.day;
    if (options.fromDay && (!day || day < options.fromDay)) continue;
    if (options.toDay && (!day || day > options.toDay)) continue;
    events.push({ entry: record, local: item.local, flags: item.flags, attachments: [...record.attachments] });
    lenders.set(platformKey(record.platform), item.lender);
    for (const flag of item.flags) {
      ruleEvents.set(flag.ruleId, (ruleEvents.get(flag.ruleId) ?? 0) + 1);
      const applied = applyRule(flag.ruleId, item.lender, day);
      const kept = ruleStatements.get(flag.ruleId) ?? new Map<string, Statement>();
      for (const statement of [...(applied?.provisions ?? []), ...(applied?.why ? [applied.why] : [])])
        kept.set(statement.id, statement);
      ruleStatements.set(flag.ruleId, kept);
    }
  }

  const ruleOrder = Object.keys(RULES) as RuleId[];
  const rules: DossierRule[] = ruleOrder
    .filter((id) => ruleEvents.has(id))
    .map((id) => {
      const kept = ruleStatements.get(id) ?? new Map<string, Statement>();
      // Catalogue order, then the "why" sentences.
      const order = [...RULES[id].provisions.map((p) => p.id)];
      const statements = [...kept.values()].sort((a, b) => rank(order, a.id) - rank(order, b.id));
      const sourceIds = [...new Set(statements.flatMap((statement) => statement.sourceIds))];
      return {
        rule: RULES[id],
        statements,
        text: joinStatements(statements),
        sources: sourceIds.map(getSource).filter((s): s is Source => s !== undefined),
        events: ruleEvents.get(id) ?? 0,
      };
    });

  const scopeLog = log.filter(inScope).filter((entry) => events.some((e) => e.entry.id === entry.id));
  const byDay = countByDay(log, options.defaultOffsetMinutes).filter(
    (row) =>
      (wanted === undefined || row.platform === wanted) &&
      (!options.fromDay || row.day >= options.fromDay) &&
      (!options.toDay || row.day <= options.toDay),
  );
  const byPlatform = countByPlatform(scopeLog, context);
  const platforms = [...new Set(events.map((e) => platformKey(e.entry.platform)))].sort();
  const flaggedRules = rules.map((r) => r.rule.id);
  const concerned = [...lenders.values()];
  if (concerned.length === 0) concerned.push(lenderOfScope(options, wanted));
  const channels = COMPLAINT_CHANNELS.filter((channel) =>
    concerned.some((lender) => channelsFor(lender, flaggedRules).some((c) => c.id === channel.id)),
  );

  return {
    platform: wanted,
    platforms,
    person: { ...(options.person ?? {}) },
    preparedOn: options.preparedOn,
    firstAt: events[0]?.entry.at,
    lastAt: events[events.length - 1]?.entry.at,
    events,
    byDay,
    byPlatform,
    totals: {
      events: events.length,
      flaggedEvents: events.filter((e) => e.flags.length > 0).length,
      attachments: events.reduce((n, e) => n + e.attachments.length, 0),
      thirdPartyContacts: events.filter((e) =>
        e.flags.some((f) => f.ruleId === 'third-party-contact' || f.ruleId === 'emergency-contact'),
      ).length,
      nightContacts: events.filter((e) => e.flags.some((f) => f.ruleId === 'night-contact')).length,
    },
    rules,
    channels,
    ...(concerned.some((lender) => lender.type === 'unknown') ? { channelsNote: WHY_CHANNELS_UNKNOWN } : {}),
  };
}

/** Position of `id` in `order`; ids not in it (the "why" sentences) come last. */
function rank(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}

/** The lender of the dossier's platform when no event is in scope (unknown without a platform). */
function lenderOfScope(options: DossierOptions, platform: string | undefined): Lender {
  return toLender(platform !== undefined && options.lenderOf ? options.lenderOf(platform) : 'unknown');
}
