/**
 * Evidence dossier (pure): a platform's (or every platform's) log in time order with its flags,
 * counts, the rules concerned with their sources, and where to complain. DossierPrint renders it.
 */
import { COMPLAINT_CHANNELS, RULES, channelsFor, type ComplaintChannel } from './catalogue';
import { countByDay, countByPlatform, flagLog, platformKey, type FlagContext } from './flags';
import { getSource } from './sources';
import type { CollectionEntry, DayCount, Flag, PlatformCount, Rule, RuleId, Source } from './types';
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
  /** Sources cited, resolved (2012 law for acts before 2026 where relevant). */
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
  channels: ComplaintChannel[];
}

/** Build the dossier. Counts (e.g. calls per day) are computed over the whole log, then filtered. */
export function buildDossier(log: readonly CollectionEntry[], options: DossierOptions = {}): Dossier {
  const context = { defaultOffsetMinutes: options.defaultOffsetMinutes, keywords: options.keywords };
  const wanted = options.platform === undefined ? undefined : platformKey(options.platform);
  const inScope = (entry: CollectionLogRecord) => wanted === undefined || platformKey(entry.platform) === wanted;
  const all = flagLog(log, context);
  const byId = new Map(log.map((e) => [e.id, e] as const));

  const events: DossierEvent[] = [];
  const ruleSources = new Map<RuleId, Set<string>>();
  const ruleEvents = new Map<RuleId, number>();
  for (const item of all) {
    const record = byId.get(item.entryId);
    if (!record || !inScope(record)) continue;
    const day = item.local?.day;
    if (options.fromDay && (!day || day < options.fromDay)) continue;
    if (options.toDay && (!day || day > options.toDay)) continue;
    events.push({ entry: record, local: item.local, flags: item.flags, attachments: [...record.attachments] });
    for (const flag of item.flags) {
      ruleEvents.set(flag.ruleId, (ruleEvents.get(flag.ruleId) ?? 0) + 1);
      const set = ruleSources.get(flag.ruleId) ?? new Set<string>();
      for (const id of item.sourceIds[flag.ruleId] ?? RULES[flag.ruleId].sourceIds) set.add(id);
      ruleSources.set(flag.ruleId, set);
    }
  }

  const ruleOrder = Object.keys(RULES) as RuleId[];
  const rules: DossierRule[] = ruleOrder
    .filter((id) => ruleEvents.has(id))
    .map((id) => ({
      rule: RULES[id],
      sources: [...(ruleSources.get(id) ?? [])].map(getSource).filter((s): s is Source => s !== undefined),
      events: ruleEvents.get(id) ?? 0,
    }));

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
      thirdPartyContacts: events.filter((e) => e.flags.some((f) => f.ruleId === 'third-party-contact')).length,
      nightContacts: events.filter((e) => e.flags.some((f) => f.ruleId === 'night-contact')).length,
    },
    rules,
    channels: flaggedRules.length > 0 ? channelsFor(flaggedRules) : COMPLAINT_CHANNELS.filter((c) => c.always),
  };
}
